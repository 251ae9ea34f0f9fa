import CEditLine

/// The signals a line editor reacts to, noted by a C handler and collected
/// here. This is the only file that touches the handler's flags: the header
/// keeps them in a `static` variable, and each Swift file compiled on its
/// own would get its own copy.
enum SignalWatch {
    struct Signals: OptionSet {
        let rawValue: Int32
        /// Ctrl-C.
        static let interrupt = Signals(rawValue: CEL_SIGNAL_INTERRUPT)
        /// The terminal changed size.
        static let resize = Signals(rawValue: CEL_SIGNAL_RESIZE)
        /// The program was resumed after Ctrl-Z.
        static let resume = Signals(rawValue: CEL_SIGNAL_CONTINUE)
    }

    /// Catches Ctrl-C, resizes and resumes from now on. Ctrl-C then never
    /// ends the program; the editor treats it as "clear this line".
    static func install() {
        cel_install_signal_handlers()
    }

    /// Forgets signals that arrived while no line was being read, so a
    /// Ctrl-C pressed during a long command does not clear the next line.
    static func forgetPending() {
        _ = cel_take_signals()
    }

    /// The signals that arrived since the last call.
    static func take() -> Signals {
        Signals(rawValue: cel_take_signals())
    }
}
