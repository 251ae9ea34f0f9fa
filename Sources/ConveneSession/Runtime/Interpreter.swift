import ConveneLanguage
import ConveneText

/// Runs a stage's statements against the session's current state and works
/// out its steps. A walk always starts at the top of the stage and is cheap,
/// so the session simply walks again whenever the state changes: the steps
/// are then always what the script says for what the room has produced.
final class Interpreter {
    let model: ProgramModel
    let state: SessionState
    let parameters: [String: Value]
    let limits: EvaluationLimits

    var stepsTaken = 0
    var callDepth = 0
    /// The file whose statements are running (a stage's or an activity's).
    var path: String
    var scopes: [[String: Value]] = [[:]]
    /// Enclosing `for` loops, innermost last.
    var loops: [ActiveLoop] = []
    var globalValues: [String: Value] = [:]
    var globalsInProgress: Set<String> = []
    var sink: StepSink

    struct ActiveLoop {
        var binding: LoopBinding
        var iteration: Int
        var range: SourceRange
        var path: String
    }

    init(model: ProgramModel, state: SessionState, parameters: [String: Value], limits: EvaluationLimits) {
        self.model = model
        self.state = state
        self.parameters = parameters
        self.limits = limits
        self.path = model.mainPath
        self.sink = StepSink(stage: "", target: nil)
    }

    /// The steps of a stage, up to and including `target` (all when nil).
    func walk(stage name: String, upTo target: Int?) throws(RuntimeError) -> [Step] {
        guard let stage = model.stages[name] else {
            throw RuntimeError("there is no stage `\(name)`", path: model.mainPath, range: .point(0))
        }
        stepsTaken = 0
        path = model.mainPath
        scopes = [[:]]
        loops = []
        sink = StepSink(stage: name, target: target)
        do throws(Interruption) {
            _ = try run(stage.body)
            try sink.finish(path: path, range: stage.name.range, limits: limits)
        } catch {
            if case .failed(let failure) = error { throw failure }
        }
        return sink.steps
    }

    /// Evaluates one expression outside any stage (parameter defaults, output subjects).
    func evaluateStandalone(_ expression: Expression, path: String) throws(RuntimeError) -> Value {
        stepsTaken = 0
        self.path = path
        scopes = [[:]]
        do throws(Interruption) {
            return try evaluate(expression)
        } catch {
            if case .failed(let failure) = error { throw failure }
            throw RuntimeError("this expression cannot run outside a stage", path: path, range: expression.range)
        }
    }

    /// The values a collection-like value holds, outside any stage (for outputs).
    func sequenceStandalone(_ value: Value) throws(RuntimeError) -> [Value] {
        stepsTaken = 0
        do throws(Interruption) {
            return try sequence(value, range: .point(0))
        } catch {
            if case .failed(let failure) = error { throw failure }
            return []
        }
    }

    // MARK: Budget and errors

    /// Counts one unit of work against the step budget.
    func tick(_ range: SourceRange) throws(Interruption) {
        stepsTaken += 1
        guard stepsTaken > limits.steps else { return }
        let (where_, at) = loops.last.map { ($0.path, $0.range) } ?? (path, range)
        throw .failed(RuntimeError(
            "the script did more than \(Plural.count(limits.steps, "step")) of work here without finishing",
            path: where_, range: at,
            help: "a loop this big would never finish in a workshop; make the list it runs over shorter"))
    }

    func fail(_ message: String, _ range: SourceRange, help: String? = nil) -> Interruption {
        .failed(RuntimeError(message, path: path, range: range, help: help))
    }

    /// The script text of a range in the running file, on one line.
    func sourceText(_ range: SourceRange) -> String {
        guard let file = model.program.sources.first(where: { $0.path == path }) else { return "" }
        return file.text(in: range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    // MARK: Scopes

    func bind(_ name: String, _ value: Value) {
        scopes[scopes.count - 1][name] = value
    }

    func lookupLocal(_ name: String) -> Value? {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        return nil
    }
}

/// Why a walk stopped early.
enum Interruption: Error {
    /// The walk has produced the step it was asked for.
    case enoughSteps
    case failed(RuntimeError)
}

/// Collects the steps a walk produces, with the `say` texts before each.
struct StepSink {
    let stage: String
    let target: Int?
    var steps: [Step] = []
    var pendingSayings: [String] = []
    var usedIDs: Set<String> = []

    init(stage: String, target: Int?) {
        self.stage = stage
        self.target = target
    }

    /// An id not used yet in this stage: `fixes#2`, or `fixes@2` when the same
    /// name comes round again outside a loop.
    mutating func uniqueID(_ base: String) -> String {
        var id = base
        var copy = 1
        while usedIDs.contains(id) {
            copy += 1
            id = "\(base)@\(copy)"
        }
        usedIDs.insert(id)
        return id
    }

    /// Adds a step; `id` must come from `uniqueID`.
    mutating func emit(
        id: String, kind: StepKind, loop: [LoopBinding], path: String, range: SourceRange, definition: JSONValue,
        limits: EvaluationLimits
    ) throws(Interruption) {
        guard steps.count < limits.stageSteps else {
            throw .failed(RuntimeError(
                "stage `\(stage)` has more than \(Plural.count(limits.stageSteps, "step"))", path: path, range: range,
                help: "a loop here asks too many questions for one stage; loop over a shorter list"))
        }
        steps.append(Step(
            stage: stage, index: steps.count, id: id, kind: kind, sayings: pendingSayings, loop: loop,
            path: path, range: range, definition: definition))
        pendingSayings = []
        if let target, steps.count > target { throw .enoughSteps }
    }

    /// Ends the stage: trailing `say` texts (or an empty stage) make a talk step.
    mutating func finish(path: String, range: SourceRange, limits: EvaluationLimits) throws(Interruption) {
        if !pendingSayings.isEmpty || steps.isEmpty {
            try emit(id: uniqueID("talk"), kind: .talk, loop: [], path: path, range: range, definition: .object([("kind", "talk")]), limits: limits)
        }
    }
}
