# `ssh NODE COMMAND` runs one command line on a node and comes back: the node's tools and
# files, the node's shell errors, ssh's own errors and usage.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 5
$ kubectl get pod web -o jsonpath='{.spec.nodeName}{"\n"}'
node02
$ ssh node02 crictl ps --name web
CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                 NAMESPACE
85ccb20359705       8474e1a7fbd52       2 seconds ago       Running             web                 0                   be75a5a7e8122       web                 default
$ ssh node02 'crictl ps | grep -c Running'
2
$ ssh node02 crictl ps | grep -c Running
2
$ ssh node02 hostname -i
192.168.0.12
$ ssh -t node02 crictl images -q
sha256:8474e1a7fbd52cf1c7831a34d20aa4caf8b806c9352d47f0c4f885bfed48ddf3
sha256:6b42d003c60ada6aee5763bcc671bd108b7c193040da6bdb3d51381373784667
sha256:c4497ffff042401e3f99899fd96ffa4eff4e7279aa79c03df8b4cef305703103
Connection to node02 closed.
$ ssh root@controlplane -o StrictHostKeyChecking=no ls /etc/kubernetes/manifests
etcd.yaml
kube-apiserver.yaml
kube-controller-manager.yaml
kube-scheduler.yaml
$ ssh node02 kubectl get pods
E0101 00:00:14.003034    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:14.004528    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:14.006894    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:14.009182    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
E0101 00:00:14.011638    7467 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1
$ ssh node02 kubeadm token list
bash: kubeadm: command not found
? 127
$ ssh node02 'exit 4'
? 4
$ ssh node09 crictl ps
ssh: Could not resolve hostname node09: Name or service not known
? 255
$ ssh node02 'crictl ps |'
bash: -c: line 2: syntax error: unexpected end of file
? 2
$ ssh -p
option requires an argument -- p
usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
           [-i identity_file] [-J [user@]host[:port]] [-L address]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
           [-w local_tun[:remote_tun]] destination [command [argument ...]]
? 255
$ pwd
/home/learner
