# aws eks update-kubeconfig's options: --dry-run prints the whole kubeconfig it would write
# (the sandbox's entries and the cluster's) and writes nothing; --user-alias names the user,
# and the context too unless --alias names it; --verbose adds the entries written. An entry
# of the same name is replaced whole, so a namespace set on the context goes. ~/.kube/config
# holds what was written.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.RoleName --output text
eksClusterRole
$ aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
$ aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text) --query cluster.status
"CREATING"
$ aws eks wait cluster-active --name demo
$ aws eks update-kubeconfig --name demo --dry-run | cut -c1-90
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbX
    server: https://192.168.0.10:6443
  name: sandbox
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SU
    server: https://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com
  name: arn:aws:eks:us-east-1:123456789012:cluster/demo
contexts:
- context:
    cluster: sandbox
    user: kubernetes-admin
  name: sandbox
- context:
    cluster: arn:aws:eks:us-east-1:123456789012:cluster/demo
    user: arn:aws:eks:us-east-1:123456789012:cluster/demo
  name: arn:aws:eks:us-east-1:123456789012:cluster/demo
current-context: arn:aws:eks:us-east-1:123456789012:cluster/demo
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsY
    client-key-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJTaGlweWFyZFNpbXVsYXRlZAotL
- name: arn:aws:eks:us-east-1:123456789012:cluster/demo
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - --region
      - us-east-1
      - eks
      - get-token
      - --cluster-name
      - demo
      - --output
      - json
      command: aws
$ kubectl config current-context
sandbox
$ aws eks update-kubeconfig --name demo --user-alias learner --verbose | cut -c1-90
Added new context learner to /home/learner/.kube/config
Entries:

context:
  cluster: arn:aws:eks:us-east-1:123456789012:cluster/demo
  user: learner
name: learner

name: learner
user:
  exec:
    apiVersion: client.authentication.k8s.io/v1beta1
    args:
    - --region
    - us-east-1
    - eks
    - get-token
    - --cluster-name
    - demo
    - --output
    - json
    command: aws

cluster:
  certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJB
  server: https://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com
name: arn:aws:eks:us-east-1:123456789012:cluster/demo

$ kubectl config get-contexts
CURRENT   NAME      CLUSTER                                           AUTHINFO           NAMESPACE
*         learner   arn:aws:eks:us-east-1:123456789012:cluster/demo   learner            
          sandbox   sandbox                                           kubernetes-admin   
$ kubectl config set-context --current --namespace=dev
Context "learner" modified.
$ kubectl config get-contexts learner
CURRENT   NAME      CLUSTER                                           AUTHINFO   NAMESPACE
*         learner   arn:aws:eks:us-east-1:123456789012:cluster/demo   learner    dev
$ aws eks update-kubeconfig --name demo --user-alias learner
Updated context learner in /home/learner/.kube/config
$ kubectl config get-contexts learner
CURRENT   NAME      CLUSTER                                           AUTHINFO   NAMESPACE
*         learner   arn:aws:eks:us-east-1:123456789012:cluster/demo   learner    
$ aws eks update-kubeconfig --name demo --alias demo
Updated context demo in /home/learner/.kube/config
$ kubectl config view -o jsonpath='{.contexts[*].name}{"\n"}'
demo learner sandbox
$ kubectl config get-clusters
NAME
arn:aws:eks:us-east-1:123456789012:cluster/demo
sandbox
$ kubectl config get-users
NAME
arn:aws:eks:us-east-1:123456789012:cluster/demo
kubernetes-admin
learner
$ kubectl config view --minify
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://3C5A1EB587EFF157E14DAF7CBB41BA8C.yl4.us-east-1.eks.amazonaws.com
  name: arn:aws:eks:us-east-1:123456789012:cluster/demo
contexts:
- context:
    cluster: arn:aws:eks:us-east-1:123456789012:cluster/demo
    user: arn:aws:eks:us-east-1:123456789012:cluster/demo
  name: demo
current-context: demo
kind: Config
preferences: {}
users:
- name: arn:aws:eks:us-east-1:123456789012:cluster/demo
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - --region
      - us-east-1
      - eks
      - get-token
      - --cluster-name
      - demo
      - --output
      - json
      command: aws
      env: null
      interactiveMode: IfAvailable
      provideClusterInfo: false
$ grep -A3 "^- context" ~/.kube/config
- context:
    cluster: sandbox
    user: kubernetes-admin
  name: sandbox
- context:
    cluster: arn:aws:eks:us-east-1:123456789012:cluster/demo
    user: learner
  name: learner
- context:
    cluster: arn:aws:eks:us-east-1:123456789012:cluster/demo
    user: arn:aws:eks:us-east-1:123456789012:cluster/demo
  name: demo
$ grep -c -- "- get-token" ~/.kube/config
2
