import AWSSim
import ContainerImages
import SimCore

/// The Docker daemon on the learner's machine: its local images and the registry logins it
/// holds. It pulls from the public registries and from the account's ECR registries, and
/// pushes to ECR (Shipyard keeps no other private registry).
public final class DockerEngine {
    let simulation: Simulation
    let registry: ImageRegistry
    let aws: AWSCloud
    /// Local images, newest first (the order `docker images` lists them in).
    public private(set) var images: [DockerImage] = []
    /// Registry host → user name, for registries logged in to.
    public private(set) var logins: [String: String] = [:]
    /// When the world began: public images were built before it.
    let start: SimTime

    public init(simulation: Simulation, registry: ImageRegistry, aws: AWSCloud) {
        self.simulation = simulation
        self.registry = registry
        self.aws = aws
        start = simulation.now
    }

    // MARK: Names

    /// The local image a name (`nginx`, `nginx:1.27`) or an image ID (or its prefix) refers to.
    public func image(named name: String) -> DockerImage? { index(named: name).map { images[$0] } }

    func index(named name: String) -> Int? {
        let reference = ImageReference(name)
        if reference.isValid {
            let tagged = FamiliarName.tagged(reference)
            if let found = images.firstIndex(where: { $0.repoTags.contains(tagged) }) { return found }
            if let digest = reference.digest {
                let pinned = FamiliarName.repository(reference) + "@" + digest
                if let found = images.firstIndex(where: { $0.repoDigests.contains(pinned) }) { return found }
            }
        }
        let hex = name.hasPrefix("sha256:") ? String(name.dropFirst(7)) : name
        guard hex.count >= 1, hex.allSatisfy(\.isHexDigit) else { return nil }
        let matches = images.indices.filter { images[$0].id.dropFirst(7).hasPrefix(hex) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `docker tag SOURCE TARGET`.
    public func tag(_ source: String, as target: String) throws(DockerError) {
        guard let index = index(named: source) else { throw .noSuchImage(Self.withTag(source)) }
        let reference = ImageReference(target)
        guard reference.isValid, reference.digest == nil else { throw .invalidReference(target) }
        let name = FamiliarName.tagged(reference)
        for other in images.indices { images[other].repoTags.removeAll { $0 == name } }
        images[index].repoTags.append(name)
    }

    /// `docker rmi NAME`: untags a name, deleting the image with its last name. Returns
    /// the lines Docker prints.
    public func remove(_ name: String, force: Bool = false) throws(DockerError) -> [String] {
        guard let index = index(named: name) else { throw .noSuchImage(name) }
        let reference = ImageReference(name)
        let tagged = FamiliarName.tagged(reference)
        var lines: [String] = []
        if images[index].repoTags.contains(tagged) {
            if images[index].repoTags.count > 1 && !force {
                images[index].repoTags.removeAll { $0 == tagged }
                return ["Untagged: \(tagged)"]
            }
        } else if images[index].repoTags.count > 1 && !force {
            throw .referencedInMultipleRepositories(String(images[index].shortID))
        }
        let image = images.remove(at: index)
        lines += image.repoTags.map { "Untagged: \($0)" }
        lines += image.repoDigests.map { "Untagged: \($0)" }
        lines.append("Deleted: \(image.id)")
        lines += image.layers.reversed().map { "Deleted: \(SHA256.digest("\($0.digest) diff"))" }
        return lines
    }

    /// Adds or replaces a local image, newest first, moving `name` to it.
    func store(_ image: DockerImage, name: String?, repoDigest: String?) {
        var image = image
        if let existing = images.firstIndex(where: { $0.id == image.id }) {
            image.repoTags = images[existing].repoTags
            image.repoDigests = images[existing].repoDigests
            images.remove(at: existing)
        }
        if let name {
            for other in images.indices { images[other].repoTags.removeAll { $0 == name } }
            if !image.repoTags.contains(name) { image.repoTags.append(name) }
        }
        if let repoDigest, !image.repoDigests.contains(repoDigest) { image.repoDigests.append(repoDigest) }
        images.insert(image, at: 0)
    }

    static func withTag(_ name: String) -> String {
        let reference = ImageReference(name)
        return reference.tag == nil && reference.digest == nil ? name + ":latest" : name
    }

    // MARK: Logins

    /// `docker login`: ECR registries check the password against the tokens they issued.
    public func login(host: String, username: String, password: String) throws(DockerError) {
        guard let ecr = ecr(forHost: host) else { throw .loginUnsupported(host) }
        guard ecr.accepts(username: username, password: password) else { throw .loginFailed(host) }
        logins[host] = username
    }

    /// `docker logout`: whether there was a login to remove.
    public func logout(host: String) -> Bool { logins.removeValue(forKey: host) != nil }

    /// The ECR backend serving a registry host of this account, if it is one.
    func ecr(forHost host: String) -> ECRBackend? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == aws.accountID, parts[1] == "dkr", parts[2] == "ecr",
            parts[4] == "amazonaws", parts[5] == "com", AWSCloud.knownRegions.contains(String(parts[3]))
        else { return nil }
        return aws.region(String(parts[3])).ecr
    }
}
