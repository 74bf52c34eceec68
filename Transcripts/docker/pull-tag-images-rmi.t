# Docker's local images: pull (the second time it is up to date; layers another image has
# already exist), list, tag, and remove names until the image goes (`-f` too untags only the
# name given while other names remain). Errors for unknown images, tags and names.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ docker images
REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
$ docker pull busybox
Using default tag: latest
latest: Pulling from library/busybox
ea560d8c0520: Pulling fs layer
ea560d8c0520: Verifying Checksum
ea560d8c0520: Download complete
ea560d8c0520: Pull complete
Digest: sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
Status: Downloaded newer image for busybox:latest
docker.io/library/busybox:latest
$ docker pull busybox
Using default tag: latest
latest: Pulling from library/busybox
Digest: sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
Status: Image is up to date for busybox:latest
docker.io/library/busybox:latest
$ docker pull public.ecr.aws/nginx/nginx:1.27
1.27: Pulling from nginx/nginx
fb905347da50: Pulling fs layer
5708f5e0e3d4: Pulling fs layer
0090632a2738: Pulling fs layer
866612cb28d3: Pulling fs layer
acdff9d3a02c: Pulling fs layer
5ed0dafae057: Pulling fs layer
866612cb28d3: Waiting
acdff9d3a02c: Waiting
5ed0dafae057: Waiting
acdff9d3a02c: Verifying Checksum
acdff9d3a02c: Download complete
5ed0dafae057: Verifying Checksum
5ed0dafae057: Download complete
866612cb28d3: Verifying Checksum
866612cb28d3: Download complete
0090632a2738: Verifying Checksum
0090632a2738: Download complete
5708f5e0e3d4: Verifying Checksum
5708f5e0e3d4: Download complete
fb905347da50: Verifying Checksum
fb905347da50: Download complete
fb905347da50: Pull complete
5708f5e0e3d4: Pull complete
0090632a2738: Pull complete
866612cb28d3: Pull complete
acdff9d3a02c: Pull complete
5ed0dafae057: Pull complete
Digest: sha256:7f27cae248c8745f6cb2522821b0dc611361c343a0e09ab2b515de8a029cb88f
Status: Downloaded newer image for public.ecr.aws/nginx/nginx:1.27
public.ecr.aws/nginx/nginx:1.27
$ docker images
REPOSITORY                   TAG       IMAGE ID       CREATED       SIZE
public.ecr.aws/nginx/nginx   1.27      28d766012b52   2 days ago    187MB
busybox                      latest    b0037de74bde   6 weeks ago   5.6MB
$ docker images -q
28d766012b52
b0037de74bde
$ docker pull busybox@sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027: Pulling from library/busybox
Digest: sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
Status: Image is up to date for busybox@sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
docker.io/library/busybox@sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
$ docker tag busybox mybox:v1
$ docker images mybox
REPOSITORY   TAG       IMAGE ID       CREATED       SIZE
mybox        v1        b0037de74bde   6 weeks ago   5.6MB
$ docker images --digests busybox
REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE
busybox      latest    sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027   b0037de74bde   6 weeks ago   5.6MB
$ docker rmi busybox
Untagged: busybox:latest
Untagged: busybox@sha256:30b4714cf742782c02e51a375324d073e164b83bde67391e4389d691c800b027
$ docker rmi mybox:v1
Untagged: mybox:v1
Deleted: sha256:b0037de74bdee39cdeeda85cb801e2f48b8a3673535f2ce4cc5cb67781d56050
Deleted: sha256:13b1665e44524fea9190c799e480ce31dc728ecfb133c021f86295b9f4e238ef
$ docker rmi mybox:v1
Error response from daemon: No such image: mybox:v1
? 1
$ docker tag nosuch mybox
Error response from daemon: No such image: nosuch:latest
? 1
$ docker tag public.ecr.aws/nginx/nginx:1.27 MyNginx
Error parsing reference: "MyNginx" is not a valid repository/tag: invalid reference format: repository name (library/MyNginx) must be lowercase
? 1
$ docker pull nginx:nope
Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown
? 1
$ docker pull nosuchimage
Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
? 1
$ docker pull Nginx
invalid reference format: repository name (library/Nginx) must be lowercase
? 1
$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
Error response from daemon: Head "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/web/manifests/v1": no basic auth credentials
? 1
$ docker push nginx
Using default tag: latest
The push refers to repository [docker.io/library/nginx]
An image does not exist locally with the tag: nginx
? 1
$ docker images --format '{{.ID}}'
Shipyard's docker does not simulate `docker images --format`.
? 1
$ docker run nginx
Shipyard's docker runs build, images, login, logout, pull, push, rmi and tag; `docker run` is not simulated.
? 1
$ docker pull -q httpd:2.4
docker.io/library/httpd:2.4
$ docker tag httpd:2.4 site:v1
$ docker rmi -f httpd:2.4 site:v1
Untagged: httpd:2.4
Untagged: httpd@sha256:bfe1a2e6d8752c60ed0cda4c90eefd2f53d5f5ab531fb403b087c20645f710f1
Untagged: site:v1
Deleted: sha256:0fff53b5b7e293eeb097be5604de83e5da4ff768ced82dc1a384fbcc21b47c36
Deleted: sha256:4f5b178d060d0b0e33e4ebf3dd4e34f8b382447e8bc3337de5fe5e8566577ef7
Deleted: sha256:063f9e5ea1fdee87e64d15b46b4ae7a91d1c2dc39580ef7adb9d19786bea803f
Deleted: sha256:537e6a3aaef494c822f717bd049f0c07e2b1aefc989e4474a1f1ffc390154af7
Deleted: sha256:87e96409321164ace93ca622a3234064820f969940722914983e8f50fc8d02d2
Deleted: sha256:fe628af087bbdafdf986009ea6b2a4d961b42fdad837b4b783e7c47aeffa917f
Deleted: sha256:b3e928076696893e0db63dba8b8e6f1d2362cffdfdaf8e1b0894f66351d5d459
$ docker images httpd
REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
