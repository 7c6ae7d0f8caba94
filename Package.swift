// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PolicyKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PolicyKit", targets: ["PolicyKit"]),
        .executable(name: "policykit", targets: ["policykit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "PolicyKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "policykit",
            dependencies: [
                "PolicyKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns Templates/ into Swift source so the binary carries its templates.
        .executableTarget(name: "template-embedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["template-embedder"]
        ),
        .testTarget(
            name: "PolicyKitTests",
            dependencies: ["PolicyKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
