// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Shipyard",
    platforms: [.macOS(.v13)],
    targets: [
        .target(name: "JSONValue"),
        .testTarget(name: "JSONValueTests", dependencies: ["JSONValue"]),
    ],
    swiftLanguageModes: [.v6]
)
