import JSONValue

/// The StorageClass a simulated cluster starts with.
///
/// kubeadm itself installs none, which would leave every claim that names no class Pending
/// forever. The sandbox takes what kind — also a kubeadm-built cluster, and the one learners
/// most often run at home — adds right after `kubeadm init`: `standard`, the default class,
/// served by Rancher's local-path-provisioner, which makes hostPath volumes on the node that
/// first uses them (hence WaitForFirstConsumer) and deletes them with their claim. It suits a
/// cluster with no cloud behind it; EKS's `gp2` (`kubernetes.io/aws-ebs`) would promise EBS
/// volumes the sandbox does not have.
enum DefaultStorageClass {
    static let name = "standard"

    static func install(on server: APIServer) {
        _ = try? server.create(.storageClass, [
            "metadata": [
                "name": .string(name),
                "annotations": [StorageFacts.defaultClassAnnotation: "true"],
            ],
            "provisioner": .string(LocalPathProvisioner.name),
            "reclaimPolicy": "Delete",
            "volumeBindingMode": "WaitForFirstConsumer",
        ])
    }
}
