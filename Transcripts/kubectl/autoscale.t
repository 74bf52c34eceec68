# kubectl autoscale and the horizontal pod autoscaler controller: a v1 HPA as kubectl sends it,
# kept as v2; every 15 s the controller reads the target's scale and its pods' CPU from
# metrics-server. Without CPU requests it can only bring the deployment up to --min and says
# why it cannot compute more; with requests, a CPU-bound workload is scaled up (at most double
# or +4 a step) until --max.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80 --dry-run=client -o json
{
    "kind": "HorizontalPodAutoscaler",
    "apiVersion": "autoscaling/v1",
    "metadata": {
        "name": "web",
        "creationTimestamp": null
    },
    "spec": {
        "scaleTargetRef": {
            "kind": "Deployment",
            "name": "web",
            "apiVersion": "apps/v1"
        },
        "minReplicas": 2,
        "maxReplicas": 5,
        "targetCPUUtilizationPercentage": 80
    },
    "status": {
        "currentReplicas": 0,
        "desiredReplicas": 0
    }
}
$ kubectl autoscale deployment web --max=5 --dry-run=client -o yaml
apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  creationTimestamp: null
  name: web
spec:
  maxReplicas: 5
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
status:
  currentReplicas: 0
  desiredReplicas: 0
$ kubectl autoscale deploy/web --max=0
error: --max=MAXPODS is required and must be at least 1, max: 0
? 1
$ kubectl autoscale deployment web --min=6 --max=5
error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 5, min: 6
? 1
$ kubectl autoscale deployment nope --max=3
Error from server (NotFound): deployments.apps "nope" not found
? 1
$ kubectl run lonely --image=nginx:1.27
pod/lonely created
$ kubectl autoscale pod lonely --max=3
error: cannot autoscale a Pod: could not find scale subresource for /v1, Resource=pods in discovery information
? 1
$ kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=50
horizontalpodautoscaler.autoscaling/web autoscaled
$ kubectl get hpa
NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
web    Deployment/web   cpu: <unknown>/50%   2         5         0          1s
$ sleep 15
$ kubectl get hpa,deploy
NAME                                      REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: <unknown>/50%   2         5         1          18s

NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/web   1/2     2            1           26s
$ sleep 30
$ kubectl describe hpa web
Name:                                                  web
Namespace:                                             default
Labels:                                                <none>
Annotations:                                           <none>
CreationTimestamp:                                     Thu, 01 Jan 2026 00:00:08 +0000
Reference:                                             Deployment/web
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  <unknown> / 50%
Min replicas:                                          2
Max replicas:                                          5
Deployment pods:                                       2 current / 2 desired
Conditions:
  Type           Status  Reason                   Message
  ----           ------  ------                   -------
  AbleToScale    True    SucceededGetScale        the HPA controller was able to get the target's current scale
  ScalingActive  False   FailedGetResourceMetric  the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-5c94f75b5d-8v528
Events:
  Type     Reason                        Age               From                       Message
  ----     ------                        ----              ----                       -------
  Normal   SuccessfulRescale             35s               horizontal-pod-autoscaler  New size: 2; reason: Current number of replicas below Spec.MinReplicas
  Warning  FailedGetResourceMetric       5s (x2 over 20s)  horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container nginx of Pod web-5c94f75b5d-8v528
  Warning  FailedComputeMetricsReplicas  5s (x2 over 20s)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-5c94f75b5d-8v528
$ kubectl apply -f - <<YAML
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: burn
> spec:
>   replicas: 1
>   selector:
>     matchLabels:
>       app: burn
>   template:
>     metadata:
>       labels:
>         app: burn
>     spec:
>       containers:
>       - name: stress
>         image: polinux/stress
>         command: ["stress"]
>         args: ["--cpu", "1"]
>         resources:
>           requests:
>             cpu: 200m
>           limits:
>             cpu: 500m
> YAML
deployment.apps/burn created
$ kubectl autoscale deployment burn --max=6 --cpu-percent=50
horizontalpodautoscaler.autoscaling/burn autoscaled
$ sleep 90
$ kubectl get hpa burn
NAME   REFERENCE         TARGETS         MINPODS   MAXPODS   REPLICAS   AGE
burn   Deployment/burn   cpu: 250%/50%   1         6         6          92s
$ kubectl top pods -l app=burn
NAME                    CPU(cores)   MEMORY(bytes)   
burn-5f78566fd5-6vzmq   500m         1Mi             
burn-5f78566fd5-fvrw8   500m         1Mi             
burn-5f78566fd5-jp96r   500m         1Mi             
burn-5f78566fd5-kdr65   500m         1Mi             
burn-5f78566fd5-pjx7s   500m         1Mi             
burn-5f78566fd5-xsm86   500m         1Mi             
$ kubectl describe hpa burn | sed -n '/^Metrics/,$p'
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  250% (500m) / 50%
Min replicas:                                          1
Max replicas:                                          6
Deployment pods:                                       6 current / 6 desired
Conditions:
  Type            Status  Reason            Message
  ----            ------  ------            -------
  AbleToScale     True    ReadyForNewScale  recommended size matches current size
  ScalingActive   True    ValidMetricFound  the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
  ScalingLimited  True    TooManyReplicas   the desired replica count is more than the maximum replica count
Events:
  Type     Reason                        Age   From                       Message
  ----     ------                        ----  ----                       -------
  Warning  FailedGetResourceMetric       79s   horizontal-pod-autoscaler  failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)
  Warning  FailedComputeMetricsReplicas  79s   horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)
  Normal   SuccessfulRescale             64s   horizontal-pod-autoscaler  New size: 4; reason: cpu resource utilization (percentage of request) above target
  Normal   SuccessfulRescale             49s   horizontal-pod-autoscaler  New size: 5; reason: cpu resource utilization (percentage of request) above target
  Normal   SuccessfulRescale             34s   horizontal-pod-autoscaler  New size: 6; reason: cpu resource utilization (percentage of request) above target
$ kubectl get hpa burn -o yaml | sed -n '/^spec/,$p'
spec:
  maxReplicas: 6
  metrics:
  - resource:
      name: cpu
      target:
        averageUtilization: 50
        type: Utilization
    type: Resource
  minReplicas: 1
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: burn
status:
  conditions:
  - lastTransitionTime: "2026-01-01T00:01:15Z"
    message: recommended size matches current size
    reason: ReadyForNewScale
    status: "True"
    type: AbleToScale
  - lastTransitionTime: "2026-01-01T00:01:30Z"
    message: the HPA was able to successfully calculate a replica count from cpu resource
      utilization (percentage of request)
    reason: ValidMetricFound
    status: "True"
    type: ScalingActive
  - lastTransitionTime: "2026-01-01T00:02:00Z"
    message: the desired replica count is more than the maximum replica count
    reason: TooManyReplicas
    status: "True"
    type: ScalingLimited
  currentMetrics:
  - resource:
      current:
        averageUtilization: 250
        averageValue: 500m
      name: cpu
    type: Resource
  currentReplicas: 6
  desiredReplicas: 6
  lastScaleTime: "2026-01-01T00:02:00Z"
$ kubectl apply -f - <<YAML
> apiVersion: autoscaling/v2
> kind: HorizontalPodAutoscaler
> metadata:
>   name: bad
> spec:
>   scaleTargetRef:
>     apiVersion: apps/v1
>     kind: Deployment
>   minReplicas: 3
>   maxReplicas: 0
> YAML
The HorizontalPodAutoscaler "bad" is invalid: 
* spec.maxReplicas: Invalid value: 0: must be greater than 0
* spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`
* spec.scaleTargetRef.name: Required value
? 1
