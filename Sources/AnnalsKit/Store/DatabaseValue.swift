import CSQLite

/// A value as SQLite stores it: one of its five storage classes.
///
/// ```swift
/// let v: DatabaseValue = 42.databaseValue   // .integer(42)
/// Int.fromDatabaseValue(v)                  // 42
/// ```
public enum DatabaseValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as plain text, as the sqlite3 shell would print it (`""` for NULL).
    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .text(let s): return s
        case .blob(let b): return "x'" + b.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined() + "'"
        }
    }
}

/// A Swift type that can be bound to a statement parameter and read from a column.
///
/// Conforming: `Int`, `Int64`, `Double`, `String`, `Bool`, `[UInt8]`, `CalendarDay`,
/// `DatabaseValue`, and `Optional` of any of them (nil is NULL).
public protocol DatabaseValueConvertible: Sendable {
    var databaseValue: DatabaseValue { get }
    /// Nil when the value cannot be read as `Self` (wrong type, NULL for a non-optional).
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
    /// Binds the value to parameter `index` of `statement`, returning SQLite's result code
    /// (the default binds `databaseValue`; the common types bind without making one).
    func bind(to statement: Statement, at index: Int32) -> Int32
}

extension DatabaseValueConvertible {
    public func bind(to statement: Statement, at index: Int32) -> Int32 {
        statement.bindValue(databaseValue, at: index)
    }
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public func bind(to statement: Statement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement.handle, index, self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        switch value {
        case .integer(let i): return i
        case .real(let d): return d.rounded(.towardZero) == d ? Int64(exactly: d) : nil
        default: return nil
        }
    }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public func bind(to statement: Statement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement.handle, index, Int64(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        Int64.fromDatabaseValue(value).flatMap { Int(exactly: $0) }
    }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .real(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        default: return nil
        }
    }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public func bind(to statement: Statement, at index: Int32) -> Int32 { statement.bindText(self, at: index) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        switch value {
        case .text(let s): return s
        case .integer, .real: return value.description
        default: return nil
        }
    }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public func bind(to statement: Statement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement.handle, index, self ? 1 : 0) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .integer(let i): return i != 0
        case .real(let d): return d != 0
        default: return nil
        }
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    public var databaseValue: DatabaseValue { .blob(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> [UInt8]? {
        switch value {
        case .blob(let b): return b
        case .text(let s): return Array(s.utf8)
        default: return nil
        }
    }
}

extension CalendarDay: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text.
    public var databaseValue: DatabaseValue { .text(iso) }
    public func bind(to statement: Statement, at index: Int32) -> Int32 { statement.bindText(iso, at: index) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> CalendarDay? {
        if case .text(let s) = value { return CalendarDay(iso: s) }
        return nil
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    public func bind(to statement: Statement, at index: Int32) -> Int32 {
        self?.bind(to: statement, at: index) ?? sqlite3_bind_null(statement.handle, index)
    }
    /// `.some(nil)` for NULL, `.some(value)` for a readable value, nil when unreadable.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
}
