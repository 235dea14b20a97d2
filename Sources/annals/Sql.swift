import ArgumentParser
import AnnalsKit

/// `annals sql "SELECT ..."`: run SQL against the knowledge base; read-only unless --write.
struct Sql: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run SQL on the knowledge base (read-only unless --write).",
        discussion: """
            Examples:
              annals sql "select * from defections"
              annals sql "select name, kind from actor where name like :q" --param q=%Assad%
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The SQL to run.") var sql: String
    @Flag(help: "Allow statements that change the database.") var write = false
    @Option(name: .customLong("param"), help: "A named parameter, k=v (bound, never spliced into the SQL).")
    var params: [String] = []

    func run() async throws {
        let store = try openStore(global, readOnly: !write)
        let result = try store.run(sql: sql, arguments: try bindings(params), allowWrites: write)
        print(Render.render(result, as: output.format), terminator: "")
    }
}

/// `k=v` pairs as named statement arguments (`:k`).
func bindings(_ params: [String]) throws -> StatementArguments {
    var pairs: [(String, any DatabaseValueConvertible)] = []
    for p in params {
        guard let eq = p.firstIndex(of: "="), eq != p.startIndex else { throw ValidationError("--param wants k=v, not '\(p)'") }
        pairs.append((":" + p[..<eq], String(p[p.index(after: eq)...])))
    }
    return StatementArguments(named: Dictionary(pairs, uniquingKeysWith: { _, last in last }))
}
