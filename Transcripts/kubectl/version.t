# Client and server versions.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl version
Client Version: v1.32.4
Kustomize Version: v5.5.0
Server Version: v1.32.4
$ kubectl version --client
Client Version: v1.32.4
Kustomize Version: v5.5.0
