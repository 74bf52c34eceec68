# Lesson jobs with wrong turns: a Job without its command, the pod's status asked too early,
# a Deployment named as the tool for finite work, and skip.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ lesson jobs
Jobs
====

Not every workload should run forever. A batch computation, a database migration, a report:
these should run to completion and stop. That is a Job: the Job controller runs pods
until the required number have succeeded, retries failures up to a limit, and then leaves the
finished pod for you to read its logs.

In this lesson you run the example from the Kubernetes documentation — computing π to 2000
digits in Perl — as a Job, and then as a Deployment, to see the difference.

Step 1 of 6:
Create a Job named `pi` that runs `perl -Mbignum=bpi -wle 'print bpi(2000)'` in the image
`perl:5.34.0`, and wait for it to complete.

Checked:
  • A Job named pi runs the image perl:5.34.0
  • pi has completed

(`task` shows this again · `check` · `hint` · `solution` · `lessons`)
$ kubectl create job pi --image=perl:5.34.0
job.batch/pi created
! pi's container has no command, so it runs perl's default and computes nothing. Delete the Job and create it again with `-- perl -Mbignum=bpi -wle 'print bpi(2000)'` at the end.
$ kubectl delete job pi
job.batch "pi" deleted
$ kubectl create job pi --image=perl:5.34.0 -- perl -Mbignum=bpi -wle 'print bpi(2000)'
job.batch/pi created
$ kubectl get jobs
NAME   STATUS    COMPLETIONS   DURATION   AGE
pi     Running   0/1           1s         1s
(Stuck? `task` repeats the goal, `check` shows what is missing, `hint` gives a hint, `solution` the answer.)
$ sleep 40

✓ Step 1 done.
The Job controller created one pod; it ran until perl exited with code 0, and the Job recorded
a success: `COMPLETIONS 1/1`. A Job's pods use `restartPolicy: Never` or `OnFailure`, never
`Always`.

Step 2 of 6:
Read what pi printed.

Checked:
  • You read the output of pi's pod
$ kubectl logs job/pi | wc -c
2002

✓ Step 2 done.
`kubectl logs` asked the kubelet on the pod's node for the container's output. The pod is kept
after it finishes precisely so you can do this; deleting the Job deletes its pods.

Step 3 of 6:
What does the STATUS column of `kubectl get pods` say for pi's pod now?

Answer with `answer …`.
$ answer Running
✗ Not any more — look again with `kubectl get pods`.
$ answer complete
✗ That is the Job's status. What does the pod's STATUS column say?
$ answer Completed

✓ Step 3 done.
`Completed`: the container exited successfully and will not be restarted. The pod's phase is
`Succeeded`, and the Job's own status is `Complete`.

Step 4 of 6:
Now run the same program under a Deployment named `pi-loop`, and watch what happens to its
pod.

Checked:
  • A Deployment named pi-loop runs perl:5.34.0
  • pi-loop's container has been restarted
$ skip
Skipped step 4 (its solution was applied).

Step 5 of 6:
Which kind of object should run work that must finish once?

Answer with `answer …`.
$ answer deployment
✗ A Deployment restarts its pods whenever they stop — you just watched it do that to a finished program.
$ answer cronjob
✗ A CronJob makes Jobs on a schedule; for work that runs once, the Job itself is the answer.
$ answer job

✓ Step 5 done.
A Job: it runs to completion and stops. (A CronJob creates a Job on a schedule.)
Deployments are for work that should never stop.

Step 6 of 6:
Delete the pi-loop Deployment.

Checked:
  • You deleted pi-loop
  • pi-loop is gone
$ kubectl delete deployment pi-loop
deployment.apps "pi-loop" deleted

✓ Step 6 done.
Deleting the Deployment deleted its ReplicaSet and pod too: the garbage collector removes
objects whose owner is gone.

★ Lesson complete: Jobs

You ran a Job to completion, read its output, and saw why a Deployment is the wrong tool for
work that finishes. These four lessons covered the Kubernetes components and its core
workloads; the next lesson puts a stable address in front of them.

Next: `lesson services` — Services.
$ lessons
Kubernetes
     1. control-plane          The control plane · 12 min
     2. deployments            Pods and Deployments · 12 min
     3. rolling-updates        Rolling updates · 12 min
  ✓  4. jobs                   Jobs · 10 min
     5. services               Services · 16 min
    10. ingress-and-storage    Ingress and storage · 18 min

Amazon ECS
     6. ecs-building-blocks    ECS building blocks · 14 min
     7. tasks-and-services     Tasks versus services · 12 min
     8. ec2-and-fargate        EC2 mode versus Fargate · 15 min
     9. task-roles             Inside a task — containers and roles · 15 min

Amazon ECR
    11. ecr                    Your own registry — Amazon ECR · 28 min

Amazon EKS
    12. eks                    Kubernetes, managed — Amazon EKS · 20 min
    13. eks-nodes-and-storage  EKS nodes of your own, Fargate, and EBS volumes · 25 min

`lesson ID` starts or resumes one (e.g. `lesson control-plane`).
