import JSONValue
import SimCore

/// Launch templates: versioned instance settings that RunInstances and Auto Scaling launch
/// from. CreateLaunchTemplate, CreateLaunchTemplateVersion, DescribeLaunchTemplates,
/// DescribeLaunchTemplateVersions, DeleteLaunchTemplate.
extension EC2Backend {
    struct LaunchTemplate {
        struct Version {
            var number: Int
            var description: String?
            var createTime: SimTime
            var createdBy: String
            var data: JSON
        }

        var id: String
        var name: String
        var createTime: SimTime
        var createdBy: String
        var defaultVersion: Int
        var versions: [Version]

        var latestVersion: Int { versions.map(\.number).max() ?? 1 }
    }

    /// The order aws-cli prints `LaunchTemplateData` members in (the response shape's).
    static let launchTemplateDataOrder = [
        "KernelId", "EbsOptimized", "IamInstanceProfile", "BlockDeviceMappings", "NetworkInterfaces", "ImageId",
        "InstanceType", "KeyName", "Monitoring", "Placement", "RamDiskId", "DisableApiTermination",
        "InstanceInitiatedShutdownBehavior", "UserData", "TagSpecifications", "ElasticGpuSpecifications",
        "ElasticInferenceAccelerators", "SecurityGroupIds", "SecurityGroups", "InstanceMarketOptions",
        "CreditSpecification", "CpuOptions", "CapacityReservationSpecification", "LicenseSpecifications",
        "HibernationOptions", "MetadataOptions", "EnclaveOptions", "InstanceRequirements", "PrivateDnsNameOptions",
        "MaintenanceOptions", "DisableApiStop", "Operator", "NetworkPerformanceOptions",
    ]

    static func ordered(_ data: JSON) -> JSON {
        guard let object = data.object else { return data }
        var out = JSONObject()
        for key in launchTemplateDataOrder { if let value = object[key] { out[key] = value } }
        for (key, value) in object.pairs where out[key] == nil { out[key] = value }
        return .object(out)
    }

    var callerArn: String { "arn:aws:iam::\(ownerID):user/learner" }

    func launchTemplateJSON(_ template: LaunchTemplate) -> JSON {
        var object = JSONObject()
        object["LaunchTemplateId"] = .string(template.id)
        object["LaunchTemplateName"] = .string(template.name)
        object["CreateTime"] = EpochJSON.seconds(template.createTime)
        object["CreatedBy"] = .string(template.createdBy)
        object["DefaultVersionNumber"] = .int(template.defaultVersion)
        object["LatestVersionNumber"] = .int(template.latestVersion)
        if let tags = tagsJSON(template.id) { object["Tags"] = tags }
        object["Operator"] = ["Managed": false]
        return .object(object)
    }

    func versionJSON(_ template: LaunchTemplate, _ version: LaunchTemplate.Version) -> JSON {
        var object = JSONObject()
        object["LaunchTemplateId"] = .string(template.id)
        object["LaunchTemplateName"] = .string(template.name)
        object["VersionNumber"] = .int(version.number)
        if let description = version.description { object["VersionDescription"] = .string(description) }
        object["CreateTime"] = EpochJSON.seconds(version.createTime)
        object["CreatedBy"] = .string(version.createdBy)
        object["DefaultVersion"] = .bool(version.number == template.defaultVersion)
        object["LaunchTemplateData"] = Self.ordered(version.data)
        object["Operator"] = ["Managed": false]
        return .object(object)
    }

    func validateTemplateName(_ name: String) throws(AWSServiceError) {
        let valid = (3...128).contains(name.count) && name.allSatisfy { character in
            character.isASCII && (character.isLetter || character.isNumber || "().-/_".contains(character))
        }
        if !valid {
            throw AWSServiceError.ec2("InvalidLaunchTemplateName.MalformedException",
                                      "A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _.'")
        }
    }

    /// Checks the data as CreateLaunchTemplate does: user data must be base64 (nothing
    /// encodes it for you here); other problems surface when something launches.
    func validateTemplateData(_ data: JSON) throws(AWSServiceError) -> JSON? {
        guard data.object != nil else { throw AWSServiceError.ec2MissingParameter("LaunchTemplateData") }
        if let userData = data["UserData"].string, Base64.decode(userData) == nil {
            throw AWSServiceError.ec2("InvalidUserData.Malformed", "Invalid BASE64 encoding of user data.")
        }
        if let imageID = data["ImageId"].string, !images.contains(where: { $0.id == imageID }) {
            return ["Errors": [["Code": "InvalidAMIID.NotFound", "Message": .string("The image id '[\(imageID)]' does not exist")]]]
        }
        return nil
    }

    func createLaunchTemplate(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["LaunchTemplateName"].string else {
            throw AWSServiceError.ec2MissingParameter("LaunchTemplateName")
        }
        try validateTemplateName(name)
        let warning = try validateTemplateData(input["LaunchTemplateData"])
        if launchTemplates.contains(where: { $0.name == name }) {
            throw AWSServiceError.ec2("InvalidLaunchTemplateName.AlreadyExistsException", "Launch template name already in use.")
        }
        let tags = try tagSpecifications(input, resourceType: "launch-template")
        let template = LaunchTemplate(
            id: "lt-" + ids().hex(17), name: name, createTime: simulation.now, createdBy: callerArn, defaultVersion: 1,
            versions: [.init(number: 1, description: input["VersionDescription"].string, createTime: simulation.now,
                             createdBy: callerArn, data: input["LaunchTemplateData"])])
        launchTemplates.append(template)
        if !tags.isEmpty { setTags(tags, on: template.id) }
        var output = JSONObject()
        output["LaunchTemplate"] = launchTemplateJSON(template)
        if let warning { output["Warning"] = warning }
        return .object(output)
    }

    func launchTemplate(id: String?, name: String?) throws(AWSServiceError) -> LaunchTemplate {
        if let id {
            guard let template = launchTemplates.first(where: { $0.id == id }) else {
                throw AWSServiceError.ec2("InvalidLaunchTemplateId.NotFound", "The specified launch template, with template ID \(id), does not exist.")
            }
            return template
        }
        if let name {
            guard let template = launchTemplates.first(where: { $0.name == name }) else {
                throw AWSServiceError.ec2("InvalidLaunchTemplateName.NotFoundException", "The specified launch template, with template name \(name), does not exist.")
            }
            return template
        }
        throw AWSServiceError.ec2MissingParameter("launchTemplateId or launchTemplateName")
    }

    /// A version by number, `$Latest` or `$Default`.
    func version(_ template: LaunchTemplate, _ reference: String?) throws(AWSServiceError) -> LaunchTemplate.Version {
        let number: Int
        switch reference {
        case nil, "$Default": number = template.defaultVersion
        case "$Latest": number = template.latestVersion
        case let text?:
            guard let parsed = Int(text) else {
                throw AWSServiceError.ec2InvalidParameterValue("Invalid launch template version: \(text)")
            }
            number = parsed
        }
        guard let version = template.versions.first(where: { $0.number == number }) else {
            throw AWSServiceError.ec2("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version \(number) for launch template \(template.id)")
        }
        return version
    }

    /// RunInstances' and Auto Scaling's `LaunchTemplate` parameter.
    func resolveLaunchTemplate(_ spec: JSON) throws(AWSServiceError) -> (LaunchTemplate, LaunchTemplate.Version) {
        let template = try launchTemplate(id: spec["LaunchTemplateId"].string, name: spec["LaunchTemplateName"].string)
        return (template, try version(template, spec["Version"].string))
    }

    func createLaunchTemplateVersion(_ input: JSON) throws(AWSServiceError) -> JSON {
        var template = try launchTemplate(id: input["LaunchTemplateId"].string, name: input["LaunchTemplateName"].string)
        let warning = try validateTemplateData(input["LaunchTemplateData"])
        var data = input["LaunchTemplateData"]
        if let source = input["SourceVersion"].string {
            let base = try version(template, source).data
            data = Self.merge(template: base, request: data)
        }
        let version = LaunchTemplate.Version(number: template.latestVersion + 1, description: input["VersionDescription"].string,
                                             createTime: simulation.now, createdBy: callerArn, data: data)
        template.versions.append(version)
        if let index = launchTemplates.firstIndex(where: { $0.id == template.id }) { launchTemplates[index] = template }
        var output = JSONObject()
        output["LaunchTemplateVersion"] = versionJSON(template, version)
        if let warning { output["Warning"] = warning }
        return .object(output)
    }

    func describeLaunchTemplates(_ input: JSON) throws(AWSServiceError) -> JSON {
        let ids = Self.strings(input["LaunchTemplateIds"])
        let names = Self.strings(input["LaunchTemplateNames"])
        for id in ids { _ = try launchTemplate(id: id, name: nil) }
        for name in names where !launchTemplates.contains(where: { $0.name == name }) {
            throw AWSServiceError.ec2("InvalidLaunchTemplateName.NotFoundException",
                                      "At least one of the launch templates specified in the request does not exist.")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for template in launchTemplates {
            if !ids.isEmpty || !names.isEmpty, !ids.contains(template.id), !names.contains(template.name) { continue }
            let passes = try EC2Filter.matches(filters, tags: tags(of: template.id)) { name in
                switch name {
                case "launch-template-name": return [template.name]
                case "launch-template-id": return [template.id]
                default: return nil
                }
            }
            if passes { items.append(launchTemplateJSON(template)) }
        }
        return try EC2Paging.page(items, key: "LaunchTemplates", input: input, maxLimit: 200)
    }

    func describeLaunchTemplateVersions(_ input: JSON) throws(AWSServiceError) -> JSON {
        let template = try launchTemplate(id: input["LaunchTemplateId"].string, name: input["LaunchTemplateName"].string)
        let requested = Self.strings(input["Versions"])
        var selected: [LaunchTemplate.Version] = []
        if requested.isEmpty {
            selected = template.versions.sorted { $0.number > $1.number }
        } else {
            for reference in requested {
                let version = try version(template, reference)
                if !selected.contains(where: { $0.number == version.number }) { selected.append(version) }
            }
        }
        return try EC2Paging.page(selected.map { versionJSON(template, $0) }, key: "LaunchTemplateVersions", input: input,
                                  maxLimit: 200)
    }

    func deleteLaunchTemplate(_ input: JSON) throws(AWSServiceError) -> JSON {
        let template = try launchTemplate(id: input["LaunchTemplateId"].string, name: input["LaunchTemplateName"].string)
        launchTemplates.removeAll { $0.id == template.id }
        tagStore[template.id] = nil
        var json = launchTemplateJSON(template)
        json.remove("Tags")
        return ["LaunchTemplate": json]
    }
}
