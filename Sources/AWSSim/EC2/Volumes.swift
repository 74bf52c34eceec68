import JSONValue
import SimCore

/// EBS volumes: every instance's root volume (its AMI's size and type, deleted with the
/// instance) and volumes services make for the account — the EBS CSI driver's, one per
/// PersistentVolume, attached to the node whose pod uses it. DescribeVolumes lists both.
extension EC2Backend {
    public struct Volume: Sendable {
        public var id: String
        public var sizeGiB: Int
        public var availabilityZone: String
        public var volumeType: String
        public var createTime: SimTime
        public var attachment: (instanceID: String, device: String, time: SimTime)?
    }

    /// A new volume in `zone`, available at once (creation takes seconds).
    public func createVolume(sizeGiB: Int, zone: String, type: String, tags: [(String, String)]) -> Volume {
        let volume = Volume(id: "vol-" + ids().hex(17), sizeGiB: sizeGiB, availabilityZone: zone, volumeType: type,
                            createTime: simulation.now, attachment: nil)
        volumes.append(volume)
        setTags(tags.map { EC2Tag(key: $0.0, value: $0.1) }, on: volume.id)
        return volume
    }

    /// Attaches a volume to an instance in its zone (`/dev/xvdaa`, `/dev/xvdab`, …); false when
    /// either is gone or they are in different zones.
    @discardableResult
    public func attachVolume(_ id: String, to instanceID: String) -> Bool {
        guard let index = volumes.firstIndex(where: { $0.id == id }), let instance = instance(id: instanceID),
            instance.availabilityZone == volumes[index].availabilityZone
        else { return false }
        if volumes[index].attachment?.instanceID == instanceID { return true }
        let used = volumes.filter { $0.attachment?.instanceID == instanceID }.count
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        volumes[index].attachment = (instanceID, "/dev/xvda\(letters[used % letters.count])", simulation.now)
        return true
    }

    public func detachVolume(_ id: String) {
        guard let index = volumes.firstIndex(where: { $0.id == id }) else { return }
        volumes[index].attachment = nil
    }

    public func deleteVolume(_ id: String) {
        volumes.removeAll { $0.id == id }
        tagStore[id] = nil
    }

    /// The root volumes of instances that have run and are not terminated.
    private var rootVolumes: [Volume] {
        instances.filter { $0.hasRun && $0.state != .terminated }.map { instance in
            let image = images.first { $0.id == instance.imageID }
            return Volume(id: instance.rootVolumeID, sizeGiB: image?.rootVolumeSize ?? 8,
                          availabilityZone: instance.availabilityZone, volumeType: image?.volumeType ?? "gp3",
                          createTime: instance.launchTime,
                          attachment: (instance.id, image?.rootDeviceName ?? "/dev/xvda", instance.launchTime))
        }
    }

    func describeVolumes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let all = rootVolumes + volumes
        let wanted = Self.strings(input["VolumeIds"])
        for id in wanted where !all.contains(where: { $0.id == id }) {
            throw AWSServiceError.ec2("InvalidVolume.NotFound", "The volume '\(id)' does not exist.")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for volume in all where wanted.isEmpty || wanted.contains(volume.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: volume.id)) { name in
                switch name {
                case "volume-id": return [volume.id]
                case "availability-zone": return [volume.availabilityZone]
                case "volume-type": return [volume.volumeType]
                case "size": return [String(volume.sizeGiB)]
                case "status": return [volume.attachment == nil ? "available" : "in-use"]
                case "attachment.instance-id": return volume.attachment.map { [$0.instanceID] } ?? []
                default: return nil
                }
            }
            if passes { items.append(volumeJSON(volume, root: !volumes.contains { $0.id == volume.id })) }
        }
        return try EC2Paging.page(items, key: "Volumes", input: input)
    }

    private func volumeJSON(_ volume: Volume, root: Bool) -> JSON {
        var object = JSONObject()
        let gp3 = volume.volumeType == "gp3"
        object["Iops"] = .int(gp3 ? 3000 : max(100, 3 * volume.sizeGiB))
        let tags = tags(of: volume.id)
        if !tags.isEmpty { object["Tags"] = .array(tags.map(\.json)) }
        object["VolumeType"] = .string(volume.volumeType)
        object["MultiAttachEnabled"] = false
        if gp3 { object["Throughput"] = 125 }
        object["Operator"] = ["Managed": false]
        object["VolumeId"] = .string(volume.id)
        object["Size"] = .int(volume.sizeGiB)
        object["SnapshotId"] = .string(root ? images.first { image in
            instances.contains { $0.rootVolumeID == volume.id && $0.imageID == image.id }
        }?.snapshotID ?? "" : "")
        object["AvailabilityZone"] = .string(volume.availabilityZone)
        object["State"] = .string(volume.attachment == nil ? "available" : "in-use")
        object["CreateTime"] = EpochJSON.millis(volume.createTime)
        object["Attachments"] = .array(volume.attachment.map { attachment in
            [["DeleteOnTermination": .bool(root), "VolumeId": .string(volume.id), "InstanceId": .string(attachment.instanceID),
              "Device": .string(attachment.device), "State": "attached", "AttachTime": EpochJSON.millis(attachment.time)]]
        } ?? [])
        object["Encrypted"] = false
        return .object(object)
    }
}
