# Lesson jobs, solved with its reference solutions.
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
$ kubectl create job pi --image=perl:5.34.0 -- perl -Mbignum=bpi -wle 'print bpi(2000)'
job.batch/pi created
$ sleep 40

✓ Step 1 done.
The Job controller created one pod; it ran until perl exited with code 0, and the Job recorded
a success: `COMPLETIONS 1/1`. A Job's pods use `restartPolicy: Never` or `OnFailure`, never
`Always`.

Step 2 of 6:
Read what pi printed.

Checked:
  • You read the output of pi's pod
$ kubectl logs job/pi
3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632788659361533818279682303019520353018529689957736225994138912497217752834791315155748572424541506959508295331168617278558890750983817546374649393192550604009277016711390098488240128583616035637076601047101819429555961989467678374494482553797747268471040475346462080466842590694912933136770289891521047521620569660240580381501935112533824300355876402474964732639141992726042699227967823547816360093417216412199245863150302861829745557067498385054945885869269956909272107975093029553211653449872027559602364806654991198818347977535663698074265425278625518184175746728909777727938000816470600161452491921732172147723501414419735685481613611573525521334757418494684385233239073941433345477624168625189835694855620992192221842725502542568876717904946016534668049886272327917860857843838279679766814541009538837863609506800642251252051173929848960841284886269456042419652850222106611863067442786220391949450471237137869609563643719172874677646575739624138908658326459958133904780275900

✓ Step 2 done.
`kubectl logs` asked the kubelet on the pod's node for the container's output. The pod is kept
after it finishes precisely so you can do this; deleting the Job deletes its pods.

Step 3 of 6:
What does the STATUS column of `kubectl get pods` say for pi's pod now?

Answer with `answer …`.
$ kubectl get pods
NAME       READY   STATUS      RESTARTS   AGE
pi-clr4x   0/1     Completed   0          43s
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
$ kubectl create deployment pi-loop --image=perl:5.34.0 -- perl -Mbignum=bpi -wle 'print bpi(2000)'
deployment.apps/pi-loop created
$ sleep 60

✓ Step 4 done.
A Deployment's pods have `restartPolicy: Always`: whenever the container stops — even
successfully — the kubelet starts it again, waiting 10 s, 20 s, 40 s … up to 5 minutes between
tries. That is `CrashLoopBackOff`. For a server that is right; for a computation it is wasted
work, forever.

Step 5 of 6:
Which kind of object should run work that must finish once?

Answer with `answer …`.
$ kubectl get pods
NAME                       READY   STATUS             RESTARTS     AGE
pi-clr4x                   0/1     Completed          0            107s
pi-loop-68f78d8c9d-8v528   0/1     CrashLoopBackOff   3 (9s ago)   62s
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
