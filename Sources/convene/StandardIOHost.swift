#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ConveneSession

/// Hosts a session on standard input and output: one line in, messages out,
/// each written straight to the file descriptor (no buffering) so whoever
/// reads the pipe sees an acknowledgement as soon as it is on disk. The
/// prompt is shown only on a terminal.
final class StandardIOHost: ClosableSessionHost {
    private let showsPrompt = isatty(STDIN_FILENO) == 1

    func readLine(prompt: String) -> String? {
        if showsPrompt { StandardOutput.write(prompt) }
        return Swift.readLine(strippingNewline: true)
    }

    func show(_ message: SessionMessage) {
        StandardOutput.write(MessageRenderer.render(message) + "\n")
    }

    /// Standard input and output are left as they are: nothing to give back.
    func close() {}
}

/// Unbuffered writes to standard output.
enum StandardOutput {
    static func write(_ text: String) { writeAll(STDOUT_FILENO, text) }
}

private func writeAll(_ fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
        let result = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
            Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            #else
            Darwin.write(fd, buffer.baseAddress! + written, buffer.count - written)
            #endif
        }
        if result < 0 {
            if errno == EINTR { continue }
            return
        }
        written += result
    }
}
