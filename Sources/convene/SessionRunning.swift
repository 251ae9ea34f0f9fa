#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ConveneSession
import ConveneText
import Dispatch

/// Runs a session at its host until it stops, and pauses it, as Ctrl-D
/// does, when the process is asked to end: SIGTERM (a shutdown, `kill`) or
/// SIGHUP (the terminal or the SSH connection went away). The journal is
/// safe either way; pausing also records why and writes the outputs, so the
/// folder is complete without a `convene export`.
enum SessionRunning {
    static func run(_ session: Session, host: any ClosableSessionHost, opening: [SessionMessage] = []) {
        defer { host.close() }
        let pausing = SignalPause(interpreter: CommandInterpreter(session: session), host: host)
        let watches = [(SIGTERM, "stopped by SIGTERM"), (SIGHUP, "terminal hung up, SIGHUP")].map { number, reason in
            watch(number) { pausing.pause(reason: reason, exitStatus: 128 + number) }
        }
        for message in opening { host.show(message) }
        pausing.interpreter.run(host: LockReleasingHost(host: host, lock: pausing.lock))
        watches.forEach { $0.cancel() }
    }

    /// Calls `action` on another thread when `signal` arrives, instead of ending the process.
    private static func watch(_ number: Int32, _ action: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler(handler: action)
        source.resume()
        return source
    }
}

/// Pauses the session from the thread a signal is handled on. The session
/// is not shared freely: `lock` is held by the thread running the session
/// except while it waits for a line, so the pause happens between lines,
/// never in the middle of one, and the running thread never gets it back.
private final class SignalPause: @unchecked Sendable {
    let interpreter: CommandInterpreter
    let host: any SessionHost
    let lock = Lock()
    private let terminal = TerminalModes()

    init(interpreter: CommandInterpreter, host: any SessionHost) {
        self.interpreter = interpreter
        self.host = host
        lock.lock()
    }

    func pause(reason: String, exitStatus: Int32) {
        lock.lock()
        // The reader of standard output may be gone too; the pause is written already.
        signal(SIGPIPE, SIG_IGN)
        let messages = interpreter.processEnding(reason: reason)
        // At a terminal the prompt is showing: start below it.
        if terminal.isTerminal { host.show(.info("")) }
        for message in messages { host.show(message) }
        terminal.restore()
        _exit(exitStatus)
    }
}

/// A host that lets go of the session's lock while it waits for a line.
private final class LockReleasingHost: SessionHost {
    let host: any SessionHost
    let lock: Lock

    init(host: any SessionHost, lock: Lock) {
        self.host = host
        self.lock = lock
    }

    func readLine(prompt: String) -> String? {
        lock.unlock()
        defer { lock.lock() }
        return host.readLine(prompt: prompt)
    }

    func show(_ message: SessionMessage) {
        host.show(message)
    }
}

/// The terminal's modes as they were before line editing began, put back
/// when a signal ends the process in the middle of reading a line (when
/// the editor has the terminal in its own mode).
private final class TerminalModes {
    private var saved = termios()
    let isTerminal: Bool

    init() {
        isTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &saved) == 0
    }

    func restore() {
        guard isTerminal else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    }
}
