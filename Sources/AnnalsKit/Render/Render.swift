/// Renders results as text.
///
/// ```swift
/// let result = try QueryResult.run("SELECT * FROM defections", in: db)
/// print(Render.render(result, as: .table), terminator: "")
/// print(Render.json(records), terminator: "")      // records: [EventRecord]
/// ```
/// Every rendering ends with a newline (an empty result in JSON is `[]`).
public enum Render {
    public static func render(_ result: QueryResult, as format: OutputFormat, maxCellWidth: Int = 60) -> String {
        switch format {
        case .table: return table(result, maxCellWidth: maxCellWidth)
        case .json: return json(result)
        case .csv: return csv(result)
        case .md: return markdown(result)
        }
    }

    /// Records rendered in any format: JSON from their own JSON form (nested arrays kept),
    /// the other formats from their flat table form.
    public static func render<R: JSONRepresentable & TableRepresentable>(_ records: [R], as format: OutputFormat,
                                                                        maxCellWidth: Int = 60) -> String {
        switch format {
        case .json: return json(records)
        default: return render(R.queryResult(records), as: format, maxCellWidth: maxCellWidth)
        }
    }

    /// A JSON array, one element per line.
    public static func json<R: JSONRepresentable>(_ records: [R]) -> String {
        jsonArray(records.map(\.jsonValue))
    }

    /// Rows as a JSON array of objects keyed by column name.
    public static func json(_ result: QueryResult) -> String {
        jsonArray(result.rows.map { row in
            .object(result.columns.enumerated().map { i, name in (name, JSONValue(i < row.count ? row[i] : .null)) })
        })
    }

    static func jsonArray(_ values: [JSONValue]) -> String {
        if values.isEmpty { return "[]\n" }
        var out = "[\n"
        for (i, value) in values.enumerated() {
            value.write(to: &out)
            out += i == values.count - 1 ? "\n" : ",\n"
        }
        return out + "]\n"
    }

    /// RFC 4180 CSV: a header line, fields quoted when they hold a comma, quote, CR or LF
    /// (or edge spaces), quotes doubled. Lines end with LF. NULL is an empty field.
    public static func csv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            let needsQuotes = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                || s.first == " " || s.last == " "
            return needsQuotes ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out = result.columns.map(field).joined(separator: ",") + "\n"
        for row in result.rows {
            out += row.map { field($0.description) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A GitHub-flavoured Markdown table; `|` escaped, line breaks as `<br>`.
    public static func markdown(_ result: QueryResult) -> String {
        func cell(_ s: String) -> String {
            var text = s.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|")
            text = text.replacingAll("\r\n", with: "<br>").replacingAll("\n", with: "<br>").replacingAll("\r", with: "<br>")
            return text.isEmpty ? " " : text
        }
        guard !result.columns.isEmpty else { return "" }
        var out = "| " + result.columns.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + result.columns.map { _ in " --- " }.joined(separator: "|") + "|\n"
        for row in result.rows {
            let cells = result.columns.indices.map { i in cell(i < row.count ? row[i].description : "") }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Aligned columns for a terminal: a header, a rule, one line per row; numbers right-
    /// aligned; line breaks shown as spaces; cells longer than `maxCellWidth` characters cut
    /// with `…`. An empty result prints `(no rows)`.
    public static func table(_ result: QueryResult, maxCellWidth: Int = 60) -> String {
        let width = max(maxCellWidth, 4)
        func clean(_ s: String) -> String {
            var text = String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
            if text.count > width { text = String(text.prefix(width - 1)) + "…" }
            return text
        }
        guard !result.columns.isEmpty else { return "" }
        let header = result.columns.map(clean)
        let body = result.rows.map { row in
            result.columns.indices.map { i -> (String, Bool) in
                let value = i < row.count ? row[i] : .null
                let numeric: Bool
                switch value {
                case .integer, .real: numeric = true
                default: numeric = false
                }
                return (clean(value.description), numeric)
            }
        }
        var widths = header.map(\.count)
        for row in body {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.0.count) }
        }
        func pad(_ s: String, _ w: Int, right: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return right ? fill + s : s + fill
        }
        func line(_ cells: [String]) -> String {
            var text = cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var out = line(header.enumerated().map { pad($1, widths[$0], right: false) })
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in body {
            out += line(row.enumerated().map { pad($1.0, widths[$0], right: $1.1) })
        }
        if body.isEmpty { out += "(no rows)\n" }
        return out
    }
}
