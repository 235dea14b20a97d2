/// How results are printed: `table` for people, `json`, `csv` and `md` for other programs
/// and documents.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv, md
}
