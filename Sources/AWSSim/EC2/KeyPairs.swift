import JSONValue
import SimCore

/// Key pairs for SSH: CreateKeyPair (the private key is shown once), DescribeKeyPairs,
/// DeleteKeyPair.
extension EC2Backend {
    struct KeyPair {
        var id: String
        var name: String
        var type: String
        var fingerprint: String
        var createTime: SimTime
    }

    func createKeyPair(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["KeyName"].string else { throw AWSServiceError.ec2MissingParameter("KeyName") }
        guard !name.isEmpty, name.count <= 255 else {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(name)) for parameter keyName is invalid. Length exceeds maximum of 255.")
        }
        if keyPairs.contains(where: { $0.name == name }) {
            throw AWSServiceError.ec2("InvalidKeyPair.Duplicate", "The keypair '\(name)' already exists.")
        }
        let type = input["KeyType"].string ?? "rsa"
        let random = simulation.random.stream("ec2-keys-\(context.region)")
        let fingerprint: String
        let material: String
        let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        if type == "ed25519" {
            fingerprint = random.string(length: 43, alphabet: base64) + "="
            material = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + (0..<5).map { _ in random.string(length: 70, alphabet: base64) }
                .joined(separator: "\n") + "\n-----END OPENSSH PRIVATE KEY-----"
        } else {
            fingerprint = (0..<20).map { _ in random.hex(2) }.joined(separator: ":")
            material = "-----BEGIN RSA PRIVATE KEY-----\n" + (0..<25).map { _ in random.string(length: 64, alphabet: base64) }
                .joined(separator: "\n") + "\n-----END RSA PRIVATE KEY-----"
        }
        let pair = KeyPair(id: "key-" + ids().hex(17), name: name, type: type, fingerprint: fingerprint, createTime: simulation.now)
        keyPairs.append(pair)
        let tags = try tagSpecifications(input, resourceType: "key-pair")
        if !tags.isEmpty { setTags(tags, on: pair.id) }
        var output = JSONObject()
        output["KeyPairId"] = .string(pair.id)
        if let tagJSON = tagsJSON(pair.id) { output["Tags"] = tagJSON }
        output["KeyName"] = .string(name)
        output["KeyFingerprint"] = .string(fingerprint)
        output["KeyMaterial"] = .string(material)
        return .object(output)
    }

    func describeKeyPairs(_ input: JSON) throws(AWSServiceError) -> JSON {
        let names = Self.strings(input["KeyNames"])
        let ids = Self.strings(input["KeyPairIds"])
        for name in names where !keyPairs.contains(where: { $0.name == name }) {
            throw AWSServiceError.ec2("InvalidKeyPair.NotFound", "The key pair '\(name)' does not exist")
        }
        for id in ids where !keyPairs.contains(where: { $0.id == id }) {
            throw AWSServiceError.ec2("InvalidKeyPair.NotFound", "The key pair '\(id)' does not exist")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for pair in keyPairs {
            if !names.isEmpty || !ids.isEmpty, !names.contains(pair.name), !ids.contains(pair.id) { continue }
            let passes = try EC2Filter.matches(filters, tags: tags(of: pair.id)) { name in
                switch name {
                case "key-name": return [pair.name]
                case "key-pair-id": return [pair.id]
                case "fingerprint": return [pair.fingerprint]
                case "key-type": return [pair.type]
                default: return nil
                }
            }
            guard passes else { continue }
            items.append(["KeyPairId": .string(pair.id), "KeyType": .string(pair.type),
                          "Tags": .array(tags(of: pair.id).map(\.json)), "CreateTime": EpochJSON.seconds(pair.createTime),
                          "KeyName": .string(pair.name), "KeyFingerprint": .string(pair.fingerprint)])
        }
        return ["KeyPairs": .array(items)]
    }

    func deleteKeyPair(_ input: JSON) throws(AWSServiceError) -> JSON {
        let pair = keyPairs.first { $0.name == input["KeyName"].string || $0.id == input["KeyPairId"].string }
        guard let pair else {
            // Deleting a key pair that does not exist succeeds, as in EC2.
            return ["Return": true]
        }
        keyPairs.removeAll { $0.id == pair.id }
        tagStore[pair.id] = nil
        return ["Return": true, "KeyPairId": .string(pair.id)]
    }
}
