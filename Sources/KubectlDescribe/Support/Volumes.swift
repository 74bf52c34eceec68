import JSONValue

/// The `Volumes:` section and the volume-source printers shared with PersistentVolumes
/// (kubectl `describeVolumes`, `print*VolumeSource`).
///
/// Covered: hostPath, emptyDir, secret, configMap, projected (the kube-api-access volume),
/// downwardAPI, persistentVolumeClaim, ephemeral, nfs, csi, image, local, gcePersistentDisk,
/// awsElasticBlockStore, gitRepo, iscsi. The remaining legacy in-tree types (iSCSI, RBD, CephFS,
/// Cinder, ...) print kubectl's `<unknown>` line here; Shipyard does not create them.
enum Volumes {
    static func describe(_ volumes: [JSON], _ w: DescribeWriter, space: String) {
        if volumes.isEmpty {
            w.write(0, "\(space)Volumes:\t<none>\n")
            return
        }
        w.write(0, "\(space)Volumes:\n")
        for v in volumes {
            w.write(1, "\(space.isEmpty ? "" : " ")\(v["name"].str):\n")
            if !source(v, w) {
                w.write(1, "<unknown>\n")
            }
        }
    }

    /// Prints the source of a pod volume; false if the type is not handled.
    static func source(_ v: JSON, _ w: DescribeWriter) -> Bool {
        if v["hostPath"].isSet { hostPath(v["hostPath"], w) }
        else if v["emptyDir"].isSet { emptyDir(v["emptyDir"], w) }
        else if v["gcePersistentDisk"].isSet { gcePD(v["gcePersistentDisk"], w) }
        else if v["awsElasticBlockStore"].isSet { awsEBS(v["awsElasticBlockStore"], w) }
        else if v["gitRepo"].isSet {
            w.write(2, "Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t\(v["gitRepo"]["repository"].str)\n    Revision:\t\(v["gitRepo"]["revision"].str)\n")
        } else if v["secret"].isSet {
            let s = v["secret"]
            w.write(2, "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t\(s["secretName"].str)\n    Optional:\t\(GoFormat.bool(s["optional"].flag))\n")
        } else if v["configMap"].isSet {
            let c = v["configMap"]
            w.write(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t\(c["name"].str)\n    Optional:\t\(GoFormat.bool(c["optional"].flag))\n")
        } else if v["nfs"].isSet { nfs(v["nfs"], w) }
        else if v["persistentVolumeClaim"].isSet {
            let c = v["persistentVolumeClaim"]
            w.write(2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t\(c["claimName"].str)\n    ReadOnly:\t\(GoFormat.bool(c["readOnly"].flag))\n")
        } else if v["ephemeral"].isSet {
            w.write(2, "Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n")
            let template = v["ephemeral"]["volumeClaimTemplate"]
            if template.isSet {
                PersistentVolumeClaimDescriber.printClaim(w.nested(by: 2), metadata: template["metadata"], spec: template["spec"],
                                                          status: .null, full: false, age: { _ in "" })
            }
        } else if v["downwardAPI"].isSet {
            w.write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n")
            for item in v["downwardAPI"]["items"].items {
                if item["fieldRef"].isSet { w.write(3, "\(item["fieldRef"]["fieldPath"].str) -> \(item["path"].str)\n") }
                if item["resourceFieldRef"].isSet { w.write(3, "\(item["resourceFieldRef"]["resource"].str) -> \(item["path"].str)\n") }
            }
        } else if v["projected"].isSet { projected(v["projected"], w) }
        else if v["csi"].isSet {
            let c = v["csi"]
            w.write(2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t\(c["driver"].str)\n    FSType:\t\(c["fsType"].str)\n    ReadOnly:\t\(GoFormat.bool(c["readOnly"].flag))\n")
            csiAttributes(c["volumeAttributes"], w)
        } else if v["iscsi"].isSet {
            iscsi(v["iscsi"], w)
        } else if v["image"].isSet {
            w.write(2, "Type:\tImage (a container image or OCI artifact)\n    Reference:\t\(v["image"]["reference"].str)\n    PullPolicy:\t\(v["image"]["pullPolicy"].str)\n")
        } else {
            return false
        }
        return true
    }

    static func hostPath(_ h: JSON, _ w: DescribeWriter) {
        let type = h["type"].string ?? "<none>"
        w.write(2, "Type:\tHostPath (bare host directory volume)\n    Path:\t\(h["path"].str)\n    HostPathType:\t\(type)\n")
    }

    static func emptyDir(_ e: JSON, _ w: DescribeWriter) {
        var sizeLimit = "<unset>"
        if let q = Quantity(json: e["sizeLimit"]), q.compare(to: .zero) > 0 { sizeLimit = q.string }
        w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t\(e["medium"].str)\n    SizeLimit:\t\(sizeLimit)\n")
    }

    static func gcePD(_ g: JSON, _ w: DescribeWriter) {
        w.write(2, "Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n    PDName:\t\(g["pdName"].str)\n    FSType:\t\(g["fsType"].str)\n    Partition:\t\(g["partition"].num)\n    ReadOnly:\t\(GoFormat.bool(g["readOnly"].flag))\n")
    }

    static func awsEBS(_ a: JSON, _ w: DescribeWriter) {
        w.write(2, "Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n    VolumeID:\t\(a["volumeID"].str)\n    FSType:\t\(a["fsType"].str)\n    Partition:\t\(a["partition"].num)\n    ReadOnly:\t\(GoFormat.bool(a["readOnly"].flag))\n")
    }

    static func nfs(_ n: JSON, _ w: DescribeWriter) {
        w.write(2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t\(n["server"].str)\n    Path:\t\(n["path"].str)\n    ReadOnly:\t\(GoFormat.bool(n["readOnly"].flag))\n")
    }

    /// `printISCSIVolumeSource` (note kubectl's missing colon after `ISCSIInterface`).
    static func iscsi(_ i: JSON, _ w: DescribeWriter) {
        let secretRef = i["secretRef"].isSet ? "&LocalObjectReference{Name:\(i["secretRef"]["name"].str),}" : "nil"
        w.write(2, "Type:\tISCSI (an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod)\n"
            + "    TargetPortal:\t\(i["targetPortal"].str)\n    IQN:\t\(i["iqn"].str)\n    Lun:\t\(i["lun"].num)\n"
            + "    ISCSIInterface\t\(i["iscsiInterface"].str)\n    FSType:\t\(i["fsType"].str)\n    ReadOnly:\t\(GoFormat.bool(i["readOnly"].flag))\n"
            + "    Portals:\t\(GoFormat.list(i["portals"].items.map(\.str)))\n"
            + "    DiscoveryCHAPAuth:\t\(GoFormat.bool(i["chapAuthDiscovery"].flag))\n    SessionCHAPAuth:\t\(GoFormat.bool(i["chapAuthSession"].flag))\n"
            + "    SecretRef:\t\(secretRef)\n    InitiatorName:\t\(i["initiatorName"].string ?? "<none>")\n")
    }

    /// Go prints a `*bool` with `%v`: `<nil>` when unset, otherwise a pointer address that
    /// cannot be reproduced; a fixed address-like value stands in for it.
    static func goBoolPointer(_ v: JSON) -> String {
        v.bool == nil ? "<nil>" : "0xc000521c8a"
    }

    static func projected(_ p: JSON, _ w: DescribeWriter) {
        w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n")
        for s in p["sources"].items {
            if s["secret"].isSet {
                w.write(2, "SecretName:\t\(s["secret"]["name"].str)\n    SecretOptionalName:\t\(goBoolPointer(s["secret"]["optional"]))\n")
            } else if s["downwardAPI"].isSet {
                w.write(2, "DownwardAPI:\ttrue\n")
            } else if s["configMap"].isSet {
                w.write(2, "ConfigMapName:\t\(s["configMap"]["name"].str)\n    ConfigMapOptional:\t\(goBoolPointer(s["configMap"]["optional"]))\n")
            } else if s["serviceAccountToken"].isSet {
                // The API server defaults expirationSeconds to 3600.
                let seconds = s["serviceAccountToken"]["expirationSeconds"].int ?? 3600
                w.write(2, "TokenExpirationSeconds:\t\(seconds)\n")
            }
        }
    }

    /// `printCSIPersistentVolumeAttributesMultilineIndent` with title `VolumeAttributes`.
    static func csiAttributes(_ attrs: JSON, _ w: DescribeWriter) {
        w.write(2, "VolumeAttributes:\t")
        let pairs = attrs.stringMap.sorted { goLess($0.key, $1.key) }
        if pairs.isEmpty {
            w.writeLine("<none>")
            return
        }
        for (i, pair) in pairs.enumerated() {
            if i != 0 {
                w.write(2, "")
                w.write(2, "\t")
            }
            let line = "\(pair.key)=\(pair.value)"
            if line.byteCount > CommonPrinters.maxAnnotationLen {
                w.write(2, "\(line.bytePrefix(CommonPrinters.maxAnnotationLen))...\n")
            } else {
                w.write(2, "\(line)\n")
            }
        }
    }
}
