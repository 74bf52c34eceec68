# aws eks get-token: the ExecCredential kubectl's exec plugin reads. It calls no API: the token
# is a presigned STS GetCallerIdentity URL for the cluster, good for 14 minutes. With
# --role-arn it first assumes the role (session EKSGetTokenAuth, which CloudTrail records) and
# signs with the session's key, its token in the URL.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws eks get-token --cluster-name demo
{
    "kind": "ExecCredential",
    "apiVersion": "client.authentication.k8s.io/v1beta1",
    "spec": {},
    "status": {
        "expirationTimestamp": "2026-01-01T00:14:00Z",
        "token": "k8s-aws-v1.aHR0cHM6Ly9zdHMudXMtZWFzdC0xLmFtYXpvbmF3cy5jb20vP0FjdGlvbj1HZXRDYWxsZXJJZGVudGl0eSZWZXJzaW9uPTIwMTEtMDYtMTUmWC1BbXotQWxnb3JpdGhtPUFXUzQtSE1BQy1TSEEyNTYmWC1BbXotQ3JlZGVudGlhbD1BU0lBUTNFR1NISVBZQVJEN0VYTSUyRjIwMjYwMTAxJTJGdXMtZWFzdC0xJTJGc3RzJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjAxMDFUMDAwMDAwWiZYLUFtei1FeHBpcmVzPTYwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCUzQngtazhzLWF3cy1pZCZYLUFtei1TaWduYXR1cmU9NjIxZTVlNjhiZjM1NzkxNmE4MmE1YWVkZGQxMGRlOTA3MzZjMDhlYzkxMTA1NDcwZGM0YWI0MTA2ZDU2YmNmZg"
    }
}
$ aws eks get-token --cluster-name demo --query status.expirationTimestamp --output text
2026-01-01T00:14:01Z
$ aws eks get-token
Either parameter --cluster-name or --cluster-id must be specified.
? 1
$ aws eks get-token --cluster-name demo --cluster-id 0123

The key "cluster_id" cannot be specified when one of the following keys are also specified: cluster_name
? 252
$ aws eks get-token --cluster-name demo --query status.token --output text | cut -c1-11
k8s-aws-v1.
$ aws cloudtrail lookup-events --query "length(Events)"
0
$ aws eks get-token --cluster-name demo --role-arn arn:aws:iam::123456789012:role/eks-admin

An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/learner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/eks-admin
? 254
$ aws iam create-role --role-name eks-admin --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
arn:aws:iam::123456789012:role/eks-admin
$ aws eks get-token --cluster-name demo --role-arn arn:aws:iam::123456789012:role/eks-admin --query status.token --output text | cut -c1-11
k8s-aws-v1.
$ sleep 5m
$ aws cloudtrail lookup-events --query 'Events[].[EventName,Username]' --output text
AssumeRole	learner
CreateRole	learner
AssumeRole	learner
LookupEvents	learner
