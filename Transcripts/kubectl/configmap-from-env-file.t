# ConfigMaps and Secrets from an env file (--from-env-file), as the ConfigMap docs make
# game-config-env-file: blank lines and comments skipped, leading space trimmed, quotes kept
# as written, and a name alone takes its value from the environment kubectl runs in. Output
# byte for byte kubectl v1.32.4's. Errors last.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ cat > game.env <<'EOF'
> # game settings
> enemies=aliens
> lives=3
>   allowed="true"
> 
> secret.code.passphrase=UUDDLRLRBABAS
> PLAYER
> EOF
$ export PLAYER=learner
$ kubectl create configmap game-config-env-file --from-env-file=game.env --dry-run=client -o yaml
apiVersion: v1
data:
  PLAYER: learner
  allowed: '"true"'
  enemies: aliens
  lives: "3"
  secret.code.passphrase: UUDDLRLRBABAS
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: game-config-env-file
$ kubectl create configmap game-config-env-file --from-env-file=game.env
configmap/game-config-env-file created
$ kubectl get configmap game-config-env-file -o jsonpath='{.data.lives} {.data.PLAYER}{"\n"}'
3 learner
$ kubectl create secret generic game --from-env-file=game.env --dry-run=client -o yaml
apiVersion: v1
data:
  PLAYER: bGVhcm5lcg==
  allowed: InRydWUi
  enemies: YWxpZW5z
  lives: Mw==
  secret.code.passphrase: VVVERExSTFJCQUJBUw==
kind: Secret
metadata:
  creationTimestamp: null
  name: game
$ kubectl create configmap game --from-env-file=game.env --from-literal=lives=9
error: from-env-file cannot be combined with from-file or from-literal
? 1
$ kubectl create configmap game --from-env-file=nope.env
error: error reading nope.env: no such file or directory
? 1
