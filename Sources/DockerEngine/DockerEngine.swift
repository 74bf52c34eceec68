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
    /// Local images, most recently built first (the order `docker images` lists them in).
    public internal(set) var images: [DockerImage] = []
    /// Registry host → the `user:password` stored for it.
    var logins: [String: String] = [:]
    /// When the world began: public images were built before it.
    let start: SimTime
    /// Build steps already built, by the chain of steps that led to them (BuildKit's cache).
    var builtSteps: Set<String> = []

    var currentTime: SimTime { simulation.now }
    var simulationRandom: RandomStream { simulation.random.stream("docker-build") }

    public init(simulation: Simulation, registry: ImageRegistry, aws: AWSCloud) {
        self.simulation = simulation
        self.registry = registry
        self.aws = aws
        start = simulation.now
    }

    // MARK: Names

    /// The local image a name (`nginx`, `nginx:1.27`) or an image ID (or its prefix) refers to.
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
        let reference = ImageReference(target)
        guard reference.isValid, reference.digest == nil else { throw .invalidTarget(target) }
        guard let index = index(named: source) else { throw .noSuchImage(Self.withTag(source)) }
        let name = FamiliarName.tagged(reference)
        for other in images.indices { images[other].repoTags.removeAll { $0 == name } }
        images[index].repoTags.append(name)
    }

    /// `docker rmi NAME`: untags a name, deleting the image with its last name. Returns
    /// the lines Docker prints: a name's repository digest goes with the repository's last tag.
    public func remove(_ name: String, force: Bool = false) throws(DockerError) -> [String] {
        guard let index = index(named: name) else { throw .noSuchImage(Self.withTag(name)) }
        let tagged = FamiliarName.tagged(ImageReference(name))
        // A tag of an image with others only goes itself, forced or not; an ID names them all,
        // which takes `-f` when they are several.
        if images[index].repoTags.count > 1 {
            if images[index].repoTags.contains(tagged) {
                images[index].repoTags.removeAll { $0 == tagged }
                return ["Untagged: \(tagged)"] + untagDigests(at: index, ofRepositoryOf: tagged)
            }
            guard force else { throw .referencedInMultipleRepositories(images[index].shortID) }
        }
        var lines: [String] = []
        for tag in images[index].repoTags {
            images[index].repoTags.removeAll { $0 == tag }
            lines += ["Untagged: \(tag)"] + untagDigests(at: index, ofRepositoryOf: tag)
        }
        let image = images.remove(at: index)
        lines.append("Deleted: \(image.id)")
        lines += image.layers.reversed().map { "Deleted: \(SHA256.digest("\($0.digest) chain"))" }
        return lines
    }

    /// Drops the repository digests of `tag`'s repository once no tag of it is left, as lines.
    private func untagDigests(at index: Int, ofRepositoryOf tag: String) -> [String] {
        let repository = String(tag[..<(tag.lastIndex(of: ":") ?? tag.endIndex)])
        guard !images[index].repoTags.contains(where: { $0.hasPrefix(repository + ":") }) else { return [] }
        let digests = images[index].repoDigests.filter { $0.hasPrefix(repository + "@") }
        images[index].repoDigests.removeAll { $0.hasPrefix(repository + "@") }
        return digests.map { "Untagged: \($0)" }
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
        // Newest build first, as `docker images` lists them.
        images.insert(image, at: images.firstIndex { $0.created < image.created } ?? images.count)
    }

    static func withTag(_ name: String) -> String {
        let reference = ImageReference(name)
        return reference.tag == nil && reference.digest == nil ? name + ":latest" : name
    }

    // MARK: Logins

    /// `docker login`: ECR registries check the password against the tokens they issued.
    /// Returns whether the stored credentials changed.
    @discardableResult
    public func login(host: String, username: String, password: String) throws(DockerError) -> Bool {
        guard let ecr = aws.ecr(forRegistryHost: host) else { throw .loginUnsupported(host) }
        guard ecr.accepts(username: username, password: password) else { throw .loginFailed(host) }
        let credentials = username + ":" + password
        defer { logins[host] = credentials }
        return logins[host] != credentials
    }

    /// `docker logout`: whether there was a login to remove.
    @discardableResult
    public func logout(host: String) -> Bool { logins.removeValue(forKey: host) != nil }
}
