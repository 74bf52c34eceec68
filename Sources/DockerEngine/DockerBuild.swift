import ContainerImages
import SimCore

/// `docker build`: a Dockerfile's steps over a public base image, as BuildKit runs them.
/// COPY and ADD put the build context's files into the image; CMD, ENTRYPOINT, EXPOSE and
/// WORKDIR set its configuration; RUN steps are recorded as layers, but what their commands
/// would do is not simulated. A step already built from the same base and the same steps
/// before it is cached.
extension DockerEngine {
    /// What a build reads from the learner's machine.
    public struct BuildContext {
        /// A file of the context by its path relative to the context's root, or nil.
        public var file: (String) -> String?
        /// The files under a directory of the context (relative paths), for `COPY dir/ …`.
        public var filesUnder: (String) -> [String]
        /// The bytes the context holds (BuildKit's `transferring context`).
        public var size: Int

        public init(file: @escaping (String) -> String?, filesUnder: @escaping (String) -> [String], size: Int) {
            self.file = file
            self.filesUnder = filesUnder
            self.size = size
        }
    }

    /// One step as BuildKit reports it: `[2/3] COPY index.html /usr/share/nginx/html/`.
    public struct BuildStep: Sendable {
        public var title: String
        public var cached: Bool
    }

    public struct BuildResult: Sendable {
        /// The base as BuildKit names it (`docker.io/library/nginx:1.27`).
        public var base: String
        public var steps: [BuildStep]
        /// Whether any step copies from the build context (which is then loaded).
        public var usesContext: Bool
        public var imageID: String
        /// `docker.io/library/web:v1` for each `-t`.
        public var names: [String]
    }

    /// Builds `dockerfile` over `context` and names the image `tags`. A step that fails stops
    /// the build: the error says why, with the steps that ran before it.
    public func build(_ dockerfile: Dockerfile, context: BuildContext, tags: [String], noCache: Bool)
        -> Result<BuildResult, BuildFailure>
    {
        guard case .from(let baseName) = dockerfile.steps[0].instruction else {
            return .failure(BuildFailure(error: .noBaseImage, steps: []))
        }
        let baseReference = ImageReference(baseName)
        let base = "\(baseReference.normalizedName):\(baseReference.tag ?? "latest")"
        let resolution = baseReference.isValid ? registry.resolve(baseReference) : .invalidReference
        guard case .found(let resolved) = resolution else {
            var exists = false
            if case .tagNotFound = resolution { exists = true }
            return .failure(BuildFailure(error: .baseNotFound(baseName, canonical: base, repositoryExists: exists), steps: [],
                                         failing: "[internal] load metadata for \(base)", line: dockerfile.steps[0].line))
        }
        var image = images.first { $0.recipe == ImageRecipe(base: base) }
            ?? DockerImage.fromRegistry(source: base, compressed: resolved.size, start: start)
        // BuildKit numbers the steps that change the filesystem; CMD, EXPOSE and the like only
        // set the configuration, and show no step of their own.
        let total = dockerfile.steps.filter(\.changesFilesystem).count
        var steps = [BuildStep(title: "[1/\(total)] FROM \(base)", cached: false)]
        var chain = image.id
        var usesContext = false
        var number = 1
        for step in dockerfile.steps.dropFirst() {
            if step.changesFilesystem { number += 1 }
            let title = "[\(number)/\(total)] \(step.text)"
            var added = 0
            switch step.instruction {
            case .copy(let sources, let destination):
                usesContext = true
                let target = absolute(destination, in: image.recipe.workingDir ?? "/")
                let intoDirectory = destination.hasSuffix("/") || sources.count > 1
                for source in sources {
                    let path = Self.contextPath(source)
                    let under = context.filesUnder(path)
                    if let content = context.file(path) {
                        let name = intoDirectory ? target + (target.hasSuffix("/") ? "" : "/") + Self.lastComponent(path) : target
                        image.recipe.files[name] = content
                        added += content.utf8.count
                    } else if !under.isEmpty {
                        for relative in under {
                            let content = context.file(path.isEmpty ? relative : path + "/" + relative) ?? ""
                            image.recipe.files[target + (target.hasSuffix("/") ? "" : "/") + relative] = content
                            added += content.utf8.count
                        }
                    } else {
                        // BuildKit's ref: the session's ID and the context's shared key.
                        let random = simulationRandom
                        let ref = random.uuid() + "::" + random.string(length: 25, alphabet: Array("abcdefghijklmnopqrstuvwxyz0123456789"))
                        return .failure(BuildFailure(error: .sourceNotFound(path, ref: ref), steps: steps, failing: title,
                                                     line: step.line))
                    }
                }
            case .cmd(let words): image.recipe.cmd = words
            case .entrypoint(let words): image.recipe.entrypoint = words
            case .expose(let ports): image.recipe.exposedPorts += ports.filter { !image.recipe.exposedPorts.contains($0) }
            case .workdir(let path): image.recipe.workingDir = absolute(path, in: image.recipe.workingDir ?? "/")
            case .from, .run, .metadata: break
            }
            chain = SHA256.digest(chain + "\n" + step.text + "\n" + image.recipe.canonical)
            if step.changesFilesystem { steps.append(BuildStep(title: title, cached: !noCache && builtSteps.contains(chain))) }
            builtSteps.insert(chain)
            switch step.instruction {
            case .copy, .run:
                image.layers.append(DockerLayer(digest: SHA256.digest(chain + " layer"), size: Int64(added)))
                image.size += Int64(added)
            default: break
            }
        }
        image.id = SHA256.digest(chain + " image")
        // The same steps over the same base make the same image, built when it first was.
        image.created = images.first { $0.id == image.id }?.created ?? currentTime
        image.repoTags = []
        image.repoDigests = []
        store(image, name: nil, repoDigest: nil)
        for tag in tags { store(image, name: FamiliarName.tagged(ImageReference(tag)), repoDigest: nil) }
        return .success(BuildResult(base: base, steps: steps, usesContext: usesContext, imageID: image.id,
                                    names: tags.map { ImageReference($0).normalizedName + ":" + (ImageReference($0).tag ?? "latest") }))
    }

    /// A build that stopped: why, the steps done before, the step that failed, and the
    /// Dockerfile line it came from.
    public struct BuildFailure: Error, Sendable {
        public var error: DockerBuildError
        public var steps: [BuildStep]
        public var failing: String?
        public var line: Int?

        public init(error: DockerBuildError, steps: [BuildStep], failing: String? = nil, line: Int? = nil) {
            self.error = error
            self.steps = steps
            self.failing = failing
            self.line = line ?? error.line
        }
    }

    /// `./index.html`, `/index.html` and `index.html` all name the context's `index.html`.
    static func contextPath(_ source: String) -> String {
        var path = Substring(source)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        while path.hasSuffix("/") { path = path.dropLast() }
        return path == "." ? "" : String(path)
    }

    static func lastComponent(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// A destination made absolute against the working directory.
    func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        let cleaned = path == "." || path == "./" ? "" : (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
        return (directory.hasSuffix("/") ? directory : directory + "/") + cleaned
    }
}
