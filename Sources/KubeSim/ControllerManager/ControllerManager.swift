/// kube-controller-manager: the bundle of controllers that make declared state come true.
public final class ControllerManager {
    let replicaSets: ReplicaSetController
    let deployments: DeploymentController
    let daemonSets: DaemonSetController
    let garbageCollector: GarbageCollector

    public init(server: APIServer, events: EventRecorder) {
        replicaSets = ReplicaSetController(server: server, events: events)
        deployments = DeploymentController(server: server, events: events)
        daemonSets = DaemonSetController(server: server, events: events)
        garbageCollector = GarbageCollector(server: server)
    }
}
