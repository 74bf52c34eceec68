import Testing
import ToolIO
import World
@testable import Shell

/// Random input must never trap or hang the shell: every line ends with some output and a status.
@Suite struct FuzzTests {
    /// A small deterministic generator so failures reproduce.
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let fragments = [
        "kubectl", "aws", "ecs", "get", "pods", "-n", "kube-system", "run", "x", "--image=nginx", "delete", "pod",
        "'", "\"", "$", "$(", ")", "`", "|", "||", "&&", ";", ">", ">>", "<", "<<EOF", "EOF", "\n", "\\", "${",
        "}", "#", "echo", "grep", "-v", "head", "-n", "sleep", "1", "export", "A=", "$A", "~", "*", "-o", "yaml",
        "json", "wide", "--query", "clusterArns[", "describe-clusters", "--clusters", "{", "[", "]", "é", "✓",
        "cat", "wc", "-l", "sort", "--output", "table", "text", "create-cluster", "--cluster-name", "-A", "all",
        "version", "nodes", "2>&1", "cd", "..", "ls", "history", "help", "exit", "\t", "=", ",", "\u{0}",
    ]

    @Test func randomCommandLines() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        var random = LCG(state: 20_260_101)
        for _ in 0..<1500 {
            let count = Int(random.next() % 9) + 1
            let line = (0..<count).map { _ in random.pick(Self.fragments) }.joined(separator: random.pick([" ", "", " "]))
            if line.contains("exit") { continue }
            let output = shell.execute(line)
            #expect(output.status >= 0)
        }
    }

    @Test func randomBytes() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        var random = LCG(state: 7)
        for _ in 0..<300 {
            let scalars = (0..<Int(random.next() % 40)).compactMap { _ in Unicode.Scalar(UInt32(random.next() % 0x2FF)) }
            var line = String(String.UnicodeScalarView(scalars))
            line = line.replacing("exit", with: "")
            _ = shell.execute(line)
        }
    }

    static let registryPieces = [
        "docker", "pull", "push", "tag", "images", "rmi", "login", "logout", "image", "ls", "-q", "-a", "-f", "-u", "AWS",
        "--password-stdin", "-p", "nginx", "nginx:1.27", "busybox@sha256:", "Nginx", ":", "@", "/", "public.ecr.aws/nginx/nginx",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1", "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "aws", "ecr", "create-repository", "--repository-name", "web", "put-image", "--image-manifest", "'{\"layers\":[1]}'",
        "'{\"config\":{\"digest\":5}}'", "batch-delete-image", "--image-ids", "imageTag=v1", "imageDigest=x",
        "describe-images", "list-images", "get-login-password", "|", "--force", "delete-repository", "--digests", "--no-trunc",
        "put-image-tag-mutability", "--image-tag-mutability", "IMMUTABLE", "MUTABLE", "--", "'", "é", "",
    ]

    /// Random docker and aws ecr lines, logins and pushes among them: each ends in output or an error.
    @Test func randomRegistryCommands() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        _ = shell.execute("aws ecr create-repository --repository-name web")
        _ = shell.execute("aws ecr get-login-password | docker login -u AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com")
        var random = LCG(state: 2026)
        for _ in 0..<1200 {
            let count = Int(random.next() % 7) + 1
            let line = (0..<count).map { _ in random.pick(Self.registryPieces) }.joined(separator: " ")
            #expect(shell.execute(line).status >= 0)
        }
    }

    static let eksPieces = [
        "aws", "eks", "create-cluster", "delete-cluster", "describe-cluster", "update-kubeconfig", "wait", "cluster-active",
        "create-nodegroup", "delete-nodegroup", "create-fargate-profile", "create-access-entry", "create-addon", "--name", "demo",
        "--cluster-name", "--nodegroup-name", "ng", "--role-arn", "arn:aws:iam::123456789012:role/eksClusterRole",
        "--node-role", "arn:aws:iam::123456789012:role/eksNodeRole", "--subnets", "subnet-x", "--resources-vpc-config",
        "subnetIds=subnet-x,subnet-y", "--selectors", "namespace=apps", "--addon-name", "aws-ebs-csi-driver", "--alias",
        "--principal-arn", "--type", "EC2_LINUX", "kubectl", "get", "nodes", "pods", "-A", "config", "use-context", "sandbox",
        "sleep", "600", "--scaling-config", "minSize=0,maxSize=1,desiredSize=3", "'", "é", "",
    ]

    /// Random aws eks and kubectl lines against a world with an EKS cluster being made: each
    /// ends in output or an error, whatever kubectl's context points at.
    @Test func randomEKSCommands() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        _ = shell.execute("aws iam create-role --role-name eksClusterRole --assume-role-policy-document '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"eks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}'")
        _ = shell.execute("aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=$(aws ec2 describe-subnets --query 'join(`,`, Subnets[0:2].SubnetId)' --output text)")
        var random = LCG(state: 1129)
        for _ in 0..<600 {
            let count = Int(random.next() % 8) + 1
            let line = (0..<count).map { _ in random.pick(Self.eksPieces) }.joined(separator: " ")
            #expect(shell.execute(line).status >= 0)
        }
    }

    static let dockerfilePieces = [
        "FROM", "from", "nginx", "nginx:1.27", "busybox", "nope:1", "COPY", "ADD", "RUN", "CMD", "ENTRYPOINT", "EXPOSE",
        "WORKDIR", "ENV", "A=1", "index.html", ".", "./", "/", "/app", "dir/", "[", "]", "\"x\"", ",", "\\", "\n", "#",
        "80", "53/udp", "http://x/y", "--chown=1", "é", "\t", "",
    ]

    /// Random Dockerfiles built over a small context: each build ends in images or an error.
    @Test func randomDockerfiles() throws {
        let files = InMemoryFileSystem()
        let shell = ShellSession(world: World.makeDefault(), fileSystem: files)
        _ = shell.execute("mkdir -p ctx/dir; echo hi > ctx/index.html; echo x > ctx/dir/a")
        var random = LCG(state: 31)
        for _ in 0..<300 {
            let text = (0..<Int(random.next() % 12)).map { _ in random.pick(Self.dockerfilePieces) }.joined(separator: " ")
            try files.writeFile("ctx/Dockerfile", Array(text.utf8), append: false)
            #expect(shell.execute("docker build -t fuzz ctx").status >= 0)
        }
    }

    static let sedPieces = [
        "s", "/", "|", "a", "b*", "\\(", "\\)", "(", ")", "[", "]", "^", "$", "&", "\\1", "\\9", "g", "p", "2", "I",
        "d", "q", "!", ",", ";", "\n", "{", "}", ".*", "\\", "é", " ", "x", "0", "/x/", "$!",
    ]

    /// Random sed scripts over a manifest: each ends in output or one of sed's errors.
    @Test func randomSedScripts() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        _ = shell.execute("kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yaml > web.yaml")
        var random = LCG(state: 49)
        for _ in 0..<800 {
            let script = (0..<Int(random.next() % 10) + 1).map { _ in random.pick(Self.sedPieces) }.joined()
            let quoted = "'" + script.replacing("'", with: "") + "'"
            let output = shell.execute("sed \(random.pick(["", "-n ", "-E "]))\(quoted) web.yaml")
            #expect(output.status == 0 || output.stderr.hasPrefix("sed: "))
        }
    }

    @Test func deepNestingIsRefused() {
        let shell = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        let nested = String(repeating: "$(echo ", count: 40) + "x" + String(repeating: ")", count: 40)
        let output = shell.execute("echo " + nested)
        #expect(output.stderr.contains("nested too deeply"))
    }
}
