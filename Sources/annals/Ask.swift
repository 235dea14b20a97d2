import ArgumentParser
import AnnalsKit
import Foundation

/// `annals ask "QUESTION"`: a question in words, answered with bound SQL.
struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask a question in words (\"who defected and when\").",
        discussion: """
            Questions it understands (names match any alias: "Fares" finds Nawaf Fares):
            \(Question.forms.map { "  \($0.form)\n      e.g. annals ask \"\($0.example)\"" }.joined(separator: "\n"))
            \(Question.periodHelp)
            Only events the sources report are answered (asserted, claimed, rumored, denied); the status column says which.
            --sql prints the SQL that ran; --save NAME keeps it as a saved query (annals query run NAME, annals timeline NAME).
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Print the SQL that answers the question, with its bound values, before the answer.")
    var sql = false
    @Option(help: "Save the question's SQL as a saved query with this name (its values become defaults).")
    var save: String?
    @Argument(help: "The question.") var question: String

    func run() async throws {
        let plan: AskPlan
        do {
            plan = try Question.parse(question).plan
        } catch let error as QuestionNotUnderstood {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let store = try openStore(global, readOnly: save == nil)
        if let save {
            try store.saveQuery(name: save, sql: plan.sql, title: question, description: "annals ask \"\(question)\"",
                                defaults: plan.arguments, replace: true)
            FileHandle.standardError.write(Data("saved as '\(save)': annals query run \(save)\n".utf8))
        }
        if sql {
            print("-- " + question)
            for (name, value) in plan.arguments.sorted(by: { $0.key < $1.key }) {
                print("-- \(name) = \(value.isNull ? "NULL" : value.sqlLiteral)")
            }
            print(plan.sql + ";\n")
        }
        let answer = try store.answer(plan)
        print(answer.rendered(as: output.format, plan: plan), terminator: "")
    }
}

extension DatabaseValue {
    /// How the value reads in SQL (for showing bindings, never for building SQL).
    var sqlLiteral: String {
        switch self {
        case .text(let s): return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        default: return description
        }
    }
}
