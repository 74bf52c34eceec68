# A deployment runs an image pushed to ECR: the nodes pull it by the repository's URI and it
# runs as the image it was made from. A tag that was never pushed fails to pull. (Shipyard's
# sandbox nodes may pull from the account's registry; a real cluster outside EKS would need
# an image pull secret.)
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecr create-repository --repository-name hello --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/hello
$ docker pull -q gcr.io/google-samples/kubernetes-bootcamp:v1
gcr.io/google-samples/kubernetes-bootcamp:v1
$ docker tag gcr.io/google-samples/kubernetes-bootcamp:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/hello]
c9d2f5f4deec: Preparing
6a2205159d78: Preparing
8ab0aaa5dcf9: Preparing
d593f44832a8: Preparing
3847f814326f: Preparing
5a28c2bc637d: Preparing
8bf3a78e2c3a: Preparing
5a28c2bc637d: Waiting
8bf3a78e2c3a: Waiting
c9d2f5f4deec: Pushed
6a2205159d78: Pushed
8ab0aaa5dcf9: Pushed
d593f44832a8: Pushed
3847f814326f: Pushed
5a28c2bc637d: Pushed
8bf3a78e2c3a: Pushed
v1: digest: sha256:ad1b52117696cb6a62ea41fa8a52d096dff81cc68158318cf68ea9d1a4e8cf7d size: 1414
$ kubectl create deployment hello --image=123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1 --replicas=2
deployment.apps/hello created
$ kubectl rollout status deployment/hello
Waiting for deployment "hello" rollout to finish: 0 of 2 updated replicas are available...
Waiting for deployment "hello" rollout to finish: 1 of 2 updated replicas are available...
deployment "hello" successfully rolled out
$ kubectl exec deploy/hello -- curl -s localhost:8080
Hello Kubernetes bootcamp! | Running on: hello-7f66767649-8v528 | v=1
$ kubectl get pods -o jsonpath='{.items[0].status.containerStatuses[0].imageID}'; echo
123456789012.dkr.ecr.us-east-1.amazonaws.com/hello@sha256:ad1b52117696cb6a62ea41fa8a52d096dff81cc68158318cf68ea9d1a4e8cf7d
$ kubectl set image deployment/hello hello=123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v2
deployment.apps/hello image updated
$ sleep 1m
$ kubectl get pods
NAME                     READY   STATUS             RESTARTS   AGE
hello-6bf64cd664-jp96r   0/1     ImagePullBackOff   0          62s
hello-7f66767649-8v528   1/1     Running            0          71s
hello-7f66767649-clr4x   1/1     Running            0          71s
$ kubectl describe pods | grep -m1 'Failed to pull'
  Warning  Failed     29s (x3 over 60s)  kubelet            Failed to pull image "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v2": rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v2": failed to resolve reference "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v2": 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v2: not found
