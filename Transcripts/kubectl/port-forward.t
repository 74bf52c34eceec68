# kubectl port-forward, run in the background with &, as the Kubernetes Basics tutorial's
# second terminal would hold it: kubectl picks a pod of the deployment or Service (a
# Service's port becomes its target port), listens on localhost, and the learner's own curl
# reaches the pod through the tunnel, which the pod's server logs as coming from 127.0.0.1.
# `jobs` lists what runs and `kill` stops it; `fg` would hold the terminal, so jobs stay in
# the background. A port the pod does not listen on breaks the tunnel at the first
# connection, as does the pod's deletion: client-go logs the error and port-forward ends
# with "lost connection to pod". Errors of the command itself last.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ sleep 30
$ kubectl get pods
NAME                                   READY   STATUS    RESTARTS   AGE
kubernetes-bootcamp-684c8dd9d8-clr4x   1/1     Running   0          32s
$ kubectl port-forward deployment/kubernetes-bootcamp 8080 &
[1] 4255
Forwarding from 127.0.0.1:8080 -> 8080
Forwarding from [::1]:8080 -> 8080
$ curl localhost:8080
Handling connection for 8080
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ jobs
[1]+  Running                 kubectl port-forward deployment/kubernetes-bootcamp 8080 &
$ kubectl expose deployment/kubernetes-bootcamp --type=NodePort --port 8080
service/kubernetes-bootcamp exposed
$ kubectl port-forward service/kubernetes-bootcamp 9000:8080 &
[2] 4279
Forwarding from 127.0.0.1:9000 -> 8080
Forwarding from [::1]:9000 -> 8080
$ curl -s localhost:9000
Handling connection for 9000
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ jobs -l
[1]- 4255 Running                 kubectl port-forward deployment/kubernetes-bootcamp 8080 &
[2]+ 4279 Running                 kubectl port-forward service/kubernetes-bootcamp 9000:8080 &
$ echo $!
4279
$ fg
shipyard: fg: jobs stay in the background in this shell (it runs one command at a time); stop one with kill %2
? 1
$ bg %1
shipyard: bg: job 1 already in background
$ kill %1
[1]-  Terminated              kubectl port-forward deployment/kubernetes-bootcamp 8080
$ curl localhost:8080
curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
? 7
$ jobs
[2]+  Running                 kubectl port-forward service/kubernetes-bootcamp 9000:8080 &
$ kubectl port-forward service/kubernetes-bootcamp 9000:8080
Unable to listen on port 9000: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:9000: bind: address already in use unable to create listener: Error listen tcp6 [::1]:9000: bind: address already in use]
error: unable to listen on any of the requested ports: [{9000 8080}]
? 1
$ kubectl port-forward deployment/kubernetes-bootcamp 8081:80 &
[3] 4292
Forwarding from 127.0.0.1:8081 -> 80
Forwarding from [::1]:8081 -> 80
$ curl -s localhost:8081
Handling connection for 8081
E0101 00:00:48.000000    4292 portforward.go:424] "Unhandled Error" err="an error occurred forwarding 8081 -> 80: error forwarding port 80 to pod be75a5a7e81221c3d5939646c41fbcfe56b6f3c1b71090504192caec034467b9, uid : failed to execute portforward in network namespace \"/var/run/netns/cni-9b764430-ceac-2914-0509-017b1c3f6b65\": failed to connect to localhost:80 inside namespace \"be75a5a7e81221c3d5939646c41fbcfe56b6f3c1b71090504192caec034467b9\", IPv4: dial tcp4 127.0.0.1:80: connect: connection refused IPv6 dial tcp6 [::1]:80: connect: connection refused " logger="UnhandledError"
error: lost connection to pod
[3]+  Exit 1                  kubectl port-forward deployment/kubernetes-bootcamp 8081:80
? 52
$ jobs
[2]+  Running                 kubectl port-forward service/kubernetes-bootcamp 9000:8080 &
$ kubectl run web --image=nginx:1.27
pod/web created
$ sleep 10
$ kubectl port-forward pod/web :80 &
[3] 4301
Forwarding from 127.0.0.1:35740 -> 80
Forwarding from [::1]:35740 -> 80
$ curl -s localhost:35740 | grep title
Handling connection for 35740
<title>Welcome to nginx!</title>
$ kubectl logs web | tail -1
127.0.0.1 - - [01/Jan/2026:00:01:03 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"
$ kubectl delete pod web
pod "web" deleted
$ curl localhost:35740
Handling connection for 35740
E0101 00:01:06.360000    4301 portforward.go:424] "Unhandled Error" err="an error occurred forwarding 35740 -> 80: error forwarding port 80 to pod efc4dc065f3bf5729cedb8eaa9657fd585b26b6241e8ac41c42bb61ce4cb1799, uid : failed to find sandbox \"efc4dc065f3bf5729cedb8eaa9657fd585b26b6241e8ac41c42bb61ce4cb1799\" in store: not found" logger="UnhandledError"
error: lost connection to pod
curl: (52) Empty reply from server
[3]+  Exit 1                  kubectl port-forward pod/web :80
? 52
$ kubectl port-forward pod/web 8082:80
Error from server (NotFound): pods "web" not found
? 1
$ kill %2
[2]+  Terminated              kubectl port-forward service/kubernetes-bootcamp 9000:8080
$ jobs
$ kubectl port-forward
error: TYPE/NAME and list of ports are required for port-forward
See 'kubectl port-forward -h' for help and examples
? 1
$ kubectl port-forward deployment/kubernetes-bootcamp
error: TYPE/NAME and list of ports are required for port-forward
See 'kubectl port-forward -h' for help and examples
? 1
$ kubectl port-forward service/kubernetes-bootcamp 8000
error: Service kubernetes-bootcamp does not have a service port 8000
? 1
$ kubectl port-forward service/kubernetes-bootcamp 8000:http
error: Service 'kubernetes-bootcamp' does not have a named port 'http'
? 1
$ kubectl port-forward deployment/kubernetes-bootcamp 8080:
error: remote port cannot be empty
? 1
$ kubectl port-forward deployment/kubernetes-bootcamp abc:8080
error: error parsing local port 'abc': strconv.ParseUint: parsing "abc": invalid syntax
? 1
$ kubectl port-forward --address 10.0.0.300 deployment/kubernetes-bootcamp 8080
error: 10.0.0.300 is not a valid IP
? 1
$ kubectl port-forward pod/missing 8080
Error from server (NotFound): pods "missing" not found
? 1
$ curl localhost:3000
curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server
? 7
$ curl https://example.com
shipyard: curl here reaches the ports kubectl port-forward and kubectl proxy listen on (kubectl port-forward svc/NAME 8080:80 &, then curl localhost:8080) and the nodes' addresses (NodePorts); `https://example.com` is not simulated.
? 1
$ kill %9
shipyard: kill: %9: no such job
? 1
