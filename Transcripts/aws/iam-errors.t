# IAM's errors: malformed trust and identity policies (MalformedPolicyDocument), missing
# entities (NoSuchEntity), duplicates (EntityAlreadyExists), deletes that conflict.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"'

An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: This policy contains invalid Json
? 254
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-task.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Invalid principal in policy: "SERVICE":"ecs-task.amazonaws.com"
? 254
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}'

An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Missing required field Principal
? 254
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"s3:GetObject"}]}'

An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: AssumeRole policy may only specify STS AssumeRole actions.
? 254
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/ghost"},"Action":"sts:AssumeRole"}]}'

An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/ghost"
? 254
$ aws iam create-role --role-name 'web role' --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

An error occurred (ValidationError) when calling the CreateRole operation: 1 validation error detected: Value 'web role' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+
? 254
$ aws iam create-role --role-name web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.RoleName
"web"
$ aws iam create-role --role-name Web --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name Web already exists.
? 254
$ aws iam get-role --role-name api

An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name api cannot be found.
? 254
$ aws iam attach-role-policy --role-name web --policy-arn arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy

An error occurred (NoSuchEntity) when calling the AttachRolePolicy operation: Policy arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy does not exist or is not attachable.
? 254
$ aws iam attach-role-policy --role-name web --policy-arn AmazonS3ReadOnlyAccess

An error occurred (InvalidInput) when calling the AttachRolePolicy operation: ARN AmazonS3ReadOnlyAccess is not valid.
? 254
$ aws iam detach-role-policy --role-name web --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess

An error occurred (NoSuchEntity) when calling the DetachRolePolicy operation: Policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess was not found.
? 254
$ aws iam put-role-policy --role-name web --policy-name read --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}'

An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Policy statement must contain resources.
? 254
$ aws iam put-role-policy --role-name web --policy-name read --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"GetObject","Resource":"*"}]}'

An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.
? 254
$ aws iam put-role-policy --role-name web --policy-name read --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"my-bucket/*"}]}'

An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Resource my-bucket/* must be in ARN format or "*".
? 254
$ aws iam put-role-policy --role-name web --policy-name read --policy-document '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'

An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Policy document must be version 2012-10-17 or greater.
? 254
$ aws iam put-role-policy --role-name web --policy-name read --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}'
$ aws iam get-role-policy --role-name web --policy-name write

An error occurred (NoSuchEntity) when calling the GetRolePolicy operation: The role policy with name write cannot be found.
? 254
$ aws iam delete-role --role-name web

An error occurred (DeleteConflict) when calling the DeleteRole operation: Cannot delete entity, must delete policies first.
? 254
$ aws iam create-instance-profile --instance-profile-name web
{
    "InstanceProfile": {
        "Path": "/",
        "InstanceProfileName": "web",
        "InstanceProfileId": "AIPA2EC7CAWWV5UMDCAUZ",
        "Arn": "arn:aws:iam::123456789012:instance-profile/web",
        "CreateDate": "2026-01-01T00:00:19+00:00",
        "Roles": []
    }
}
$ aws iam create-instance-profile --instance-profile-name web

An error occurred (EntityAlreadyExists) when calling the CreateInstanceProfile operation: Instance Profile web already exists.
? 254
$ aws iam get-instance-profile --instance-profile-name api

An error occurred (NoSuchEntity) when calling the GetInstanceProfile operation: Instance Profile api cannot be found.
? 254
