# A Job whose pod always fails: replacements come after 10 s, 20 s, 40 s… until backoffLimit is
# passed and the Job fails with BackoffLimitExceeded.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl apply -f - <<YAML
> apiVersion: batch/v1
> kind: Job
> metadata:
>   name: flaky
> spec:
>   backoffLimit: 3
>   template:
>     spec:
>       restartPolicy: Never
>       containers:
>       - name: main
>         image: busybox:1.36
>         command: ["sh", "-c", "echo trying; exit 2"]
> YAML
job.batch/flaky created
$ sleep 12
$ kubectl get pods
NAME          READY   STATUS              RESTARTS   AGE
flaky-8v528   0/1     ContainerCreating   0          2s
flaky-clr4x   0/1     Error               0          14s
$ sleep 30
$ kubectl get pods
NAME          READY   STATUS   RESTARTS   AGE
flaky-8v528   0/1     Error    0          34s
flaky-clr4x   0/1     Error    0          46s
flaky-jp96r   0/1     Error    0          12s
$ sleep 120
$ kubectl get jobs
NAME    STATUS   COMPLETIONS   DURATION   AGE
flaky   Failed   0/1           2m48s      2m48s
$ kubectl get pods
NAME          READY   STATUS   RESTARTS   AGE
flaky-6vzmq   0/1     Error    0          94s
flaky-8v528   0/1     Error    0          2m37s
flaky-clr4x   0/1     Error    0          2m49s
flaky-jp96r   0/1     Error    0          2m15s
$ kubectl describe job flaky
Name:             flaky
Namespace:        default
Selector:         batch.kubernetes.io/controller-uid=09df92c8-c550-4ef8-8b6a-f3acbc2b895d
Labels:           batch.kubernetes.io/controller-uid=09df92c8-c550-4ef8-8b6a-f3acbc2b895d
                  batch.kubernetes.io/job-name=flaky
                  controller-uid=09df92c8-c550-4ef8-8b6a-f3acbc2b895d
                  job-name=flaky
Annotations:      <none>
Parallelism:      1
Completions:      1
Completion Mode:  NonIndexed
Suspend:          false
Backoff Limit:    3
Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
Pods Statuses:    0 Active (0 Ready) / 0 Succeeded / 4 Failed
Pod Template:
  Labels:  batch.kubernetes.io/controller-uid=09df92c8-c550-4ef8-8b6a-f3acbc2b895d
           batch.kubernetes.io/job-name=flaky
           controller-uid=09df92c8-c550-4ef8-8b6a-f3acbc2b895d
           job-name=flaky
  Containers:
   main:
    Image:      busybox:1.36
    Port:       <none>
    Host Port:  <none>
    Command:
      sh
      -c
      echo trying; exit 2
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:
  Type     Reason                Age    From            Message
  ----     ------                ----   ----            -------
  Normal   SuccessfulCreate      2m50s  job-controller  Created pod: flaky-clr4x
  Normal   SuccessfulCreate      2m38s  job-controller  Created pod: flaky-8v528
  Normal   SuccessfulCreate      2m16s  job-controller  Created pod: flaky-jp96r
  Normal   SuccessfulCreate      95s    job-controller  Created pod: flaky-6vzmq
  Warning  BackoffLimitExceeded  92s    job-controller  Job has reached the specified backoff limit
$ kubectl get job flaky -o jsonpath='{range .status.conditions[*]}{.type}{"\t"}{.reason}{"\t"}{.message}{"\n"}{end}'
FailureTarget	BackoffLimitExceeded	Job has reached the specified backoff limit
Failed	BackoffLimitExceeded	Job has reached the specified backoff limit
$ kubectl logs job/flaky
Found 4 pods, using pod/flaky-clr4x
trying
