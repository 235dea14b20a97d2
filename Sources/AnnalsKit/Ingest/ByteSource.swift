#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in chunks with read(2), so large inputs never sit in memory whole.
final class ByteSource {
    let fd: Int32
    let closeOnDeinit: Bool
    /// Bytes given back by a caller that peeked at the start (stdin sniffing).
    var pushedBack: [UInt8] = []

    static let chunkSize = 1 << 20

    init(fd: Int32, closeOnDeinit: Bool) {
        self.fd = fd
        self.closeOnDeinit = closeOnDeinit
    }

    /// Opens `path` for reading, or returns the reason it cannot be opened.
    static func open(path: String) -> Result<ByteSource, ReadError> {
        let fd = path.withCString { systemOpen($0, O_RDONLY) }
        guard fd >= 0 else {
            return .failure(ReadError(path: path, reason: errnoMessage(errno)))
        }
        return .success(ByteSource(fd: fd, closeOnDeinit: true))
    }

    deinit {
        if closeOnDeinit { _ = close(fd) }
    }

    /// The file size when the descriptor is a regular file.
    var regularFileSize: Int? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    /// The next chunk; empty at end of input. Throws nothing: read errors end the input and
    /// are reported through `error`.
    private(set) var error: Int32? = nil

    func next() -> [UInt8] {
        if !pushedBack.isEmpty {
            defer { pushedBack = [] }
            return pushedBack
        }
        var chunk = [UInt8](repeating: 0, count: ByteSource.chunkSize)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                error = errno
                return []
            }
            chunk.removeSubrange(n...)
            return chunk
        }
    }

    /// Reads everything, up to `limit` bytes; nil when the input is larger than `limit`.
    func readAll(limit: Int) -> [UInt8]? {
        var all: [UInt8] = []
        while true {
            let chunk = next()
            if chunk.isEmpty { return all }
            all.append(contentsOf: chunk)
            if all.count > limit { return nil }
        }
    }

    static func errnoMessage(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }
}

@inline(__always)
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
    open(path, flags)
}
