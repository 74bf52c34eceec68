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
        .target(name: "ContainerImages", dependencies: ["JSONValue", "SimCore"],
                resources: [.embedInCode("Resources/images.json")]),
        .target(name: "KubeSim", dependencies: ["JSONValue", "SimCore", "ContainerImages"]),
        .target(name: "AWSSim", dependencies: ["JSONValue", "SimCore", "ContainerImages", "KubeSim"]),
        .target(name: "World", dependencies: ["SimCore", "ContainerImages", "KubeSim", "AWSSim"]),
        .target(name: "ToolIO"),
        .target(name: "YAMLCoding", dependencies: ["JSONValue", .product(name: "Yams", package: "Yams")]),
        .target(name: "AWSOutput", dependencies: ["JSONValue"],
                // Without Foundation, Double.rounded needs libm linked explicitly.
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        .target(name: "JMESPath", dependencies: ["JSONValue"],
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "KubectlPrinters", dependencies: ["JSONValue"],
                linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "Kubectl", dependencies: ["JSONValue", "SimCore", "KubeSim", "World", "ToolIO", "YAMLCoding", "KubectlPrinters"]),
        .target(name: "AWSCLI", dependencies: ["JSONValue", "SimCore", "AWSSim", "World", "ToolIO", "JMESPath", "AWSOutput"],
                exclude: ["ServiceModels/README.md"]),
        .target(name: "NodeTools", dependencies: ["JSONValue", "SimCore", "KubeSim", "ToolIO", "YAMLCoding", "ContainerImages"]),
        .target(name: "Shell", dependencies: ["JSONValue", "SimCore", "World", "ToolIO", "Kubectl", "AWSCLI", "NodeTools"]),
        .target(name: "Transcripts", dependencies: ["Shell", "World", "ToolIO", "SimCore"]),
        .target(name: "HostSystem", dependencies: ["ToolIO"]),
        .executableTarget(name: "shipyard", dependencies: [
            "Shell", "Transcripts", "LineEditing", "HostSystem", "World", "SimCore", "ToolIO",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "JSONValueTests", dependencies: ["JSONValue"]),
        .testTarget(name: "YAMLCodingTests", dependencies: ["YAMLCoding", "JSONValue"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AWSOutputTests", dependencies: ["AWSOutput", "JSONValue"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "JMESPathTests", dependencies: ["JMESPath", "JSONValue"]),
        .testTarget(name: "SimCoreTests", dependencies: ["SimCore"]),
        .testTarget(name: "KubeSimTests", dependencies: ["KubeSim", "SimCore", "JSONValue", "ContainerImages"]),
        .testTarget(name: "KubectlPrintersTests", dependencies: ["KubectlPrinters", "JSONValue"], exclude: ["Fixtures"]),
        .testTarget(name: "KubectlTests", dependencies: ["Kubectl", "JSONValue", "World", "ToolIO"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "ToolIO", "World", "SimCore"]),
        .testTarget(name: "TranscriptTests", dependencies: ["Transcripts"]),
    ],
    swiftLanguageModes: [.v6]
)
