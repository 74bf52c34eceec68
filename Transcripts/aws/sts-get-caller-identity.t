# Who am I? The learner is IAM user `learner` in account 123456789012, with AdministratorAccess.
# Assuming a role needs a trust policy that trusts you.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws sts get-caller-identity
{
    "UserId": "AIDABTAGVCLCFIDEWMFQV",
    "Account": "123456789012",
    "Arn": "arn:aws:iam::123456789012:user/learner"
}
$ aws sts get-caller-identity --query Account --output text
123456789012
$ aws iam get-user
{
    "User": {
        "Path": "/",
        "UserName": "learner",
        "UserId": "AIDABTAGVCLCFIDEWMFQV",
        "Arn": "arn:aws:iam::123456789012:user/learner",
        "CreateDate": "2025-12-01T23:50:00+00:00"
    }
}
$ aws iam list-attached-user-policies --user-name learner --query AttachedPolicies
[
    {
        "PolicyName": "AdministratorAccess",
        "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"
    }
]
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/admin --role-session-name demo

An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/learner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/admin
? 254
$ cat > trust-account.json <<'EOF'
> {
>   "Version": "2012-10-17",
>   "Statement": [
>     {
>       "Effect": "Allow",
>       "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
>       "Action": "sts:AssumeRole"
>     }
>   ]
> }
> EOF
$ aws iam create-role --role-name admin --assume-role-policy-document file://trust-account.json --query Role.Arn
"arn:aws:iam::123456789012:role/admin"
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/admin --role-session-name demo --query AssumedRoleUser
{
    "AssumedRoleId": "AROAJUXJVSNW5QT2OIFBF:demo",
    "Arn": "arn:aws:sts::123456789012:assumed-role/admin/demo"
}
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/admin --role-session-name demo --duration-seconds 7200

An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.
? 254
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/admin --role-session-name 'bad name'

An error occurred (ValidationError) when calling the AssumeRole operation: 1 validation error detected: Value 'bad name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*
? 254
