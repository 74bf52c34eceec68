import AWSCLI
import DockerCLI
import Testing
import ToolIO
import World

/// Shipyard's `docker` against a default world. Usage errors are Docker 28.2.2's client's, as
/// it prints them on this machine (it needs no daemon for them).
@Suite struct DockerCLITests {
    let world = World.makeDefault()

    func docker(_ words: String, stdin: String? = nil) -> ToolOutput {
        DockerCommand(world: world).run(Invocation(arguments: words.split(separator: " ").map(String.init), stdin: stdin,
                                                   environment: ["HOME": "/root"], fileSystem: InMemoryFileSystem()))
    }

    func aws(_ words: String) -> ToolOutput {
        AWSCommand(world: world).run(Invocation(arguments: words.split(separator: " ").map(String.init),
                                                fileSystem: InMemoryFileSystem()))
    }

    static let registry = "123456789012.dkr.ecr.us-east-1.amazonaws.com"

    @Test(arguments: [
        ("tag x", 1, "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n"),
        ("rmi", 1, "docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n"),
        ("login a b", 1, "docker: 'docker login' requires at most 1 argument\n\nUsage:  docker login [OPTIONS] [SERVER]\n\nSRun 'docker login --help' for more information\n"),
        ("pull --foo x", 125, "unknown flag: --foo\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n"),
        ("pull -z x", 125, "unknown shorthand flag: 'z' in -z\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n"),
        ("login -u", 125, "flag needs an argument: 'u' in -u\n\nUsage:  docker login [OPTIONS] [SERVER]\n\nRun 'docker login --help' for more information\n"),
        ("login --username", 125, "flag needs an argument: --username\n\nUsage:  docker login [OPTIONS] [SERVER]\n\nRun 'docker login --help' for more information\n"),
        ("login --password-stdin \(registry)", 1, "the --password-stdin option requires --username to be set\n"),
    ])
    func refusesCommandLinesAsDockerDoes(_ words: String, _ status: Int32, _ stderr: String) {
        let output = docker(words)
        #expect(output.stderr == stderr)
        #expect(output.stdout == "")
        #expect(output.status == status)
    }

    @Test func pullsOncePerImage() {
        let first = docker("pull nginx:1.27")
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("1.27: Pulling from library/nginx\n"))
        #expect(first.stdout.hasSuffix("Status: Downloaded newer image for nginx:1.27\ndocker.io/library/nginx:1.27\n"))
        let again = docker("pull nginx:1.27")
        #expect(again.stdout.contains("Status: Image is up to date for nginx:1.27\n"))
        #expect(!again.stdout.contains("Pull complete"))
        #expect(docker("pull nginx:nope").stderr
            == "Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown\n")
        #expect(docker("pull nosuch").stderr
            == "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n")
    }

    @Test func listsImagesInDockersColumns() {
        #expect(docker("images").stdout == "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n")
        _ = docker("pull busybox:1.36")
        _ = docker("tag busybox:1.36 mybox")
        let lines = docker("images").stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("REPOSITORY   TAG       IMAGE ID       CREATED   ") == true)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix("ago   5.6MB") })
        #expect(docker("images -q").stdout.split(separator: "\n").count == 2)
        #expect(docker("images mybox").stdout.split(separator: "\n").count == 2)
        // A repository's digest goes with its last tag; the image goes with its last name.
        let untagged = docker("rmi busybox:1.36").stdout
        #expect(untagged.hasPrefix("Untagged: busybox:1.36\nUntagged: busybox@sha256:"))
        #expect(untagged.split(separator: "\n").count == 2)
        let last = docker("rmi mybox").stdout
        #expect(last.hasPrefix("Untagged: mybox:latest\nDeleted: sha256:"))
        #expect(docker("rmi mybox").stderr == "Error response from daemon: No such image: mybox:latest\n")
    }

    @Test func pushesToECRAfterLoggingIn() {
        _ = docker("pull nginx:1.27")
        let target = "\(Self.registry)/web:v1"
        #expect(docker("tag nginx:1.27 \(target)").status == 0)
        #expect(docker("push \(target)").stderr == "no basic auth credentials\n")
        #expect(docker("login -u AWS --password-stdin \(Self.registry)", stdin: "guess\n").stderr
            == "Error response from daemon: login attempt to https://\(Self.registry)/v2/ failed with status: 400 Bad Request\n")
        let password = aws("ecr get-login-password").stdout
        let login = docker("login -u AWS --password-stdin \(Self.registry)", stdin: password)
        #expect(login.stdout == "Login Succeeded\n")
        #expect(docker("push \(target)").stderr
            == "name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'\n")
        #expect(aws("ecr create-repository --repository-name web").status == 0)
        let pushed = docker("push \(target)")
        #expect(pushed.status == 0)
        #expect(pushed.stdout.hasPrefix("The push refers to repository [\(Self.registry)/web]\n"))
        #expect(pushed.stdout.contains(": Pushed\n"))
        let digest = pushed.stdout.split(separator: "\n").last.map { String($0.split(separator: " ")[2]) } ?? ""
        #expect(aws("ecr describe-images --repository-name web --query imageDetails[0].imageDigest --output text").stdout == digest + "\n")
        let again = docker("push \(target)")
        #expect(again.stdout.contains(": Layer already exists\n"))
        #expect(!again.stdout.contains(": Pushed\n"))
        let missing = docker("push \(Self.registry)/web:v2")
        #expect(missing.stdout == "The push refers to repository [\(Self.registry)/web]\n")
        #expect(missing.stderr == "An image does not exist locally with the tag: \(Self.registry)/web\n")
        #expect(docker("logout \(Self.registry)").stdout == "Removing login credentials for \(Self.registry)\n")
        #expect(docker("pull \(target)").stderr
            == "Error response from daemon: Head \"https://\(Self.registry)/v2/web/manifests/v1\": no basic auth credentials\n")
    }

    @Test func anImmutableTagRefusesAnotherImage() {
        _ = docker("pull nginx:1.27")
        _ = docker("pull nginx:1.28")
        _ = docker("login -u AWS --password-stdin \(Self.registry)", stdin: aws("ecr get-login-password").stdout)
        _ = aws("ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE")
        _ = docker("tag nginx:1.27 \(Self.registry)/web:v1")
        #expect(docker("push \(Self.registry)/web:v1").status == 0)
        _ = docker("tag nginx:1.28 \(Self.registry)/web:v1")
        let refused = docker("push \(Self.registry)/web:v1")
        #expect(refused.status == 1)
        #expect(refused.stderr == "tag invalid: The image tag 'v1' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.\n")
    }
}
