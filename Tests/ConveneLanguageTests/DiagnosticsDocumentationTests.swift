import Foundation
import Testing
@testable import ConveneLanguage

/// One `## CVxxxx title` section of Documentation/Diagnostics.md.
struct DocumentedDiagnostic: Sendable, CustomTestStringConvertible {
    /// A script and the files it may import.
    struct Example: Sendable {
        var main = ""
        var files: [String: String] = [:]
    }

    var code: String
    var fails = Example()
    var fix = Example()

    var testDescription: String { code }

    /// Checks an example as `main.convene`; `<0xFF>` in it stands for that byte.
    static func check(_ example: Example) -> CheckedProgram {
        var bytes: [UInt8] = []
        var rest = Substring(example.main)
        while let marker = rest.range(of: "<0xFF>") {
            bytes += Array(rest[..<marker.lowerBound].utf8) + [0xFF]
            rest = rest[marker.upperBound...]
        }
        bytes += Array(rest.utf8)
        let parsed = Parser.parse(SourceFile(path: "main.convene", bytes: bytes))
        return ScriptChecker(loader: InMemorySourceLoader(files: example.files)).check(parsed)
    }
}

/// Reads the sections of Documentation/Diagnostics.md: under each code, the
/// fence after `Fails:` and the one after `Fix:`, each followed by any
/// ```` ```convene NAME ```` fences holding files it imports.
enum DiagnosticsDocument {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/Diagnostics.md").path

    static let sections: [DocumentedDiagnostic] = {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var sections: [DocumentedDiagnostic] = []
        var part: WritableKeyPath<DocumentedDiagnostic, DocumentedDiagnostic.Example>?
        var fence: (name: String?, lines: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var open = fence {
                if line == "```" {
                    if let part, !sections.isEmpty {
                        if let name = open.name {
                            sections[sections.count - 1][keyPath: part].files[name] = open.lines.joined(separator: "\n")
                        } else {
                            sections[sections.count - 1][keyPath: part].main = open.lines.joined(separator: "\n")
                        }
                    }
                    fence = nil
                } else {
                    open.lines.append(line)
                    fence = open
                }
            } else if line.hasPrefix("## CV") {
                sections.append(DocumentedDiagnostic(code: String(line.dropFirst(3).prefix(6))))
                part = nil
            } else if line == "Fails:" {
                part = \.fails
            } else if line == "Fix:" {
                part = \.fix
            } else if line.hasPrefix("```convene") {
                let name = line.dropFirst("```convene".count).trimmingCharacters(in: .whitespaces)
                fence = (name.isEmpty ? nil : name, [])
            }
        }
        return sections
    }()
}

@Suite("Documentation/Diagnostics.md")
struct DiagnosticsDocumentationTests {
    @Test func everyCodeIsDocumentedOnce() {
        let documented = DiagnosticsDocument.sections.map(\.code)
        #expect(documented.sorted() == DiagnosticCode.allCases.map(\.rawValue).sorted())
    }

    @Test(arguments: DiagnosticsDocument.sections)
    func failingExampleReportsItsCode(_ section: DocumentedDiagnostic) {
        #expect(!section.fails.main.isEmpty, "\(section.code) has no failing example")
        let codes = DocumentedDiagnostic.check(section.fails).diagnostics.map(\.code.rawValue)
        #expect(codes.contains(section.code), "\(section.code): the failing example reports \(codes)")
    }

    @Test(arguments: DiagnosticsDocument.sections)
    func fixedExampleIsClean(_ section: DocumentedDiagnostic) {
        #expect(!section.fix.main.isEmpty, "\(section.code) has no fixed example")
        let program = DocumentedDiagnostic.check(section.fix)
        let problems = program.diagnostics.filter { $0.isError || $0.code.rawValue == section.code }
        #expect(problems.isEmpty, "\(section.code): the fix reports \(problems.map { "\($0.code.rawValue) \($0.message)" })")
    }
}
