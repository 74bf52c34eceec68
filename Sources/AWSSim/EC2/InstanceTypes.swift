import JSONValue

/// The instance types Shipyard offers: vCPUs, memory, network limits. Data, from EC2's
/// published specifications.
public struct InstanceTypeSpec: Sendable {
    public var name: String
    public var vCPUs: Int
    public var memoryMiB: Int
    public var cores: Int
    public var threadsPerCore: Int
    public var architecture: String
    public var hypervisor: String
    public var burstable: Bool
    public var currentGeneration: Bool
    public var freeTier: Bool
    public var networkPerformance: String
    public var maxENIs: Int
    public var ipv4PerENI: Int
    public var ebsOptimizedByDefault: Bool
    public var clockSpeed: Double

    /// What the ECS agent registers: the memory the OS reports. The kernel keeps about 2.5%
    /// (an m4.large's 8192 MiB shows as 7985 MiB in the ECS documentation's example).
    public var ecsRegisteredMemoryMiB: Int { memoryMiB - memoryMiB * 207 / 8192 }

    static func spec(_ name: String, _ vcpu: Int, _ memory: Int, cores: Int, threads: Int, arch: String = "x86_64",
                     xen: Bool = false, burst: Bool = false, current: Bool = true, free: Bool = false, network: String,
                     enis: Int, ips: Int, ghz: Double) -> InstanceTypeSpec {
        InstanceTypeSpec(name: name, vCPUs: vcpu, memoryMiB: memory, cores: cores, threadsPerCore: threads,
                         architecture: arch, hypervisor: xen ? "xen" : "nitro", burstable: burst, currentGeneration: current,
                         freeTier: free, networkPerformance: network, maxENIs: enis, ipv4PerENI: ips,
                         ebsOptimizedByDefault: !xen, clockSpeed: ghz)
    }

    static let all: [InstanceTypeSpec] = [
        spec("m1.small", 1, 1740, cores: 1, threads: 1, xen: true, current: false, network: "Low", enis: 2, ips: 4, ghz: 2.0),
        spec("t2.nano", 1, 512, cores: 1, threads: 1, xen: true, burst: true, network: "Low to Moderate", enis: 2, ips: 2, ghz: 2.4),
        spec("t2.micro", 1, 1024, cores: 1, threads: 1, xen: true, burst: true, free: true, network: "Low to Moderate", enis: 2, ips: 2, ghz: 2.5),
        spec("t2.small", 1, 2048, cores: 1, threads: 1, xen: true, burst: true, network: "Low to Moderate", enis: 3, ips: 4, ghz: 2.5),
        spec("t2.medium", 2, 4096, cores: 2, threads: 1, xen: true, burst: true, network: "Low to Moderate", enis: 3, ips: 6, ghz: 2.3),
        spec("t2.large", 2, 8192, cores: 2, threads: 1, xen: true, burst: true, network: "Low to Moderate", enis: 3, ips: 12, ghz: 2.3),
        spec("t3.nano", 2, 512, cores: 1, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 2, ips: 2, ghz: 2.5),
        spec("t3.micro", 2, 1024, cores: 1, threads: 2, burst: true, free: true, network: "Up to 5 Gigabit", enis: 2, ips: 2, ghz: 2.5),
        spec("t3.small", 2, 2048, cores: 1, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 3, ips: 4, ghz: 2.5),
        spec("t3.medium", 2, 4096, cores: 1, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 3, ips: 6, ghz: 2.5),
        spec("t3.large", 2, 8192, cores: 1, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 3, ips: 12, ghz: 2.5),
        spec("t3.xlarge", 4, 16384, cores: 2, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 4, ips: 15, ghz: 2.5),
        spec("t3.2xlarge", 8, 32768, cores: 4, threads: 2, burst: true, network: "Up to 5 Gigabit", enis: 4, ips: 15, ghz: 2.5),
        spec("t4g.micro", 2, 1024, cores: 2, threads: 1, arch: "arm64", burst: true, network: "Up to 5 Gigabit", enis: 2, ips: 2, ghz: 2.5),
        spec("t4g.small", 2, 2048, cores: 2, threads: 1, arch: "arm64", burst: true, network: "Up to 5 Gigabit", enis: 3, ips: 4, ghz: 2.5),
        spec("t4g.medium", 2, 4096, cores: 2, threads: 1, arch: "arm64", burst: true, network: "Up to 5 Gigabit", enis: 3, ips: 6, ghz: 2.5),
        spec("m5.large", 2, 8192, cores: 1, threads: 2, network: "Up to 10 Gigabit", enis: 3, ips: 10, ghz: 3.1),
        spec("m5.xlarge", 4, 16384, cores: 2, threads: 2, network: "Up to 10 Gigabit", enis: 4, ips: 15, ghz: 3.1),
        spec("m5.2xlarge", 8, 32768, cores: 4, threads: 2, network: "Up to 10 Gigabit", enis: 4, ips: 15, ghz: 3.1),
        spec("m6i.large", 2, 8192, cores: 1, threads: 2, network: "Up to 12.5 Gigabit", enis: 3, ips: 10, ghz: 3.5),
        spec("m6i.xlarge", 4, 16384, cores: 2, threads: 2, network: "Up to 12.5 Gigabit", enis: 4, ips: 15, ghz: 3.5),
        spec("m7g.large", 2, 8192, cores: 2, threads: 1, arch: "arm64", network: "Up to 12.5 Gigabit", enis: 3, ips: 10, ghz: 2.6),
        spec("c5.large", 2, 4096, cores: 1, threads: 2, network: "Up to 10 Gigabit", enis: 3, ips: 10, ghz: 3.4),
        spec("c5.xlarge", 4, 8192, cores: 2, threads: 2, network: "Up to 10 Gigabit", enis: 4, ips: 15, ghz: 3.4),
        spec("c6i.large", 2, 4096, cores: 1, threads: 2, network: "Up to 12.5 Gigabit", enis: 3, ips: 10, ghz: 3.5),
        spec("r5.large", 2, 16384, cores: 1, threads: 2, network: "Up to 10 Gigabit", enis: 3, ips: 10, ghz: 3.1),
    ]

    public static func named(_ name: String) -> InstanceTypeSpec? { all.first { $0.name == name } }
}

extension EC2Backend {
    func instanceTypeJSON(_ spec: InstanceTypeSpec) -> JSON {
        var object = JSONObject()
        object["InstanceType"] = .string(spec.name)
        object["CurrentGeneration"] = .bool(spec.currentGeneration)
        object["FreeTierEligible"] = .bool(spec.freeTier)
        object["SupportedUsageClasses"] = ["on-demand", "spot"]
        object["SupportedRootDeviceTypes"] = ["ebs"]
        object["SupportedVirtualizationTypes"] = ["hvm"]
        object["BareMetal"] = false
        object["Hypervisor"] = .string(spec.hypervisor)
        object["ProcessorInfo"] = ["SupportedArchitectures": [.string(spec.architecture)],
                                   "SustainedClockSpeedInGhz": .double(spec.clockSpeed)]
        object["VCpuInfo"] = ["DefaultVCpus": .int(spec.vCPUs), "DefaultCores": .int(spec.cores),
                              "DefaultThreadsPerCore": .int(spec.threadsPerCore)]
        object["MemoryInfo"] = ["SizeInMiB": .int(spec.memoryMiB)]
        object["InstanceStorageSupported"] = false
        object["EbsInfo"] = ["EbsOptimizedSupport": .string(spec.ebsOptimizedByDefault ? "default" : "unsupported"),
                             "EncryptionSupport": "supported", "NvmeSupport": .string(spec.hypervisor == "nitro" ? "required" : "unsupported")]
        object["NetworkInfo"] = [
            "NetworkPerformance": .string(spec.networkPerformance), "MaximumNetworkInterfaces": .int(spec.maxENIs),
            "MaximumNetworkCards": 1, "DefaultNetworkCardIndex": 0,
            "Ipv4AddressesPerInterface": .int(spec.ipv4PerENI), "Ipv6AddressesPerInterface": .int(spec.ipv4PerENI),
            "Ipv6Supported": true, "EnaSupport": .string(spec.hypervisor == "nitro" ? "required" : "unsupported"),
            "EfaSupported": false, "EncryptionInTransitSupported": false, "EnaSrdSupported": false,
        ]
        object["PlacementGroupInfo"] = ["SupportedStrategies": spec.burstable ? ["partition", "spread"] : ["cluster", "partition", "spread"]]
        object["HibernationSupported"] = .bool(!spec.burstable || spec.name.hasPrefix("t3"))
        object["BurstablePerformanceSupported"] = .bool(spec.burstable)
        object["DedicatedHostsSupported"] = .bool(!spec.burstable)
        object["AutoRecoverySupported"] = true
        object["SupportedBootModes"] = spec.architecture == "arm64" ? ["uefi"] : ["legacy-bios", "uefi"]
        return .object(object)
    }

    func describeInstanceTypes(_ input: JSON) throws(AWSServiceError) -> JSON {
        let wanted = Self.strings(input["InstanceTypes"])
        for name in wanted where InstanceTypeSpec.named(name) == nil {
            throw AWSServiceError.ec2InvalidParameterValue("The following supplied instance types do not exist: [\(name)]")
        }
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for spec in InstanceTypeSpec.all where wanted.isEmpty || wanted.contains(spec.name) {
            let passes = try EC2Filter.matches(filters, tags: []) { name in
                switch name {
                case "instance-type": return [spec.name]
                case "current-generation": return [spec.currentGeneration.filterValue]
                case "free-tier-eligible": return [spec.freeTier.filterValue]
                case "burstable-performance-supported": return [spec.burstable.filterValue]
                case "hypervisor": return [spec.hypervisor]
                case "processor-info.supported-architecture": return [spec.architecture]
                case "vcpu-info.default-vcpus": return [String(spec.vCPUs)]
                case "memory-info.size-in-mib": return [String(spec.memoryMiB)]
                case "network-info.maximum-network-interfaces": return [String(spec.maxENIs)]
                default: return nil
                }
            }
            if passes { items.append(instanceTypeJSON(spec)) }
        }
        return try EC2Paging.page(items, key: "InstanceTypes", input: input, maxLimit: 100)
    }
}
