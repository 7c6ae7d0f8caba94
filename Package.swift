// swift-tools-version: 6.1
import PackageDescription
import Foundation

// scripts/fuzz sets POLICYKIT_FUZZ=1: the library is then built with libFuzzer's coverage
// instrumentation and AddressSanitizer, and only the fuzz targets link libFuzzer.
// (`swift build --sanitize=fuzzer` cannot be used: it also links libFuzzer's `main` into
// the template-embedder tool the build plugin runs.)
let fuzzing = ProcessInfo.processInfo.environment["POLICYKIT_FUZZ"] == "1"
let fuzzInstrumentation: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

/// A libFuzzer target: `Sources/NAME/main.swift` holds `LLVMFuzzerTestOneInput` and starts
/// libFuzzer's driver (FuzzSupport's `runFuzzer`). In an ordinary build the program only
/// says that it is not a fuzzing build, so `swift build` and `swift test` are unaffected.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"],
        swiftSettings: fuzzInstrumentation,
        linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
    )
}

let package = Package(
    name: "PolicyKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PolicyKit", targets: ["PolicyKit"]),
        .executable(name: "policykit", targets: ["policykit"]),
        // `policykit preview` runs this program, installed beside `policykit`: the web
        // server and the Foundation it needs stay out of the main program.
        .executable(name: "policykit-preview", targets: ["policykit-preview"]),
        // libFuzzer targets: scripts/fuzz builds and runs them.
        .executable(name: "fuzz-settings-parser", targets: ["fuzz-settings-parser"]),
        .executable(name: "fuzz-pipeline", targets: ["fuzz-pipeline"]),
        .executable(name: "fuzz-text-renderer", targets: ["fuzz-text-renderer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The preview's web server: no dependencies of its own (no swift-nio), so CI builds
        // it in seconds; only the PolicyKitPreview target and the policykit-preview program use it.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        // Reads back the Word documents' zip containers in the tests. The library writes
        // them with zlib itself: ZIPFoundation imports the whole of Foundation.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Encodes the poster's QR code. libqrencode has both a Debian and a Homebrew package.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        // Deflates and checksums the parts of Word documents' zip containers.
        .systemLibrary(
            name: "CLibz",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "PolicyKit",
            dependencies: [
                "CCmark",
                "CQRencode",
                "CLibz",
            ],
            swiftSettings: fuzzInstrumentation,
            plugins: ["EmbedTemplates"]
        ),
        // `policykit preview`: a local web page of the documents, rebuilt on each save. Kept
        // out of the library, so a package user who only builds documents compiles no server.
        .target(
            name: "PolicyKitPreview",
            dependencies: [
                "PolicyKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            // FlyingFox's proxy handler uses URLSession, so the static Swift runtime of a
            // release build brings FoundationNetworking, which calls the system's libcurl.
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.linux]))]
        ),
        // The options and help of `policykit preview`, shared by both programs.
        .target(
            name: "PreviewCommandLine",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "policykit-preview",
            dependencies: [
                "PolicyKitPreview",
                "PreviewCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "policykit",
            dependencies: [
                "PolicyKit",
                "PreviewCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", dependencies: ["PolicyKit"], swiftSettings: fuzzInstrumentation + (fuzzing ? [.define("FUZZING")] : [])),
        fuzzTarget("fuzz-settings-parser"),
        fuzzTarget("fuzz-pipeline"),
        fuzzTarget("fuzz-text-renderer"),
        // Turns Templates/ into Swift source so the binary carries its templates.
        .executableTarget(name: "template-embedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["template-embedder"]
        ),
        .testTarget(
            name: "PolicyKitTests",
            dependencies: [
                "PolicyKit", "PolicyKitPreview", "PreviewCommandLine", "FuzzSupport",
                .product(name: "FlyingFox", package: "FlyingFox"),
                // Reads back the Word documents' zip containers.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Run by the accessibility tests inside Chromium, not compiled.
            exclude: ["Printing/axe_check.py"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
