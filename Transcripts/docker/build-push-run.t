# Building an image of your own and running it from ECR: a Dockerfile over nginx that copies
# a page in, built with BuildKit's plain progress (the second build is cached), pushed to a
# private repository, and served by a pod that pulled it. Build errors: an unknown
# instruction, a file missing from the context, an unknown base image.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ mkdir site
$ printf '<h1>Hello from my own image</h1>\n' > site/index.html
$ printf 'FROM nginx:1.27\nCOPY index.html /usr/share/nginx/html/\nEXPOSE 80\n' > site/Dockerfile
$ cat site/Dockerfile
FROM nginx:1.27
COPY index.html /usr/share/nginx/html/
EXPOSE 80
$ docker build -t hello:v1 site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 65B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/nginx:1.27
#2 DONE 0.0s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM docker.io/library/nginx:1.27
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 98B done
#5 DONE 0.0s

#6 [2/2] COPY index.html /usr/share/nginx/html/
#6 DONE 0.0s

#7 exporting to image
#7 exporting layers 0.0s done
#7 writing image sha256:84f975decf27a33fb30b53ddabdf12c8be6189ffbacee08f206e080fcc55032f done
#7 naming to docker.io/library/hello:v1 done
#7 DONE 0.0s
$ docker build -t hello:v1 site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 65B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/nginx:1.27
#2 DONE 0.0s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM docker.io/library/nginx:1.27
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 98B done
#5 DONE 0.0s

#6 [2/2] COPY index.html /usr/share/nginx/html/
#6 CACHED

#7 exporting to image
#7 exporting layers 0.0s done
#7 writing image sha256:84f975decf27a33fb30b53ddabdf12c8be6189ffbacee08f206e080fcc55032f done
#7 naming to docker.io/library/hello:v1 done
#7 DONE 0.0s
$ docker images
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
hello        v1        84f975decf27   2 seconds ago   187MB
$ aws ecr create-repository --repository-name hello --query repository.repositoryUri --output text
123456789012.dkr.ecr.us-east-1.amazonaws.com/hello
$ aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com 2>/dev/null
Login Succeeded
$ docker tag hello:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1
$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1
The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/hello]
c10458134d38: Preparing
1af6cc801e45: Preparing
a414fe48d309: Preparing
37d89cc33494: Preparing
60a5ce0a28b5: Preparing
8bef89ec547c: Preparing
43abb834b9de: Preparing
8bef89ec547c: Waiting
43abb834b9de: Waiting
c10458134d38: Pushed
1af6cc801e45: Pushed
a414fe48d309: Pushed
37d89cc33494: Pushed
60a5ce0a28b5: Pushed
8bef89ec547c: Pushed
43abb834b9de: Pushed
v1: digest: sha256:7868846dfa408d599835c0de42296beb2b86824b6d6edfabb6dbb211954f6753 size: 1408
$ kubectl run hello --image=123456789012.dkr.ecr.us-east-1.amazonaws.com/hello:v1 --port=80
pod/hello created
$ kubectl wait --for=condition=Ready pod/hello --timeout=60s
pod/hello condition met
$ kubectl exec hello -- curl -s localhost
<h1>Hello from my own image</h1>
$ printf 'FROM nginx:1.27\nCOPPY index.html /usr/share/nginx/html/\n' > site/Dockerfile
$ docker build site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 56B done
#1 DONE 0.0s
Dockerfile:2
--------------------
   1 |     FROM nginx:1.27
   2 | >>> COPPY index.html /usr/share/nginx/html/
   3 |     
--------------------
ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)
? 1
$ printf 'FROM nginx:1.27\nCOPY about.html /usr/share/nginx/html/\n' > site/Dockerfile
$ docker build site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 55B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/nginx:1.27
#2 DONE 0.0s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM docker.io/library/nginx:1.27
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 88B done
#5 DONE 0.0s

#6 [2/2] COPY about.html /usr/share/nginx/html/
#6 ERROR: failed to calculate checksum of ref 3d74dffa-9296-4cd9-bbf4-bb35f04bca6b::puet5g5d4vtefffo5u55n915p: "/about.html": not found
------
 > [2/2] COPY about.html /usr/share/nginx/html/:
------
Dockerfile:2
--------------------
   1 |     FROM nginx:1.27
   2 | >>> COPY about.html /usr/share/nginx/html/
   3 |     
--------------------
ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref 3d74dffa-9296-4cd9-bbf4-bb35f04bca6b::puet5g5d4vtefffo5u55n915p: "/about.html": not found
? 1
$ printf 'FROM ngnix:1.27\n' > site/Dockerfile
$ docker build site
#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 16B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/ngnix:1.27
#2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
------
 > [internal] load metadata for docker.io/library/ngnix:1.27:
------
Dockerfile:1
--------------------
   1 | >>> FROM ngnix:1.27
   2 |     
--------------------
ERROR: failed to build: failed to solve: ngnix:1.27: failed to resolve source metadata for docker.io/library/ngnix:1.27: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed
? 1
