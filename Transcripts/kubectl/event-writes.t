# Events take writes like any object: a recorded event can be labelled, annotated, patched and applied over, keeps its name, and is found by its new labels and fields; a learner's own Event keeps its labels.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 10
$ kubectl get events --field-selector reason=Scheduled -o name
event/web.18867251edfa0000
$ kubectl label event web.18867251edfa0000 checked=yes
event/web.18867251edfa0000 labeled
$ kubectl annotate event web.18867251edfa0000 note="looked at it"
event/web.18867251edfa0000 annotated
$ kubectl get events -l checked=yes
LAST SEEN   TYPE     REASON      OBJECT    MESSAGE
15s         Normal   Scheduled   pod/web   Successfully assigned default/web to node02
$ kubectl patch event web.18867251edfa0000 -p '{"message":"Seen by the learner"}'
event/web.18867251edfa0000 patched
$ kubectl get event web.18867251edfa0000 -o jsonpath='{.message} {.metadata.labels.checked} {.metadata.annotations.note}{"\n"}'
Seen by the learner yes looked at it
$ kubectl label event web.18867251edfa0000 checked-
event/web.18867251edfa0000 unlabeled
$ kubectl get events -l checked=yes
No resources found in default namespace.
$ kubectl create -f - <<'YAML'
> apiVersion: v1
> kind: Event
> metadata:
>   name: mine
>   labels:
>     by: me
> involvedObject:
>   kind: Pod
>   name: web
> reason: Noted
> message: my own note
> YAML
event/mine created
$ kubectl get events -l by=me
LAST SEEN   TYPE     REASON   OBJECT    MESSAGE
1s          Normal   Noted    pod/web   my own note
$ kubectl delete event mine
event "mine" deleted
