/// Records that can be shown as a flat table (for table, csv and md output).
public protocol TableRepresentable {
    static func queryResult(_ records: [Self]) -> QueryResult
}
