import JSONValue
import SimCore

/// An EC2 instance and how DescribeInstances shows it.
extension EC2Backend {
    public enum InstanceState: String, Sendable {
        case pending, running, shuttingDown = "shutting-down", terminated, stopping, stopped

        public var code: Int {
            switch self {
            case .pending: return 0
            case .running: return 16
            case .shuttingDown: return 32
            case .terminated: return 48
            case .stopping: return 64
            case .stopped: return 80
            }
        }

        var json: JSON { ["Code": .int(code), "Name": .string(rawValue)] }
    }

    public struct Instance: Sendable {
        public var id: String
        public var reservationID: String
        public var imageID: String
        public var instanceType: String
        public var subnetID: String
        public var vpcID: String
        public var availabilityZone: String
        public var privateIPAddress: String
        public var publicIPAddress: String?
        public var networkInterfaceID: String
        public var securityGroupIDs: [String]
        public var state: InstanceState
        public var launchTime: SimTime
        public var amiLaunchIndex: Int
        public var keyName: String?
        public var clientToken: String
        /// Base64, as RunInstances received it.
        public var userData: String?
        public var iamInstanceProfileArn: String?
        public var iamInstanceProfileID: String?
        public var rootVolumeID: String
        public var stateTransitionReason = ""
        public var stateReason: (code: String, message: String)?
        public var monitoring = false
        public var httpTokens = "optional"
        public var hopLimit = 1
        public var disableApiTermination = false
        /// The Auto Scaling group that launched it, if any.
        public var autoScalingGroup: String?
        /// Whether it gets a public address when it starts running.
        var assignsPublicIP = false
        /// Whether it has reached `running` at least once (its volumes are attached by then).
        var hasRun = false
        /// When its status checks pass (DescribeInstanceStatus).
        var statusChecksPassAt: SimTime?
        /// Whether its ECS agent has registered with a cluster.
        public var agentConnected = false
        /// Bumped at every state change, so stale timers do nothing.
        var generation = 0
    }

    public func instance(id: String) -> Instance? { instances.first { $0.id == id } }

    func updateInstance(_ id: String, _ change: (inout Instance) -> Void) {
        guard let index = instances.firstIndex(where: { $0.id == id }) else { return }
        change(&instances[index])
    }

    func instanceJSON(_ instance: Instance) -> JSON {
        let image = images.first { $0.id == instance.imageID }
        let spec = InstanceTypeSpec.named(instance.instanceType)
        let gone = instance.state == .terminated
        // A first launch shows no volumes yet and the reason `pending`, as RunInstances returns it.
        let launching = instance.state == .pending && !instance.hasRun
        let eni = networkInterfaces.first { $0.id == instance.networkInterfaceID }
        var object = JSONObject()
        object["Architecture"] = .string(image?.architecture ?? "x86_64")
        object["BlockDeviceMappings"] = gone || launching ? [] : [[
            "DeviceName": .string(image?.rootDeviceName ?? "/dev/xvda"),
            "Ebs": ["AttachTime": EpochJSON.seconds(instance.launchTime), "DeleteOnTermination": true,
                    "Status": "attached", "VolumeId": .string(instance.rootVolumeID)],
        ]]
        object["ClientToken"] = .string(instance.clientToken)
        object["EbsOptimized"] = .bool(spec?.ebsOptimizedByDefault ?? false)
        object["EnaSupport"] = true
        object["Hypervisor"] = "xen"
        if let arn = instance.iamInstanceProfileArn, let id = instance.iamInstanceProfileID {
            object["IamInstanceProfile"] = ["Arn": .string(arn), "Id": .string(id)]
        }
        object["NetworkInterfaces"] = gone ? [] : .array(eni.map { [instanceNetworkInterfaceJSON($0, instance: instance)] } ?? [])
        object["RootDeviceName"] = .string(image?.rootDeviceName ?? "/dev/xvda")
        object["RootDeviceType"] = "ebs"
        object["SecurityGroups"] = gone ? [] : groupIdentifiers(instance.securityGroupIDs)
        object["SourceDestCheck"] = true
        if let reason = instance.stateReason {
            object["StateReason"] = ["Code": .string(reason.code), "Message": .string(reason.message)]
        } else if launching {
            object["StateReason"] = ["Code": "pending", "Message": "pending"]
        }
        if let tags = tagsJSON(instance.id) { object["Tags"] = tags }
        object["VirtualizationType"] = "hvm"
        object["CpuOptions"] = ["CoreCount": .int(spec?.cores ?? 1), "ThreadsPerCore": .int(spec?.threadsPerCore ?? 1)]
        object["CapacityReservationSpecification"] = ["CapacityReservationPreference": "open"]
        object["HibernationOptions"] = ["Configured": false]
        object["MetadataOptions"] = [
            "State": .string(instance.state == .pending ? "pending" : "applied"), "HttpTokens": .string(instance.httpTokens),
            "HttpPutResponseHopLimit": .int(instance.hopLimit), "HttpEndpoint": "enabled", "HttpProtocolIpv6": "disabled",
            "InstanceMetadataTags": "disabled",
        ]
        object["EnclaveOptions"] = ["Enabled": false]
        if let boot = image?.bootMode { object["BootMode"] = .string(boot) }
        object["PlatformDetails"] = "Linux/UNIX"
        object["UsageOperation"] = "RunInstances"
        object["UsageOperationUpdateTime"] = EpochJSON.seconds(instance.launchTime)
        object["PrivateDnsNameOptions"] = [
            "HostnameType": "ip-name", "EnableResourceNameDnsARecord": false, "EnableResourceNameDnsAAAARecord": false,
        ]
        object["MaintenanceOptions"] = ["AutoRecovery": "default", "RebootMigration": "default"]
        let uefi = image?.bootMode == "uefi" || (image?.bootMode == "uefi-preferred" && spec?.hypervisor == "nitro")
        object["CurrentInstanceBootMode"] = .string(uefi ? "uefi" : "legacy-bios")
        object["NetworkPerformanceOptions"] = ["BandwidthWeighting": "default"]
        object["Operator"] = ["Managed": false]
        object["InstanceId"] = .string(instance.id)
        object["ImageId"] = .string(instance.imageID)
        object["State"] = instance.state.json
        object["PrivateDnsName"] = .string(gone ? "" : privateDNSName(instance.privateIPAddress))
        object["PublicDnsName"] = .string(instance.publicIPAddress.map(publicDNSName) ?? "")
        object["StateTransitionReason"] = .string(instance.stateTransitionReason)
        if let key = instance.keyName { object["KeyName"] = .string(key) }
        object["AmiLaunchIndex"] = .int(instance.amiLaunchIndex)
        object["ProductCodes"] = []
        object["InstanceType"] = .string(instance.instanceType)
        object["LaunchTime"] = EpochJSON.seconds(instance.launchTime)
        var placement = JSONObject()
        if let zoneID = zone(named: instance.availabilityZone)?.id { placement["AvailabilityZoneId"] = .string(zoneID) }
        placement["GroupName"] = ""
        placement["Tenancy"] = "default"
        placement["AvailabilityZone"] = .string(instance.availabilityZone)
        object["Placement"] = .object(placement)
        object["Monitoring"] = ["State": .string(instance.monitoring ? "enabled" : "disabled")]
        if !gone {
            object["SubnetId"] = .string(instance.subnetID)
            object["VpcId"] = .string(instance.vpcID)
            object["PrivateIpAddress"] = .string(instance.privateIPAddress)
        }
        if let publicIP = instance.publicIPAddress { object["PublicIpAddress"] = .string(publicIP) }
        return .object(object)
    }

    func instanceNetworkInterfaceJSON(_ eni: NetworkInterface, instance: Instance) -> JSON {
        var object = JSONObject()
        let association: JSON? = instance.publicIPAddress.map {
            ["IpOwnerId": "amazon", "PublicDnsName": .string(publicDNSName($0)), "PublicIp": .string($0)]
        }
        if let association { object["Association"] = association }
        if let attachment = eni.attachment {
            object["Attachment"] = [
                "AttachTime": EpochJSON.seconds(attachment.attachTime), "AttachmentId": .string(attachment.id),
                "DeleteOnTermination": .bool(attachment.deleteOnTermination), "DeviceIndex": .int(attachment.deviceIndex),
                "Status": .string(attachment.status), "NetworkCardIndex": 0,
            ]
        }
        object["Description"] = .string(eni.description)
        object["Groups"] = groupIdentifiers(eni.securityGroupIDs)
        object["Ipv6Addresses"] = []
        object["MacAddress"] = .string(eni.macAddress)
        object["NetworkInterfaceId"] = .string(eni.id)
        object["OwnerId"] = .string(ownerID)
        object["PrivateDnsName"] = .string(privateDNSName(eni.privateIPAddress))
        object["PrivateIpAddress"] = .string(eni.privateIPAddress)
        var primary = JSONObject()
        if let association { primary["Association"] = association }
        primary["Primary"] = true
        primary["PrivateDnsName"] = .string(privateDNSName(eni.privateIPAddress))
        primary["PrivateIpAddress"] = .string(eni.privateIPAddress)
        object["PrivateIpAddresses"] = .array([.object(primary)] + secondaryAddressesJSON(eni))
        object["SourceDestCheck"] = .bool(eni.sourceDestCheck)
        object["Status"] = .string(eni.status)
        object["SubnetId"] = .string(eni.subnetID)
        object["VpcId"] = .string(eni.vpcID)
        object["InterfaceType"] = .string(eni.interfaceType)
        object["Operator"] = ["Managed": false]
        return .object(object)
    }

    /// Validates instance IDs as EC2 does: malformed first, then all the missing ones at once.
    func checkInstanceIDs(_ ids: [String]) throws(AWSServiceError) {
        for id in ids where !id.hasPrefix("i-") || id.count < 3 {
            throw AWSServiceError.malformedID("InstanceID", id)
        }
        let missing = ids.filter { id in !instances.contains { $0.id == id } }
        if !missing.isEmpty {
            throw AWSServiceError.notFound(code: "InvalidInstanceID.NotFound", noun: "instance", ids: missing)
        }
    }

    func instanceFilterValues(_ instance: Instance, _ name: String) -> [String]? {
        switch name {
        case "instance-id": return [instance.id]
        case "instance-state-name": return [instance.state.rawValue]
        case "instance-state-code": return [String(instance.state.code)]
        case "instance-type": return [instance.instanceType]
        case "image-id": return [instance.imageID]
        case "subnet-id": return instance.state == .terminated ? [] : [instance.subnetID]
        case "vpc-id": return instance.state == .terminated ? [] : [instance.vpcID]
        case "availability-zone": return [instance.availabilityZone]
        case "private-ip-address": return instance.state == .terminated ? [] : [instance.privateIPAddress]
        case "ip-address": return instance.publicIPAddress.map { [$0] } ?? []
        case "private-dns-name": return [privateDNSName(instance.privateIPAddress)]
        case "dns-name": return instance.publicIPAddress.map { [publicDNSName($0)] } ?? []
        case "key-name": return instance.keyName.map { [$0] } ?? []
        case "reservation-id": return [instance.reservationID]
        case "iam-instance-profile.arn": return instance.iamInstanceProfileArn.map { [$0] } ?? []
        case "instance.group-id", "group-id": return instance.securityGroupIDs
        case "network-interface.network-interface-id": return [instance.networkInterfaceID]
        case "architecture": return [images.first { $0.id == instance.imageID }?.architecture ?? "x86_64"]
        case "owner-id": return [ownerID]
        case "launch-index": return [String(instance.amiLaunchIndex)]
        default: return nil
        }
    }

    func describeInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["InstanceIds"])
        if !wanted.isEmpty && input["MaxResults"].int != nil {
            throw AWSServiceError.ec2("InvalidParameterCombination",
                                      "The parameter instancesSet cannot be used with the parameter maxResults")
        }
        try checkInstanceIDs(wanted)
        let filters = try EC2Filter.parse(input)
        var selected: [Instance] = []
        for instance in instances where wanted.isEmpty || wanted.contains(instance.id) {
            let passes = try EC2Filter.matches(filters, tags: tags(of: instance.id)) { instanceFilterValues(instance, $0) }
            if passes { selected.append(instance) }
        }
        // One Reservation per RunInstances call, instances in launch order.
        var reservations: [(id: String, instances: [Instance])] = []
        for instance in selected {
            if let index = reservations.firstIndex(where: { $0.id == instance.reservationID }) {
                reservations[index].instances.append(instance)
            } else {
                reservations.append((instance.reservationID, [instance]))
            }
        }
        let items: [JSON] = reservations.map { reservation in
            ["ReservationId": .string(reservation.id), "OwnerId": .string(ownerID), "Groups": [],
             "Instances": .array(reservation.instances.map(instanceJSON))]
        }
        return try EC2Paging.page(items, key: "Reservations", input: input)
    }
}
