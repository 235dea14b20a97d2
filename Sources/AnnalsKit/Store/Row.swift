/// Column names of a result, shared by its rows.
public final class RowLayout: Sendable {
    public let columns: [String]
    let indexByName: [String: Int]

    init(columns: [String]) {
        self.columns = columns
        var map: [String: Int] = [:]
        for (i, name) in columns.enumerated() where map[name.lowercased()] == nil {
            map[name.lowercased()] = i
        }
        self.indexByName = map
    }

    /// The index of a column, matched case-insensitively (the first of equal names).
    public func index(of name: String) -> Int? { indexByName[name.lowercased()] }
}

/// One result row: values by 0-based index or by column name.
///
/// ```swift
/// for row in try db.query("SELECT id, name FROM actor") {
///     let id = row["id", as: Int64.self]      // Int64?
///     let name: DatabaseValue = row[1]
/// }
/// ```
public struct Row: Sendable, Hashable {
    public let layout: RowLayout
    public let values: [DatabaseValue]

    public init(layout: RowLayout, values: [DatabaseValue]) {
        self.layout = layout
        self.values = values
    }

    public var columns: [String] { layout.columns }
    public var count: Int { values.count }

    /// The value at `index`; `.null` when out of range.
    public subscript(index: Int) -> DatabaseValue {
        values.indices.contains(index) ? values[index] : .null
    }

    /// The value of the column named `name`; `.null` when there is no such column.
    public subscript(name: String) -> DatabaseValue {
        layout.index(of: name).map { values[$0] } ?? .null
    }

    /// The value at `index` converted to `T`; nil for NULL or an unconvertible value.
    public subscript<T: DatabaseValueConvertible>(index: Int, as type: T.Type) -> T? {
        T.fromDatabaseValue(self[index])
    }

    /// The value of the column named `name` converted to `T`; nil for NULL, an
    /// unconvertible value, or a missing column.
    public subscript<T: DatabaseValueConvertible>(name: String, as type: T.Type) -> T? {
        T.fromDatabaseValue(self[name])
    }

    public static func == (a: Row, b: Row) -> Bool { a.columns == b.columns && a.values == b.values }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(values)
    }
}
