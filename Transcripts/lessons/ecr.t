# Lesson ecr, solved with its reference solutions.
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
$ aws ecr create-repository --repository-name web
{
    "repository": {
        "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
        "registryId": "123456789012",
        "repositoryName": "web",
        "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web",
        "createdAt": "2026-01-01T00:00:02+00:00",
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
$ docker build -t $REGISTRY/web:v1 site
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
#7 naming to 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1 done
#7 DONE 0.0s

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
$ kubectl exec deploy/web -- curl -s localhost
<h1>Hello from my own image</h1>
$ sleep 5m
$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventSource,AttributeValue=ecr.amazonaws.com --query 'Events[].[EventTime,EventName]' --output text
2026-01-01T00:00:06+00:00	PutImageTagMutability
2026-01-01T00:00:05+00:00	PutImage
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	CompleteLayerUpload
2026-01-01T00:00:05+00:00	UploadLayerPart
2026-01-01T00:00:05+00:00	InitiateLayerUpload
2026-01-01T00:00:05+00:00	BatchCheckLayerAvailability
2026-01-01T00:00:03+00:00	GetAuthorizationToken
2026-01-01T00:00:02+00:00	CreateRepository
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
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
$ aws cloudwatch get-metric-statistics --namespace AWS/Usage --metric-name CallCount --dimensions Name=Type,Value=API Name=Resource,Value=UploadLayerPart Name=Service,Value=ECR Name=Class,Value=None --start-time $(date -u -d '-1 hour' +%FT%TZ) --end-time $(date -u +%FT%TZ) --period 3600 --statistics Sum
{
    "Label": "CallCount",
    "Datapoints": [
        {
            "Timestamp": "2025-12-31T23:05:00+00:00",
            "Sum": 8.0,
            "Unit": "None"
        }
    ]
}
$ answer 8

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
$ aws logs create-log-group --log-group-name /aws/events/ecr
$ aws logs put-resource-policy --policy-name TrustEventsToStoreLogEvents --policy-document file://logs-policy.json
{
    "resourcePolicy": {
        "policyName": "TrustEventsToStoreLogEvents",
        "policyDocument": "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"TrustEventsToStoreLogEvent\",\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Service\": [\"delivery.logs.amazonaws.com\", \"events.amazonaws.com\"]},\n      \"Action\": [\"logs:CreateLogStream\", \"logs:PutLogEvents\"],\n      \"Resource\": \"arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/*:*\"\n    }\n  ]\n}\n",
        "lastUpdatedTime": 1767225927000
    }
}
$ aws events put-rule --name ecr-pushes --event-pattern '{"source":["aws.ecr"],"detail-type":["ECR Image Action"]}'
{
    "RuleArn": "arn:aws:events:us-east-1:123456789012:rule/ecr-pushes"
}
$ aws events put-targets --rule ecr-pushes --targets Id=logs,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ecr
{
    "FailedEntryCount": 0,
    "FailedEntries": []
}
$ docker tag $REGISTRY/web:v1 $REGISTRY/web:v2
$ docker push $REGISTRY/web:v2
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
8b05e01aa683: Layer already exists
55f130bbe96d: Layer already exists
8d547ccb1bbe: Layer already exists
3eed2c6631d2: Layer already exists
36391b8b1c2e: Layer already exists
9c694c5ae6be: Layer already exists
333cd43ebeb4: Layer already exists
v2: digest: sha256:2d7fc9b953278264e166088636c9be290ffc233d3e9206f056b59965f955dde2 size: 1408
$ aws logs tail /aws/events/ecr
2026-01-01T00:05:31.000000+00:00 5a5081f0-3487-4786-8c67-35418cb3a66b {"version":"0","id":"5a5081f0-3487-4786-8c67-35418cb3a66b","detail-type":"ECR Image Action","source":"aws.ecr","account":"123456789012","time":"2026-01-01T00:05:31Z","region":"us-east-1","resources":[],"detail":{"result":"SUCCESS","repository-name":"web","image-digest":"sha256:2d7fc9b953278264e166088636c9be290ffc233d3e9206f056b59965f955dde2","action-type":"PUSH","image-tag":"v2"}}

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
