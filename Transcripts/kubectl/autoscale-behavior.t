# An HPA with a behavior: a scale-down policy of one pod per 15 s and no stabilization window
# takes an idle deployment from 4 to 1 step by step; the API fills in the behavior it was not
# given (scale-up: 4 pods or 100 % per 15 s, the larger).
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=4
deployment.apps/web created
$ kubectl set resources deployment web --requests=cpu=100m
deployment.apps/web resource requirements updated
$ kubectl rollout status deployment web
Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 3 out of 4 new replicas have been updated...
Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
Waiting for deployment "web" rollout to finish: 3 of 4 updated replicas are available...
deployment "web" successfully rolled out
$ kubectl apply -f - <<YAML
> apiVersion: autoscaling/v2
> kind: HorizontalPodAutoscaler
> metadata:
>   name: web
> spec:
>   scaleTargetRef:
>     apiVersion: apps/v1
>     kind: Deployment
>     name: web
>   minReplicas: 1
>   maxReplicas: 5
>   metrics:
>   - type: Resource
>     resource:
>       name: cpu
>       target:
>         type: Utilization
>         averageUtilization: 50
>   behavior:
>     scaleDown:
>       stabilizationWindowSeconds: 0
>       policies:
>       - type: Pods
>         value: 1
>         periodSeconds: 15
> YAML
horizontalpodautoscaler.autoscaling/web created
$ kubectl get hpa web
NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
web    Deployment/web   cpu: <unknown>/50%   1         5         0          1s
$ sleep 80
$ kubectl get hpa web
NAME   REFERENCE        TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
web    Deployment/web   cpu: 1%/50%   1         5         1          83s
$ kubectl describe hpa web | sed -n '/^Conditions/,$p'
Conditions:
  Type            Status  Reason              Message
  ----            ------  ------              -------
  AbleToScale     True    ReadyForNewScale    recommended size matches current size
  ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
  ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
Events:
  Type     Reason                        Age   From                       Message
  ----     ------                        ----  ----                       -------
  Warning  FailedGetResourceMetric       69s   horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
  Warning  FailedComputeMetricsReplicas  69s   horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
  Normal   SuccessfulRescale             54s   horizontal-pod-autoscaler  New size: 3; reason: All metrics below target
  Normal   SuccessfulRescale             39s   horizontal-pod-autoscaler  New size: 2; reason: All metrics below target
  Normal   SuccessfulRescale             24s   horizontal-pod-autoscaler  New size: 1; reason: All metrics below target
$ kubectl get hpa web -o yaml | sed -n '/^  behavior/,/^  maxReplicas/p'
  behavior:
    scaleDown:
      policies:
      - periodSeconds: 15
        type: Pods
        value: 1
      selectPolicy: Max
      stabilizationWindowSeconds: 0
    scaleUp:
      policies:
      - periodSeconds: 15
        type: Pods
        value: 4
      - periodSeconds: 15
        type: Percent
        value: 100
      selectPolicy: Max
      stabilizationWindowSeconds: 0
  maxReplicas: 5
