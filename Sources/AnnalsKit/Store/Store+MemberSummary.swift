extension Store {
    /// What `appendToSoleEvent` needs to know about an event's mentions, kept in
    /// `event_member_summary` so that a growing event takes one more mention in constant
    /// time: whether a new date is compatible with every one of theirs, and which of them
    /// comes first (gives the date and summary) and first in content order with a code or
    /// an object.
    ///
    /// Compatibility with every reading reduces exactly to this: an open date fits anything;
    /// against dated `before` readings only the earliest bound matters; bounded dates are
    /// checked one by one, but only the distinct ones (a chain of nested intervals).
    ///
    /// ```swift
    /// var s = MemberSummary(mergeDate: .day(CalendarDay(2012, 7, 19), basis: "on"), sortKey: "a", has: [false, false, true])
    /// s.fits(.day(CalendarDay(2012, 7, 20), basis: "on"))   // false
    /// ```
    struct MemberSummary {
        typealias OrderKey = (rank: Int, end: Int, sortKey: String)

        /// Distinct bounded dates, as 'precision|start|end'.
        var closed: Set<String>
        /// The earliest bound of a dated `before` reading.
        var beforeEnd: CalendarDay?
        /// The key of the first reading: most precise date, then earliest end, then content order.
        var first: OrderKey
        /// The first sort key with a CAMEO code, a PLOVER type, an object.
        var firstWith: [String?]
        /// How many readings it summarises (migration 0015: stored, it is valid only while
        /// its event has that many mentions).
        var members: Int

        init(closed: Set<String>, beforeEnd: CalendarDay?, first: OrderKey, firstWith: [String?], members: Int) {
            self.closed = closed
            self.beforeEnd = beforeEnd
            self.first = first
            self.firstWith = firstWith
            self.members = members
        }

        /// The summary of one reading.
        init(mergeDate: EventDate, sortKey: String, has: [Bool]) {
            self.init(closed: [], beforeEnd: nil, first: MemberSummary.key(mergeDate, sortKey), firstWith: [nil, nil, nil], members: 1)
            addDate(mergeDate)
            for i in 0..<3 where has[i] { firstWith[i] = sortKey }
        }

        /// Whether `a` comes before `b` (equal keys: neither).
        static func before(_ a: OrderKey, _ b: OrderKey) -> Bool {
            if a.rank != b.rank { return a.rank > b.rank }
            if a.end != b.end { return a.end < b.end }
            return a.sortKey < b.sortKey
        }

        static func key(_ mergeDate: EventDate, _ sortKey: String) -> OrderKey {
            (mergeDate.rank, mergeDate.end?.dayNumber ?? Int.min, sortKey)
        }

        /// Adds one more reading (`has`: whether it has a CAMEO code, a PLOVER type, an object).
        mutating func add(mergeDate: EventDate, sortKey: String, has: [Bool]) {
            let key = MemberSummary.key(mergeDate, sortKey)
            if MemberSummary.before(key, first) { first = key }
            members += 1
            addDate(mergeDate)
            for i in 0..<3 where has[i] {
                if firstWith[i].map({ sortKey < $0 }) ?? true { firstWith[i] = sortKey }
            }
        }

        private mutating func addDate(_ d: EventDate) {
            if d.precision == .unknown { return }
            if d.precision == .before {
                if let end = d.end, beforeEnd.map({ end < $0 }) ?? true { beforeEnd = end }
                return
            }
            guard let start = d.start, let end = d.end else { return }  // open: fits anything
            closed.insert("\(d.precision.rawValue)|\(start.iso)|\(end.iso)")
        }

        /// Whether `d` is compatible with every summarised reading.
        func fits(_ d: EventDate) -> Bool {
            if let beforeEnd, !EventDate.compatible(.before(beforeEnd, basis: ""), d) { return false }
            for line in closed {
                let parts = line.split(separator: "|", omittingEmptySubsequences: false)
                guard parts.count == 3, let precision = DatePrecision(rawValue: String(parts[0])),
                      let start = CalendarDay(iso: String(parts[1])), let end = CalendarDay(iso: String(parts[2])) else { return false }
                if !EventDate.compatible(EventDate(start: start, end: end, precision: precision, basis: ""), d) { return false }
            }
            return true
        }

        func save(_ eventID: Int64, in db: Database) throws {
            try db.execute(Store.saveMemberSummary, eventID, closed.sorted().joined(separator: "\n"), beforeEnd?.iso,
                           Int64(first.rank), Int64(first.end), first.sortKey, firstWith[0], firstWith[1], firstWith[2], Int64(members))
        }
    }
}
