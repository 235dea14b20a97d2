import CSQLite

/// An error reported by SQLite, with its result code and the SQL that caused it.
///
/// ```swift
/// do { try db.execute("INSERT INTO t(id) VALUES (1)") }
/// catch let error as DatabaseError where error.primaryCode == SQLITE_CONSTRAINT { ... }
/// ```
public struct DatabaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067, ...).
    public var extendedCode: Int32
    /// The primary result code (`SQLITE_CONSTRAINT` = 19, ...).
    public var primaryCode: Int32 { extendedCode & 0xFF }
    public var message: String
    public var sql: String?

    public init(code: Int32, message: String? = nil, sql: String? = nil) {
        self.extendedCode = code
        self.message = message ?? String(cString: sqlite3_errstr(code))
        self.sql = sql
    }

    /// Reads the last error of a connection.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode may be stale when `code` came from elsewhere.
        self.init(code: (extended & 0xFF) == (code & 0xFF) ? extended : code, message: message, sql: sql)
    }

    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(primaryCode)"
        if extendedCode != primaryCode { text += " (extended \(extendedCode))" }
        text += ": \(message)"
        if let sql { text += " — in `\(sql)`" }
        return text
    }
}
