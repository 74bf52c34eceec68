# Pushing an image to a private ECR repository, the way the ECR user guide does it: pull a
# public image, tag it with the repository's URI, log Docker in with a token from
# `aws ecr get-login-password`, push. The push is refused before the login and before the
# repository exists; pushed again, its layers are already there. ECR's API calls, the push's
# included (each missing blob's three upload calls), appear in CloudTrail a few minutes later,
# Docker's as ECR made them for it ("invokedBy": "AWS Internal") with Docker's user agent.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ docker pull nginx:1.27
1.27: Pulling from library/nginx
f3a3d38b8513: Pulling fs layer
1b48beaf49bc: Pulling fs layer
9399ddda6bd2: Pulling fs layer
d93acad2fbb6: Pulling fs layer
684bbbc227a5: Pulling fs layer
edc165e615b3: Pulling fs layer
d93acad2fbb6: Waiting
684bbbc227a5: Waiting
edc165e615b3: Waiting
684bbbc227a5: Verifying Checksum
684bbbc227a5: Download complete
edc165e615b3: Verifying Checksum
edc165e615b3: Download complete
d93acad2fbb6: Verifying Checksum
d93acad2fbb6: Download complete
9399ddda6bd2: Verifying Checksum
9399ddda6bd2: Download complete
1b48beaf49bc: Verifying Checksum
1b48beaf49bc: Download complete
f3a3d38b8513: Verifying Checksum
f3a3d38b8513: Download complete
f3a3d38b8513: Pull complete
1b48beaf49bc: Pull complete
9399ddda6bd2: Pull complete
d93acad2fbb6: Pull complete
684bbbc227a5: Pull complete
edc165e615b3: Pull complete
Digest: sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3
Status: Downloaded newer image for nginx:1.27
docker.io/library/nginx:1.27
$ docker tag nginx:1.27 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
$ docker images
REPOSITORY                                         TAG       IMAGE ID       CREATED       SIZE
nginx                                              1.27      b58fb47d0827   4 weeks ago   187MB
123456789012.dkr.ecr.us-east-1.amazonaws.com/web   v1        b58fb47d0827   4 weeks ago   187MB
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
no basic auth credentials
? 1
$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com

WARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

Login Succeeded
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'
? 1
$ aws ecr create-repository --repository-name web --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/web
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
1af6cc801e45: Pushed
a414fe48d309: Pushed
37d89cc33494: Pushed
60a5ce0a28b5: Pushed
8bef89ec547c: Pushed
43abb834b9de: Pushed
v1: digest: sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb size: 1249
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
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
v1: digest: sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb size: 1249
$ aws ecr describe-images --repository-name web --output table
---------------------------------------------------------------------------------------------------------
|                                            DescribeImages                                             |
+-------------------------------------------------------------------------------------------------------+
||                                            imageDetails                                             ||
|+-------------------------+---------------------------------------------------------------------------+|
||  artifactMediaType      |  application/vnd.docker.container.image.v1+json                           ||
||  imageDigest            |  sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb  ||
||  imageManifestMediaType |  application/vnd.docker.distribution.manifest.v2+json                     ||
||  imagePushedAt          |  2026-01-01T00:00:07+00:00                                                ||
||  imageSizeInBytes       |  72099412                                                                 ||
||  registryId             |  123456789012                                                             ||
||  repositoryName         |  web                                                                      ||
|+-------------------------+---------------------------------------------------------------------------+|
|||                                             imageTags                                             |||
||+---------------------------------------------------------------------------------------------------+||
|||  v1                                                                                               |||
||+---------------------------------------------------------------------------------------------------+||
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web
Using default tag: latest
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
An image does not exist locally with the tag: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web
? 1
$ echo wrong | docker login -u AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
Error response from daemon: login attempt to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request
? 1
$ sleep 5m
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventSource,AttributeValue=ecr.amazonaws.com --query 'Events[].[EventTime,EventName,Username]' --output table
-------------------------------------------------------------------------
|                             LookupEvents                              |
+----------------------------+-------------------------------+----------+
|  2026-01-01T00:00:09+00:00 |  DescribeImages               |  learner |
|  2026-01-01T00:00:08+00:00 |  PutImage                     |  learner |
|  2026-01-01T00:00:08+00:00 |  BatchCheckLayerAvailability  |  learner |
|  2026-01-01T00:00:07+00:00 |  PutImage                     |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  CompleteLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  UploadLayerPart              |  learner |
|  2026-01-01T00:00:07+00:00 |  InitiateLayerUpload          |  learner |
|  2026-01-01T00:00:07+00:00 |  BatchCheckLayerAvailability  |  learner |
|  2026-01-01T00:00:06+00:00 |  CreateRepository             |  learner |
|  2026-01-01T00:00:04+00:00 |  GetAuthorizationToken        |  learner |
+----------------------------+-------------------------------+----------+
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=UploadLayerPart --max-items 1 --query 'Events[0].CloudTrailEvent' --output text | grep -o '"invokedBy":"[^"]*"\|"userAgent":"[^"]*"'
"invokedBy":"AWS Internal"
"userAgent":"docker/28.2.2 go/go1.24.3 git-commit/45873be kernel/6.8.0-60-generic os/linux arch/amd64 UpstreamClient(Docker-Client/28.2.2 \\(linux\\))"
