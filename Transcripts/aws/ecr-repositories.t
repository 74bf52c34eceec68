# ECR repositories: create one (and the errors for a taken or malformed name), list them,
# make their tags immutable, tag them, and delete them — refused while they hold images
# unless forced.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name shop/web
{
    "repository": {
        "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/shop/web",
        "registryId": "123456789012",
        "repositoryName": "shop/web",
        "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web",
        "createdAt": "2026-01-01T00:00:00+00:00",
        "imageTagMutability": "MUTABLE",
        "imageScanningConfiguration": {
            "scanOnPush": false
        },
        "encryptionConfiguration": {
            "encryptionType": "AES256"
        }
    }
}
$ aws ecr create-repository --repository-name shop/web

An error occurred (RepositoryAlreadyExistsException) when calling the CreateRepository operation: The repository with name 'shop/web' already exists in the registry with id '123456789012'
? 254
$ aws ecr create-repository --repository-name Shop

An error occurred (InvalidParameterException) when calling the CreateRepository operation: Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''
? 254
$ aws ecr create-repository --repository-name shop/api --image-tag-mutability IMMUTABLE --image-scanning-configuration scanOnPush=true --tags Key=team,Value=payments
{
    "repository": {
        "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/shop/api",
        "registryId": "123456789012",
        "repositoryName": "shop/api",
        "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api",
        "createdAt": "2026-01-01T00:00:03+00:00",
        "imageTagMutability": "IMMUTABLE",
        "imageScanningConfiguration": {
            "scanOnPush": true
        },
        "encryptionConfiguration": {
            "encryptionType": "AES256"
        }
    }
}
$ aws ecr describe-repositories --query 'repositories[].[repositoryName,imageTagMutability,imageScanningConfiguration.scanOnPush]' --output table
------------------------------------
|       DescribeRepositories       |
+----------+-------------+---------+
|  shop/api|  IMMUTABLE  |  True   |
|  shop/web|  MUTABLE    |  False  |
+----------+-------------+---------+
$ aws ecr describe-repositories --repository-names shop/nope

An error occurred (RepositoryNotFoundException) when calling the DescribeRepositories operation: The repository with name 'shop/nope' does not exist in the registry with id '123456789012'
? 254
$ aws ecr put-image-tag-mutability --repository-name shop/web --image-tag-mutability IMMUTABLE
{
    "registryId": "123456789012",
    "repositoryName": "shop/web",
    "imageTagMutability": "IMMUTABLE"
}
$ aws ecr list-tags-for-resource --resource-arn arn:aws:ecr:us-east-1:123456789012:repository/shop/api
{
    "tags": [
        {
            "Key": "team",
            "Value": "payments"
        }
    ]
}
$ aws ecr describe-repositories --region eu-west-1
{
    "repositories": []
}
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:v1
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:v1
123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:v1
$ aws ecr delete-repository --repository-name shop/web

An error occurred (RepositoryNotEmptyException) when calling the DeleteRepository operation: The repository with name 'shop/web' in registry with id '123456789012' cannot be deleted because it still contains images
? 254
$ aws ecr delete-repository --repository-name shop/web --force --query repository.repositoryName
"shop/web"
$ aws ecr delete-repository --repository-name shop/web

An error occurred (RepositoryNotFoundException) when calling the DeleteRepository operation: The repository with name 'shop/web' does not exist in the registry with id '123456789012'
? 254
