# `while`, `until` and `if` at the prompt, as bash runs them: waiting for a Deployment's pods
# with `until … do sleep 1; done`, a counting loop with `[` and `$((…))`, `break` and
# `continue`, an endless loop stopped after its rounds, and bash's errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl create deployment web --image=nginx:1.27 --replicas=2
deployment.apps/web created
$ until kubectl get pods -l app=web | grep -q Running; do echo waiting; sleep 2; done
waiting
waiting
waiting
$ kubectl get pods
NAME                   READY   STATUS    RESTARTS   AGE
web-5c94f75b5d-8v528   1/1     Running   0          8s
web-5c94f75b5d-clr4x   1/1     Running   0          8s
$ if kubectl get deployment web > /dev/null 2>&1; then echo "web exists"; else echo "no web"; fi
web exists
$ if kubectl get deployment api > /dev/null 2>&1; then echo "api exists"; elif [ -n "$HOME" ]; then echo "no api"; fi
no api
$ i=0
$ while [ $i -lt 3 ]
> do
>   echo "round $i"
>   i=$((i + 1))
> done
round 0
round 1
round 2
$ echo $i $((i * 10)) $((2 ** 8)) $((i++)) $i
3 30 256 3 4
$ for n in 1 2 3 4 5; do [ $n -eq 2 ] && continue; [ $n -eq 4 ] && break; echo $n; done
1
3
$ n=0; while true; do n=$((n + 1)); done; echo "after $n rounds"
shipyard: the loop ran 100 rounds, and Shipyard stopped it there as Ctrl-C would: a command's output shows when it ends, so a loop that waits for Ctrl-C is ended for you
shipyard: no time passed in those rounds; `sleep 1` in the loop lets the cluster move on between them
after 100 rounds
$ while sleep 30; do kubectl get deployment web --no-headers; done | tail -1
shipyard: the loop ran 100 rounds, and Shipyard stopped it there as Ctrl-C would: a command's output shows when it ends, so a loop that waits for Ctrl-C is ended for you
web   2/2   2     2     50m
$ break
shipyard: break: only meaningful in a `for', `while', or `until' loop
$ echo $((1 / 0)) never
shipyard: 1 / 0: division by 0 (error token is "0")
? 1
$ [ $i -lt x ]
shipyard: [: x: integer expression expected
? 2
$ echo $?
2
$ [ 1 -lt 2
shipyard: [: missing `]'
? 2
$ while true; done
shipyard: syntax error near unexpected token `done'
? 2
$ if true; then echo; fi fi
shipyard: syntax error near unexpected token `fi'
? 2
