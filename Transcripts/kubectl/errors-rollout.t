# rollout with wrong subcommands, kinds, names and revisions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl rollout
Manage the deployment of one or more resources.

 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
? 1
$ kubectl rollout frob deployment/web
error: unknown command "frob deployment/web"
See 'kubectl rollout -h' for help and examples
? 1
$ kubectl rollout status deployment/web
Error from server (NotFound): deployments.apps "web" not found
? 1
$ kubectl create deployment web --image=nginx:1.27
deployment.apps/web created
$ kubectl rollout status pod/web
Error from server (NotFound): pods "web" not found
? 1
$ kubectl rollout undo deployment/web --to-revision=5
error: unable to find specified revision 5 in history
? 1
$ kubectl rollout history deployment/web --revision=9
error: unable to find the specified revision
? 1
$ kubectl rollout pause deployment/web
deployment.apps/web paused
$ kubectl rollout pause deployment/web
error: deployments.apps "web" is already paused
? 1
$ kubectl rollout resume deployment/web
deployment.apps/web resumed
$ kubectl rollout resume deployment/web
error: deployments.apps "web" is not paused
? 1
$ kubectl rollout status deployment/web
deployment "web" successfully rolled out
$ kubectl rollout status web
error: the server doesn't have a resource type "web"
? 1
$ kubectl rollout undo deployment/web
error: no rollout history found for deployment "web"
? 1
