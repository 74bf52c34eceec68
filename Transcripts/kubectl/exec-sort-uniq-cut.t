# sort, uniq and cut: in a container's shell as in Shipyard's own, to sort, count and pick
# what kubectl and the container print. GNU's in Debian images, busybox's in busybox; both
# in the C locale, where capitals sort before small letters.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=4
deployment.apps/web created
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/box condition met
pod/web-5c94f75b5d-6vzmq condition met
pod/web-5c94f75b5d-8v528 condition met
pod/web-5c94f75b5d-clr4x condition met
pod/web-5c94f75b5d-jp96r condition met
$ kubectl get pods -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' | sort | uniq -c
      2 node01
      3 node02
$ kubectl get pods -o name | cut -d/ -f2 | sort -r
web-5c94f75b5d-jp96r
web-5c94f75b5d-clr4x
web-5c94f75b5d-8v528
web-5c94f75b5d-6vzmq
box
$ kubectl get pods --no-headers | sort -k5 | cut -c1-20
box                 
web-5c94f75b5d-6vzmq
web-5c94f75b5d-8v528
web-5c94f75b5d-clr4x
web-5c94f75b5d-jp96r
$ kubectl exec box -- sh -c 'env | sort | cut -d= -f1'
HOME
HOSTNAME
KUBERNETES_PORT
KUBERNETES_PORT_443_TCP
KUBERNETES_PORT_443_TCP_ADDR
KUBERNETES_PORT_443_TCP_PORT
KUBERNETES_PORT_443_TCP_PROTO
KUBERNETES_SERVICE_HOST
KUBERNETES_SERVICE_PORT
KUBERNETES_SERVICE_PORT_HTTPS
PATH
$ kubectl exec deploy/web -- sort -k2 /etc/hosts
fe00::1	ip6-allnodes
fe00::2	ip6-allrouters
fe00::0	ip6-localnet
fe00::0	ip6-mcastprefix
127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
10.244.2.2	web-5c94f75b5d-clr4x
# Kubernetes-managed hosts file.
$ kubectl exec deploy/web -- sh -c 'cut -d" " -f1 /etc/resolv.conf | sort | uniq -c | sort -rn'
      1 search
      1 options
      1 nameserver
$ kubectl exec deploy/web -- sort -t: -k3n /etc/no-such-file
sort: cannot read: /etc/no-such-file: No such file or directory
command terminated with exit code 2
? 2
$ kubectl exec box -- sort /etc/no-such-file
sort: /etc/no-such-file: No such file or directory
command terminated with exit code 2
? 2
$ kubectl exec deploy/web -- cut /etc/hosts
cut: you must specify a list of bytes, characters, or fields
Try 'cut --help' for more information.
command terminated with exit code 1
? 1
$ kubectl exec box -- uniq -x /etc/hosts
uniq: invalid option -- 'x'
error: busybox's uniq prints its usage here, which Shipyard does not keep.
? 1
$ sort -h
Shipyard's sort takes -b, -f, -k, -n, -r, -s, -t, -u; `-h` is not simulated.
? 1
