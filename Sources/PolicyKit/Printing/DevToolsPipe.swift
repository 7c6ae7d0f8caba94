#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

/// The DevTools protocol over a browser's pipe: JSON messages, each ended by a NUL byte.
/// Commands carry an id their reply repeats. One thread reads everything the browser
/// writes and hands each reply to the caller waiting for it; events, which no command
/// here asks for, are passed over.
final class DevToolsPipe: Sendable {
    private let channel: Int32
    private let state = Mutex(State())
    private let writing = Mutex(())

    private struct State: ~Copyable {
        var nextID = 1
        var replies: [Int: Waiter] = [:]
        /// Set once the browser has closed its end: every later wait fails with it.
        var closed: PrintError?
    }

    /// Someone waiting for one message.
    final class Waiter: Sendable {
        private let signal = DispatchSemaphore(value: 0)
        private let outcome = Mutex<Result<Data, PrintError>?>(nil)

        func finish(_ result: Result<Data, PrintError>) {
            let first = outcome.withLock { value in
                guard value == nil else { return false }
                value = result
                return true
            }
            if first { signal.signal() }
        }

        /// The message, or nil when `seconds` pass first.
        func wait(seconds: Double) -> Result<Data, PrintError>? {
            guard signal.wait(timeout: .now() + seconds) == .success else { return nil }
            return outcome.withLock { $0 }
        }
    }

    /// Starts reading `channel`; `onClose` gives the reason once the browser has gone.
    init(channel: Int32, onClose: @escaping @Sendable () -> PrintError) {
        self.channel = channel
        let read: @Sendable () -> Void = { [self] in
            readUntilClosed()
            let reason = onClose()
            let waiting = state.withLock { state -> [Waiter] in
                state.closed = reason
                defer { state.replies = [:] }
                return Array(state.replies.values)
            }
            for waiter in waiting { waiter.finish(.failure(reason)) }
        }
        if !DetachedThread.start(read) { DispatchQueue(label: "policykit.devtools-pipe").async(execute: read) }
    }

    /// Sends a command and waits for its reply: its `result` decoded as `Reply`.
    func call<Reply: Decodable>(
        _ method: String, _ parameters: some Encodable = Empty(), session: String? = nil,
        as _: Reply.Type = Empty.self, seconds: Double
    ) throws(PrintError) -> Reply {
        let waiter = Waiter()
        let id = try state.withLock { state throws(PrintError) -> Int in
            if let closed = state.closed { throw closed }
            let id = state.nextID
            state.nextID += 1
            state.replies[id] = waiter
            return id
        }
        let message: Data
        do {
            message = try JSONEncoder().encode(Command(id: id, method: method, params: parameters, sessionId: session))
        } catch {
            throw PrintError("cannot encode the browser command \(method): \(error)")
        }
        try send(message)
        guard let outcome = waiter.wait(seconds: seconds) else {
            state.withLock { _ = $0.replies.removeValue(forKey: id) }
            throw PrintError("the browser did not answer \(method) within \(Int(seconds)) seconds")
        }
        let data = try outcome.get()
        do {
            let reply = try JSONDecoder().decode(ReplyEnvelope<Reply>.self, from: data)
            if let error = reply.error { throw PrintError("the browser refused \(method): \(error.message)") }
            guard let result = reply.result else { throw PrintError("the browser answered \(method) without a result") }
            return result
        } catch let error as PrintError {
            throw error
        } catch {
            throw PrintError("cannot read the browser's answer to \(method): \(error)")
        }
    }

    private func send(_ message: Data) throws(PrintError) {
        var bytes = [UInt8](message)
        bytes.append(0)
        let failure: Int32? = writing.withLock { _ in
            bytes.withUnsafeBytes { buffer -> Int32? in
                var offset = 0
                while offset < buffer.count {
                    #if canImport(Darwin)
                    let written = Darwin.send(channel, buffer.baseAddress! + offset, buffer.count - offset, 0)
                    #else
                    let written = Glibc.send(channel, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                    #endif
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
        }
        if failure != nil {
            // The reader reports why the browser went; give it a moment to see the close.
            if let closed = state.withLock({ $0.closed }) { throw closed }
            throw PrintError("the browser closed its DevTools pipe")
        }
    }

    private func readUntilClosed() {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(channel, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            var start = 0
            for index in 0..<count where chunk[index] == 0 {
                pending.append(contentsOf: chunk[start..<index])
                deliver(Data(pending))
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
    }

    private func deliver(_ message: Data) {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: message) else { return }
        guard let id = envelope.id else { return }
        state.withLock { $0.replies.removeValue(forKey: id) }?.finish(.success(message))
    }

    /// The channel is closed by whoever owns the browser, once it has gone.
    func closeChannel() {
        shutdown(channel, Int32(SHUT_RDWR))
    }

    deinit {
        close(channel)
    }

    struct Empty: Codable, Sendable {}

    private struct Command<Parameters: Encodable>: Encodable {
        var id: Int
        var method: String
        var params: Parameters
        var sessionId: String?
    }

    private struct Envelope: Decodable {
        var id: Int?
    }

    private struct ReplyEnvelope<Result: Decodable>: Decodable {
        var result: Result?
        var error: ProtocolError?
    }

    private struct ProtocolError: Decodable {
        var message: String
    }
}
