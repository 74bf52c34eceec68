# kubectl explain's errors.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ kubectl explain
error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.
? 1
$ kubectl explain pods deployments
error: We accept only this format: explain RESOURCE
? 1
$ kubectl explain foo
error: the server doesn't have a resource type "foo"
? 1
$ kubectl explain pods.spec.foo
error: field "foo" does not exist
? 1
$ kubectl explain pods.spec.containers.name.bar
error: field "bar" does not exist
? 1
$ kubectl explain pods -o yaml
error: unrecognized format: yaml
? 1
$ kubectl explain ingresses --api-version=networking.k8s.io/v1beta1
error: couldn't find resource for "networking.k8s.io/v1beta1, Resource=ingresses"
? 1
$ kubectl explain nodes.metrics.k8s.io
error: Shipyard has no field documentation for nodes.metrics.k8s.io (metrics.k8s.io/v1beta1); explain covers the kinds of v1, apps/v1, autoscaling/v2, batch/v1, coordination.k8s.io/v1, discovery.k8s.io/v1, networking.k8s.io/v1, policy/v1 and storage.k8s.io/v1
? 1
$ kubectl explain pods --bogus
Error: unknown flag: --bogus
See 'kubectl explain --help' for usage.
? 1
