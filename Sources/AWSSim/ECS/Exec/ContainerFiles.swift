import ContainerImages

/// The few files a learner looks at in an ECS container (`cat`, `ls` through ECS Exec): the
/// image's well-known files, and the host name, hosts file and resolver ECS gives it (the
/// VPC's DNS server in awsvpc mode, Docker's bridge otherwise) — no Kubernetes mounts.
extension ECSBackend {
    func containerFiles(_ task: ECSTask, container: TaskContainer, hostname: String)
        -> (files: [String: String], directories: [String: [String]])
    {
        guard let image = container.resolvedImage?.image else { return ([:], ["/": []]) }
        let address = task.attachment?.privateIPv4Address ?? "172.17.0.2"
        var filesystem = ContainerFilesystem(image: image, pod: .init(podName: hostname, namespace: "", podIP: address))
        filesystem.files = filesystem.files.filter { !$0.key.hasPrefix("/var/run/secrets/") }
        filesystem.directories = filesystem.directories.filter { !$0.key.hasPrefix("/var/run/secrets/") }
        filesystem.files["/etc/hostname"] = hostname + "\n"
        if image.repository.hasSuffix("/aws-cli") {
            filesystem.files["/etc/os-release"] = Self.amazonLinux2Release
            filesystem.directories["/"] = ["aws", "bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt",
                                           "proc", "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var"]
        }
        // Docker creates the working directory when the image lacks it.
        let workingDirectory = container.definition.json["workingDirectory"].string ?? image.workingDir
        if filesystem.directories[workingDirectory] == nil, filesystem.files[workingDirectory] == nil {
            filesystem.directories[workingDirectory] = []
        }
        let search = context.region == "us-east-1" ? "ec2.internal" : "\(context.region).compute.internal"
        let vpcID = task.attachment.flatMap { attachment in ec2?.subnets.first { $0.id == attachment.subnetID }?.vpcID }
            ?? task.containerInstanceID.flatMap { containerInstances[$0]?.vpcID }
        let dns = vpcID.flatMap { id in ec2?.vpcs.first { $0.id == id } }.flatMap { IPv4.parseCIDR($0.cidr) }
            .map { IPv4.format($0.0 + 2) } ?? "169.254.169.253"
        filesystem.files["/etc/resolv.conf"] = "search \(search)\nnameserver \(dns)\n"
        if task.attachment != nil {
            filesystem.files["/etc/hosts"] = "127.0.0.1 localhost\n\(address) \(hostname).\(search) \(hostname)\n"
        } else {
            filesystem.files["/etc/hosts"] = """
                127.0.0.1\tlocalhost
                ::1\tlocalhost ip6-localhost ip6-loopback
                fe00::0\tip6-localnet
                ff00::0\tip6-mcastprefix
                ff02::1\tip6-allnodes
                ff02::2\tip6-allrouters
                \(address)\t\(hostname)

                """
        }
        for path in container.removedFiles { filesystem.remove(path) }
        for (path, content) in container.writableLayer { filesystem.add(path, content) }
        return (filesystem.files, filesystem.directories)
    }

    /// aws-cli's images are built on Amazon Linux 2.
    static let amazonLinux2Release = """
        NAME="Amazon Linux"
        VERSION="2"
        ID="amzn"
        ID_LIKE="centos rhel fedora"
        VERSION_ID="2"
        PRETTY_NAME="Amazon Linux 2"
        ANSI_COLOR="0;33"
        CPE_NAME="cpe:2.3:o:amazon:amazon_linux:2"
        HOME_URL="https://amazonlinux.com/"
        SUPPORT_END="2026-06-30"

        """
}
