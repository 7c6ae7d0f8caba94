import CLibz

/// A zip archive built in memory, the same bytes for the same entries: entries are stored
/// in the order added, each with the first date a zip can hold (1980-01-01 00:00) and the
/// same permissions, and zlib's deflate gives the same output for the same input and level.
///
/// Only what Word documents need: files, smaller than 4 GB, with ASCII names.
struct ZipArchive {
    struct Failure: Error, Sendable {
        var message: String
    }

    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Adds a file holding `text`'s UTF-8 bytes, deflated or stored as is.
    mutating func add(_ path: String, text: String, deflate: Bool) throws(Failure) {
        var text = text
        let failure = text.withUTF8 { contents -> Failure? in
            do throws(Failure) {
                try add(path, contents: contents, deflate: deflate)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    mutating func add(_ path: String, contents: UnsafeBufferPointer<UInt8>, deflate: Bool) throws(Failure) {
        let name = Array(path.utf8)
        guard name.count <= Int(UInt16.max), contents.count < Int(UInt32.max) else {
            throw Failure(message: "'\(path)' is too large for a zip archive")
        }
        let checksum = UInt32(truncatingIfNeeded: crc32(0, contents.baseAddress, UInt32(contents.count)))
        let stored: [UInt8]? = deflate ? try Self.deflated(contents) : nil
        let offset = bytes.count
        guard offset < Int(UInt32.max) else { throw Failure(message: "the zip archive is too large") }
        // What the local header and the central directory share, from "version needed" on.
        var common: [UInt8] = []
        Self.append16(20, to: &common)                           // version needed: 2.0
        Self.append16(0, to: &common)                            // flags
        Self.append16(deflate ? 8 : 0, to: &common)              // method: deflate or stored
        Self.append16(0, to: &common)                            // time 00:00
        Self.append16((0 << 9) | (1 << 5) | 1, to: &common)      // date 1980-01-01
        Self.append32(checksum, to: &common)
        Self.append32(UInt32(stored?.count ?? contents.count), to: &common)
        Self.append32(UInt32(contents.count), to: &common)
        Self.append16(UInt16(name.count), to: &common)
        Self.append16(0, to: &common)                            // extra field length

        Self.append32(0x0403_4B50, to: &bytes)
        bytes += common
        bytes += name
        if let stored { bytes += stored } else { bytes.append(contentsOf: contents) }

        Self.append32(0x0201_4B50, to: &directory)
        Self.append16((3 << 8) | 20, to: &directory)             // made by: Unix, 2.0
        directory += common
        Self.append16(0, to: &directory)                         // comment length
        Self.append16(0, to: &directory)                         // disk number
        Self.append16(0, to: &directory)                         // internal attributes
        Self.append32(0o100644 << 16, to: &directory)            // a regular file, rw-r--r--
        Self.append32(UInt32(offset), to: &directory)
        directory += name
        count += 1
    }

    /// The archive: the entries, their central directory and its end record.
    consuming func finish() throws(Failure) -> [UInt8] {
        guard count <= Int(UInt16.max), bytes.count + directory.count < Int(UInt32.max) else {
            throw Failure(message: "the zip archive is too large")
        }
        let directoryOffset = bytes.count
        bytes += directory
        Self.append32(0x0605_4B50, to: &bytes)
        Self.append16(0, to: &bytes)                             // this disk
        Self.append16(0, to: &bytes)                             // the directory's disk
        Self.append16(UInt16(count), to: &bytes)
        Self.append16(UInt16(count), to: &bytes)
        Self.append32(UInt32(directory.count), to: &bytes)
        Self.append32(UInt32(directoryOffset), to: &bytes)
        Self.append16(0, to: &bytes)                             // comment length
        return bytes
    }

    /// Raw deflate (no zlib header), as zip stores it. The fastest level: the parts are
    /// text that any level shrinks several times over, and the time matters more.
    private static func deflated(_ contents: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(message: "zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(contents.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let status = output.withUnsafeMutableBufferPointer { buffer in
            stream.next_in = UnsafeMutablePointer(mutating: contents.baseAddress)
            stream.avail_in = UInt32(contents.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = UInt32(buffer.count)
            return deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { throw Failure(message: "zlib could not deflate (status \(status))") }
        output.removeLast(bound - Int(stream.total_out))
        return output
    }

    private static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
