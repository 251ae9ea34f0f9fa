import ConveneLanguage

/// Turns the facilitator's `--param name=value` settings into values of the
/// types the workshop declares, filling in defaults.
enum ParameterBinding {
    /// Every declared parameter's value, and the settings to record (defaults included).
    static func bind(
        _ settings: [ParameterSetting], model: ProgramModel, limits: EvaluationLimits
    ) throws(SessionError) -> (values: [String: Value], recorded: [ParameterSetting]) {
        let values = try values(settings, model: model, limits: limits, requiringAll: true)
        let recorded = (model.program.workshop?.parameters ?? []).compactMap { parameter in
            values[parameter.name].map { ParameterSetting(name: parameter.name, value: text(of: $0)) }
        }
        return (values, recorded)
    }

    /// Each declared parameter's value: the one set, else its default.
    /// A parameter with neither is an error when `requiringAll` (a run needs
    /// it); otherwise it is left out (an agenda can say it is set at the start).
    static func values(
        _ settings: [ParameterSetting], model: ProgramModel, limits: EvaluationLimits, requiringAll: Bool
    ) throws(SessionError) -> [String: Value] {
        let declared = model.program.workshop?.parameters ?? []
        var given: [String: String] = [:]
        for setting in settings {
            guard declared.contains(where: { $0.name == setting.name }) else {
                let names = declared.map(\.name)
                throw SessionError(
                    "the workshop has no parameter `\(setting.name)`",
                    help: Suggestions.didYouMean(setting.name, in: names)
                        ?? (names.isEmpty ? "this workshop takes no parameters" : "its parameters are: \(names.joined(separator: ", "))"))
            }
            given[setting.name] = setting.value
        }
        var values: [String: Value] = [:]
        for parameter in declared {
            if let text = given[parameter.name] {
                values[parameter.name] = try parse(text, as: parameter)
            } else if let defaultValue = parameter.defaultValue {
                let interpreter = Interpreter(model: model, state: SessionState(scriptSHA256: ""), parameters: values, limits: limits)
                do {
                    values[parameter.name] = try interpreter.evaluateStandalone(defaultValue, path: model.mainPath)
                } catch {
                    throw SessionError(error.rendered(sources: model.program.sources), kind: .script)
                }
            } else if requiringAll {
                throw SessionError(
                    "the workshop needs a value for parameter `\(parameter.name)`"
                        + (parameter.help.map { " (\($0))" } ?? ""),
                    help: "set it with `--param \(parameter.name)=…`")
            }
        }
        return values
    }

    /// A value typed on the command line, read as the parameter's type.
    static func parse(_ text: String, as parameter: ParameterInfo) throws(SessionError) -> Value {
        switch parameter.type {
        case .text:
            return .text(text)
        case .number:
            guard let number = Double(text), number.isFinite else {
                throw SessionError("parameter `\(parameter.name)` is a number; `\(text)` is not one", help: "for example `--param \(parameter.name)=12`")
            }
            return .number(number)
        case .duration:
            guard let seconds = parseDuration(text) else {
                throw SessionError("parameter `\(parameter.name)` is a duration; `\(text)` is not one", help: "write it like 45m, 1h30m or 2d")
            }
            return .duration(seconds)
        case .bool:
            switch text.lowercased() {
            case "true", "yes": return .bool(true)
            case "false", "no": return .bool(false)
            default:
                throw SessionError("parameter `\(parameter.name)` is true or false; `\(text)` is neither")
            }
        }
    }

    /// `1h30m` → 5400; units w d h m s, largest first, each once.
    static func parseDuration(_ text: String) -> Int? {
        let units: [Character: Int] = ["w": 604_800, "d": 86_400, "h": 3600, "m": 60, "s": 1]
        let order: [Character] = ["w", "d", "h", "m", "s"]
        var total = 0
        var digits = ""
        var lastUnit = -1
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if let size = units[character], let amount = Int(digits), let rank = order.firstIndex(of: character), rank > lastUnit {
                total += amount * size
                digits = ""
                lastUnit = rank
            } else {
                return nil
            }
        }
        return digits.isEmpty && lastUnit >= 0 ? total : nil
    }

    private static func text(of value: Value) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): ValueFormat.number(number)
        case .duration(let seconds): ValueFormat.duration(seconds)
        case .bool(let flag): flag ? "true" : "false"
        default: ""
        }
    }
}
