# Pagination: aws-cli follows nextToken through every page by itself; --max-items cuts the
# listing and prints a NextToken to resume with --starting-token; --page-size changes only how
# many items each call fetches; --no-paginate makes one call and shows the service's own token.
# In text output --query runs on every page and on the final NextToken line, so a query for
# NextToken prints None for the page first.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs create-cluster --cluster-name alpha --query cluster.clusterName --output text
alpha
$ aws ecs create-cluster --cluster-name bravo --query cluster.clusterName --output text
bravo
$ aws ecs create-cluster --cluster-name charlie --query cluster.clusterName --output text
charlie
$ aws ecs create-cluster --cluster-name delta --query cluster.clusterName --output text
delta
$ aws ecs create-cluster --cluster-name echo --query cluster.clusterName --output text
echo
$ aws ecs list-clusters --max-items 2
{
    "clusterArns": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/alpha",
        "arn:aws:ecs:us-east-1:123456789012:cluster/bravo"
    ],
    "NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ=="
}
$ aws ecs list-clusters --max-items 2 --query NextToken --output text
None
eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==
$ TOKEN=$(aws ecs list-clusters --max-items 2 --query NextToken --output text | tail -1)
$ aws ecs list-clusters --max-items 2 --starting-token $TOKEN
{
    "clusterArns": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/charlie",
        "arn:aws:ecs:us-east-1:123456789012:cluster/delta"
    ],
    "NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiA0fQ=="
}
$ aws ecs list-clusters --page-size 2 --max-items 3
{
    "clusterArns": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/alpha",
        "arn:aws:ecs:us-east-1:123456789012:cluster/bravo",
        "arn:aws:ecs:us-east-1:123456789012:cluster/charlie"
    ],
    "NextToken": "eyJuZXh0VG9rZW4iOiAiZXlKdlptWnpaWFFpT2pKOSIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9"
}
$ aws ecs list-clusters --page-size 2 --max-items 3 --starting-token $(aws ecs list-clusters --page-size 2 --max-items 3 --query NextToken --output text | tail -1)
{
    "clusterArns": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/delta",
        "arn:aws:ecs:us-east-1:123456789012:cluster/echo"
    ]
}
$ aws ecs list-clusters --max-items 3 --output text
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/alpha
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/bravo
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/charlie
NEXTTOKEN	eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ==
$ aws ecs list-clusters --max-items 3 --output text --query 'clusterArns[]'
arn:aws:ecs:us-east-1:123456789012:cluster/alpha	arn:aws:ecs:us-east-1:123456789012:cluster/bravo	arn:aws:ecs:us-east-1:123456789012:cluster/charlie
None
$ aws ecs list-clusters --page-size 2 --output text --query 'length(clusterArns)'
2
2
1
$ aws ecs list-clusters --page-size 2 --query 'length(clusterArns)'
5
$ aws ecs list-clusters --page-size 2 --output yaml-stream
- clusterArns:
  - arn:aws:ecs:us-east-1:123456789012:cluster/alpha
  - arn:aws:ecs:us-east-1:123456789012:cluster/bravo
  nextToken: eyJvZmZzZXQiOjJ9
- clusterArns:
  - arn:aws:ecs:us-east-1:123456789012:cluster/charlie
  - arn:aws:ecs:us-east-1:123456789012:cluster/delta
  nextToken: eyJvZmZzZXQiOjR9
- clusterArns:
  - arn:aws:ecs:us-east-1:123456789012:cluster/echo
$ aws ecs list-clusters --max-results 2
{
    "clusterArns": [
        "arn:aws:ecs:us-east-1:123456789012:cluster/alpha",
        "arn:aws:ecs:us-east-1:123456789012:cluster/bravo"
    ],
    "nextToken": "eyJvZmZzZXQiOjJ9"
}
$ aws ecs list-clusters --max-results 2 --no-paginate --output text
eyJvZmZzZXQiOjJ9
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/alpha
CLUSTERARNS	arn:aws:ecs:us-east-1:123456789012:cluster/bravo
$ aws ecs list-clusters --no-paginate --max-items 2

Cannot specify --no-paginate along with pagination arguments: --max-items
? 252
$ aws ecs list-clusters --max-items two

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --max-items: invalid int value: 'two'

? 252
