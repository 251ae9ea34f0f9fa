import Testing
import Foundation
@testable import ConveneLanguage

@Test func scratch() throws {
    let path = ProcessInfo.processInfo.environment["SCRATCH"] ?? ""
    guard !path.isEmpty else { return }
    let source = SourceFile(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    let parsed = Parser.parse(source)
    print(SyntaxDump.dump(parsed.syntax))
    print(DiagnosticRenderer(sources: [source]).render(parsed.diagnostics))
}
