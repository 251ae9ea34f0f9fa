import ConveneLanguage
import ConveneSession
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LanguageRepl {
    /// Words that could complete the one before the cursor: commands after
    /// a `:`, command names after `:help`, script files after `:load`, and
    /// otherwise keywords and every name defined so far.
    public func completions(before text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace)
        let endsInSpace = text.last?.isWhitespace ?? true
        let previous = endsInSpace ? words.last.map(String.init) : words.dropLast().last.map(String.init)
        let isFirstWord = words.count <= 1 && !endsInSpace
        if isFirstWord, text.hasPrefix(":") { return Self.commands.typedNames }
        switch previous {
        case ":help": return Self.commands.commands.map(\.name)
        case ":load": return scriptFiles(matching: endsInSpace ? "" : String(words.last ?? ""))
        case ":run": return stageNames
        default: break
        }
        if isFirstWord || words.first?.hasPrefix(":") == false {
            return Keyword.allCases.map(\.rawValue) + definedNames
        }
        return definedNames
    }

    /// The names of stages, grids, activities, values and collections defined so far.
    var definedNames: [String] {
        var names: [String] = []
        for declaration in Parser.parse(definitions.script).syntax.declarations {
            switch declaration.kind {
            case .stage(let stage):
                names.append(stage.name.name)
                names += Self.collectedNames(in: stage.body)
            case .activity(let activity): names.append(activity.name.name)
            case .grid(let grid): names.append(grid.name.name)
            case .letBinding(let binding): names.append(binding.name.name)
            default: break
            }
        }
        return names
    }

    /// The names of the stages defined so far, for `:run`.
    var stageNames: [String] {
        Parser.parse(definitions.script).syntax.declarations.compactMap { declaration in
            if case .stage(let stage) = declaration.kind { stage.name.name } else { nil }
        }
    }

    /// Collections, theme sets, results and plans a block creates.
    private static func collectedNames(in block: Block) -> [String] {
        block.statements.flatMap { statement -> [String] in
            switch statement.kind {
            case .prompt(let prompt): [prompt.collection.name]
            case .cluster(let cluster): [cluster.themes.name]
            case .vote(let vote): [vote.name.name]
            case .actions(let actions): [actions.name.name]
            case .forLoop(let loop): collectedNames(in: loop.body)
            case .ifElse(let choice): collectedNames(in: choice.then) + (choice.otherwise.map(collectedNames) ?? [])
            default: []
            }
        }
    }

    /// `.convene` files and folders in the folder of the path typed so far.
    private func scriptFiles(matching typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return entries.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            if Paths.isDirectory(folder + name) {
                return folder + name + "/"
            }
            return name.hasSuffix(".convene") ? folder + name : nil
        }
    }
}
