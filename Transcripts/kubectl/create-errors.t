# kubectl's generators (create deployment, job, cronjob, configmap, secret generic, service, serviceaccount, ingress) wrap the server's refusal in their own words — "failed to create deployment: …", an Invalid one naming the kind with its group — and print it as a plain error; create namespace passes the server's error on as it is.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx
deployment.apps/web created
$ kubectl create deployment web --image=nginx
error: failed to create deployment: deployments.apps "web" already exists
? 1
$ kubectl create deployment café --image=nginx
error: failed to create deployment: Deployment.apps "café" is invalid: [metadata.name: Invalid value: "café": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), metadata.labels: Invalid value: "café": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]
? 1
$ kubectl create job pi --image=perl
job.batch/pi created
$ kubectl create job pi --image=perl
error: failed to create job: jobs.batch "pi" already exists
? 1
$ kubectl create cronjob c --image=busybox --schedule="*/1 * * * *"
cronjob.batch/c created
$ kubectl create cronjob c --image=busybox --schedule="*/1 * * * *"
error: failed to create cronjob: cronjobs.batch "c" already exists
? 1
$ kubectl create configmap cm --from-literal=a=b
configmap/cm created
$ kubectl create configmap cm --from-literal=a=b
error: failed to create configmap: configmaps "cm" already exists
? 1
$ kubectl create secret generic s --from-literal=a=b
secret/s created
$ kubectl create secret generic s --from-literal=a=b
error: failed to create secret secrets "s" already exists
? 1
$ kubectl create service clusterip svc --tcp=80:80
service/svc created
$ kubectl create service clusterip svc --tcp=80:80
error: failed to create ClusterIP service: services "svc" already exists
? 1
$ kubectl create serviceaccount sa
serviceaccount/sa created
$ kubectl create serviceaccount sa
error: failed to create serviceaccount: serviceaccounts "sa" already exists
? 1
$ kubectl create namespace default
Error from server (AlreadyExists): namespaces "default" already exists
? 1
$ kubectl create ingress ing --rule=foo.com/=svc:80
ingress.networking.k8s.io/ing created
$ kubectl create ingress ing --rule=foo.com/=svc:80
error: failed to create ingress: ingresses.networking.k8s.io "ing" already exists
? 1
$ kubectl create deployment bad --image=nginx --replicas=-1
error: failed to create deployment: Deployment.apps "bad" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0
? 1
