/// A JSON value whose objects keep their keys in order, so output follows the documented
/// contract field by field.
///
/// ```swift
/// let v: JSONValue = .object([("id", .int(7)), ("date", .null)])
/// v.serialized()   // {"id":7,"date":null}
/// ```
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(_ string: String?) { self = string.map(JSONValue.string) ?? .null }
    public init(_ int: Int64?) { self = int.map(JSONValue.int) ?? .null }

    /// A database value as JSON: integers as numbers, NULL as null, blobs as hex text.
    public init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let i): self = .int(i)
        case .real(let d): self = .double(d)
        case .text(let s): self = .string(s)
        case .blob: self = .string(value.description)
        }
    }

    /// Compact JSON text.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if !d.isFinite { out += "null" }
            else if d == d.rounded(.towardZero) && abs(d) < 1e15 { out += String(Int64(d)) + ".0" }
            else { out += String(d) }
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped
    /// (and U+2028/U+2029, which break JavaScript).
    public static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Values that have a JSON form (records of the query layer).
public protocol JSONRepresentable {
    var jsonValue: JSONValue { get }
}
