// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Shipyard",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "JSONValue"),
        .target(name: "SimCore"),
        .target(name: "LineTools"),
        .target(name: "ContainerImages", dependencies: ["JSONValue", "SimCore", "LineTools"],
                resources: [.embedInCode("Resources/images.json")]),
        .target(name: "KubeSim", dependencies: ["JSONValue", "SimCore", "ContainerImages", "GoPorts"]),
        .target(name: "AWSSim", dependencies: ["JSONValue", "SimCore", "ContainerImages", "KubeSim"],
                exclude: ["IAM/Resources/README.md"],
                resources: [.embedInCode("IAM/Resources/managed-policies.json"),
                            .embedInCode("IAM/Resources/operation-permissions.json")]),
        .target(name: "DockerEngine", dependencies: ["SimCore", "ContainerImages", "AWSSim", "JSONValue", "GoPorts"]),
        .target(name: "World", dependencies: ["SimCore", "ContainerImages", "KubeSim", "AWSSim", "DockerEngine"]),
        .target(name: "ToolIO"),
        .target(name: "YAMLCoding", dependencies: ["GoPorts", "JSONValue", .product(name: "Yams", package: "Yams")]),
        .target(name: "AWSOutput", dependencies: ["JSONValue"],
                // Without Foundation, Double.rounded needs libm linked explicitly.
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        .target(name: "AWSArguments", dependencies: ["JSONValue"], exclude: ["README.md"],
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "JMESPath", dependencies: ["JSONValue"],
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "GoPorts", dependencies: ["SimCore"]),
        .target(name: "KubectlPrinters", dependencies: ["JSONValue", "GoPorts"],
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "KubectlDescribe", dependencies: ["JSONValue", "GoPorts"]),
        .target(name: "Kubectl", dependencies: ["JSONValue", "SimCore", "KubeSim", "World", "ToolIO", "YAMLCoding", "KubectlPrinters",
                                                "KubectlDescribe", "GoPorts"]),
        .target(name: "AWSCLI", dependencies: ["JSONValue", "SimCore", "AWSSim", "World", "ToolIO", "JMESPath", "AWSOutput",
                                               "AWSArguments", "YAMLCoding", "ContainerImages"],
                exclude: ["ServiceModels/README.md"]),
        .target(name: "DockerCLI", dependencies: ["DockerEngine", "World", "ToolIO", "GoPorts", "SimCore"]),
        .target(name: "NodeTools", dependencies: ["JSONValue", "SimCore", "GoPorts", "KubeSim", "ToolIO", "YAMLCoding", "ContainerImages"]),
        .executableTarget(name: "LessonEmbedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        .target(name: "Tutor", dependencies: ["GoPorts", "JSONValue", "SimCore", "ToolIO", "YAMLCoding"], plugins: ["EmbedLessons"]),
        .target(name: "Shell", dependencies: ["GoPorts", "JSONValue", "SimCore", "World", "ToolIO", "Kubectl", "AWSCLI", "DockerCLI", "NodeTools", "Tutor",
                                              "ContainerImages", "LineTools", "YAMLCoding"]),
        .target(name: "Transcripts", dependencies: ["Shell", "World", "ToolIO", "SimCore", "Tutor"]),
        .target(name: "HostSystem", dependencies: ["ToolIO"]),
        .target(name: "HostHeap"),
        .executableTarget(name: "shipyard", dependencies: [
            "Shell", "Transcripts", "LineEditing", "HostSystem", "HostHeap", "World", "SimCore", "ToolIO", "Tutor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "JSONValueTests", dependencies: ["JSONValue"]),
        .testTarget(name: "YAMLCodingTests", dependencies: ["YAMLCoding", "JSONValue"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AWSOutputTests", dependencies: ["AWSOutput", "JSONValue"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "JMESPathTests", dependencies: ["JMESPath", "JSONValue"]),
        .testTarget(name: "AWSArgumentsTests", dependencies: ["AWSArguments", "JSONValue"], exclude: ["Fixtures"]),
        .testTarget(name: "AWSCLITests", dependencies: ["AWSCLI", "AWSSim", "AWSArguments", "ToolIO", "JSONValue", "SimCore", "World"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SimCoreTests", dependencies: ["SimCore"]),
        .testTarget(name: "ContainerImagesTests", dependencies: ["ContainerImages", "SimCore"]),
        .testTarget(name: "LineToolsTests", dependencies: ["LineTools"]),
        .testTarget(name: "KubeSimTests", dependencies: ["GoPorts", "KubeSim", "SimCore", "JSONValue", "ContainerImages"]),
        .testTarget(name: "GoPortsTests", dependencies: ["GoPorts"]),
        .testTarget(name: "KubectlPrintersTests", dependencies: ["KubectlPrinters", "JSONValue", "GoPorts"], exclude: ["Fixtures"]),
        .testTarget(name: "KubectlDescribeTests", dependencies: ["GoPorts", "KubectlDescribe", "JSONValue"], exclude: ["Fixtures"]),
        .testTarget(name: "KubectlTests", dependencies: ["Kubectl", "JSONValue", "World", "ToolIO"], exclude: ["Fixtures"]),
        .testTarget(name: "DockerCLITests", dependencies: ["DockerCLI", "AWSCLI", "World", "ToolIO"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "ToolIO", "World", "SimCore"]),
        .testTarget(name: "TranscriptTests", dependencies: ["Transcripts"]),
        .testTarget(name: "HostSystemTests", dependencies: ["HostSystem", "ToolIO"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "Shell", "DockerCLI", "Transcripts", "World", "ToolIO", "JSONValue",
                                                       "YAMLCoding"]),
        .testTarget(name: "AWSSimTests", dependencies: ["AWSSim", "AWSCLI", "AWSArguments", "SimCore", "JSONValue", "KubeSim",
                                                         "ContainerImages"]),
    ],
    swiftLanguageModes: [.v6]
)

// The simulator runs on one thread (a second writes recorded events, and makes half of a big
// table's rows or sorts half of a long list, touching nothing else meanwhile). The debug builds
// the tests use keep Swift's dynamic exclusivity checks; release builds leave them out, for the
// few percent they cost a 150,000-pod simulation, and optimize across modules (JSON's accessors
// inlined into the simulator, generics specialized): more instructions, but about an eighth
// less time in alternate runs (README, Benchmarks), for a release build twice as long.
for target in package.targets where target.type != .test && target.type != .plugin && target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-enforce-exclusivity=unchecked", "-cross-module-optimization"], .when(configuration: .release)),
    ]
}
