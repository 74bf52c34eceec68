# ECR lifecycle policies: keep the two newest images tagged v*, expire untagged ones a day
# after their push. A preview says what the policy would expire; ECR applies it once a day,
# and the images it selects are gone. Policies ECR refuses, and a repository without one.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name app --query repository.repositoryName --output text
app
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ for tag in 1.27 1.28 1.29; do docker pull -q nginx:$tag > /dev/null; docker tag nginx:$tag 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v$tag; docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v$tag; sleep 1h; done
123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.27
123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.28
123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.29
$ docker pull -q httpd:2.4 > /dev/null
$ docker tag httpd:2.4 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.29
$ docker push -q 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.29
123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.29
$ aws ecr describe-images --repository-name app --query 'imageDetails[].[imagePushedAt,join(`,`, imageTags || `[]`)]' --output text
2026-01-01T00:00:02+00:00	v1.27
2026-01-01T01:00:02+00:00	v1.28
2026-01-01T02:00:02+00:00	
2026-01-01T03:00:05+00:00	v1.29
$ aws ecr get-lifecycle-policy --repository-name app

An error occurred (LifecyclePolicyNotFoundException) when calling the GetLifecyclePolicy operation: Lifecycle policy does not exist for the repository with name 'app' in the registry with id '123456789012'
? 254
$ aws ecr put-lifecycle-policy --repository-name app --lifecycle-policy-text '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}}]}'

An error occurred (InvalidParameterException) when calling the PutLifecyclePolicy operation: Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: Must specify tagPrefixList or tagPatternList when tagStatus=TAGGED.'
? 254
$ aws ecr put-lifecycle-policy --repository-name app --lifecycle-policy-text '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}},{"rulePriority":2,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}}]}'

An error occurred (InvalidParameterException) when calling the PutLifecyclePolicy operation: Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: Rule for tagStatus=ANY must have the lowest priority per storage class'
? 254
$ aws ecr put-lifecycle-policy --repository-name app --lifecycle-policy-text 'keep everything'

Parameter validation failed:
Invalid length for parameter lifecyclePolicyText, value: 15, valid min length: 100
? 252
$ printf '{"rules": [{"rulePriority": 1, "description": "keep two v images", "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 2}, "action": {"type": "expire"}}, {"rulePriority": 2, "description": "untagged after a day", "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 1}, "action": {"type": "expire"}}]}' > policy.json
$ aws ecr put-lifecycle-policy --repository-name app --lifecycle-policy-text file://policy.json --query repositoryName
"app"
$ aws ecr start-lifecycle-policy-preview --repository-name app --query status
"IN_PROGRESS"
$ aws ecr get-lifecycle-policy-preview --repository-name app --query status
"IN_PROGRESS"
$ sleep 10
$ aws ecr get-lifecycle-policy-preview --repository-name app --query '[status,summary,previewResults[].[imageTags[0] || `untagged`,appliedRulePriority]]' --output json
[
    "COMPLETE",
    {
        "expiringImageTotalCount": 1
    },
    [
        [
            "v1.27",
            1
        ]
    ]
]
$ sleep 1d
$ aws ecr describe-images --repository-name app --query 'imageDetails[].[imagePushedAt,join(`,`, imageTags || `[]`)]' --output text
2026-01-01T01:00:02+00:00	v1.28
2026-01-01T03:00:05+00:00	v1.29
$ aws ecr get-lifecycle-policy --repository-name app --query lastEvaluatedAt
"2026-01-02T03:00:12+00:00"
$ aws ecr delete-lifecycle-policy --repository-name app --query repositoryName
"app"
$ aws ecr get-lifecycle-policy-preview --repository-name nope

An error occurred (RepositoryNotFoundException) when calling the GetLifecyclePolicyPreview operation: The repository with name 'nope' does not exist in the registry with id '123456789012'
? 254
