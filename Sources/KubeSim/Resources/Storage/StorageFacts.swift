import JSONValue

/// What several storage components agree on: annotation names, access modes, and how a
/// claim's or volume's class is read (`storagehelpers` in kube-controller-manager and kubectl).
public enum StorageFacts {
    public static let betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class"
    public static let defaultClassAnnotation = "storageclass.kubernetes.io/is-default-class"
    public static let betaDefaultClassAnnotation = "storageclass.beta.kubernetes.io/is-default-class"
    public static let bindCompleted = "pv.kubernetes.io/bind-completed"
    public static let boundByController = "pv.kubernetes.io/bound-by-controller"
    public static let provisionedBy = "pv.kubernetes.io/provisioned-by"
    public static let selectedNode = "volume.kubernetes.io/selected-node"
    public static let storageProvisioner = "volume.kubernetes.io/storage-provisioner"
    public static let betaStorageProvisioner = "volume.beta.kubernetes.io/storage-provisioner"
    public static let pvcProtection = "kubernetes.io/pvc-protection"
    /// In-tree volume plugins whose provisioning moved to a CSI driver (CSI migration, always
    /// on since 1.25–1.27): a class naming one is served by the driver, or waits for it.
    public static let migratedProvisioners = [
        "kubernetes.io/aws-ebs": "ebs.csi.aws.com", "kubernetes.io/gce-pd": "pd.csi.storage.gke.io",
        "kubernetes.io/azure-disk": "disk.csi.azure.com", "kubernetes.io/azure-file": "file.csi.azure.com",
        "kubernetes.io/cinder": "cinder.csi.openstack.org", "kubernetes.io/vsphere-volume": "csi.vsphere.vmware.com",
    ]
    public static let pvProtection = "kubernetes.io/pv-protection"
    public static let noProvisioner = "kubernetes.io/no-provisioner"

    /// In the order the API server lists them in "supported values".
    public static let accessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"]

    /// `GetAccessModesAsString`: RWO, ROX, RWX, RWOP, in that order whatever the spec's order.
    public static func accessModesString(_ modes: JSON) -> String {
        let set = Set((modes.array ?? []).compactMap(\.string))
        return [("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP")]
            .filter { set.contains($0.0) }.map(\.1).joined(separator: ",")
    }

    /// A volume's `spec.claimRef` naming `claim`, as the binder, the scheduler and
    /// provisioners write it (with the claim's resourceVersion of the moment).
    public static func claimRef(to claim: JSON) -> JSON {
        ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": .string(claim.name),
         "namespace": .string(claim.namespace), "resourceVersion": .string(claim.resourceVersion),
         "uid": .string(claim.uid)]
    }

    /// The claims a pod's volumes name, in order, each once.
    public static func claimNames(of pod: JSON) -> [String] {
        var seen: Set<String> = []
        return (pod["spec"]["volumes"].array ?? []).compactMap { $0["persistentVolumeClaim"]["claimName"].string }
            .filter { seen.insert($0).inserted }
    }

    /// A claim's class: the beta annotation, else `spec.storageClassName`, else "".
    public static func claimClass(_ claim: JSON) -> String {
        claim["metadata"]["annotations"][betaStorageClassAnnotation].string ?? claim["spec"]["storageClassName"].string ?? ""
    }

    /// A volume's class, read the same way.
    public static func volumeClass(_ volume: JSON) -> String {
        volume["metadata"]["annotations"][betaStorageClassAnnotation].string ?? volume["spec"]["storageClassName"].string ?? ""
    }

    public static func isDefaultClass(_ storageClass: JSON) -> Bool {
        let annotations = storageClass.annotations
        return annotations[defaultClassAnnotation] == "true" || annotations[betaDefaultClassAnnotation] == "true"
    }

    /// The requested or offered size in bytes, nil when absent or unreadable.
    public static func bytes(_ quantity: JSON) -> Int64? {
        switch quantity {
        case .string(let text): return Quantity(text).map { $0.milli / 1000 }
        case .int(let value): return Int64(value)
        default: return nil
        }
    }

    /// A storage quantity as the API server writes it back (`resource.Quantity.String()`):
    /// binary suffixes stay binary in the largest unit that divides the value (`1024Mi` →
    /// `1Gi`), decimal ones decimal (`1000M` → `1G`); anything else is left as given.
    public static func canonical(_ quantity: JSON) -> JSON {
        guard let text = quantity.string, let parsed = Quantity(text), parsed.milli % 1000 == 0, parsed.milli >= 0 else {
            return quantity
        }
        let bytes = parsed.milli / 1000
        if bytes == 0 { return "0" }
        let binary = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"].contains { text.hasSuffix($0) }
        if binary {
            for (index, suffix) in ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"].enumerated() {
                let factor = Int64(1) << Int64(10 * (6 - index))
                if bytes % factor == 0 { return .string("\(bytes / factor)\(suffix)") }
            }
            return .string(String(bytes))
        }
        var value = bytes
        var exponent = 0
        while value % 1000 == 0, exponent < 6 {
            value /= 1000
            exponent += 1
        }
        return .string("\(value)\(["", "k", "M", "G", "T", "P", "E"][exponent])")
    }
}

extension APIServer {
    /// The class the DefaultStorageClass admission plugin gives claims that name none: the
    /// newest class marked default (v1.28+ picks the newest when several are).
    public func defaultStorageClass() -> JSON? {
        newestObject(list(.storageClass, namespace: nil).filter(StorageFacts.isDefaultClass))
    }
}
