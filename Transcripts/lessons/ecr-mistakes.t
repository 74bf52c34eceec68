# Lesson ecr with the usual wrong turns: nginx from Docker Hub instead of ECR Public, a
# repository with a near name, a push before the login and before the image exists, an image
# named without the registry, the check list, a second image pushed over an immutable tag,
# a wrong answer, and the feedback each one gets.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson ecr
Your own registry — Amazon ECR
==============================

Every container starts from an image, and images live in a registry. Amazon ECR (Elastic
Container Registry) is AWS's managed one: AWS runs the storage and the servers, and you only
make repositories and push and pull images. It has two sides. ECR Public
(`public.ecr.aws`) serves images anyone may pull. Your account's private registry,
`123456789012.dkr.ecr.us-east-1.amazonaws.com` here (in `$REGISTRY`), holds your own, and IAM
decides who may use it.

You will pull from ECR Public, make a private repository, log Docker in to it, build an image
of your own and push it, protect its tags, run it on the cluster, find the push in
CloudTrail, count the registry's calls in CloudWatch, and have EventBridge route its push
events to a log group. The setup wrote `site/`: a page, `index.html`, and a `Dockerfile` that
puts it into nginx from ECR Public (`cat site/Dockerfile`).

Step 1 of 10:
Pull `public.ecr.aws/nginx/nginx:1.27` from ECR Public, so it is among Docker's images.

Checked:
  • public.ecr.aws/nginx/nginx:1.27 is among Docker's images

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
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
! That nginx came from Docker Hub. This step wants the copy on ECR Public, `public.ecr.aws/nginx/nginx:1.27`.
$ docker pull public.ecr.aws/nginx/nginx:1.27
1.27: Pulling from nginx/nginx
fb905347da50: Pulling fs layer
5708f5e0e3d4: Pulling fs layer
0090632a2738: Pulling fs layer
866612cb28d3: Pulling fs layer
acdff9d3a02c: Pulling fs layer
5ed0dafae057: Pulling fs layer
866612cb28d3: Waiting
acdff9d3a02c: Waiting
5ed0dafae057: Waiting
acdff9d3a02c: Verifying Checksum
acdff9d3a02c: Download complete
5ed0dafae057: Verifying Checksum
5ed0dafae057: Download complete
866612cb28d3: Verifying Checksum
866612cb28d3: Download complete
0090632a2738: Verifying Checksum
0090632a2738: Download complete
5708f5e0e3d4: Verifying Checksum
5708f5e0e3d4: Download complete
fb905347da50: Verifying Checksum
fb905347da50: Download complete
fb905347da50: Pull complete
5708f5e0e3d4: Pull complete
0090632a2738: Pull complete
866612cb28d3: Pull complete
acdff9d3a02c: Pull complete
5ed0dafae057: Pull complete
Digest: sha256:7f27cae248c8745f6cb2522821b0dc611361c343a0e09ab2b515de8a029cb88f
Status: Downloaded newer image for public.ecr.aws/nginx/nginx:1.27
public.ecr.aws/nginx/nginx:1.27

✓ Step 1 done.
No login and no account were needed: ECR Public repositories are open to everyone. Docker
fetched the image's layers and keeps the image locally; `docker images` lists it.

Step 2 of 10:
Create a private repository named `web`.

Checked:
  • A private repository named web exists in us-east-1
$ aws ecr create-repository --repository-name webb
{
    "repository": {
        "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/webb",
        "registryId": "123456789012",
        "repositoryName": "webb",
        "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/webb",
        "createdAt": "2026-01-01T00:00:03+00:00",
        "imageTagMutability": "MUTABLE",
        "imageScanningConfiguration": {
            "scanOnPush": false
        },
        "encryptionConfiguration": {
            "encryptionType": "AES256"
        }
    }
}
! There is a repository with a name close to web; this step wants one named exactly `web`.
$ aws ecr create-repository --repository-name web
{
    "repository": {
        "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
        "registryId": "123456789012",
        "repositoryName": "web",
        "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web",
        "createdAt": "2026-01-01T00:00:04+00:00",
        "imageTagMutability": "MUTABLE",
        "imageScanningConfiguration": {
            "scanOnPush": false
        },
        "encryptionConfiguration": {
            "encryptionType": "AES256"
        }
    }
}

✓ Step 2 done.
A repository holds the versions (tags) of one image. Its URI,
`123456789012.dkr.ecr.us-east-1.amazonaws.com/web`, is the registry's host name and the
repository's name: the name an image must have to be pushed there. Nothing but your account's
IAM identities can reach it.

Step 3 of 10:
Log Docker in to your registry, `$REGISTRY`, with a password from
`aws ecr get-login-password`.

Checked:
  • Docker logged in to your registry
$ docker push $REGISTRY/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
An image does not exist locally with the tag: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web
? 1
$ check
✗ Docker logged in to your registry
    `aws ecr get-login-password | docker login --username AWS --password-stdin $REGISTRY`
$ hint
Hint 1/2: `aws ecr get-login-password` prints a password for user `AWS`; `docker login --password-stdin` reads one from its input.
$ aws ecr get-login-password | docker login --username AWS --password-stdin $REGISTRY

WARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

Login Succeeded

✓ Step 3 done.
`get-login-password` called ECR's GetAuthorizationToken as you: IAM allowed it because your
identity may use ECR. The token is user `AWS`'s password for the registry for twelve hours.
A role without ECR permissions gets `AccessDeniedException` instead: the registry is private,
and IAM is its lock.

Step 4 of 10:
Build `site` into an image named `$REGISTRY/web:v1`.

Checked:
  • Docker has an image named $REGISTRY/web:v1
$ cat site/Dockerfile
FROM public.ecr.aws/nginx/nginx:1.27
COPY index.html /usr/share/nginx/html/
$ docker build -t web site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 76B done
#1 DONE 0.0s

#2 [internal] load metadata for public.ecr.aws/nginx/nginx:1.27
#2 DONE 0.0s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM public.ecr.aws/nginx/nginx:1.27
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 109B done
#5 DONE 0.0s

#6 [2/2] COPY index.html /usr/share/nginx/html/
#6 DONE 0.0s

#7 exporting to image
#7 exporting layers 0.0s done
#7 writing image sha256:df313d556402275819ac3bb6360f7595fd979c8c9a7413bccd9fca4e6f09056b done
#7 naming to docker.io/library/web:latest done
#7 DONE 0.0s
! The image is named `web`, so a push would go to Docker Hub. Name it after your repository: `docker tag web $REGISTRY/web:v1`, or build again with `-t $REGISTRY/web:v1`.
$ docker tag web $REGISTRY/web:v1

✓ Step 4 done.
Docker (BuildKit) took the base image, `public.ecr.aws/nginx/nginx:1.27`, and added a layer
with your `index.html`. The name says where the image belongs: the registry's host, the
repository `web`, the tag `v1`. `docker images` lists it; nothing has left your machine yet.

Step 5 of 10:
Push `$REGISTRY/web:v1` to your repository.

Checked:
  • web holds an image tagged v1
$ docker push $REGISTRY/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
8b05e01aa683: Preparing
55f130bbe96d: Preparing
8d547ccb1bbe: Preparing
3eed2c6631d2: Preparing
36391b8b1c2e: Preparing
9c694c5ae6be: Preparing
333cd43ebeb4: Preparing
9c694c5ae6be: Waiting
333cd43ebeb4: Waiting
8b05e01aa683: Pushed
55f130bbe96d: Pushed
8d547ccb1bbe: Pushed
3eed2c6631d2: Pushed
36391b8b1c2e: Pushed
9c694c5ae6be: Pushed
333cd43ebeb4: Pushed
v1: digest: sha256:2d7fc9b953278264e166088636c9be290ffc233d3e9206f056b59965f955dde2 size: 1408

✓ Step 5 done.
Docker asked which layers the repository already had, uploaded the others, then the manifest,
which ECR names by the SHA-256 of its bytes: the `digest` in the last line.
`aws ecr describe-images --repository-name web` shows the image, its tag, size and push time.

Step 6 of 10:
Make the tags of `web` immutable.

Checked:
  • web's tags are immutable
$ aws ecr put-image-tag-mutability --repository-name web --image-tag-mutability IMMUTABLE
{
    "registryId": "123456789012",
    "repositoryName": "web",
    "imageTagMutability": "IMMUTABLE"
}

✓ Step 6 done.
Now `v1` will always mean this image: pushing a different image as `web:v1` is refused
(`tag invalid: The image tag 'v1' already exists …`), while new tags are still welcome. Teams
use immutable tags so that what was tested is what runs.

Step 7 of 10:
Run the pushed image on the cluster: a Deployment `web` with 2 available replicas of
`$REGISTRY/web:v1`.

Checked:
  • Deployment web has 2 available replicas
  • Its pods run $REGISTRY/web:v1
$ docker tag nginx:1.27 $REGISTRY/web:v1
$ docker push $REGISTRY/web:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
43abb834b9de: Waiting
tag invalid: The image tag 'v1' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.
? 1
$ kubectl create deployment web --image=$REGISTRY/web:v1 --replicas=2
deployment.apps/web created
$ sleep 10

✓ Step 7 done.
The nodes pulled `web:v1` from your registry, as any container runtime can — Kubernetes nodes,
ECS tasks (through their execution role) or your own Docker — and nginx serves your page:
`kubectl exec deploy/web -- curl -s localhost`. The pods' image ID carries the digest ECR
gave the image.

Step 8 of 10:
Every ECR API call is recorded in CloudTrail. Which ECR operation did `docker push` call to
store the image? Answer with its name.

Answer with `answer …`.
$ answer GetAuthorizationToken
✗ That was the login's token. Which call stored the pushed image?
$ sleep 5m
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventSource,AttributeValue=ecr.amazonaws.com --query 'Events[].[EventTime,EventName]' --output text
2026-01-01T00:00:15+00:00	PutImage
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	CompleteLayerUpload
2026-01-01T00:00:15+00:00	UploadLayerPart
2026-01-01T00:00:15+00:00	InitiateLayerUpload
2026-01-01T00:00:15+00:00	BatchCheckLayerAvailability
2026-01-01T00:00:13+00:00	PutImageTagMutability
2026-01-01T00:00:12+00:00	PutImage
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	CompleteLayerUpload
2026-01-01T00:00:12+00:00	UploadLayerPart
2026-01-01T00:00:12+00:00	InitiateLayerUpload
2026-01-01T00:00:12+00:00	BatchCheckLayerAvailability
2026-01-01T00:00:08+00:00	GetAuthorizationToken
2026-01-01T00:00:04+00:00	CreateRepository
2026-01-01T00:00:03+00:00	CreateRepository
$ answer PutImage

✓ Step 8 done.
`PutImage` stored the manifest and tag. Before it, `BatchCheckLayerAvailability` asked which
layers were already there, and each missing one went up in three calls:
`InitiateLayerUpload`, `UploadLayerPart`, `CompleteLayerUpload`. CloudTrail records every ECR
call — yours, Docker's (its user agent says so) and those a service makes for you — with who
made it and when, a few minutes after the call.

Step 9 of 10:
ECR also publishes to Amazon CloudWatch how often its API is called, minute by minute: the
`CallCount` metric in the `AWS/Usage` namespace, one metric per operation. How many
`UploadLayerPart` calls has ECR counted? Ask CloudWatch, and answer with the number.

Answer with `answer …`.
$ aws cloudwatch list-metrics --namespace AWS/Usage --dimensions Name=Service,Value=ECR --query 'Metrics[].Dimensions[?Name==`Resource`].Value[]' --output text
GetAuthorizationToken	BatchCheckLayerAvailability	InitiateLayerUpload	UploadLayerPart	CompleteLayerUpload	PutImage
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Resource,Value=UploadLayerPart --start-time $(date -u -d '-1 hour' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 3600 --statistics Sum
{
    "Label": "CallCount",
    "Datapoints": []
}
$ answer 0
✗ Nothing was counted in that range. Are `--start-time` and `--end-time` around the time of the push (`date` shows the time now)?
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=UploadLayerPart Name=Service,Value=ECR Name=Class,Value=None --start-time $(date -u -d '-1 hour' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 3600

An error occurred (InvalidParameterCombination) when calling the GetMetricStatistics operation: Must specify either Statistics or ExtendedStatistics
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
? 254
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=UploadLayerPart Name=Service,Value=ECR Name=Class,Value=None --start-time $(date -u -d '-1 day' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 60 --statistics Sum

An error occurred (InvalidParameterCombination) when calling the GetMetricStatistics operation: You have requested up to 1441 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.
? 254
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=UploadLayerPart Name=Service,Value=ECR Name=Class,Value=None --start-time $(date -u -d '-1 hour' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 60 --statistics Sum SampleCount
{
    "Label": "CallCount",
    "Datapoints": [
        {
            "Timestamp": "2026-01-01T00:00:00+00:00",
            "SampleCount": 1.0,
            "Sum": 15.0,
            "Unit": "None"
        }
    ]
}
$ answer 3
✗ Not quite. Try again, or `hint`.
$ answer 15

✓ Step 9 done.
Each blob your push sent — the image's layers and its configuration — took one
`UploadLayerPart`. The same metric counts logins (`GetAuthorizationToken`, what
`get-login-password` calls), pushes (`PutImage`) and pulls (`BatchGetImage`, and
`GetDownloadUrlForLayer` for each layer a puller fetched). A minute's count appears once the
minute is over. `--statistics Sum` adds up the minutes of each period; `SampleCount` says how
many minutes had calls.

Step 10 of 10:
ECR also announces what happens to your images: each completed push, and each deletion, is
an event (`source` `aws.ecr`, detail type `ECR Image Action`) on Amazon EventBridge's
default event bus. A rule picks the events that match its pattern and sends them to its
targets. Make a rule `ecr-pushes` that matches ECR's events and sends them to a new log
group, `/aws/events/ecr`; then push the image under a new tag and see the event arrive.

Checked:
  • A rule ecr-pushes matches events from ECR (source aws.ecr)
  • Its target is the log group /aws/events/ecr
  • An event from ECR reached /aws/events/ecr
  • You read the events in /aws/events/ecr
$ aws events put-rule --name ecr-pushes --event-pattern '{"source":"aws.ecr"}'

An error occurred (InvalidEventPatternException) when calling the PutRule operation: Event pattern is not valid. Reason: "source" must be an object or an array
 at [Source: (String)"{"source":"aws.ecr"}"; line: 1, column: 12]
? 254
$ aws events put-rule --name ecr-pushes --event-pattern '{"source":["aws.ecr"]}'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/ecr-pushes"
}
$ aws events put-targets --rule ecr-pushes --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ecr
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ aws logs create-log-group --log-group-name /aws/events/ecr
$ docker tag $REGISTRY/web:v1 $REGISTRY/web:v2
$ docker push -q $REGISTRY/web:v2
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ aws logs tail /aws/events/ecr
$ check
✓ A rule ecr-pushes matches events from ECR (source aws.ecr)
✓ Its target is the log group /aws/events/ecr
✗ An event from ECR reached /aws/events/ecr
    EventBridge writes to a log group only when a resource policy lets it: `aws logs put-resource-policy --policy-name TrustEventsToStoreLogEvents --policy-document file://logs-policy.json`. Then push a new tag: only what happens after the rule exists is routed.
✓ You read the events in /aws/events/ecr
$ aws events test-event-pattern --event-pattern '{"source":["aws.ecr"],"detail":{"action-type":["PUSH"]}}' --event '{"id":"1","account":"123456789012","source":"aws.ecr","time":"2026-01-01T00:00:00Z","region":"us-east-1","resources":[],"detail-type":"ECR Image Action","detail":{"action-type":"DELETE"}}'
{
    "Result": false
}
$ aws logs put-resource-policy --policy-name TrustEventsToStoreLogEvents --policy-document file://logs-policy.json --query resourcePolicy.policyName
"TrustEventsToStoreLogEvents"
$ docker tag $REGISTRY/web:v1 $REGISTRY/web:v3
$ docker push -q $REGISTRY/web:v3
123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v3

✓ Step 10 done.
`aws logs tail /aws/events/ecr` shows the push as EventBridge delivered it: the event's JSON,
in a log stream named by the event's ID. Its `detail` says what happened — the repository,
the tag, the digest, `PUSH` or `DELETE`. A rule could pick only some of them
(`"detail":{"action-type":["DELETE"]}`) and send them elsewhere: a Lambda function that scans
each new image, a queue, a chat notification. That is event-driven work: nothing polls the
registry; the push itself sets it off. A log group takes events only when its resource policy
lets EventBridge write there; the console adds that policy for you, the CLI does not.

★ Lesson complete: Your own registry — Amazon ECR

You used both sides of ECR: ECR Public for images anyone may pull, and a private repository
that IAM guards. You logged Docker in with a token, built an image of your own and pushed it,
locked its tags, ran it on Kubernetes, audited it in CloudTrail, counted its calls in
CloudWatch, and routed its push events through EventBridge.

Next: `lesson eks` — Kubernetes, managed — Amazon EKS.
$ aws logs tail /aws/events/ecr --format short
2026-01-01T00:05:51 {"version":"0","id":"52438e2d-9b19-4b27-b632-b3ede8b53566","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:05:51Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:3ef37ad0269dc43823efc5ed0e73d885089fc27e75493d8eed9be86a3f667afb","action-type":"PUSH","image-tag":"v3"}}
