# Command substitution feeds one command's answer to the next.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx
pod/web created
$ export POD_NAME=$(kubectl get pods -o name)
$ echo "Name of the Pod: $POD_NAME"
Name of the Pod: pod/web
$ kubectl get $POD_NAME
NAME   READY   STATUS              RESTARTS   AGE
web    0/1     ContainerCreating   0          3s
$ CLUSTER_ARN=$(aws ecs create-cluster --cluster-name demo --query cluster.clusterArn --output text)
$ echo $CLUSTER_ARN
arn:aws:ecs:us-east-1:123456789012:cluster/demo
$ aws ecs describe-clusters --clusters $CLUSTER_ARN --query 'clusters[0].status'
"ACTIVE"
