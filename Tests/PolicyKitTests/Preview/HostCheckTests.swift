import Testing
@testable import PolicyKitPreview

/// The preview answers only requests whose Host is this computer by a name it uses
/// itself, with the preview's port: a page elsewhere that rebinds its own domain to
/// 127.0.0.1 sends that domain as its Host and is refused.
struct HostCheckTests {
    let local = HostCheck(listenHost: "127.0.0.1", port: 8090)

    @Test func theLoopbackNamesWithThePortAreAnswered() {
        #expect(local.allows("localhost:8090"))
        #expect(local.allows("127.0.0.1:8090"))
        #expect(local.allows("[::1]:8090"))
        #expect(local.allows("LOCALHOST:8090"))
    }

    @Test func anotherNameIsRefused() {
        #expect(!local.allows("evil.example:8090"))
        #expect(!local.allows("localhost.evil.example:8090"))
        #expect(!local.allows("127.0.0.1.nip.io:8090"))
        #expect(!local.allows("evil.example"))
    }

    @Test func theWrongPortOrNoPortIsRefused() {
        #expect(!local.allows("localhost:8091"))
        #expect(!local.allows("localhost"))
        #expect(!local.allows("127.0.0.1"))
        #expect(!local.allows("localhost:8090:8090"))
    }

    @Test func aMissingOrEmptyHostIsRefused() {
        #expect(!local.allows(nil))
        #expect(!local.allows(""))
    }

    @Test func onPort80TheBrowsersPortlessHostIsAnswered() {
        let check = HostCheck(listenHost: "127.0.0.1", port: 80)
        #expect(check.allows("localhost"))
        #expect(check.allows("localhost:80"))
        #expect(!check.allows("evil.example"))
    }

    @Test func theHostGivenWithHostIsAnswered() {
        let lan = HostCheck(listenHost: "192.168.1.20", port: 8090)
        #expect(lan.allows("192.168.1.20:8090"))
        #expect(lan.allows("localhost:8090"))
        #expect(!lan.allows("192.168.1.21:8090"))
        let v6 = HostCheck(listenHost: "fd00::5", port: 8090)
        #expect(v6.allows("[fd00::5]:8090"))
    }

    /// Listening on every address, the preview is reached by whatever address this
    /// computer has on the network; an address cannot be rebound, a name can.
    @Test func onEveryAddressAnyAddressIsAnsweredButNoOtherName() {
        let everywhere = HostCheck(listenHost: "0.0.0.0", port: 8090)
        #expect(everywhere.allows("192.168.1.20:8090"))
        #expect(everywhere.allows("10.0.0.7:8090"))
        #expect(everywhere.allows("[fe80::1]:8090"))
        #expect(!everywhere.allows("office-pc.evil.example:8090"))
        #expect(!everywhere.allows("192.168.1.20.evil.example:8090"))
        #expect(!everywhere.allows("192.168.1.256:8090"))
        #expect(!everywhere.allows("192.168.1.20:8091"))
    }
}
