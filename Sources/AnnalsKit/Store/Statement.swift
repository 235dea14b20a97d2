import CSQLite
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// A prepared statement. Bind values, step through rows, read typed columns.
///
/// ```swift
/// let statement = try db.makeStatement("SELECT name FROM actor WHERE kind = :kind")
/// try statement.bind("person", named: ":kind")
/// while try statement.step() { print(statement.string(at: 0) ?? "") }
/// ```
/// A statement may outlive its `Database` object: the connection closes when the last
/// statement is finalized (`sqlite3_close_v2`).
public final class Statement {
    let handle: OpaquePointer
    /// The connection (not the `Database`, which caches statements: no reference cycle).
    let connection: OpaquePointer
    public let sql: String
    var isIterating = false
    /// The first failing result code of a typed binding (`bind(_:_:)`), checked by `Database.run`.
    var bindFailure: Int32 = 0
    /// Column names, shared by every row this statement produces.
    public private(set) lazy var layout: RowLayout = RowLayout(columns: (0..<columnCount).map(columnName(at:)))

    init(database: Database, sql: String) throws {
        var stmt: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        guard code == SQLITE_OK, let stmt else {
            throw DatabaseError(connection: database.handle, code: code, sql: sql)
        }
        self.handle = stmt
        self.connection = database.handle
        self.sql = sql
    }

    /// Wraps a statement prepared elsewhere (used for multi-statement SQL).
    init(database: Database, handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.connection = database.handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
        arena.release()
    }

    /// Where `bindPositional` copies the texts it binds, so that SQLite takes them without a
    /// copy of its own (`SQLITE_STATIC`: no allocation and free per text). A statement is used
    /// by one thread at a time, the arena only by its own methods: no dynamic exclusivity checks.
    @exclusivity(unchecked) var arena = TextArena()

    // MARK: Binding

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds a value to the 1-based parameter `index`.
    public func bind(_ value: (any DatabaseValueConvertible)?, at index: Int) throws {
        let i = Int32(index)
        let code = value?.bind(to: self, at: i) ?? sqlite3_bind_null(handle, i)
        guard code == SQLITE_OK else { throw DatabaseError(connection: connection, code: code, sql: sql) }
    }

    /// Binds `value` to parameter `i`; returns SQLite's result code.
    func bindValue(_ value: DatabaseValue, at i: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, i)
        case .integer(let v): return sqlite3_bind_int64(handle, i, v)
        case .real(let v): return sqlite3_bind_double(handle, i, v)
        case .text(let s): return bindText(s, at: i)
        case .blob(let b):
            return b.withUnsafeBytes { raw in
                sqlite3_bind_blob(handle, i, raw.baseAddress, Int32(raw.count), annals_sqlite_transient())
            }
        }
    }

    /// Binds a text from its UTF-8 bytes in place (no C string made). As with a C string,
    /// the text ends at its first NUL: what SQLite has always stored of such a text.
    func bindText(_ text: String, at i: Int32) -> Int32 {
        var text = text
        let handle = self.handle
        return text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> Int32 in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, i, "", 0, annals_sqlite_transient())
            }
            let raw = UnsafeRawPointer(base)
            var length = bytes.count
            if let nul = memchr(raw, 0, bytes.count) { length = raw.distance(to: UnsafeRawPointer(nul)) }
            if arena.isOpen {
                // Copied where it stays until the statement is bound again (see `TextArena`).
                let copy = arena.copy(raw, count: length)
                return sqlite3_bind_text(handle, i, copy.assumingMemoryBound(to: CChar.self), Int32(length), nil)
            }
            return sqlite3_bind_text(handle, i, raw.assumingMemoryBound(to: CChar.self), Int32(length), annals_sqlite_transient())
        }
    }

    /// Binds a value to a named parameter (`:name`; a name without prefix is taken as `:name`).
    public func bind(_ value: (any DatabaseValueConvertible)?, named name: String) throws {
        let index = parameterIndex(name)
        guard index > 0 else {
            throw DatabaseError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    func parameterIndex(_ name: String) -> Int {
        let candidates = [":", "@", "$"].contains(where: name.hasPrefix) ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in candidates {
            let index = Int(sqlite3_bind_parameter_index(handle, candidate))
            if index > 0 { return index }
        }
        return 0
    }

    /// Clears previous bindings, then binds `arguments`. Positional values fill the
    /// parameters in order; a count mismatch is an error.
    public func bind(_ arguments: StatementArguments) throws {
        sqlite3_clear_bindings(handle)
        if !arguments.positional.isEmpty {
            guard arguments.named.isEmpty || arguments.positional.count <= parameterCount else {
                throw DatabaseError(code: SQLITE_RANGE, message: "too many arguments", sql: sql)
            }
            if arguments.named.isEmpty && arguments.positional.count != parameterCount {
                throw DatabaseError(code: SQLITE_RANGE, message: "expected \(parameterCount) arguments, got \(arguments.positional.count)", sql: sql)
            }
            for (offset, value) in arguments.positional.enumerated() {
                try bind(value, at: offset + 1)
            }
        }
        for (name, value) in arguments.named {
            try bind(value, named: name)
        }
        if arguments.isEmpty && parameterCount > 0 {
            throw DatabaseError(code: SQLITE_RANGE, message: "expected \(parameterCount) arguments, got 0", sql: sql)
        }
    }

    // MARK: Stepping

    /// Advances to the next row: true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let code: Int32
        if StatementProfile.isEnabled {
            let start = DispatchTime.now().uptimeNanoseconds
            code = sqlite3_step(handle)
            StatementProfile.record(sql, nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        } else {
            code = sqlite3_step(handle)
        }
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError(connection: connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Rewinds the statement so it can run again (bindings are kept).
    public func reset() {
        sqlite3_reset(handle)
    }

    /// True when the statement does not write to the database (`sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Columns

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(at index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The value of the current row at `index` (0-based).
    public func value(at index: Int) -> DatabaseValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, i) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, i))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let bytes = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    public func int64(at index: Int) -> Int64? { Int64.fromDatabaseValue(value(at: index)) }
    public func int(at index: Int) -> Int? { Int.fromDatabaseValue(value(at: index)) }
    public func double(at index: Int) -> Double? { Double.fromDatabaseValue(value(at: index)) }
    public func string(at index: Int) -> String? { String.fromDatabaseValue(value(at: index)) }

    /// The current row as a `Row` value.
    public func row() -> Row {
        Row(layout: layout, values: (0..<layout.columns.count).map(value(at:)))
    }
}

/// Memory for the texts of one binding of a statement, bound with `SQLITE_STATIC`: SQLite
/// reads a bound text when the statement steps, until it is bound again, so a text copied
/// here must stay until the statement's next binding (`open()`), which reuses the memory.
/// Chunks never move: one that is full is kept (until then) and a bigger one started.
struct TextArena {
    private var chunk: UnsafeMutableRawPointer?
    private var capacity = 0
    private var used = 0
    /// Full chunks still holding texts of the current binding.
    private var retired: [UnsafeMutableRawPointer] = []
    /// Whether texts bound now go here (between `open()` and `close()`).
    private(set) var isOpen = false

    /// Starts a binding: the texts of the previous one are no longer read.
    mutating func open() {
        for old in retired { free(old) }
        retired.removeAll(keepingCapacity: true)
        used = 0
        isOpen = true
    }

    mutating func close() { isOpen = false }

    /// A copy of `count` bytes at `bytes`, valid until the next `open()`.
    mutating func copy(_ bytes: UnsafeRawPointer, count: Int) -> UnsafeRawPointer {
        if used + count > capacity || chunk == nil {
            if let chunk { retired.append(chunk) }
            capacity = max(4096, 2 * capacity, count)
            chunk = malloc(capacity)!
            used = 0
        }
        let destination = chunk! + used
        memcpy(destination, bytes, count)
        used += count
        return UnsafeRawPointer(destination)
    }

    /// Frees every chunk (the statement is finalized).
    mutating func release() {
        for old in retired { free(old) }
        retired.removeAll()
        free(chunk)
        chunk = nil
    }
}
