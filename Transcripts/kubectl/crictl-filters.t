# crictl's filters on a node: by container or pod name (a regular expression), namespace, state, label, image, pod ID; the newest with --latest or -n; full IDs with --no-trunc; crictl 1.32's answers to a bad state (Go's log line), an unknown flag (FATA) and a pattern that is not a regular expression (nothing matches); --image is matched after --latest and --last, as there. A pod that ran to completion has its sandbox stopped (NotReady), and its PodReadyToStartContainers condition turns False.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ kubectl run once --image=busybox:1.36 --restart=Never -- sh -c 'echo hi'
pod/once created
$ sleep 20
$ kubectl get pods -o wide
NAME                   READY   STATUS      RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
once                   0/1     Completed   0          22s   10.244.2.3   node02   <none>           <none>
web-5c94f75b5d-8v528   1/1     Running     0          23s   10.244.1.3   node01   <none>           <none>
web-5c94f75b5d-clr4x   1/1     Running     0          23s   10.244.2.2   node02   <none>           <none>
$ ssh node02
$ crictl ps --name nginx
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                    NAMESPACE
c8966e5e3cdbf       8474e1a7fbd52       20 seconds ago      Running             nginx               0                   be75a5a7e8122       web-5c94f75b5d-clr4x   default
$ crictl ps --name '^kube'
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
7e7f656db29c2       6b42d003c60ad       9 minutes ago       Running             kube-proxy          0                   a493c3c6896d4       kube-proxy-dbdg7    kube-system
$ crictl ps -a --state exited
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
44368803ebc1b       9c85be8fd4b5a       21 seconds ago      Exited              once                0                   efc4dc065f3bf       once                default
$ crictl ps --state Exited -q
44368803ebc1b8ff7e67d48f3bc63746f7cdecc00a4e7850c61ffde54c719c7f
$ crictl ps --latest
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
44368803ebc1b       9c85be8fd4b5a       23 seconds ago      Exited              once                0                   efc4dc065f3bf       once                default
$ crictl ps -n 2
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                    NAMESPACE
44368803ebc1b       9c85be8fd4b5a       24 seconds ago      Exited              once                0                   efc4dc065f3bf       once                   default
c8966e5e3cdbf       8474e1a7fbd52       25 seconds ago      Running             nginx               0                   be75a5a7e8122       web-5c94f75b5d-clr4x   default
$ crictl ps -a --namespace default --no-trunc
CONTAINER                                                          IMAGE                                                                     CREATED             STATE               NAME                ATTEMPT             POD ID                                                             POD                    NAMESPACE
44368803ebc1b8ff7e67d48f3bc63746f7cdecc00a4e7850c61ffde54c719c7f   sha256:9c85be8fd4b5a95a9d127029304375dbf7ad001c39c03510856a4049920ce2c8   25 seconds ago      Exited              once                0                   efc4dc065f3bf5729cedb8eaa9657fd585b26b6241e8ac41c42bb61ce4cb1799   once                   default
c8966e5e3cdbf7d75282f5cd2f9e112c0f672e7453b698c150f84c1ac31462c8   sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3   26 seconds ago      Running             nginx               0                   be75a5a7e81221c3d5939646c41fbcfe56b6f3c1b71090504192caec034467b9   web-5c94f75b5d-clr4x   default
$ crictl ps --label io.kubernetes.pod.namespace=kube-system
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
7e7f656db29c2       6b42d003c60ad       9 minutes ago       Running             kube-proxy          0                   a493c3c6896d4       kube-proxy-dbdg7    kube-system
$ crictl ps --label io.kubernetes.pod.namespace=default --label io.kubernetes.container.name=nginx -q
c8966e5e3cdbf7d75282f5cd2f9e112c0f672e7453b698c150f84c1ac31462c8
$ crictl ps --image nginx:1.27
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                    NAMESPACE
c8966e5e3cdbf       8474e1a7fbd52       29 seconds ago      Running             nginx               0                   be75a5a7e8122       web-5c94f75b5d-clr4x   default
$ crictl ps -p be75a
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                    NAMESPACE
c8966e5e3cdbf       8474e1a7fbd52       30 seconds ago      Running             nginx               0                   be75a5a7e8122       web-5c94f75b5d-clr4x   default
$ crictl ps --latest --image nginx:1.27
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
$ crictl ps -l -n 2 -q
44368803ebc1b8ff7e67d48f3bc63746f7cdecc00a4e7850c61ffde54c719c7f
c8966e5e3cdbf7d75282f5cd2f9e112c0f672e7453b698c150f84c1ac31462c8
$ crictl ps --name '['
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
$ crictl ps --state sleeping
2026/01/01 00:00:39 --state should be one of created, running, exited or unknown
? 1
$ crictl ps --colour
FATA[0000] flag provided but not defined: -colour
? 1
$ crictl pods --label app=web
POD ID              CREATED             STATE               NAME                   NAMESPACE           ATTEMPT             RUNTIME
be75a5a7e8122       39 seconds ago      Ready               web-5c94f75b5d-clr4x   default             0                   (default)
$ crictl pods --name '^web' --namespace default
POD ID              CREATED             STATE               NAME                   NAMESPACE           ATTEMPT             RUNTIME
be75a5a7e8122       40 seconds ago      Ready               web-5c94f75b5d-clr4x   default             0                   (default)
$ crictl pods --state notready
POD ID              CREATED             STATE               NAME                NAMESPACE           ATTEMPT             RUNTIME
efc4dc065f3bf       39 seconds ago      NotReady            once                default             0                   (default)
$ crictl pods --state nope
2026/01/01 00:00:44 --state should be ready or notready
? 1
$ crictl pods -a
FATA[0000] flag provided but not defined: -a
? 1
$ crictl pods -q --latest
efc4dc065f3bf5729cedb8eaa9657fd585b26b6241e8ac41c42bb61ce4cb1799
$ exit
logout
Connection to node02 closed.
$ kubectl describe pod once | grep -A6 Conditions
Conditions:
  Type                        Status
  PodReadyToStartContainers   False 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
