// INTERIM (replaced by the Time lane on merge).
public enum TimexType: String, Sendable, Codable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }
public struct TimeExpression: Sendable, Hashable {
    public var range: TextRange
    public var text: String
    public var type: TimexType
    public var value: String
    public var date: EventDate?
}
public struct TemporalTagger: Sendable {
    let anchor: CalendarDay?
    public init(anchor: CalendarDay?) { self.anchor = anchor }
    public func tag(_ text: String) -> [TimeExpression] {
        guard let anchor else { return [] }
        let days = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
        var out: [TimeExpression] = []
        for t in Tokenizer.tokens(in: text) {
            let w = String(decoding: Array(text.utf8)[t.range], as: UTF8.self).lowercased()
            if let i = days.firstIndex(of: w) {
                var back = anchor.weekday - i; if back < 0 { back += 7 }
                let d = anchor.adding(days: -back)
                out.append(TimeExpression(range: t.range, text: w, type: .date, value: d.iso, date: .day(d, basis: w)))
            } else if w == "today" {
                out.append(TimeExpression(range: t.range, text: w, type: .date, value: anchor.iso, date: .day(anchor, basis: w)))
            }
        }
        return out
    }
}
public enum PublicationDateInference {
    public static func infer(title: String?, text: String) -> (day: CalendarDay, basis: String)? { nil }
}
