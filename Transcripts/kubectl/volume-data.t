# What outlives a pod: a file written to a PersistentVolume is there for the next pod that mounts the claim; one written to an emptyDir or to the container's own filesystem goes with the pod; deleting the claim deletes the volume and its data.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > notes.yaml <<'EOF'
> apiVersion: v1
> kind: PersistentVolumeClaim
> metadata:
>   name: data
> spec:
>   accessModes: [ReadWriteOnce]
>   resources:
>     requests:
>       storage: 1Gi
> ---
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   name: notes
> spec:
>   selector:
>     matchLabels: {app: notes}
>   template:
>     metadata:
>       labels: {app: notes}
>     spec:
>       containers:
>       - name: web
>         image: nginx:1.27
>         volumeMounts:
>         - {name: data, mountPath: /data}
>         - {name: scratch, mountPath: /scratch}
>       volumes:
>       - name: data
>         persistentVolumeClaim: {claimName: data}
>       - name: scratch
>         emptyDir: {}
> EOF
$ kubectl apply -f notes.yaml
persistentvolumeclaim/data created
deployment.apps/notes created
$ kubectl rollout status deployment/notes
Waiting for deployment "notes" rollout to finish: 0 of 1 updated replicas are available...
deployment "notes" successfully rolled out
$ kubectl exec deploy/notes -- ls /data
$ kubectl exec deploy/notes -- sh -c 'echo remembered > /data/note.txt; date >> /data/note.txt; echo forgotten > /scratch/tmp.txt; echo layer > /tmp/layer.txt'
$ kubectl exec deploy/notes -- ls /data /scratch
/data:
note.txt

/scratch:
tmp.txt
$ kubectl exec deploy/notes -- cat /data/note.txt /scratch/tmp.txt /tmp/layer.txt
remembered
Thu Jan  1 00:00:12 UTC 2026
forgotten
layer
$ kubectl exec deploy/notes -- sh -c 'echo appended >> /etc/hostname'
$ kubectl exec deploy/notes -- cat /etc/hostname
notes-64fd4d7b48-clr4x
appended
$ kubectl delete pod -l app=notes
pod "notes-64fd4d7b48-clr4x" deleted
$ kubectl rollout status deployment/notes
Waiting for deployment "notes" rollout to finish: 0 of 1 updated replicas are available...
deployment "notes" successfully rolled out
$ kubectl exec deploy/notes -- cat /data/note.txt
remembered
Thu Jan  1 00:00:12 UTC 2026
$ kubectl exec deploy/notes -- cat /scratch/tmp.txt
cat: /scratch/tmp.txt: No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec deploy/notes -- cat /tmp/layer.txt
cat: /tmp/layer.txt: No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec deploy/notes -- sh -c 'cat < /data/note.txt'
error: Shipyard's shell in containers runs commands joined by ;, &&, || and |, loops and ifs, with > and >> to files, and $(…) and $((…)) substitutions; input redirections, redirections such as 2>, and `…` are not simulated.
? 1
$ kubectl delete deployment notes
deployment.apps "notes" deleted
$ kubectl delete pvc data
persistentvolumeclaim "data" deleted
$ sleep 10
$ kubectl get pv
No resources found
