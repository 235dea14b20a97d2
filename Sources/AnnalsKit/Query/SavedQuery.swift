import CSQLite

/// A named query kept in the `saved_query` table, so the `sqlite3` shell sees it too.
///
/// ```swift
/// try store.saveQuery(name: "by-type", sql: "select * from event_timeline where type = :type")
/// let rows = try store.runSavedQuery("by-type", parameters: ["type": "veto"])
/// ```
/// Parameters are the statement's named parameters (`:type`); `defaults` gives values a
/// run may leave out (`annals ask --save` stores the question's values there).
public struct SavedQuery: Sendable, Hashable, JSONRepresentable {
    public var name: String
    public var sql: String
    public var title: String?
    public var description: String?
    /// Parameter names without the colon, in order of first use.
    public var parameters: [String]
    public var defaults: [String: DatabaseValue]
    public var createdAt: String
    public var updatedAt: String

    public var jsonValue: JSONValue {
        .object([("name", .string(name)), ("title", JSONValue(title)), ("description", JSONValue(description)),
                 ("sql", .string(sql)), ("parameters", .array(parameters.map(JSONValue.string))),
                 ("defaults", .object(defaults.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) })),
                 ("created_at", .string(createdAt)), ("updated_at", .string(updatedAt))])
    }
}

extension SavedQuery: TableRepresentable {
    public static func queryResult(_ queries: [SavedQuery]) -> QueryResult {
        QueryResult(columns: ["name", "title", "parameters", "description"], rows: queries.map { q in
            [.text(q.name), q.title.databaseValue, .text(q.parameters.map { ":" + $0 }.joined(separator: " ")), q.description.databaseValue]
        })
    }
}

/// Why a saved query could not be saved or run.
public enum SavedQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    case badName(String)
    case notFound(String)
    case exists(String)
    case missingParameters(name: String, missing: [String])
    case unknownParameters(name: String, unknown: [String], known: [String])
    case writes(String)

    public var description: String {
        switch self {
        case .badName(let name):
            return "'\(name)' is not a query name: use letters, digits, '-' and '_' (starting with a letter)"
        case .notFound(let name):
            return "no saved query named '\(name)' (see `annals query list`)"
        case .exists(let name):
            return "a query named '\(name)' exists; pass --replace to overwrite it"
        case let .missingParameters(name, missing):
            return "query '\(name)' needs " + missing.map { "--param \($0)=VALUE" }.joined(separator: " ")
        case let .unknownParameters(name, unknown, known):
            return "query '\(name)' has no parameter \(unknown.joined(separator: ", "))"
                + (known.isEmpty ? " (it takes none)" : "; it takes \(known.joined(separator: ", "))")
        case .writes(let sql):
            return "saved queries only read; this statement writes: \(sql)"
        }
    }
}

extension Store {
    /// Saves (or with `replace`, overwrites) a query. The SQL must compile and only read.
    @discardableResult
    public func saveQuery(name: String, sql: String, title: String? = nil, description: String? = nil,
                          defaults: [String: DatabaseValue] = [:], replace: Bool = false) throws -> SavedQuery {
        guard SavedQuery.isValidName(name) else { throw SavedQueryError.badName(name) }
        let parameters = try SavedQuery.parameters(of: sql, in: database)
        let now = self.now()
        let keptDefaults = defaults.filter { parameters.contains(SavedQuery.bareName($0.key)) }
        let defaultsJSON: String? = keptDefaults.isEmpty ? nil
            : JSONValue.object(keptDefaults.sorted { $0.key < $1.key }.map { (SavedQuery.bareName($0.key), JSONValue($0.value)) }).serialized()
        let parametersJSON = JSONValue.array(parameters.map(JSONValue.string)).serialized()
        try database.transaction {
            let existing = try savedQuery(named: name)
            if existing != nil && !replace { throw SavedQueryError.exists(name) }
            try database.execute("""
                INSERT INTO saved_query(name, sql, title, description, parameters, defaults, created_at, updated_at)
                VALUES (:name, :sql, :title, :description, :parameters, :defaults, :now, :now)
                ON CONFLICT(name) DO UPDATE SET sql = excluded.sql, title = excluded.title,
                    description = excluded.description, parameters = excluded.parameters,
                    defaults = excluded.defaults, updated_at = excluded.updated_at
                """, arguments: [":name": name, ":sql": sql, ":title": title, ":description": description,
                                 ":parameters": parametersJSON, ":defaults": defaultsJSON, ":now": now])
        }
        guard let saved = try savedQuery(named: name) else { throw SavedQueryError.notFound(name) }
        return saved
    }

    /// Every saved query, by name.
    public func savedQueries() throws -> [SavedQuery] {
        try database.query("SELECT * FROM saved_query ORDER BY name").map { SavedQuery(row: $0, in: database) }
    }

    public func savedQuery(named name: String) throws -> SavedQuery? {
        try database.query("SELECT * FROM saved_query WHERE name = ?", name).first.map { SavedQuery(row: $0, in: database) }
    }

    /// Deletes a saved query; false when there was none.
    @discardableResult
    public func deleteSavedQuery(named name: String) throws -> Bool {
        try database.execute("DELETE FROM saved_query WHERE name = ?", name)
        return database.changes > 0
    }

    /// Runs a saved query with `parameters` (names with or without ':'), falling back to
    /// its defaults. Every parameter must have a value; unknown names are refused.
    public func runSavedQuery(_ name: String, parameters: [String: String] = [:]) throws -> QueryResult {
        guard let query = try savedQuery(named: name) else { throw SavedQueryError.notFound(name) }
        var values: [String: (any DatabaseValueConvertible)?] = [:]
        for (key, value) in query.defaults { values[":" + key] = value }
        var unknown: [String] = []
        for (key, value) in parameters {
            let bare = SavedQuery.bareName(key)
            if query.parameters.contains(bare) { values[":" + bare] = value } else { unknown.append(bare) }
        }
        if !unknown.isEmpty {
            throw SavedQueryError.unknownParameters(name: name, unknown: unknown.sorted(), known: query.parameters)
        }
        let missing = query.parameters.filter { values[":" + $0] == nil }
        if !missing.isEmpty { throw SavedQueryError.missingParameters(name: name, missing: missing) }
        return try QueryResult.run(query.sql, arguments: StatementArguments(named: values), in: database)
    }
}

extension SavedQuery {
    init(row: Row, in db: Database) {
        name = row["name", as: String.self] ?? ""
        sql = row["sql", as: String.self] ?? ""
        title = row["title", as: String.self]
        description = row["description", as: String.self]
        parameters = SavedQuery.decodeStrings(row["parameters", as: String.self], in: db)
        defaults = SavedQuery.decodeDefaults(row["defaults", as: String.self], in: db)
        createdAt = row["created_at", as: String.self] ?? ""
        updatedAt = row["updated_at", as: String.self] ?? ""
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII, name.count <= 100 else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    static func bareName(_ key: String) -> String {
        if let first = key.first, ":@$".contains(first) { return String(key.dropFirst()) }
        return key
    }

    /// The named parameters of every statement in `sql`, in order of first use; throws
    /// when the SQL does not compile or would write.
    static func parameters(of sql: String, in db: Database) throws -> [String] {
        var names: [String] = []
        var any = false
        try sql.utf8CString.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var cursor: UnsafePointer<CChar>? = base
            while let current = cursor, current.pointee != 0 {
                var handle: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(db.handle, current, -1, &handle, &tail)
                guard code == SQLITE_OK else { throw DatabaseError(connection: db.handle, code: code, sql: sql) }
                cursor = tail
                guard let handle else { continue }
                defer { sqlite3_finalize(handle) }
                any = true
                if sqlite3_stmt_readonly(handle) == 0 { throw SavedQueryError.writes(sql.trimmedSQL) }
                let count = sqlite3_bind_parameter_count(handle)
                if count > 0 {
                    for i in 1...count {
                        guard let raw = sqlite3_bind_parameter_name(handle, i) else { continue }
                        let name = bareName(String(cString: raw))
                        if !names.contains(name) { names.append(name) }
                    }
                }
            }
        }
        if !any { throw SQLError.empty }
        return names
    }

    /// JSON read by SQLite itself (json_each), so values keep their SQL types.
    static func decodeStrings(_ json: String?, in db: Database) -> [String] {
        guard let json else { return [] }
        return ((try? db.query("SELECT value FROM json_each(?) WHERE type = 'text' ORDER BY key", json)) ?? [])
            .compactMap { $0[0, as: String.self] }
    }

    static func decodeDefaults(_ json: String?, in db: Database) -> [String: DatabaseValue] {
        guard let json else { return [:] }
        var out: [String: DatabaseValue] = [:]
        for row in (try? db.query("SELECT key, value FROM json_each(?) WHERE typeof(key) = 'text'", json)) ?? [] {
            if let key = row[0, as: String.self] { out[key] = row[1] }
        }
        return out
    }
}
