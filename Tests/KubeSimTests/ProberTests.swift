import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Each probe kind against what the image does, worded as the kubelet's events word it.
@Suite struct ProberTests {
    func image(_ repository: String) -> ImageCatalog.Image? { ImageCatalog.builtin.image(repository) }

    func target(_ repository: String, args: [String]? = nil, command: [String]? = nil, uptime: Double = 1,
                spec: JSON = ["name": "c"]) -> Prober.Target? {
        guard let image = image(repository) else { return nil }
        let context = ProcessModel.Context(hostname: "p", environment: [:], startedAt: SimTime(seconds: 0))
        let plan = ProcessModel.plan(image: image, command: command, args: args, context: context)
        var files = ContainerFilesystem(image: image, pod: .init(podName: "p", namespace: "default", podIP: "10.244.1.5"))
        for (path, content) in plan.files(after: uptime) { files.files[path] = content }
        let view = Kubelet.ContainerView(running: true, image: image, environment: [], filesystem: files, workingDirectory: "/")
        return Prober.Target(podIP: "10.244.1.5", containerSpec: spec, plan: plan, uptime: uptime, image: image,
                             exec: view.execContext(hostname: "p", now: SimTime(seconds: 0)))
    }

    @Test func httpGetAgainstNginx() throws {
        let nginx = try #require(target("docker.io/library/nginx"))
        #expect(Prober.run(["httpGet": ["path": "/", "port": 80]], against: nginx).success)
        let missing = Prober.run(["httpGet": ["path": "/healthz", "port": 80]], against: nginx)
        #expect(!missing.success)
        #expect(missing.message == "HTTP probe failed with statuscode: 404")
        let wrongPort = Prober.run(["httpGet": ["path": "/", "port": 8080, "scheme": "HTTP"]], against: nginx)
        #expect(wrongPort.message
            == "Get \"http://10.244.1.5:8080/\": dial tcp 10.244.1.5:8080: connect: connection refused")
    }

    @Test func namedPortsResolveThroughTheContainer() throws {
        let spec: JSON = ["name": "c", "ports": [["name": "web", "containerPort": 80]]]
        let nginx = try #require(target("docker.io/library/nginx", spec: spec))
        #expect(Prober.run(["httpGet": ["path": "/", "port": "web"]], against: nginx).success)
        let unknown = Prober.run(["tcpSocket": ["port": "nope"]], against: nginx)
        #expect(unknown.errored)
    }

    @Test func agnhostLivenessTurnsUnhealthyAfterTenSeconds() throws {
        let early = try #require(target("registry.k8s.io/e2e-test-images/agnhost", args: ["liveness"], uptime: 5))
        let late = try #require(target("registry.k8s.io/e2e-test-images/agnhost", args: ["liveness"], uptime: 12))
        let probe: JSON = ["httpGet": ["path": "/healthz", "port": 8080]]
        #expect(Prober.run(probe, against: early).success)
        #expect(Prober.run(probe, against: late).message == "HTTP probe failed with statuscode: 500")
    }

    @Test func tcpSocket() throws {
        let proxy = try #require(target("registry.k8s.io/goproxy"))
        #expect(Prober.run(["tcpSocket": ["port": 8080]], against: proxy).success)
        #expect(Prober.run(["tcpSocket": ["port": 9000]], against: proxy).message
            == "dial tcp 10.244.1.5:9000: connect: connection refused")
    }

    @Test func execSeesTheFilesTheProcessWrote() throws {
        let script = ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
        let probe: JSON = ["exec": ["command": ["cat", "/tmp/healthy"]]]
        let before = try #require(target("registry.k8s.io/busybox", args: script, uptime: 10))
        let after = try #require(target("registry.k8s.io/busybox", args: script, uptime: 31))
        #expect(Prober.run(probe, against: before).success)
        let failed = Prober.run(probe, against: after)
        #expect(!failed.success)
        #expect(failed.message == "cat: can't open '/tmp/healthy': No such file or directory\n")
        let missing = Prober.run(["exec": ["command": ["frobnicate"]]], against: after)
        #expect(missing.errored)
    }

    @Test func settingsDefaults() {
        let settings = Prober.Settings(["httpGet": ["port": 80]])
        #expect(settings.periodSeconds == 10)
        #expect(settings.failureThreshold == 3)
        #expect(settings.successThreshold == 1)
        #expect(settings.initialDelaySeconds == 0)
    }
}

/// What the process model derives from commands: files over time, memory, CPU.
@Suite struct ProcessPlanBehaviourTests {
    let context = ProcessModel.Context(hostname: "p", environment: [:], startedAt: SimTime(seconds: 0))

    @Test func stressAllocatesWhatItIsAskedFor() throws {
        let stress = try #require(ImageCatalog.builtin.image("docker.io/polinux/stress"))
        let plan = ProcessModel.plan(image: stress, command: ["stress"],
                                     args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"], context: context)
        #expect(plan.ending == .runsUntilStopped)
        #expect(plan.memoryMiB == 251)
        #expect(plan.lines.map(\.text) == ["stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd"])
        let oomAt = try #require(plan.secondsUntilMemoryExceeds(100))
        #expect(oomAt > 0 && oomAt < 1)
        #expect(plan.secondsUntilMemoryExceeds(300) == nil)
    }

    @Test func redirectionWritesFiles() throws {
        let busybox = try #require(ImageCatalog.builtin.image("docker.io/library/busybox"))
        let plan = ProcessModel.plan(image: busybox, command: ["sh", "-c", "echo ok > /tmp/ready; sleep 5; rm /tmp/ready; sleep 3600"],
                                     args: nil, context: context)
        #expect(plan.files(after: 1) == ["/tmp/ready": "ok\n"])
        #expect(plan.files(after: 6).isEmpty)
        #expect(plan.lines.isEmpty)
    }

    @Test func tailDevZeroGrowsWithoutBound() throws {
        let busybox = try #require(ImageCatalog.builtin.image("docker.io/library/busybox"))
        let plan = ProcessModel.plan(image: busybox, command: ["tail", "/dev/zero"], args: nil, context: context)
        #expect(plan.ending == .runsUntilStopped)
        #expect(plan.secondsUntilMemoryExceeds(64) != nil)
    }
}
