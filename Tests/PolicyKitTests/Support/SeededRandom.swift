import Foundation

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose whole sequence
/// follows from one 64-bit seed, so a test that draws random values can be run again
/// with exactly the same values.
struct SeededRandom: RandomNumberGenerator {
    /// The environment variable that fixes the seed of every test that draws random values.
    static let seedVariable = "POLICYKIT_TEST_SEED"

    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// Seeded from POLICYKIT_TEST_SEED when it is set, else from the system's generator.
    /// Prints the seed, with the line that repeats the run, under `label`.
    static func fromEnvironment(_ label: String) -> SeededRandom {
        let given = ProcessInfo.processInfo.environment[seedVariable].flatMap { UInt64($0) }
        let generator = SeededRandom(seed: given ?? UInt64.random(in: 0...UInt64.max))
        print("\(label): random seed \(generator.seed); repeat with \(seedVariable)=\(generator.seed)")
        return generator
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
