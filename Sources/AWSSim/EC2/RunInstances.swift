import JSONValue
import SimCore

/// RunInstances: an AMI, an instance type, a subnet (a default one if none is named),
/// security groups, user data, an instance profile and a count — or a launch template that
/// supplies them. Each instance gets a primary network interface whose private address comes
/// from the subnet, and starts `pending`.
extension EC2Backend {
    /// On-Demand vCPUs a new account may run at once (its "Running On-Demand Standard
    /// instances" quota).
    static let vCPUQuota = 32

    func runInstances(_ input: JSON) throws(AWSServiceError) -> JSON {
        if !input["NetworkInterfaces"].isNull {
            if input["SubnetId"].string != nil {
                throw AWSServiceError.ec2("InvalidParameterCombination",
                                          "Network interfaces and an instance-level subnet ID may not be specified on the same request")
            }
            if !input["SecurityGroupIds"].isNull || !input["SecurityGroups"].isNull {
                throw AWSServiceError.ec2("InvalidParameterCombination",
                                          "Network interfaces and an instance-level security groups may not be specified on the same request")
            }
            if input["PrivateIpAddress"].string != nil {
                throw AWSServiceError.ec2("InvalidParameterCombination",
                                          "Network interfaces and an instance-level private IP address should not be specified on the same request")
            }
        }
        let (reservationID, launched) = try launch(input)
        var output = JSONObject()
        output["ReservationId"] = .string(reservationID)
        output["OwnerId"] = .string(ownerID)
        output["Groups"] = []
        output["Instances"] = .array(launched.map(instanceJSON))
        return .object(output)
    }

    /// Launches instances; Auto Scaling calls this too, naming its group.
    func launch(_ request: JSON, autoScalingGroup: String? = nil) throws(AWSServiceError) -> (String, [Instance]) {
        var input = request
        var templateTags: [EC2Tag] = []
        if !request["LaunchTemplate"].isNull {
            let (template, version) = try resolveLaunchTemplate(request["LaunchTemplate"])
            input = Self.merge(template: version.data, request: request)
            templateTags = [EC2Tag(key: "aws:ec2launchtemplate:id", value: template.id),
                            EC2Tag(key: "aws:ec2launchtemplate:version", value: String(version.number))]
        }
        guard let imageID = input["ImageId"].string else {
            throw AWSServiceError.ec2MissingParameter("ImageId")
        }
        let image = try image(imageID)
        let typeName = input["InstanceType"].string ?? "m1.small"
        guard let spec = InstanceTypeSpec.named(typeName) else {
            throw AWSServiceError.ec2InvalidParameterValue("Invalid value '\(typeName)' for InstanceType.")
        }
        if spec.architecture != image.architecture {
            throw AWSServiceError.ec2InvalidParameterValue("The architecture '\(spec.architecture)' of the specified instance type does not match the architecture '\(image.architecture)' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.")
        }
        let minCount = input["MinCount"].int ?? 1
        let maxCount = input["MaxCount"].int ?? minCount
        guard minCount >= 1 else {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(minCount)) for parameter minCount is invalid. Expected a positive integer.")
        }
        guard maxCount >= minCount else {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(maxCount)) for parameter maxCount is invalid. Expected a value greater than or equal to minCount (\(minCount)).")
        }
        if let key = input["KeyName"].string, !keyPairs.contains(where: { $0.name == key }) {
            throw AWSServiceError.ec2("InvalidKeyPair.NotFound", "The key pair '\(key)' does not exist")
        }
        let interfaceSpec = input["NetworkInterfaces"].array?.first
        let subnet = try launchSubnet(input, interface: interfaceSpec)
        let groups = try launchSecurityGroups(input, interface: interfaceSpec, subnet: subnet)
        let userData = try launchUserData(input["UserData"].string)
        let profile = try launchInstanceProfile(input["IamInstanceProfile"])
        let usedVCPUs = instances.filter { ![.terminated, .stopped].contains($0.state) }
            .reduce(0) { $0 + (InstanceTypeSpec.named($1.instanceType)?.vCPUs ?? 1) }
        let affordable = (Self.vCPUQuota - usedVCPUs) / spec.vCPUs
        guard affordable >= minCount else {
            throw AWSServiceError.ec2("VcpuLimitExceeded", "You have requested more vCPU capacity than your current vCPU limit of \(Self.vCPUQuota) allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.")
        }
        guard availableAddressCount(subnet) >= minCount else {
            throw AWSServiceError(code: "InsufficientFreeAddressesInSubnet",
                                  message: "There are not enough free addresses in subnet '\(subnet.id)' to satisfy the requested number of instances.")
        }
        let addressing = try InterfaceAddressing(input, interface: interfaceSpec, spec: spec)
        let count = min(maxCount, affordable, availableAddressCount(subnet) / addressing.addressesPerInstance)
        let instanceTags = try tagSpecifications(input, resourceType: "instance") + templateTags
        let eniTags = try tagSpecifications(input, resourceType: "network-interface")
        let volumeTags = try tagSpecifications(input, resourceType: "volume")
        let ids = ids()
        let reservationID = "r-" + ids.hex(17)
        let clientToken = input["ClientToken"].string ?? simulation.random.stream("ec2-client-tokens").uuid()
        let metadata = input["MetadataOptions"]
        var launched: [Instance] = []
        for index in 0..<count {
            let eni = try createNetworkInterface(subnetID: subnet.id, securityGroupIDs: groups, description: "",
                                                 requesterManaged: false, publicIP: false, privateAddress: addressing.primary)
            try assignSecondaryAddresses(eni.id, named: addressing.secondaries, count: addressing.secondaryCount)
            var instance = Instance(
                id: "i-" + ids.hex(17), reservationID: reservationID, imageID: image.id, instanceType: spec.name,
                subnetID: subnet.id, vpcID: subnet.vpcID, availabilityZone: subnet.availabilityZone,
                privateIPAddress: eni.privateIPAddress, publicIPAddress: nil, networkInterfaceID: eni.id,
                securityGroupIDs: groups, state: .pending, launchTime: simulation.now, amiLaunchIndex: index,
                keyName: input["KeyName"].string, clientToken: clientToken, userData: userData,
                iamInstanceProfileArn: profile?.arn, iamInstanceProfileID: profile?.id, rootVolumeID: "vol-" + ids.hex(17))
            instance.monitoring = input["Monitoring"]["Enabled"].bool ?? false
            instance.httpTokens = metadata["HttpTokens"].string ?? (image.imdsSupport == "v2.0" ? "required" : "optional")
            instance.hopLimit = metadata["HttpPutResponseHopLimit"].int ?? (image.imdsSupport == "v2.0" ? 2 : 1)
            instance.disableApiTermination = input["DisableApiTermination"].bool ?? false
            instance.autoScalingGroup = autoScalingGroup
            instance.assignsPublicIP = interfaceSpec?["AssociatePublicIpAddress"].bool ?? subnet.mapPublicIPOnLaunch
            if let index = networkInterfaces.firstIndex(where: { $0.id == eni.id }) {
                networkInterfaces[index].attachment = NetworkInterface.Attachment(
                    id: attachmentID(), instanceID: instance.id, instanceOwnerID: ownerID, deviceIndex: 0,
                    status: "attaching", attachTime: simulation.now, deleteOnTermination: true)
                networkInterfaces[index].sourceDestCheck = true
            }
            var tags = instanceTags
            if let group = autoScalingGroup { tags.append(EC2Tag(key: "aws:autoscaling:groupName", value: group)) }
            if !tags.isEmpty { setTags(tags, on: instance.id) }
            if !eniTags.isEmpty { setTags(eniTags, on: eni.id) }
            if !volumeTags.isEmpty { setTags(volumeTags, on: instance.rootVolumeID) }
            instances.append(instance)
            launched.append(instance)
            schedulePendingToRunning(instance.id)
        }
        return (reservationID, launched)
    }

    /// The private addresses an instance's primary interface asks for: a primary one by name
    /// (`PrivateIpAddress`, or the interface's `Primary` entry), secondary ones by name and by
    /// count — within the instance type's addresses per interface.
    struct InterfaceAddressing {
        var primary: String?
        var secondaries: [String] = []
        var secondaryCount = 0

        var addressesPerInstance: Int { 1 + secondaries.count + secondaryCount }

        init(_ input: JSON, interface: JSON?, spec: InstanceTypeSpec) throws(AWSServiceError) {
            primary = input["PrivateIpAddress"].string
            for entry in interface?["PrivateIpAddresses"].array ?? [] {
                guard let address = entry["PrivateIpAddress"].string else { continue }
                if entry["Primary"].bool == true { primary = address } else { secondaries.append(address) }
            }
            secondaryCount = interface?["SecondaryPrivateIpAddressCount"].int ?? 0
            if secondaryCount < 0 {
                throw AWSServiceError.ec2InvalidParameterValue("Value (\(secondaryCount)) for parameter secondaryPrivateIpAddressCount is invalid. Expected a positive integer.")
            }
            if addressesPerInstance > spec.ipv4PerENI {
                throw AWSServiceError.ec2("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.")
            }
        }
    }

    /// A launch template's data under the request's own parameters (the request wins).
    static func merge(template: JSON, request: JSON) -> JSON {
        var merged = template
        for (key, value) in request.object?.pairs ?? [] where key != "LaunchTemplate" {
            merged[key] = value
        }
        if let profile = template["IamInstanceProfile"].object, request["IamInstanceProfile"].isNull {
            merged["IamInstanceProfile"] = .object(profile)
        }
        return merged
    }

    private func launchSubnet(_ input: JSON, interface: JSON?) throws(AWSServiceError) -> Subnet {
        if let id = interface?["SubnetId"].string ?? input["SubnetId"].string { return try subnet(id) }
        let zoneName = input["Placement"]["AvailabilityZone"].string
        guard let vpc = defaultVPC else {
            throw AWSServiceError.ec2("VPCIdNotSpecified", "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.")
        }
        let candidates = subnets.filter { $0.vpcID == vpc.id && $0.defaultForAZ && (zoneName == nil || $0.availabilityZone == zoneName) }
        guard !candidates.isEmpty else {
            throw AWSServiceError.ec2InvalidParameterValue("Invalid availability zone: [\(zoneName ?? "")]")
        }
        // Without a subnet, EC2 picks one of the default VPC's subnets.
        let pick = simulation.random.stream("ec2-default-subnet-\(context.region)").int(in: 0...(candidates.count - 1))
        return candidates[pick]
    }

    private func launchSecurityGroups(_ input: JSON, interface: JSON?, subnet: Subnet) throws(AWSServiceError) -> [String] {
        var ids = Self.strings(interface?["Groups"] ?? .null) + Self.strings(input["SecurityGroupIds"])
        for name in Self.strings(input["SecurityGroups"]) {
            guard let group = securityGroups.first(where: { $0.name == name && $0.vpcID == subnet.vpcID }) else {
                throw AWSServiceError.ec2("InvalidGroup.NotFound", "The security group '\(name)' does not exist in VPC '\(subnet.vpcID)'")
            }
            ids.append(group.id)
        }
        for id in ids {
            let group = try securityGroup(id)
            if group.vpcID != subnet.vpcID {
                throw AWSServiceError.ec2("InvalidParameter", "Security group \(group.id) and subnet \(subnet.id) belong to different networks.")
            }
        }
        var unique: [String] = []
        for id in ids where !unique.contains(id) { unique.append(id) }
        if unique.count > 5 {
            throw AWSServiceError.ec2("SecurityGroupsPerInstanceLimitExceeded",
                                      "The maximum number of security groups per interface has been reached.")
        }
        return unique.isEmpty ? defaultSecurityGroupIDs(vpc: subnet.vpcID) : unique
    }

    /// User data arrives base64-encoded (aws-cli encodes `--user-data` for RunInstances).
    private func launchUserData(_ text: String?) throws(AWSServiceError) -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard let bytes = Base64.decode(text) else {
            throw AWSServiceError.ec2InvalidParameterValue("Invalid BASE64 encoding of user data.")
        }
        if bytes.count > 16384 {
            throw AWSServiceError.ec2InvalidParameterValue("User data is limited to 16384 bytes")
        }
        return text
    }

    private func launchInstanceProfile(_ value: JSON) throws(AWSServiceError) -> IAMInstanceProfile? {
        if value.isNull { return nil }
        if let arn = value["Arn"].string {
            guard let profile = iam?.instanceProfile(nameOrARN: arn), profile.arn == arn else {
                throw AWSServiceError.ec2InvalidParameterValue("Value (\(arn)) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN")
            }
            return profile
        }
        if let name = value["Name"].string {
            guard let profile = iam?.instanceProfile(nameOrARN: name), profile.name == name else {
                throw AWSServiceError.ec2InvalidParameterValue("Value (\(name)) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name")
            }
            return profile
        }
        return nil
    }
}
