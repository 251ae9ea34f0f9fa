import Foundation

/// Runs a built program with piped standard input, as a script would, and
/// returns everything it wrote (standard output and error, interleaved as
/// written) and its exit status.
enum PipedRun {
    struct Result {
        var output: String
        var status: Int32
    }

    static func run(
        _ arguments: [String], input: String, directory: URL, environment: [String: String]
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ConveneBinary.path())
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = outputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
        let data = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}

/// The test fixtures folder (a bundle resource).
enum Fixtures {
    static var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// The names (without extension) of the `.input` files in a subfolder.
    static func inputs(in subfolder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path)) ?? []
        return files.filter { $0.hasSuffix(".input") }.map { String($0.dropLast(".input".count)) }.sorted()
    }

    static func text(_ subfolder: String, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(subfolder).appendingPathComponent(name), encoding: .utf8)
    }
}
