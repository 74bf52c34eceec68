# A CronJob firing every hour on the simulated clock: jobs appear on schedule, history is trimmed
# to the last three successful ones.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create cronjob hello --image=busybox:1.28 --schedule="0 * * * *" -- sh -c 'date; echo Hello from the Kubernetes cluster'
cronjob.batch/hello created
$ kubectl get cronjobs
NAME    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
hello   0 * * * *   <none>     False     0        <none>          1s
$ sleep 3600
$ kubectl get cronjobs
NAME    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
hello   0 * * * *   <none>     False     0        3s              60m
$ kubectl get jobs
NAME             STATUS     COMPLETIONS   DURATION   AGE
hello-29453820   Complete   1/1           3s         4s
$ sleep 10800
$ kubectl get cronjobs
NAME    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
hello   0 * * * *   <none>     False     0        6s              4h
$ kubectl get jobs
NAME             STATUS     COMPLETIONS   DURATION   AGE
hello-29453880   Complete   1/1           3s         120m
hello-29453940   Complete   1/1           2s         60m
hello-29454000   Complete   1/1           3s         7s
$ kubectl get pods
NAME                   READY   STATUS      RESTARTS   AGE
hello-29453880-8v528   0/1     Completed   0          120m
hello-29453940-jp96r   0/1     Completed   0          60m
hello-29454000-6vzmq   0/1     Completed   0          8s
$ kubectl describe cronjob hello
Name:                          hello
Namespace:                     default
Labels:                        <none>
Annotations:                   <none>
Schedule:                      0 * * * *
Concurrency Policy:            Allow
Suspend:                       False
Successful Job History Limit:  3
Failed Job History Limit:      1
Starting Deadline Seconds:     <unset>
Selector:                      <unset>
Parallelism:                   <unset>
Completions:                   <unset>
Pod Template:
  Labels:  <none>
  Containers:
   hello:
    Image:      busybox:1.28
    Port:       <none>
    Host Port:  <none>
    Command:
      sh
      -c
      date; echo Hello from the Kubernetes cluster
    Environment:     <none>
    Mounts:          <none>
  Volumes:           <none>
  Node-Selectors:    <none>
  Tolerations:       <none>
Last Schedule Time:  Thu, 01 Jan 2026 04:00:00 +0000
Active Jobs:         <none>
Events:
  Type    Reason            Age   From                Message
  ----    ------            ----  ----                -------
  Normal  SuccessfulCreate  9s    cronjob-controller  Created job hello-29454000
  Normal  SawCompletedJob   6s    cronjob-controller  Saw completed job: hello-29453820, condition: Complete
