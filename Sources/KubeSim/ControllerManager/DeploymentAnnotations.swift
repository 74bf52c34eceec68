/// Annotations that belong to a Deployment's rollout machinery: the deployment controller never
/// copies them from a Deployment to its ReplicaSets, and `kubectl rollout undo` keeps the
/// Deployment's own while it restores the rest from the ReplicaSet it rolls back to.
public enum DeploymentAnnotations {
    public static let revision = "deployment.kubernetes.io/revision"
    public static let revisionHistory = "deployment.kubernetes.io/revision-history"

    public static let rolloutOwned: Set<String> = [
        "kubectl.kubernetes.io/last-applied-configuration", revision, revisionHistory,
        "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas",
        "deprecated.deployment.rollback.to",
    ]
}
