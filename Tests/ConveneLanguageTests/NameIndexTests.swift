import Testing
@testable import ConveneLanguage

@Suite("Finding names: the checker's hash index, scopes and symbol counts")
struct NameIndexTests {
    /// A deterministic sequence of numbers, so a failure can be replayed.
    private struct Sequence {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func scopesHideAndRestoreNamesAsADictionaryStackWould() {
        var sequence = Sequence()
        // Few distinct names, so bindings hide one another and probe runs
        // collide, and enough blocks that the index grows and shrinks.
        let names = (0..<40).map { "name\($0)" } + ["x", "quick-wins", "a-rather-long-name-stored-on-the-heap"]
        var scope = Scope()
        var model: [[String: Int]] = []
        var symbol = 0
        for _ in 0..<20_000 {
            switch sequence.next(10) {
            case 0...1:
                scope.enter()
                model.append(model.last ?? [:])
            case 2 where !model.isEmpty:
                scope.leave()
                model.removeLast()
            case 3...6 where !model.isEmpty:
                let name = names[sequence.next(names.count)]
                symbol += 1
                scope.bind(name, to: symbol)
                model[model.count - 1][name] = symbol
            default:
                let name = names[sequence.next(names.count)]
                #expect(scope.lookup(name) == model.last?[name])
            }
        }
        for name in names { #expect(scope.lookup(name) == model.last?[name]) }
        #expect(Set(scope.symbols) == Set(model.last?.values.map { $0 } ?? []))
    }

    @Test func theSymbolTableFindsEveryGlobalAndRefusesADuplicate() {
        var table = SymbolTable()
        table.reserveCapacity(symbols: 4, globals: 2)  // too small: it must grow
        for index in 0..<1000 {
            let symbol = SymbolEntry(name: "global-\(index)", role: .grid, kind: .unknown, file: 0,
                                     range: .point(index), availability: .always)
            #expect(table.declareGlobal(symbol) == (index, nil))
        }
        let duplicate = SymbolEntry(name: "global-7", role: .grid, kind: .unknown, file: 0, range: .point(0),
                                    availability: .always)
        #expect(table.declareGlobal(duplicate) == (7, 7))
        for index in 0..<1000 { #expect(table.global("global-\(index)") == index) }
        #expect(table.global("global-1000") == nil)
        #expect(table.global("") == nil)
        #expect(Set(table.globalIndices) == Set(0..<1000))
    }

    @Test func theParserCountsTheNamesAWalkOfTheTreeCounts() throws {
        let scripts = FixtureFiles.files(in: FixtureFiles.folder("check"), endingWith: ".convene")
            + FixtureFiles.files(in: FixtureFiles.folder("parse-errors"), endingWith: ".convene")
            + FixtureFiles.examples()
        #expect(scripts.count > 20)
        for url in scripts {
            var parsed = Parser.parse(SourceFile(path: url.path, bytes: try FileBytes.contents(ofFile: url.path))).syntax
            let counted = try #require(parsed.symbolCount)
            parsed.symbolCount = nil
            let walked = SymbolCount(files: [parsed])
            #expect(counted.symbols == walked.symbols, "\(url.lastPathComponent)")
            #expect(counted.globals == walked.globals, "\(url.lastPathComponent)")
        }
    }
}
