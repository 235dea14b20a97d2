extension Store {
    /// Writes one extracted event: merged into an existing event when one has the same
    /// type, the same (non-empty) set of agents, a compatible status and a compatible date;
    /// otherwise a new event. Either way the reading is kept as an `event_mention`.
    func storeEvent(_ event: ExtractedEvent, participants: [(actor: Int64, part: ParticipantPart)],
                    articleID: Int64, sentenceID: Int64, trigger: Range<Int>) throws {
        let db = database
        let agents = Set(participants.filter { $0.part == .agent }.map(\.actor))
        let eventID: Int64
        if let match = try mergeCandidate(type: event.type, agents: agents, date: event.date, status: event.status, articleID: articleID) {
            eventID = match.id
            let date = EventDate.better(match.date, event.date)
            let status = match.status == .asserted || event.status == .asserted ? EventStatus.asserted : match.status
            try db.execute("""
                UPDATE event SET date = ?, date_start = ?, date_end = ?, date_precision = ?, date_basis = ?, status = ?,
                    cameo_code = coalesce(cameo_code, ?), plover_type = coalesce(plover_type, ?), object = coalesce(object, ?)
                WHERE id = ?
                """, date.text, date.start, date.end, date.precision.rawValue, date.basis, status.rawValue,
                event.cameoCode, event.ploverType, event.object, eventID)
        } else {
            guard let id = try db.scalar(Int64.self, """
                INSERT INTO event(type, cameo_code, plover_type, date, date_start, date_end, date_precision, date_basis,
                                  status, object, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, event.type, event.cameoCode, event.ploverType, event.date.text, event.date.start, event.date.end,
                event.date.precision.rawValue, event.date.basis, event.status.rawValue, event.object, event.summary)
            else {
                throw DatabaseError(code: 1, message: "event insert returned no id")
            }
            eventID = id
        }
        for participant in participants {
            try db.execute("INSERT OR IGNORE INTO event_participant(event_id, actor_id, part) VALUES (?, ?, ?)",
                           eventID, participant.actor, participant.part.rawValue)
        }
        try db.execute("""
            INSERT INTO event_mention(event_id, article_id, sentence_id, trigger_start, trigger_end, status, date,
                                      date_precision, date_basis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, eventID, articleID, sentenceID, trigger.lowerBound, trigger.upperBound, event.status.rawValue,
            event.date.text, event.date.precision.rawValue, event.date.basis)
    }

    struct StoredEvent {
        var id: Int64
        var date: EventDate
        var status: EventStatus
    }

    /// The existing event this reading is about, if any (see `storeEvent`). Among several,
    /// the one with the same interval, else the most precise, else the latest. Events the
    /// same article already reports are never candidates: within an article the extractor
    /// has already told one event from another ("two earlier attempts" are two vetoes).
    func mergeCandidate(type: String, agents: Set<Int64>, date: EventDate, status: EventStatus, articleID: Int64) throws -> StoredEvent? {
        guard let firstAgent = agents.min() else { return nil }
        // The new reading's interval when it is closed (a day, a month, ...): then only
        // overlapping events can be compatible.
        let closed: (start: String, end: String)? = {
            guard date.precision != .unknown, date.precision != .before, let s = date.start, let e = date.end else { return nil }
            return (s.iso, e.iso)
        }()
        var candidates: [StoredEvent] = []
        try database.forEach("""
            SELECT e.id, e.date_start, e.date_end, e.date_precision, e.date_basis, e.status,
                   (SELECT group_concat(p2.actor_id) FROM event_participant p2
                     WHERE p2.event_id = e.id AND p2.part = 'agent') AS agents
            FROM event_participant p
            JOIN event e ON e.id = p.event_id
            WHERE p.actor_id = ? AND p.part = 'agent' AND e.type = ?
              AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id AND m.article_id = ?)
              -- Two closed intervals are compatible only when one contains the other, so they
              -- overlap: skip the others here (open, unknown and 'before' dates always pass).
              AND (? IS NULL OR e.date_precision IN ('unknown', 'before') OR e.date_start IS NULL OR e.date_end IS NULL
                   OR (e.date_start <= ? AND e.date_end >= ?))
            """, arguments: [firstAgent, type, articleID, closed?.start, closed?.end, closed?.start]) { row in
            let theirAgents = Set((row["agents", as: String.self] ?? "").split(separator: ",").compactMap { Int64($0) })
            guard theirAgents == agents,
                  let id = row["id", as: Int64.self],
                  let theirStatus = row["status", as: String.self].flatMap(EventStatus.init(rawValue:)) else { return }
            let theirDate = EventDate(start: row["date_start", as: CalendarDay.self],
                                      end: row["date_end", as: CalendarDay.self],
                                      precision: row["date_precision", as: String.self].flatMap(DatePrecision.init(rawValue:)) ?? .unknown,
                                      basis: row["date_basis", as: String.self] ?? "")
            guard EventStatus.mayMerge(theirStatus, status), EventDate.compatible(theirDate, date) else { return }
            candidates.append(StoredEvent(id: id, date: theirDate, status: theirStatus))
        }
        return candidates.max { a, b in
            let aSame = a.date.start == date.start && a.date.end == date.end
            let bSame = b.date.start == date.start && b.date.end == date.end
            if aSame != bSame { return bSame }
            if a.date.rank != b.date.rank { return a.date.rank < b.date.rank }
            let aEnd = a.date.end?.dayNumber ?? Int.min, bEnd = b.date.end?.dayNumber ?? Int.min
            if aEnd != bEnd { return aEnd < bEnd }
            return a.id > b.id  // prefer the older event
        }
    }
}

extension EventStatus {
    /// Readings of one real-world event may disagree on whether it happened (asserted,
    /// denied, rumored, claimed, negated); an appeal or a hypothetical is a different thing
    /// from the event itself and merges only with its own kind.
    static func mayMerge(_ a: EventStatus, _ b: EventStatus) -> Bool {
        let factual: Set<EventStatus> = [.asserted, .denied, .rumored, .claimed, .negated]
        return a == b || (factual.contains(a) && factual.contains(b))
    }
}

extension EventDate {
    /// Whether two dates can be of the same event: the same interval, one containing the
    /// other, or a `before` bound that does not exclude the other date. An unknown date
    /// (or an undated `before`) is compatible with anything.
    public static func compatible(_ a: EventDate, _ b: EventDate) -> Bool {
        func isOpen(_ d: EventDate) -> Bool {
            d.precision == .unknown || (d.precision == .before && d.end == nil)
                || (d.precision != .before && (d.start == nil || d.end == nil))
        }
        if isOpen(a) || isOpen(b) { return true }
        if a.precision == .before && b.precision == .before { return true }  // both open to the past
        if a.precision == .before, let bound = a.end {
            // b happened on or before the bound when its earliest day is.
            return (b.start ?? b.end).map { $0 <= bound } ?? true
        }
        if b.precision == .before { return compatible(b, a) }
        guard let aStart = a.start, let aEnd = a.end, let bStart = b.start, let bEnd = b.end else { return true }
        return (aStart <= bStart && bEnd <= aEnd) || (bStart <= aStart && aEnd <= bEnd)
    }

    /// The more informative of two compatible dates: the higher rank; between two
    /// `before`s, the earlier bound; otherwise `a`.
    public static func better(_ a: EventDate, _ b: EventDate) -> EventDate {
        if b.rank > a.rank { return b }
        if b.rank == a.rank, a.precision == .before, b.precision == .before,
           let aEnd = a.end, let bEnd = b.end, bEnd < aEnd {
            return b
        }
        return a
    }
}
