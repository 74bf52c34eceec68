# nginx's configuration in its container: `/etc/nginx/nginx.conf` and the default server in
# `conf.d/default.conf`, as the image's entrypoint leaves them. A ConfigMap mounted at
# `/etc/nginx/conf.d` covers the image's directory: only its own keys are there.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl run web --image=nginx:1.27
pod/web created
$ kubectl wait --for=condition=Ready pod/web --timeout=60s
pod/web condition met
$ kubectl exec web -- ls /etc/nginx/conf.d
default.conf
$ kubectl exec web -- cat /etc/nginx/conf.d/default.conf
server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\.ht {
    #    deny  all;
    #}
}

$ kubectl exec web -- grep -n pid /etc/nginx/nginx.conf
6:pid        /run/nginx.pid;
$ kubectl exec web -- ls /etc/nginx
error: Shipyard does not list /etc/nginx in containers; the files it knows there are conf.d, nginx.conf.
? 1
$ kubectl create configmap site --from-literal=site.conf='server { listen 80; }'
configmap/site created
$ kubectl apply -f - <<'EOF'
> apiVersion: v1
> kind: Pod
> metadata:
>   name: custom
> spec:
>   containers:
>   - name: nginx
>     image: nginx:1.27
>     volumeMounts:
>     - name: site
>       mountPath: /etc/nginx/conf.d
>   volumes:
>   - name: site
>     configMap:
>       name: site
> EOF
pod/custom created
$ kubectl wait --for=condition=Ready pod/custom --timeout=60s
pod/custom condition met
$ kubectl exec custom -- ls /etc/nginx/conf.d
site.conf
$ kubectl exec custom -- cat /etc/nginx/conf.d/default.conf
cat: /etc/nginx/conf.d/default.conf: No such file or directory
command terminated with exit code 1
? 1
$ kubectl exec custom -- cat /etc/nginx/conf.d/site.conf
server { listen 80; } (no-eol)
