# `ls` on a terminal lays names out in columns, as GNU coreutils (Debian images: tabs to
# reach tab stops) and busybox (fixed-width columns) each do; into a pipe, or without
# `-t`, it prints one name a line.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl run box --image=busybox:1.36 -- sleep 3600
pod/box created
$ kubectl wait --for=condition=Ready pod --all --timeout=60s
pod/box condition met
pod/web condition met
$ kubectl exec -it web -- ls /
bin   docker-entrypoint.d   home   media  proc	sbin  tmp
boot  docker-entrypoint.sh  lib    mnt	  root	srv   usr
dev   etc		    lib64  opt	  run	sys   var
$ kubectl exec web -- ls /usr/share/nginx/html
50x.html
index.html
$ kubectl exec -it web -- bash
$ ls /usr/share/nginx/html
50x.html  index.html
$ ls | head -4
bin
boot
dev
docker-entrypoint.d
$ exit
exit
$ kubectl exec -it box -- sh
$ ls
bin    etc    lib    proc   sys    usr
dev    home   lib64  root   tmp    var
$ ls | wc -l
12
$ exit
