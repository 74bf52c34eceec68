# The Kubernetes Basics tutorial, "Explore your app": find the pod, open a shell in its
# container, read the app's source (/server.js, on the image's Debian 8) and ask it from
# inside the container.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
deployment.apps/kubernetes-bootcamp created
$ sleep 10
$ export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')"
$ echo Name of the Pod: $POD_NAME
Name of the Pod: kubernetes-bootcamp-684c8dd9d8-clr4x
$ kubectl exec -ti $POD_NAME -- bash
$ ls
bin   dev  home  lib64	mnt  proc  run	 server.js  sys  usr
boot  etc  lib	 media	opt  root  sbin  srv	    tmp  var
$ cat server.js
var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=1\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\n" );
});
$ curl http://localhost:8080
Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-684c8dd9d8-clr4x | v=1
$ cat /etc/os-release
PRETTY_NAME="Debian GNU/Linux 8 (jessie)"
NAME="Debian GNU/Linux"
VERSION_ID="8"
VERSION="8 (jessie)"
ID=debian
HOME_URL="http://www.debian.org/"
SUPPORT_URL="http://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
$ exit
exit
$ kubectl logs $POD_NAME
Kubernetes Bootcamp App Started At: 2026-01-01T00:00:05.507Z | Running On:  kubernetes-bootcamp-684c8dd9d8-clr4x 

Running On: kubernetes-bootcamp-684c8dd9d8-clr4x | Total Requests: 1 | App Uptime: 11.493 seconds | Log Time: 2026-01-01T00:00:17.000Z
