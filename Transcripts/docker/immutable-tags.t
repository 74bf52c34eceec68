# An IMMUTABLE repository keeps each tag on the image first pushed with it: pushing another
# image under the same tag is refused after its layers have gone up, and a new tag is fine.
# A login lasts as long as its token, twelve hours.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name api --image-tag-mutability IMMUTABLE --query repository.imageTagMutability
"IMMUTABLE"
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker pull -q httpd:2.4
docker.io/library/httpd:2.4
$ docker pull -q nginx:1.27
docker.io/library/nginx:1.27
$ docker tag httpd:2.4 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/api]
2be08a55af69: Preparing
78ec5b16f329: Preparing
62d951b048cf: Preparing
3133fee33b91: Preparing
6228d6dda000: Preparing
9d7bc9b2ff30: Preparing
9d7bc9b2ff30: Waiting
2be08a55af69: Pushed
78ec5b16f329: Pushed
62d951b048cf: Pushed
3133fee33b91: Pushed
6228d6dda000: Pushed
9d7bc9b2ff30: Pushed
v1: digest: sha256:3d3b27a8fc2602985a193639b11df6cfbd67f2b7bb0f4266d367cd77cfdd9371 size: 1249
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/api]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
tag invalid: The image tag 'v1' already exists in the 'api' repository and cannot be overwritten because the repository is immutable.
? 1
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v2
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v2
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/api]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
1af6cc801e45: Layer already exists
a414fe48d309: Layer already exists
37d89cc33494: Layer already exists
60a5ce0a28b5: Layer already exists
8bef89ec547c: Layer already exists
43abb834b9de: Layer already exists
v2: digest: sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb size: 1249
$ aws ecr list-images --repository-name api --query 'imageIds[].imageTag'
[
    "v1",
    "v2"
]
$ sleep 12h
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v2
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/api]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
denied: Your authorization token has expired. Reauthenticate and try again.
? 1
$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/api, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.
? 1
