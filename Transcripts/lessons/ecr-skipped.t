# Lesson ecr skipped step by step: each skip applies the step's solution, so the login, the
# build and the push all happen, and the pods end up serving the page.
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
$ skip
Skipped step 1 (its solution was applied).

Step 2 of 10:
Create a private repository named `web`.

Checked:
  • A private repository named web exists in us-east-1
$ skip
Skipped step 2 (its solution was applied).

Step 3 of 10:
Log Docker in to your registry, `$REGISTRY`, with a password from
`aws ecr get-login-password`.

Checked:
  • Docker logged in to your registry
$ skip
Skipped step 3 (its solution was applied).

Step 4 of 10:
Build `site` into an image named `$REGISTRY/web:v1`.

Checked:
  • Docker has an image named $REGISTRY/web:v1
$ skip
Skipped step 4 (its solution was applied).

Step 5 of 10:
Push `$REGISTRY/web:v1` to your repository.

Checked:
  • web holds an image tagged v1
$ skip
Skipped step 5 (its solution was applied).

Step 6 of 10:
Make the tags of `web` immutable.

Checked:
  • web's tags are immutable
$ skip
Skipped step 6 (its solution was applied).

Step 7 of 10:
Run the pushed image on the cluster: a Deployment `web` with 2 available replicas of
`$REGISTRY/web:v1`.

Checked:
  • Deployment web has 2 available replicas
  • Its pods run $REGISTRY/web:v1
$ skip
Skipped step 7 (its solution was applied).

Step 8 of 10:
Every ECR API call is recorded in CloudTrail. Which ECR operation did `docker push` call to
store the image? Answer with its name.

Answer with `answer …`.
$ kubectl exec deploy/web -- curl -s localhost
<h1>Hello from my own image</h1>
$ aws ecr describe-images --repository-name web --query 'imageDetails[].imageTags' --output text
v1
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
$ skip
Skipped step 9 (its solution was applied).

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
$ skip
Skipped step 10 (its solution was applied).

★ Lesson complete: Your own registry — Amazon ECR

You used both sides of ECR: ECR Public for images anyone may pull, and a private repository
that IAM guards. You logged Docker in with a token, built an image of your own and pushed it,
locked its tags, ran it on Kubernetes, audited it in CloudTrail, counted its calls in
CloudWatch, and routed its push events through EventBridge.

Next: `lesson eks` — Kubernetes, managed — Amazon EKS.
