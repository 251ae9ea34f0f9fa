import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program in a pseudo-terminal opened by the test itself, as if a
/// person were at a real terminal: the pty is the program's controlling
/// terminal, so Ctrl-C sends SIGINT and libedit edits in raw mode. What the
/// program draws is replayed into a `TerminalScreen`.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let master: Int32
    private let process: pid_t
    private(set) var screen: TerminalScreen
    /// Every byte the program wrote, for diagnosing a failed test.
    private(set) var transcript: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` on a fresh pty of the given size.
    init(
        executable: String, arguments: [String], environment: [String: String],
        rows: Int = 24, columns: Int = 80
    ) throws {
        let (master, terminalPath) = try Self.openMaster()
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        self.master = master
        self.screen = TerminalScreen(rows: rows, columns: columns)
        self.process = try Self.spawn(
            executable: executable, arguments: arguments, environment: environment,
            terminalPath: terminalPath)
    }

    deinit {
        if exitStatus == nil {
            kill(process, SIGKILL)
            var status: Int32 = 0
            waitpid(process, &status, 0)
        }
        close(master)
    }

    /// Types text as keys. Control keys are written as their characters:
    /// "\r" is Return, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D, "\u{12}" Ctrl-R,
    /// "\t" Tab, and arrow keys are `Key.up` and friends.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(master, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Reads what the program draws until `condition` holds for the screen,
    /// or throws with the screen after `seconds`.
    @discardableResult
    func waitUntil(
        _ what: String, seconds: Double = 15, _ condition: (TerminalScreen) -> Bool
    ) throws -> TerminalScreen {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(screen) {
            guard Date() < deadline else {
                throw Failure(description: "timed out waiting for \(what); the screen shows:\n\(screen.text)\nfrom the bytes:\n\(String(decoding: transcript, as: UTF8.self).debugDescription)")
            }
            pump(milliseconds: 50)
        }
        return screen
    }

    /// Waits until the screen shows `text` anywhere.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) throws -> TerminalScreen {
        try waitUntil("\"\(text)\"", seconds: seconds) { $0.text.contains(text) }
    }

    /// Waits until the cursor's row reads exactly `line` (a prompt with
    /// nothing typed after it, say).
    @discardableResult
    func waitForCursorLine(_ line: String, seconds: Double = 15) throws -> TerminalScreen {
        try waitUntil("the cursor's line to read \"\(line)\"", seconds: seconds) { $0.cursorLine == line }
    }

    /// Gives the terminal a new width, as a person resizing its window does:
    /// the program is sent SIGWINCH.
    func resize(columns: Int) {
        var size = winsize(ws_row: UInt16(screen.rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        screen.resize(columns: columns)
    }

    /// Whether the terminal echoes keys and collects them into lines, as a
    /// new pty does and as a shell expects a program to leave it.
    var isInLineMode: Bool {
        var modes = termios()
        guard tcgetattr(master, &modes) == 0 else { return false }
        let lineMode = tcflag_t(ICANON | ECHO)
        return modes.c_lflag & lineMode == lineMode
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(seconds: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            pump(milliseconds: 20)
            var status: Int32 = 0
            let result = waitpid(process, &status, WNOHANG)
            if result == process {
                pump(milliseconds: 20)
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
            guard Date() < deadline else {
                throw Failure(description: "the program did not exit; the screen shows:\n\(screen.text)")
            }
        }
    }

    private func pump(milliseconds: Int32) {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return }
        let bytes = Array(buffer[0..<count])
        transcript += bytes
        screen.feed(bytes)
    }

    /// Opens the master side of a new pty; returns it and the path of the
    /// terminal side. glibc declares `posix_openpt` and friends only for
    /// X/Open builds, which Swift's Glibc module is not, so on Linux this
    /// does what they do: open /dev/ptmx, unlock it, ask for its number.
    private static func openMaster() throws -> (Int32, String) {
        #if os(Linux)
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let setLock: UInt = 0x4004_5431  // TIOCSPTLCK
        let getNumber: UInt = 0x8004_5430  // TIOCGPTN
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal")
        }
        return (master, "/dev/pts/\(number)")
        #else
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw Failure(description: "cannot open a pseudo-terminal")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        return (master, String(cString: name))
        #endif
    }

    private static func spawn(
        executable: String, arguments: [String], environment: [String: String],
        terminalPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTSTP, SIGTTOU, SIGTTIN] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(Self.startNewSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let fullArguments = [executable] + arguments
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var argv = fullArguments.map { strdup($0) } + [nil]
        var envp = environmentLines.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var process: pid_t = 0
        let result = posix_spawn(&process, executable, &actions, &attributes, &argv, &envp)
        guard result == 0 else {
            throw Failure(description: "cannot start \(executable): error \(result)")
        }
        return process
    }

    /// POSIX_SPAWN_SETSID, which glibc only declares for GNU builds.
    #if os(Linux)
    private static let startNewSession: Int32 = 0x80
    #else
    private static let startNewSession: Int32 = Int32(POSIX_SPAWN_SETSID)
    #endif
}

/// Keys as a terminal sends them.
enum Key {
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"
    static let right = "\u{1B}[C"
    static let left = "\u{1B}[D"
    static let enter = "\r"
    static let tab = "\t"
    static let backspace = "\u{7F}"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlR = "\u{12}"
    static let controlG = "\u{07}"
    static let controlE = "\u{05}"
}
