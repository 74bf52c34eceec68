# kubectl cp into and out of a container: a page copied in is what nginx serves; a directory
# copied into an existing one lands by its name; copying out prints tar's notice about the
# leading slash on standard output, as kubectl passes it on. The errors are kubectl's.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl wait --for=condition=Ready pod/web
pod/web condition met
$ echo '<h1>Hello from kubectl cp</h1>' > index.html
$ kubectl cp index.html web:/usr/share/nginx/html/index.html
$ kubectl exec web -- curl -s localhost
<h1>Hello from kubectl cp</h1>
$ mkdir site
$ echo about > site/about.html
$ kubectl cp site web:/usr/share/nginx/html
$ kubectl exec web -- ls /usr/share/nginx/html /usr/share/nginx/html/site
/usr/share/nginx/html:
50x.html
index.html
site

/usr/share/nginx/html/site:
about.html
$ kubectl exec web -- curl -s localhost/site/about.html
about
$ kubectl cp web:/etc/hostname hostname.txt
tar: Removing leading `/' from member names
$ cat hostname.txt
web
$ kubectl cp default/web:/usr/share/nginx/html copied
tar: Removing leading `/' from member names
$ ls copied
50x.html
index.html
site
$ kubectl cp web:/nope here
tar: /nope: Cannot stat: No such file or directory
tar: Exiting with failure status due to previous errors
command terminated with exit code 2
? 2
$ kubectl cp missing.txt web:/tmp
error: missing.txt doesn't exist in local filesystem
? 1
$ kubectl cp web:/a other:/b
error: one of src or dest must be a local file specification
? 1
$ kubectl cp a b
error: one of src or dest must be a remote file specification
? 1
$ kubectl cp only
error: source and destination are required
? 1
$ kubectl cp :x web:/y
error: filespec must match the canonical format: [[namespace/]pod:]file/path
? 1
$ kubectl cp index.html nope:/tmp
Error from server (NotFound): pods "nope" not found
? 1
