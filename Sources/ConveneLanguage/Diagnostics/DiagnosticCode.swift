/// The stable code of every kind of diagnostic. Codes never change meaning;
/// each is documented with a failing example and its fix in
/// `Documentation/Diagnostics.md`, and tested by that example.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Lexical: the text cannot be split into tokens.
    case invalidUTF8 = "CV0001"
    case unexpectedCharacter = "CV0002"
    case unterminatedString = "CV0003"
    case invalidEscape = "CV0004"
    case malformedInterpolation = "CV0005"
    case malformedNumber = "CV0006"

    // Syntax: the tokens do not form a script.
    case expectedToken = "CV0100"
    case expectedExpression = "CV0101"
    case expectedDeclaration = "CV0102"
    case expectedStatement = "CV0103"
    case unknownSetting = "CV0104"
    case unclosedBlock = "CV0105"
    case nestingTooDeep = "CV0106"

    // Names: what a name refers to.
    case unknownName = "CV0200"
    case duplicateName = "CV0201"
    case unknownMember = "CV0202"
    case usedBeforeCollected = "CV0203"
    case argumentMismatch = "CV0204"
    case notCallable = "CV0205"
    case returnOutsideActivity = "CV0206"
    case recursiveActivity = "CV0207"
    case activityOutsideStage = "CV0208"

    // The workshop and its stages.
    case missingWorkshop = "CV0300"
    case duplicateWorkshop = "CV0301"
    case invalidTimebox = "CV0302"
    case timeboxesOverrun = "CV0303"
    case parameterTypeMismatch = "CV0304"
    case unknownTagKind = "CV0305"
    case noTagsDeclared = "CV0306"

    // Types of values.
    case typeMismatch = "CV0400"
    case notACollection = "CV0401"
    case notAGrid = "CV0402"
    case divisionByZero = "CV0403"

    // Votes.
    case unknownVoteMethod = "CV0500"
    case missingVoteMethod = "CV0501"
    case unsatisfiableVoteRule = "CV0502"
    case settingNotForMethod = "CV0503"
    case duplicateSetting = "CV0504"
    case unknownSettingValue = "CV0505"

    // Grids.
    case gridAxesMissing = "CV0600"
    case unknownAxisEnd = "CV0601"
    case malformedQuadrant = "CV0602"
    case overlappingQuadrants = "CV0603"
    case invalidScale = "CV0604"

    // Imports.
    case importNotFound = "CV0700"
    case importCycle = "CV0701"
    case importOutsideLibrary = "CV0702"
    case importedWorkshop = "CV0703"

    // Outputs.
    case outputOutsideSession = "CV0800"
    case unknownOutputFormat = "CV0801"
    case duplicateOutputPath = "CV0802"
    case outputSubjectMismatch = "CV0803"

    // Usage.
    case unusedCollection = "CV0900"

    /// The severity a diagnostic of this kind has unless said otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .timeboxesOverrun, .unusedCollection: .warning
        default: .error
        }
    }
}
