# sed as GNU sed does it, for editing manifests: substitutions with & and groups, the g, p, N and I flags, addresses and ranges, -n, -e, -E, -i on a file, and GNU sed's errors and exit statuses.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yaml > web.yaml
$ sed -i 's/nginx:1.27/nginx:1.28/' web.yaml
$ grep image: web.yaml
      - image: nginx:1.28
$ kubectl apply -f web.yaml
deployment.apps/web created
$ kubectl get deployment web -o yaml | sed 's/replicas: 1/replicas: 3/' | kubectl apply -f -
deployment.apps/web configured
$ kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
3
$ sed -n '/containers:/,/name:/p' web.yaml
      containers:
      - image: nginx:1.28
        name: nginx
$ echo "a.b.c" | sed 's/\./-/g'
a-b-c
$ echo aaaa | sed 's/a/b/2g'
abbb
$ echo Hello | sed 's/hello/[&]/I'
[Hello]
$ echo 'key=value' | sed 's/\(.*\)=\(.*\)/\2=\1/'
value=key
$ echo abc | sed -E 's/(b|c)+/<\1>/'
a<c>
$ echo 'a]b/c' | sed 's/[]/]/_/g'
a_b_c
$ echo tab | sed 's/a*/X/g'
XtXbX
$ printf '1\n2\n3\n4\n5\n' | sed -e '2,3d' -e '$d'
1
4
$ printf '1\n2\n3\n' | sed 2q
1
2
$ printf 'x\ny' | sed 's/y/z/'
x
z (no-eol)
$ echo abc | sed 's/b/c/x'
sed: -e expression #1, char 7: unknown option to `s'
? 1
$ echo abc | sed 's/b'
sed: -e expression #1, char 3: unterminated `s' command
? 1
$ echo abc | sed '/b'
sed: -e expression #1, char 2: unterminated address regex
? 1
$ echo abc | sed k
sed: -e expression #1, char 1: unknown command: `k'
? 1
$ sed -i 's/a/b/'
sed: no input files
? 4
$ sed 's/a/b/' missing.yaml
sed: can't read missing.yaml: No such file or directory
? 2
