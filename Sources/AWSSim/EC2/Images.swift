import JSONValue
import SimCore

/// An AMI in the region's catalogue.
public struct MachineImage: Sendable {
    public var id: String
    public var name: String
    public var description: String
    public var ownerID: String
    public var ownerAlias: String?
    public var architecture: String
    public var creationDate: String
    public var deprecationTime: String
    public var rootDeviceName: String
    public var rootVolumeSize: Int
    public var volumeType: String
    public var snapshotID: String
    public var bootMode: String?
    public var imdsSupport: String?
    /// Boots the ECS container agent, which joins the cluster its user data names.
    public var runsECSAgent: Bool

    static let amazonOwner = "137112412989"
    static let ecsOwner = "591542846629"
    static let canonicalOwner = "099720109477"
    static let eksOwner = "602401143452"
    /// The EKS-optimized Amazon Linux 2023 AMI that managed node groups launch.
    static let eksNodeImageName = "amazon-eks-node-al2023-x86_64-standard-1.32-v20251209"

    /// The public images a container course uses: ECS-optimized Amazon Linux 2 and 2023,
    /// plain Amazon Linux 2023 and 2, and Ubuntu 24.04. AMI IDs differ per region, as AWS's do.
    static func catalogue(region: String) -> [MachineImage] {
        typealias Spec = (name: String, description: String, owner: String, alias: String?, arch: String, created: String,
                          root: String, size: Int, volume: String, boot: String?, imds: String?, ecs: Bool)
        let specs: [Spec] = [
            ("amzn2-ami-ecs-hvm-2.0.20251209-x86_64-ebs", "Amazon Linux AMI 2.0.20251209 x86_64 ECS HVM GP2", ecsOwner,
             "amazon", "x86_64", "2025-12-09T21:36:52.000Z", "/dev/xvda", 30, "gp2", nil, nil, true),
            ("amzn2-ami-ecs-hvm-2.0.20251209-arm64-ebs", "Amazon Linux AMI 2.0.20251209 arm64 ECS HVM GP2", ecsOwner,
             "amazon", "arm64", "2025-12-09T21:37:15.000Z", "/dev/xvda", 30, "gp2", nil, nil, true),
            ("al2023-ami-ecs-hvm-2023.0.20251209-kernel-6.1-x86_64", "Amazon Linux AMI 2023.0.20251209 x86_64 ECS HVM EBS",
             ecsOwner, "amazon", "x86_64", "2025-12-09T21:40:03.000Z", "/dev/xvda", 30, "gp3", "uefi-preferred", "v2.0", true),
            ("al2023-ami-ecs-hvm-2023.0.20251209-kernel-6.1-arm64", "Amazon Linux AMI 2023.0.20251209 arm64 ECS HVM EBS",
             ecsOwner, "amazon", "arm64", "2025-12-09T21:40:41.000Z", "/dev/xvda", 30, "gp3", "uefi", "v2.0", true),
            ("al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64", "Amazon Linux 2023 AMI 2023.9.20251208.0 x86_64 HVM kernel-6.1",
             amazonOwner, "amazon", "x86_64", "2025-12-08T23:12:31.000Z", "/dev/xvda", 8, "gp3", "uefi-preferred", "v2.0", false),
            ("al2023-ami-2023.9.20251208.0-kernel-6.1-arm64", "Amazon Linux 2023 AMI 2023.9.20251208.0 arm64 HVM kernel-6.1",
             amazonOwner, "amazon", "arm64", "2025-12-08T23:12:58.000Z", "/dev/xvda", 8, "gp3", "uefi", "v2.0", false),
            ("amzn2-ami-kernel-5.10-hvm-2.0.20251208.0-x86_64-gp2", "Amazon Linux 2 Kernel 5.10 AMI 2.0.20251208.0 x86_64 HVM gp2",
             amazonOwner, "amazon", "x86_64", "2025-12-08T20:05:11.000Z", "/dev/xvda", 8, "gp2", nil, nil, false),
            (eksNodeImageName, "EKS-optimized Kubernetes node based on Amazon Linux 2023, (k8s: 1.32.4, containerd: 1.7.*)",
             eksOwner, "amazon", "x86_64", "2025-12-09T23:05:41.000Z", "/dev/xvda", 20, "gp3", "uefi-preferred", "v2.0", false),
            ("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251212", "Canonical, Ubuntu, 24.04, amd64 noble image",
             canonicalOwner, nil, "x86_64", "2025-12-12T03:42:27.000Z", "/dev/sda1", 8, "gp3", "uefi-preferred", nil, false),
        ]
        return specs.map { spec in
            let deprecation = String(Int(spec.created.prefix(4)).map { $0 + 2 } ?? 2027) + spec.created.dropFirst(4)
            return MachineImage(
                id: "ami-" + stableHex(region + spec.name, 17), name: spec.name, description: spec.description,
                ownerID: spec.owner, ownerAlias: spec.alias, architecture: spec.arch, creationDate: spec.created,
                deprecationTime: deprecation, rootDeviceName: spec.root, rootVolumeSize: spec.size, volumeType: spec.volume,
                snapshotID: "snap-" + stableHex("snapshot" + region + spec.name, 17), bootMode: spec.boot,
                imdsSupport: spec.imds, runsECSAgent: spec.ecs)
        }
    }

    /// Hex digits fixed by a name: public AMIs are the same in every world.
    static func stableHex(_ seed: String, _ length: Int) -> String {
        var state = fnv1a64(seed)
        var out = ""
        while out.count < length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out += String((state >> 60) & 0xf, radix: 16)
        }
        return out
    }
}

extension EC2Backend {
    func image(_ id: String) throws(AWSServiceError) -> MachineImage {
        guard id.hasPrefix("ami-") else { throw AWSServiceError.malformedID("AMIID", id) }
        guard let image = images.first(where: { $0.id == id }) else {
            throw AWSServiceError.ec2("InvalidAMIID.NotFound", "The image id '[\(id)]' does not exist")
        }
        return image
    }

    func imageJSON(_ image: MachineImage) -> JSON {
        var object = JSONObject()
        object["PlatformDetails"] = "Linux/UNIX"
        object["UsageOperation"] = "RunInstances"
        object["BlockDeviceMappings"] = [[
            "Ebs": ["DeleteOnTermination": true, "SnapshotId": .string(image.snapshotID), "VolumeSize": .int(image.rootVolumeSize),
                    "VolumeType": .string(image.volumeType), "Encrypted": false],
            "DeviceName": .string(image.rootDeviceName),
        ]]
        object["Description"] = .string(image.description)
        object["EnaSupport"] = true
        object["Hypervisor"] = "xen"
        if let alias = image.ownerAlias { object["ImageOwnerAlias"] = .string(alias) }
        object["Name"] = .string(image.name)
        object["RootDeviceName"] = .string(image.rootDeviceName)
        object["RootDeviceType"] = "ebs"
        object["SriovNetSupport"] = "simple"
        object["VirtualizationType"] = "hvm"
        if let boot = image.bootMode { object["BootMode"] = .string(boot) }
        object["DeprecationTime"] = .string(image.deprecationTime)
        if let imds = image.imdsSupport { object["ImdsSupport"] = .string(imds) }
        object["ImageId"] = .string(image.id)
        object["ImageLocation"] = .string("\(image.ownerAlias ?? image.ownerID)/\(image.name)")
        object["State"] = "available"
        object["OwnerId"] = .string(image.ownerID)
        object["CreationDate"] = .string(image.creationDate)
        object["Public"] = true
        object["Architecture"] = .string(image.architecture)
        object["ImageType"] = "machine"
        return .object(object)
    }

    func describeImages(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["ImageIds"])
        for id in wanted { _ = try image(id) }
        let owners = Self.strings(input["Owners"])
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for image in images where wanted.isEmpty || wanted.contains(image.id) {
            if !owners.isEmpty {
                let matchesOwner = owners.contains { owner in
                    owner == image.ownerID || (owner == "amazon" && image.ownerAlias == "amazon")
                }
                if !matchesOwner { continue }
            }
            let passes = try EC2Filter.matches(filters, tags: []) { name in
                switch name {
                case "image-id": return [image.id]
                case "name": return [image.name]
                case "description": return [image.description]
                case "architecture": return [image.architecture]
                case "owner-alias": return image.ownerAlias.map { [$0] } ?? []
                case "owner-id": return [image.ownerID]
                case "state": return ["available"]
                case "is-public": return ["true"]
                case "image-type": return ["machine"]
                case "platform-details": return ["Linux/UNIX"]
                case "root-device-type": return ["ebs"]
                case "root-device-name": return [image.rootDeviceName]
                case "virtualization-type": return ["hvm"]
                case "hypervisor": return ["xen"]
                case "ena-support": return ["true"]
                case "creation-date": return [image.creationDate]
                case "block-device-mapping.volume-type": return [image.volumeType]
                case "block-device-mapping.volume-size": return [String(image.rootVolumeSize)]
                default: return nil
                }
            }
            if passes { items.append(imageJSON(image)) }
        }
        return ["Images": .array(items)]
    }
}
