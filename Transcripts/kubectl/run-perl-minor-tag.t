# perl's minor-version tag (`perl:5.34`) pulls like its patch tag: a pod runs the one-liner from
# the Job docs and exits; its node then holds the image under that tag.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run pi --image=perl:5.34 --restart=Never -- perl -Mbignum=bpi -wle 'print bpi(50)'
pod/pi created
$ sleep 30
$ kubectl get pod pi -o wide
NAME   READY   STATUS      RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
pi     0/1     Completed   0          32s   10.244.2.2   node02   <none>           <none>
$ kubectl logs pi
3.1415926535897932384626433832795028841971693993751
$ ssh node02
$ crictl images
IMAGE                        TAG                 IMAGE ID            SIZE
docker.io/library/perl       5.34                ffcc4e93e9ed2       332.7MB
registry.k8s.io/kube-proxy   v1.32.4             6b42d003c60ad       30.91MB
registry.k8s.io/pause        3.10                c4497ffff0424       320.4kB
$ exit
logout
Connection to node02 closed.
