import ArgumentParser
import AnnalsKit

/// `annals ask "QUESTION"`: a question in words, answered with bound SQL.
struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask a question in words (\"who defected and when\").")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The question.") var question: String

    func run() async throws {
        let store = try openStore(global, readOnly: true)
        let q = question.lowercased()
        if q.contains("defect") {
            print(Render.render(try store.defectors(), as: output.format), terminator: "")
            return
        }
        throw ValidationError("I don't know how to answer \"\(question)\" yet. Try: who defected and when")
    }
}
