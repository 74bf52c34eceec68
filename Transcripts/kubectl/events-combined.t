# More than nine events about one object that differ only in their message fold into one: client-go's aggregator, as a ReplicaSet of fourteen pods shows.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=12
deployment.apps/web created
$ sleep 30
$ kubectl get events --field-selector involvedObject.kind=ReplicaSet
LAST SEEN   TYPE     REASON             OBJECT                      MESSAGE
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-clr4x
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-8v528
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-jp96r
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-6vzmq
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-fvrw8
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-pjx7s
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-kdr65
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-xsm86
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   Created pod: web-5c94f75b5d-2htfr
32s         Normal   SuccessfulCreate   replicaset/web-5c94f75b5d   (combined from similar events): Created pod: web-5c94f75b5d-lztvk
$ kubectl scale deployment web --replicas=14
deployment.apps/web scaled
$ sleep 5
$ kubectl get events --field-selector reason=SuccessfulCreate -o custom-columns=COUNT:.count,MESSAGE:.message
COUNT   MESSAGE
1       Created pod: web-5c94f75b5d-clr4x
1       Created pod: web-5c94f75b5d-8v528
1       Created pod: web-5c94f75b5d-jp96r
1       Created pod: web-5c94f75b5d-6vzmq
1       Created pod: web-5c94f75b5d-fvrw8
1       Created pod: web-5c94f75b5d-pjx7s
1       Created pod: web-5c94f75b5d-kdr65
1       Created pod: web-5c94f75b5d-xsm86
1       Created pod: web-5c94f75b5d-2htfr
5       (combined from similar events): Created pod: web-5c94f75b5d-9nf8n
$ sleep 11m
$ kubectl scale deployment web --replicas=15
deployment.apps/web scaled
$ sleep 5
$ kubectl get events --field-selector reason=SuccessfulCreate -o custom-columns=COUNT:.count,MESSAGE:.message
COUNT   MESSAGE
1       Created pod: web-5c94f75b5d-clr4x
1       Created pod: web-5c94f75b5d-8v528
1       Created pod: web-5c94f75b5d-jp96r
1       Created pod: web-5c94f75b5d-6vzmq
1       Created pod: web-5c94f75b5d-fvrw8
1       Created pod: web-5c94f75b5d-pjx7s
1       Created pod: web-5c94f75b5d-kdr65
1       Created pod: web-5c94f75b5d-xsm86
1       Created pod: web-5c94f75b5d-2htfr
5       (combined from similar events): Created pod: web-5c94f75b5d-9nf8n
1       Created pod: web-5c94f75b5d-hhlg6
