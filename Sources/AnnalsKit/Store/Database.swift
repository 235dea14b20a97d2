import CSQLite

/// A connection to a SQLite database file.
///
/// ```swift
/// let db = try Database(path: "annals.sqlite")
/// try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)")
/// try db.execute("INSERT INTO t(name) VALUES (?)", "Fares")
/// let rows = try db.query("SELECT id, name FROM t WHERE name = ?", "Fares")
/// try db.transaction { try db.execute("DELETE FROM t") }
/// ```
///
/// On open: `PRAGMA foreign_keys = ON`, a busy timeout (so a second writer or a sqlite3
/// shell waits instead of failing), and, unless read-only, `journal_mode = WAL` with
/// `synchronous = NORMAL`. A connection is used from one thread at a time.
public final class Database {
    public enum OpenMode: Sendable {
        /// `SQLITE_OPEN_READONLY`: every write fails with `SQLITE_READONLY`.
        case readOnly
        /// The file must exist.
        case readWrite
        /// The file is created when missing.
        case readWriteCreate
    }

    let handle: OpaquePointer
    public let path: String
    public let mode: OpenMode
    private var statementCache: [String: Statement] = [:]
    /// Statements of `SQL` constants, by `SQL.number` (see `Database+SQL.swift`).
    var preparedStatements: [Statement?] = []
    /// Checkpoints the write-ahead log in the background, when asked to (`checkpointInBackground`).
    var walCheckpointer: WALCheckpointer?

    /// Opens `path`. `enableWAL` can be false to defer switching the journal mode (the
    /// store checks a file is an Annals database before changing anything); call
    /// `enableWAL()` later.
    public init(path: String, mode: OpenMode = .readWriteCreate, busyTimeout milliseconds: Int32 = 10_000,
                enableWAL: Bool = true) throws {
        _ = Database.configured
        var flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        flags |= SQLITE_OPEN_NOMUTEX
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let error = DatabaseError(connection: db, code: code, sql: nil)
            sqlite3_close_v2(db)
            throw DatabaseError(code: error.extendedCode, message: "cannot open \(path): \(error.message)")
        }
        self.handle = db
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, milliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if enableWAL && mode != .readOnly {
            try self.enableWAL()
        }
    }

    /// Process-wide SQLite settings, made once before the first connection opens: no memory
    /// statistics (Annals never reads them, and keeping them takes a global mutex around
    /// every allocation SQLite makes, a few percent of the writer's time).
    private static let configured: Bool = {
        annals_sqlite_disable_memstatus() == SQLITE_OK
    }()

    deinit {
        if let walCheckpointer {
            sqlite3_wal_hook(handle, nil, nil)
            walCheckpointer.stop()
        }
        statementCache.removeAll()
        preparedStatements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Switches to write-ahead logging with `synchronous = NORMAL` and a 64 MiB page cache (no-op when read-only;
    /// in-memory databases keep their `memory` journal).
    public func enableWAL() throws {
        guard mode != .readOnly else { return }
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = NORMAL")
        // 64 MiB of page cache (the default is 2 MiB): ingest re-reads the same event and
        // actor pages for every article, and a small cache sends each read to the kernel.
        try execute("PRAGMA cache_size = -65536")
    }

    // MARK: Statements

    /// Prepares a new statement (not cached).
    public func makeStatement(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A prepared statement from the cache, keyed by SQL text, reset and ready to bind.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return try reusing(statement) }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// A cached statement, reset for another run; a fresh one when it is still iterating (a
    /// query inside a `forEach` body running the same SQL cannot reuse it).
    func reusing(_ statement: Statement) throws -> Statement {
        if statement.isIterating { return try Statement(database: self, sql: statement.sql) }
        statement.reset()
        return statement
    }

    /// How many statements the cache holds (for tests and diagnostics).
    public var cachedStatementCount: Int { statementCache.count }

    // MARK: Executing

    /// Runs one statement with positional arguments.
    public func execute(_ sql: String, _ arguments: (any DatabaseValueConvertible)?...) throws {
        try execute(sql, arguments: StatementArguments(arguments))
    }

    /// Runs one statement with the given arguments.
    public func execute(_ sql: String, arguments: StatementArguments) throws {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// Runs SQL text holding any number of statements, without arguments
    /// (migrations, schema files).
    public func executeScript(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) }
            sqlite3_free(errorMessage)
            throw DatabaseError(code: sqlite3_extended_errcode(handle) & 0xFF == code ? sqlite3_extended_errcode(handle) : code,
                                message: message, sql: sql)
        }
    }

    /// All rows of a query with positional arguments.
    public func query(_ sql: String, _ arguments: (any DatabaseValueConvertible)?...) throws -> [Row] {
        try query(sql, arguments: StatementArguments(arguments))
    }

    /// All rows of a query.
    public func query(_ sql: String, arguments: StatementArguments) throws -> [Row] {
        var rows: [Row] = []
        try forEach(sql, arguments: arguments) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row as it is read, without collecting them.
    public func forEach(_ sql: String, arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        statement.isIterating = true
        defer { statement.isIterating = false }
        while try statement.step() {
            try body(statement.row())
        }
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: (any DatabaseValueConvertible)?...) throws -> T? {
        try scalar(type, sql, arguments: StatementArguments(arguments))
    }

    public func scalar<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: String, arguments: StatementArguments) throws -> T? {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        guard try statement.step() else { return nil }
        return T.fromDatabaseValue(statement.value(at: 0))
    }

    /// The rowid of the last inserted row.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True when no transaction is open.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    // MARK: Transactions

    /// Runs `body` in `BEGIN IMMEDIATE ... COMMIT`; rolls back and rethrows when it throws.
    /// Nested calls run in a savepoint.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if !isAutocommit {
            return try savepoint(body)
        }
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` in a savepoint; rolls back to it when it throws.
    @discardableResult
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT annals_savepoint")
        do {
            let result = try body()
            try execute("RELEASE annals_savepoint")
            return result
        } catch {
            try? execute("ROLLBACK TO annals_savepoint")
            try? execute("RELEASE annals_savepoint")
            throw error
        }
    }
}
