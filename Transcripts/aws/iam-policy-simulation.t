# Ask IAM's policy evaluator what a task role may do: allowed, explicitly denied (a Deny
# always wins), or implicitly denied (nothing allows it).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name reports-task --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn
"arn:aws:iam::123456789012:role/reports-task"
$ cat > read-reports.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Sid": "ReadReports",
>       "Effect": "Allow",
>       "Action": ["s3:GetObject", "s3:ListBucket"],
>       "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
>     },
>     {
>       "Sid": "NeverPayroll",
>       "Effect": "Deny",
>       "Action": "s3:*",
>       "Resource": "arn:aws:s3:::reports/payroll/*"
>     }
>   ]
> }
> EOF
$ aws iam put-role-policy --role-name reports-task --policy-name read-reports --policy-document file://read-reports.json
$ aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/reports-task --action-names s3:GetObject s3:PutObject --resource-arns arn:aws:s3:::reports/2026/q1.csv --query EvaluationResults
[
    {
        "EvalActionName": "s3:GetObject",
        "EvalResourceName": "arn:aws:s3:::reports/2026/q1.csv",
        "EvalDecision": "allowed",
        "MatchedStatements": [
            {
                "SourcePolicyId": "read-reports",
                "StartPosition": {
                    "Line": 4,
                    "Column": 5
                },
                "EndPosition": {
                    "Line": 9,
                    "Column": 6
                }
            }
        ],
        "MissingContextValues": []
    },
    {
        "EvalActionName": "s3:PutObject",
        "EvalResourceName": "arn:aws:s3:::reports/2026/q1.csv",
        "EvalDecision": "implicitDeny",
        "MatchedStatements": [],
        "MissingContextValues": []
    }
]
$ aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/reports-task --action-names s3:GetObject --resource-arns arn:aws:s3:::reports/payroll/jan.csv --query 'EvaluationResults[0].[EvalDecision,MatchedStatements[0].SourcePolicyId]'
[
    "explicitDeny",
    "read-reports"
]
$ aws iam attach-role-policy --role-name reports-task --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
$ aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/reports-task --action-names s3:GetObject --resource-arns arn:aws:s3:::other-bucket/a.txt arn:aws:s3:::reports/payroll/jan.csv --query 'EvaluationResults[].[EvalResourceName,EvalDecision]'
[
    [
        "arn:aws:s3:::other-bucket/a.txt",
        "allowed"
    ],
    [
        "arn:aws:s3:::reports/payroll/jan.csv",
        "explicitDeny"
    ]
]
$ aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/ghost --action-names s3:GetObject

An error occurred (NoSuchEntity) when calling the SimulatePrincipalPolicy operation: The role with name ghost cannot be found.
? 254
