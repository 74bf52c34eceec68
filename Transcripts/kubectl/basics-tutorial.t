# The Kubernetes Basics tutorial: deploy kubernetes-bootcamp, scale it, update it to v2, roll out
# a bad tag and undo it.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ kubectl get deployments
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
kubernetes-bootcamp   0/1     1            0           1s
$ sleep 10
$ kubectl get deployments
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
kubernetes-bootcamp   1/1     1            1           13s
$ kubectl get pods
NAME                                   READY   STATUS    RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Running   0          14s
$ kubectl scale deployments/kubernetes-bootcamp --replicas=4
deployment.apps/kubernetes-bootcamp scaled
$ sleep 5
$ kubectl get deployments
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
kubernetes-bootcamp   4/4     4            4           22s
$ kubectl get pods -o wide
NAME                                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
kubernetes-bootcamp-684c8dd9d8-6vzmq   1/1     Running   0          8s    10.244.1.3   node01   <none>           <none>
kubernetes-bootcamp-684c8dd9d8-8v528   1/1     Running   0          8s    10.244.1.4   node01   <none>           <none>
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Running   0          23s   10.244.2.2   node02   <none>           <none>
kubernetes-bootcamp-684c8dd9d8-jp96r   1/1     Running   0          8s    10.244.2.3   node02   <none>           <none>
$ kubectl describe deployments/kubernetes-bootcamp
Name:                   kubernetes-bootcamp
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
Labels:                 app=kubernetes-bootcamp
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=kubernetes-bootcamp
Replicas:               4 desired | 4 updated | 4 total | 4 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=kubernetes-bootcamp
  Containers:
   kubernetes-bootcamp:
    Image:         gcr.io/google-samples/kubernetes-bootcamp:v1
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   kubernetes-bootcamp-684c8dd9d8 (4/4 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  24s   deployment-controller  Scaled up replica set kubernetes-bootcamp-684c8dd9d8 from 0 to 1
  Normal  ScalingReplicaSet  9s    deployment-controller  Scaled up replica set kubernetes-bootcamp-684c8dd9d8 from 1 to 4
$ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2
deployment.apps/kubernetes-bootcamp image updated
$ kubectl rollout status deployments/kubernetes-bootcamp
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 2 out of 4 new replicas have been updated...
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 out of 4 new replicas have been updated...
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 of 4 updated replicas are available...
deployment "kubernetes-bootcamp" successfully rolled out
$ kubectl get pods
NAME                                   READY   STATUS        RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-6vzmq   1/1     Terminating   0          22s
kubernetes-bootcamp-684c8dd9d8-8v528   1/1     Terminating   0          22s
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Terminating   0          37s
kubernetes-bootcamp-684c8dd9d8-jp96r   1/1     Terminating   0          22s
kubernetes-bootcamp-6b747fb45-fvrw8    1/1     Running       0          12s
kubernetes-bootcamp-6b747fb45-kdr65    1/1     Running       0          7s
kubernetes-bootcamp-6b747fb45-pjx7s    1/1     Running       0          12s
kubernetes-bootcamp-6b747fb45-xsm86    1/1     Running       0          5s
$ kubectl describe pods | grep Image:
    Image:          gcr.io/google-samples/kubernetes-bootcamp:v1
    Image:          gcr.io/google-samples/kubernetes-bootcamp:v1
    Image:          gcr.io/google-samples/kubernetes-bootcamp:v1
    Image:          gcr.io/google-samples/kubernetes-bootcamp:v1
    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2
    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2
    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2
    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2
$ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
deployment.apps/kubernetes-bootcamp image updated
$ sleep 20
$ kubectl get deployments
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
kubernetes-bootcamp   3/4     2            3           61s
$ kubectl get pods
NAME                                   READY   STATUS             RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Terminating        0          62s
kubernetes-bootcamp-684c8dd9d8-jp96r   1/1     Terminating        0          47s
kubernetes-bootcamp-6b747fb45-fvrw8    1/1     Running            0          37s
kubernetes-bootcamp-6b747fb45-kdr65    1/1     Running            0          32s
kubernetes-bootcamp-6b747fb45-pjx7s    1/1     Running            0          37s
kubernetes-bootcamp-6b747fb45-xsm86    1/1     Terminating        0          30s
kubernetes-bootcamp-7d5fc5d98d-2htfr   0/1     ImagePullBackOff   0          23s
kubernetes-bootcamp-7d5fc5d98d-fkhkt   0/1     ImagePullBackOff   0          23s
$ kubectl rollout undo deployments/kubernetes-bootcamp
deployment.apps/kubernetes-bootcamp rolled back
$ kubectl rollout status deployments/kubernetes-bootcamp
Waiting for deployment "kubernetes-bootcamp" rollout to finish: 3 of 4 updated replicas are available...
deployment "kubernetes-bootcamp" successfully rolled out
$ kubectl get pods
NAME                                  READY   STATUS        RESTARTS   AGE
kubernetes-bootcamp-6b747fb45-fvrw8   1/1     Running       0          42s
kubernetes-bootcamp-6b747fb45-kdr65   1/1     Running       0          37s
kubernetes-bootcamp-6b747fb45-pjx7s   1/1     Running       0          42s
kubernetes-bootcamp-6b747fb45-xpgp9   1/1     Running       0          4s
kubernetes-bootcamp-6b747fb45-xsm86   1/1     Terminating   0          35s
$ kubectl rollout history deployments/kubernetes-bootcamp
deployment.apps/kubernetes-bootcamp 
REVISION  CHANGE-CAUSE
1         <none>
3         <none>
4         <none>

