/// Values for the parameters of a statement: positional (`?`), named (`:name`), or both.
///
/// ```swift
/// try db.execute("INSERT INTO actor(key, name) VALUES (?, ?)", arguments: ["person:x", "X"])
/// try db.query("SELECT * FROM actor WHERE key = :key", arguments: [":key": "person:x"])
/// ```
public struct StatementArguments: Sendable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public var positional: [DatabaseValue]
    /// Keys include their prefix (`:name`, `@name` or `$name`); a key given without one
    /// is looked up as `:key`.
    public var named: [String: DatabaseValue]

    public init(_ positional: [(any DatabaseValueConvertible)?] = [], named: [String: (any DatabaseValueConvertible)?] = [:]) {
        self.positional = positional.map { $0?.databaseValue ?? .null }
        self.named = named.mapValues { $0?.databaseValue ?? .null }
    }

    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        self.init(elements)
    }

    public init(dictionaryLiteral elements: (String, (any DatabaseValueConvertible)?)...) {
        self.init(named: Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    public var isEmpty: Bool { positional.isEmpty && named.isEmpty }
}
