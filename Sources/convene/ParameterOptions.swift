import ArgumentParser
import ConveneSession

/// `--param name=value`, as `run` and `plan` take it.
struct ParameterOptions: ParsableArguments {
    @Option(name: .customLong("param"), help: ArgumentHelp("Set a workshop parameter (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    /// Each `--param` read as a name and a value.
    func settings() throws -> [ParameterSetting] {
        try parameters.map(Self.setting)
    }

    /// `focus=carers` → a setting.
    static func setting(_ text: String) throws -> ParameterSetting {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CommandFailure("`--param \(text)` should be name=value, e.g. `--param focus=carers`")
        }
        return ParameterSetting(name: String(text[..<equals]), value: String(text[text.index(after: equals)...]))
    }
}
