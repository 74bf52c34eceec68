# kubectl diff: what apply would change, as diff -u shows it. A new object is all additions; after apply there is nothing to show (exit 0); changes made with imperative commands show as what apply would put back; an edit to the file shows as the change it makes.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2 --dry-run=client -o yaml > web.yaml
$ kubectl diff -f web.yaml
diff -u -N /tmp/LIVE-2163484961/apps.v1.Deployment.default.web /tmp/MERGED-3780705176/apps.v1.Deployment.default.web
--- /tmp/LIVE-2163484961/apps.v1.Deployment.default.web	1970-01-01 00:00:00.000000000 +0000
+++ /tmp/MERGED-3780705176/apps.v1.Deployment.default.web	2026-01-01 00:00:01.000000000 +0000
@@ -0,0 +1,44 @@
+apiVersion: apps/v1
+kind: Deployment
+metadata:
+  annotations:
+    kubectl.kubernetes.io/last-applied-configuration: |
+      {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"creationTimestamp":null,"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"strategy":{},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx","resources":{}}]}}},"status":{}}
+  creationTimestamp: "2026-01-01T00:00:01Z"
+  generation: 1
+  labels:
+    app: web
+  name: web
+  namespace: default
+  uid: 3a0c9647-ea25-453c-80a1-6606fe4d9edf
+spec:
+  progressDeadlineSeconds: 600
+  replicas: 2
+  revisionHistoryLimit: 10
+  selector:
+    matchLabels:
+      app: web
+  strategy:
+    rollingUpdate:
+      maxSurge: 25%
+      maxUnavailable: 25%
+    type: RollingUpdate
+  template:
+    metadata:
+      creationTimestamp: null
+      labels:
+        app: web
+    spec:
+      containers:
+      - image: nginx:1.27
+        imagePullPolicy: IfNotPresent
+        name: nginx
+        resources: {}
+        terminationMessagePath: /dev/termination-log
+        terminationMessagePolicy: File
+      dnsPolicy: ClusterFirst
+      restartPolicy: Always
+      schedulerName: default-scheduler
+      securityContext: {}
+      terminationGracePeriodSeconds: 30
+status: {}
? 1
$ kubectl apply -f web.yaml
deployment.apps/web created
$ kubectl diff -f web.yaml
$ kubectl scale deployment web --replicas=5
deployment.apps/web scaled
$ kubectl diff -f web.yaml
diff -u -N /tmp/LIVE-1870331481/apps.v1.Deployment.default.web /tmp/MERGED-3201238655/apps.v1.Deployment.default.web
--- /tmp/LIVE-1870331481/apps.v1.Deployment.default.web	2026-01-01 00:00:05.000000000 +0000
+++ /tmp/MERGED-3201238655/apps.v1.Deployment.default.web	2026-01-01 00:00:05.000000000 +0000
@@ -6,7 +6,7 @@
     kubectl.kubernetes.io/last-applied-configuration: |
       {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"creationTimestamp":null,"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"strategy":{},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx","resources":{}}]}}},"status":{}}
   creationTimestamp: "2026-01-01T00:00:02Z"
-  generation: 2
+  generation: 3
   labels:
     app: web
   name: web
@@ -15,7 +15,7 @@
   uid: a2c86d5e-a0b9-49dc-aa2a-00c42ed243b4
 spec:
   progressDeadlineSeconds: 600
-  replicas: 5
+  replicas: 2
   revisionHistoryLimit: 10
   selector:
     matchLabels:
? 1
$ kubectl apply -f web.yaml
deployment.apps/web configured
$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    0/2     2            0           5s
$ kubectl diff
error: must specify one of -f and -k
? 2
$ kubectl diff -f nothere.yaml
error: the path "nothere.yaml" does not exist
? 2
