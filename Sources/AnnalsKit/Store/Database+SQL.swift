import CSQLite
import Synchronization

/// SQL text fixed at compile time, prepared once per connection and found again by number
/// instead of by hashing its text: the statements the writer runs hundreds of thousands of
/// times per ingest.
///
/// ```swift
/// static let insertTag = SQL("INSERT INTO tag(name) VALUES (?)")
/// try db.execute(insertTag, "veto")
/// try db.forEach(SQL.selectTags, ["v%"]) { statement in print(statement.text(at: 0) ?? "") }
/// ```
public final class SQL: Sendable {
    public let text: String
    let number: Int
    private static let counter = Atomic<Int>(0)

    public init(_ text: String) {
        self.text = text
        self.number = SQL.counter.add(1, ordering: .relaxed).oldValue
    }
}

extension Database {
    /// The prepared statement of `sql`, reset; a fresh one when the cached one is still
    /// iterating (a query inside a `forEach` body running the same SQL).
    func statement(_ sql: SQL) throws -> Statement {
        if sql.number < preparedStatements.count, let statement = preparedStatements[sql.number] {
            return try reusing(statement)
        }
        let statement = try Statement(database: self, sql: sql.text)
        if sql.number >= preparedStatements.count {
            preparedStatements.append(contentsOf: repeatElement(nil, count: sql.number + 1 - preparedStatements.count))
        }
        preparedStatements[sql.number] = statement
        return statement
    }

    /// Runs `sql` with positional arguments.
    public func execute(_ sql: SQL, _ arguments: (any DatabaseValueConvertible)?...) throws {
        try execute(sql, arguments: arguments)
    }

    /// Runs `sql` with an array of positional arguments.
    public func execute(_ sql: SQL, arguments: [(any DatabaseValueConvertible)?]) throws {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindPositional(arguments)
        while try statement.step() {}
    }

    /// The first column of the first row of `sql`, or nil when there is no row or it is NULL.
    public func scalar<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: SQL, _ arguments: (any DatabaseValueConvertible)?...) throws -> T? {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindPositional(arguments)
        guard try statement.step() else { return nil }
        return T.fromDatabaseValue(statement.value(at: 0))
    }

    /// The first column of the first row of `sql` as an integer (nil: no row, or NULL).
    public func int64(_ sql: SQL, _ arguments: (any DatabaseValueConvertible)?...) throws -> Int64? {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindPositional(arguments)
        guard try statement.step() else { return nil }
        return statement.columnInt64(at: 0)
    }

    /// Calls `body` with the statement positioned on each row of `sql` (read its columns
    /// with `columnInt64(at:)`, `columnText(at:)`; do not keep it).
    public func forEach(_ sql: SQL, _ arguments: [(any DatabaseValueConvertible)?], _ body: (Statement) throws -> Void) throws {
        try forEachWhile(sql, arguments) { row in
            try body(row)
            return true
        }
    }

    /// `forEach` that stops (and resets the statement) when `body` returns false.
    public func forEachWhile(_ sql: SQL, _ arguments: [(any DatabaseValueConvertible)?], _ body: (Statement) throws -> Bool) throws {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindPositional(arguments)
        statement.isIterating = true
        defer { statement.isIterating = false }
        while try statement.step() {
            guard try body(statement) else { return }
        }
    }
}

extension Statement {
    /// Binds positional values to parameters 1...n (their count must match).
    func bindPositional(_ arguments: [(any DatabaseValueConvertible)?]) throws {
        let count = Int(sqlite3_bind_parameter_count(handle))
        guard arguments.count == count else {
            throw DatabaseError(code: SQLITE_RANGE, message: "expected \(count) arguments, got \(arguments.count)", sql: sql)
        }
        // Texts are copied to the statement's arena, bound without a copy by SQLite.
        arena.open()
        defer { arena.close() }
        // (Each value bound where it lies in the array, not copied out of it first.)
        try arguments.withUnsafeBufferPointer { values in
            for i in 0..<values.count {
                let index = Int32(i + 1)
                let code = values[i]?.bind(to: self, at: index) ?? sqlite3_bind_null(handle, index)
                guard code == SQLITE_OK else { throw DatabaseError(connection: connection, code: code, sql: sql) }
            }
        }
    }

    /// The integer in column `index` of the current row; nil for NULL (and for a value
    /// that is not an integer or an integral real, like `Int64.fromDatabaseValue`).
    public func columnInt64(at index: Int) -> Int64? {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return sqlite3_column_int64(handle, i)
        case SQLITE_NULL: return nil
        default: return Int64.fromDatabaseValue(value(at: index))
        }
    }

    /// The text in column `index` of the current row; nil for NULL (numbers as text, like
    /// `String.fromDatabaseValue`).
    public func columnText(at index: Int) -> String? {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, i) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, i))
            return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        case SQLITE_NULL: return nil
        default: return String.fromDatabaseValue(value(at: index))
        }
    }
}

// MARK: - Typed binding (the writer's hot statements)

extension Statement {
    /// Binds an integer to parameter `i` (1-based); a failure is kept for `Database.run`.
    @inline(__always) func bind(_ value: Int64, _ i: Int32) { note(sqlite3_bind_int64(handle, i, value)) }
    @inline(__always) func bind(_ value: Int, _ i: Int32) { note(sqlite3_bind_int64(handle, i, Int64(value))) }
    @inline(__always) func bind(_ value: Bool, _ i: Int32) { note(sqlite3_bind_int64(handle, i, value ? 1 : 0)) }
    @inline(__always) func bind(_ value: Int64?, _ i: Int32) {
        if let value { bind(value, i) } else { note(sqlite3_bind_null(handle, i)) }
    }
    /// Binds a text as `bindText(_:at:)` does (from the arena while `Database.run` binds).
    @inline(__always) func bind(_ value: String, _ i: Int32) { note(bindText(value, at: i)) }
    @inline(__always) func bind(_ value: String?, _ i: Int32) {
        if let value { bind(value, i) } else { note(sqlite3_bind_null(handle, i)) }
    }
    /// A day as its ISO text (`CalendarDay.bind(to:at:)`).
    @inline(__always) func bind(_ value: CalendarDay?, _ i: Int32) {
        if let value { bind(value.iso, i) } else { note(sqlite3_bind_null(handle, i)) }
    }

    @inline(__always) private func note(_ code: Int32) {
        if code != SQLITE_OK && bindFailure == SQLITE_OK { bindFailure = code }
    }
}

extension Database {
    /// Runs `sql` (to its end) with parameters bound by `bind`, by type: no array of values
    /// and no existential per value, for the statements the writer runs most.
    ///
    /// ```swift
    /// try db.run(Store.insertSentence) { s in s.bind(articleID, 1); s.bind(ordinal, 2); ... }
    /// ```
    func run(_ sql: SQL, _ bind: (Statement) throws -> Void) throws {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindTyped(bind)
        while try statement.step() {}
    }

    /// The first column of the first row of `sql` as a text (nil: no row, or NULL; a number
    /// as text, like `scalar(String.self, ...)`), parameters bound by `bind` (see `run`).
    func text(_ sql: SQL, _ bind: (Statement) throws -> Void) throws -> String? {
        try firstRow(sql, bind) { $0.columnText(at: 0) }
    }

    /// The first column of the first row of `sql` as an integer (nil: no row, or NULL),
    /// parameters bound by `bind` (see `run`).
    func int64(_ sql: SQL, _ bind: (Statement) throws -> Void) throws -> Int64? {
        try firstRow(sql, bind) { $0.columnInt64(at: 0) }
    }

    /// What `read` takes from the first row of `sql` (nil: no row), parameters bound by `bind`.
    private func firstRow<T>(_ sql: SQL, _ bind: (Statement) throws -> Void, _ read: (Statement) -> T?) throws -> T? {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bindTyped(bind)
        guard try statement.step() else { return nil }
        return read(statement)
    }
}

extension Statement {
    func bindTyped(_ bind: (Statement) throws -> Void) throws {
        arena.open()
        defer { arena.close() }
        bindFailure = SQLITE_OK
        try bind(self)
        guard bindFailure == SQLITE_OK else { throw DatabaseError(connection: connection, code: bindFailure, sql: sql) }
    }
}

/// `INSERT OR IGNORE INTO table(columns) VALUES (...), (...), ...`: up to `MultiRowInsert.most`
/// rows a statement, for the rows an article writes by the dozen (sentences, mentions).
///
/// One statement per row costs a statement's set-up and tear-down per row (cursors opened
/// and closed, the VM reset, the binding in Swift); one statement for many rows pays them
/// once. `OR IGNORE` because a plain multi-row INSERT into a table with NOT NULL, UNIQUE or
/// CHECK constraints may have to undo the rows it wrote before a failing one, so SQLite
/// keeps a statement journal (a copy of every page the statement changes): that cost as much
/// as the statements saved (lane speed8). The writer's rows never fail those constraints;
/// `insert` checks that every row went in (`sqlite3_changes`) and throws otherwise, which
/// fails the article as a failing single-row INSERT did. (With foreign keys enforced, SQLite
/// keeps the journal all the same: see `Store.withoutForeignKeyChecks`.)
struct MultiRowInsert: Sendable {
    static let most = 16
    let columns: Int
    /// By row count minus one.
    private let statements: [SQL]

    init(_ prefix: String, columns: Int) {
        self.columns = columns
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        statements = (1...MultiRowInsert.most).map { n in
            SQL(prefix + " VALUES " + Array(repeating: row, count: n).joined(separator: ", "))
        }
    }

    /// Inserts `count` rows, `bind(statement, row, firstParameter)` binding row `row`'s
    /// columns from parameter `firstParameter` on. Returns the rowid of the last row (the
    /// rows of one statement get consecutive rowids: SQLite gives each new row one more than
    /// the table's greatest), or nil when `count` is 0. With `requiringAll` false, a row that
    /// `OR IGNORE` leaves out (it meets a unique key) is not an error, as for single-row
    /// `INSERT OR IGNORE`s (and the rowid returned is the last row's only when none was).
    @discardableResult
    func insert(_ count: Int, in db: Database, requiringAll: Bool = true, _ bind: (Statement, Int, Int32) -> Void) throws -> Int64? {
        var done = 0
        while done < count {
            let n = min(MultiRowInsert.most, count - done)
            let first = done
            try db.run(statements[n - 1]) { s in
                for r in 0..<n { bind(s, first + r, Int32(r * columns + 1)) }
            }
            guard db.changes == n || !requiringAll else {
                throw DatabaseError(code: 19, message: "constraint failed: \(n - db.changes) of \(n) rows not inserted", sql: statements[n - 1].text)
            }
            done += n
        }
        return count > 0 ? db.lastInsertedRowID : nil
    }
}
