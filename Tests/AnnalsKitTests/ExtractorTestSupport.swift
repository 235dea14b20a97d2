@testable import AnnalsKit

extension Extractor {
    /// The defections extracted from `text` published on `published` (ISO day): one
    /// (agent name, status, date text) per agent; an agentless defection gives agent "".
    ///
    /// ```swift
    /// Extractor().defections(in: "Gen. Karim Issa defected on Monday.", published: "2016-09-16")
    /// // [("Karim Issa", "asserted", "Monday")]
    /// ```
    func defections(in text: String, published: String) -> [(agent: String, status: String, date: String?)] {
        let x = extract(Article(published: CalendarDay(iso: published), publishedBasis: "metadata", text: text))
        return x.events.filter { $0.type == "defection" }.flatMap { e in
            let agents = e.participants.filter { $0.part == .agent }.map { x.actors[$0.actor].name }
            return (agents.isEmpty ? [""] : agents).map { ($0, e.status.rawValue, e.date.text) }
        }
    }
}
