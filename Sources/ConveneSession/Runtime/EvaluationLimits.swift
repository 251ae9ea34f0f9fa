/// How much work a script may do, so a shared (untrusted) script cannot run
/// forever or fill the memory. Each walk through a stage has its own budget.
public struct EvaluationLimits: Sendable, Equatable {
    /// Statements run plus expressions evaluated, per walk through a stage.
    public var steps: Int
    /// The longest list a script may build.
    public var listLength: Int
    /// The longest text a script may build, in characters.
    public var textLength: Int
    /// How many steps (prompts, votes …) one stage may have.
    public var stageSteps: Int
    /// How deeply activities may call one another.
    public var callDepth: Int

    public init(steps: Int = 1_000_000, listLength: Int = 10_000, textLength: Int = 100_000, stageSteps: Int = 1000, callDepth: Int = 64) {
        self.steps = steps
        self.listLength = listLength
        self.textLength = textLength
        self.stageSteps = stageSteps
        self.callDepth = callDepth
    }

    public static let standard = EvaluationLimits()
}
