/// kube-controller-manager: the bundle of controllers that make declared state come true.
public final class ControllerManager {
    let replicaSets: ReplicaSetController
    let deployments: DeploymentController
    let daemonSets: DaemonSetController
    let garbageCollector: GarbageCollector
    let jobs: JobController
    let cronJobs: CronJobController
    let statefulSets: StatefulSetController
    let namespaces: NamespaceController
    let nodeLifecycle: NodeLifecycleController
    let taintEviction: TaintEvictionController
    let endpoints: EndpointsController
    let endpointSlices: EndpointSliceController
    let persistentVolumeBinder: PersistentVolumeBinderController
    let pvcProtection: PVCProtectionController
    let pvProtection: PVProtectionController

    public init(server: APIServer, events: EventRecorder) {
        replicaSets = ReplicaSetController(server: server, events: events)
        deployments = DeploymentController(server: server, events: events)
        daemonSets = DaemonSetController(server: server, events: events)
        garbageCollector = GarbageCollector(server: server)
        jobs = JobController(server: server, events: events)
        cronJobs = CronJobController(server: server, events: events)
        statefulSets = StatefulSetController(server: server, events: events)
        namespaces = NamespaceController(server: server)
        nodeLifecycle = NodeLifecycleController(server: server, events: events)
        taintEviction = TaintEvictionController(server: server, events: events)
        endpoints = EndpointsController(server: server)
        endpointSlices = EndpointSliceController(server: server)
        persistentVolumeBinder = PersistentVolumeBinderController(server: server, events: events)
        pvcProtection = PVCProtectionController(server: server)
        pvProtection = PVProtectionController(server: server)
    }
}
