import DockerCLI
import DockerEngine
import Testing
import ToolIO
import World

/// `docker build`: Dockerfiles as BuildKit reads them, its plain progress, its cache, and what
/// the built image holds.
@Suite struct DockerBuildTests {
    let world = World.makeDefault()
    let files = InMemoryFileSystem()

    func docker(_ words: String) -> ToolOutput {
        DockerCommand(world: world).run(Invocation(arguments: words.split(separator: " ").map(String.init),
                                                   environment: ["HOME": "/root"], fileSystem: files))
    }

    func write(_ path: String, _ text: String) throws {
        try files.makeDirectory("site")
        try files.writeFile(path, Array(text.utf8), append: false)
    }

    @Test func readsDockerfilesAsBuildKitDoes() throws {
        let text = """
            # a comment
            from nginx:1.27
            WORKDIR /app
            COPY ["a.txt", "b.txt", "./"]
            RUN apt-get update && \\
                apt-get install -y curl
            CMD ["nginx", "-g", "daemon off;"]
            ENTRYPOINT /start.sh
            EXPOSE 80 53/udp
            ENV A=1
            """
        let dockerfile = try Dockerfile.parse(text).get()
        #expect(dockerfile.steps.map(\.instruction) == [
            .from("nginx:1.27"), .workdir("/app"), .copy(sources: ["a.txt", "b.txt"], destination: "./"),
            .run("apt-get update &&     apt-get install -y curl"), .cmd(["nginx", "-g", "daemon off;"]),
            .entrypoint(["/bin/sh", "-c", "/start.sh"]), .expose(["80/tcp", "53/udp"]), .metadata,
        ])
        #expect(dockerfile.steps.map(\.line) == [2, 3, 4, 5, 7, 8, 9, 10])
        #expect(dockerfile.steps[0].text == "FROM nginx:1.27")
        #expect(Dockerfile.parse("FROM nginx\nADDD . .\n").failure?.message
            == "failed to solve: dockerfile parse error on line 2: unknown instruction: ADDD (did you mean ADD?)")
        #expect(Dockerfile.parse("FORM nginx\n").failure?.message
            == "failed to solve: dockerfile parse error on line 1: unknown instruction: FORM (did you mean FROM?)")
        #expect(Dockerfile.parse("FROM nginx\nCOPY x\n").failure?.message
            == "failed to solve: dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined")
        #expect(Dockerfile.parse("# nothing\n").failure == .noInstructions)
    }

    @Test func buildsPrintsAndCaches() throws {
        try write("site/index.html", "<h1>hi</h1>\n")
        try write("site/Dockerfile", "FROM nginx:1.27\nCOPY index.html /usr/share/nginx/html/\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n")
        let first = docker("build -t web:v1 site")
        #expect(first.status == 0)
        #expect(first.stdout == "")
        let blocks = first.stderr.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        #expect(blocks.first == "#0 building with \"default\" instance using docker driver")
        #expect(blocks[1] == "#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 90B done\n#1 DONE 0.0s")
        #expect(blocks[4] == "#4 [1/2] FROM docker.io/library/nginx:1.27\n#4 DONE 0.0s")
        #expect(blocks[5] == "#5 [internal] load build context\n#5 transferring context: 102B done\n#5 DONE 0.0s")
        #expect(blocks[6] == "#6 [2/2] COPY index.html /usr/share/nginx/html/\n#6 DONE 0.0s")
        #expect(blocks[7].hasPrefix("#7 exporting to image\n#7 exporting layers 0.0s done\n#7 writing image sha256:"))
        #expect(blocks[7].hasSuffix(" done\n#7 naming to docker.io/library/web:v1 done\n#7 DONE 0.0s\n"))
        let again = docker("build -t web:v1 site")
        #expect(again.stderr.contains("#6 [2/2] COPY index.html /usr/share/nginx/html/\n#6 CACHED\n"))
        #expect(docker("build --no-cache -t web:v1 site").stderr.contains("#6 DONE 0.0s"))
        let quiet = docker("build -q site")
        #expect(quiet.stderr == "" && quiet.stdout.hasPrefix("sha256:") && quiet.stdout.count == 72)
        #expect(docker("images -q web:v1").stdout == String(quiet.stdout.dropFirst(7).prefix(12)) + "\n")
    }

    @Test func failsAsBuildKitDoes() throws {
        try write("site/Dockerfile", "FROM nginx:1.27\nCOPY missing.txt /x\n")
        let missing = docker("build site")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("#6 [2/2] COPY missing.txt /x\n#6 ERROR: failed to calculate checksum of ref "))
        #expect(missing.stderr.contains("------\n > [2/2] COPY missing.txt /x:\n------\nDockerfile:2\n--------------------\n   1 |     FROM nginx:1.27\n   2 | >>> COPY missing.txt /x\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref "))
        try write("site/Dockerfile", "FROM nginx:nope\n")
        #expect(docker("build site").stderr.hasSuffix("ERROR: failed to build: failed to solve: nginx:nope: failed to resolve source metadata for docker.io/library/nginx:nope: docker.io/library/nginx:nope: not found\n"))
        #expect(docker("build nowhere").stderr == "ERROR: failed to build: unable to prepare context: path \"nowhere\" not found\n")
        try files.remove("site/Dockerfile")
        #expect(docker("build site").stderr.hasSuffix("#1 DONE 0.0s\nERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
