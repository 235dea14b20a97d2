import CSQLite

/// The columns and rows of arbitrary SQL, for `annals sql` and saved queries.
///
/// ```swift
/// let result = try QueryResult.run("SELECT name, kind FROM actor LIMIT :n", arguments: [":n": 5], in: db)
/// result.columns   // ["name", "kind"]
/// ```
public struct QueryResult: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Runs user SQL (one statement or several separated by `;`). The result is that of the
    /// last statement that returns columns.
    ///
    /// Unless `allowWrites`, each statement is checked with `sqlite3_stmt_readonly` before
    /// it runs, and the first one that would write throws `SQLError.writeRefused` (the
    /// statements before it only read, so nothing has changed). Named arguments bind to the
    /// statements that use them; positional ones to statements with that many parameters.
    public static func run(_ sql: String, arguments: StatementArguments = [], in db: Database,
                           allowWrites: Bool = false) throws -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        var ranOne = false
        try sql.utf8CString.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var cursor: UnsafePointer<CChar>? = base
            while let current = cursor, current.pointee != 0 {
                var handle: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(db.handle, current, -1, &handle, &tail)
                let text = tail.map { String(decoding: UnsafeRawBufferPointer(start: current, count: current.distance(to: $0)), as: UTF8.self) }
                    ?? String(cString: current)
                guard code == SQLITE_OK else {
                    throw DatabaseError(connection: db.handle, code: code, sql: text.trimmedSQL)
                }
                cursor = tail
                guard let handle else { continue }  // only whitespace or a comment
                let statement = Statement(database: db, handle: handle, sql: text.trimmedSQL)
                if !allowWrites && !statement.isReadOnly {
                    throw SQLError.writeRefused(sql: statement.sql)
                }
                try bind(arguments, to: statement)
                var rows: [[DatabaseValue]] = []
                let count = statement.columnCount
                while try statement.step() {
                    rows.append((0..<count).map(statement.value(at:)))
                }
                ranOne = true
                if count > 0 {
                    result = QueryResult(columns: (0..<count).map(statement.columnName(at:)), rows: rows)
                }
            }
        }
        if !ranOne { throw SQLError.empty }
        return result
    }

    private static func bind(_ arguments: StatementArguments, to statement: Statement) throws {
        let parameters = statement.parameterCount
        guard parameters > 0 else { return }
        if arguments.positional.count == parameters {
            for (i, value) in arguments.positional.enumerated() { try statement.bind(value, at: i + 1) }
        }
        for (name, value) in arguments.named where statement.parameterIndex(name) > 0 {
            try statement.bind(value, named: name)
        }
    }
}

/// Why user SQL was not run.
public enum SQLError: Error, CustomStringConvertible, Sendable, Equatable {
    case writeRefused(sql: String)
    case empty

    public var description: String {
        switch self {
        case .writeRefused(let sql):
            return "refusing to run a statement that writes (use --write): \(sql)"
        case .empty:
            return "no SQL statement given"
        }
    }
}

extension String {
    var trimmedSQL: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace || c == ";" { s.removeLast() }
        return String(s)
    }
}
