extension Store {
    /// Writes one extracted event as an `event_mention` that keeps everything its sentence
    /// said (type, date, status, object, participants). Which event it belongs to is decided
    /// later, for the whole group of mentions with the same type and agents
    /// (`reclusterEvents`), so that the events do not depend on ingest order.
    /// (`keys`: its sort key, merge window and reading alone, made with the article on an
    /// extraction thread: see `PreparedArticle.EventKeys`.)
    /// The participant rows go to `rows`, written when the article's events are (see `ArticleRows`).
    func storeEvent(_ event: ExtractedEvent, keys: PreparedArticle.EventKeys, participants: [(actor: Int64, part: ParticipantPart)],
                    articleID: Int64, sentenceID: Int64, trigger: Range<Int>, rows: inout ArticleRows, changes: KnowledgeChanges) throws {
        let db = database
        let agents = Store.agentsSignature(participants.filter { $0.part == .agent }.map(\.actor))
        let sortKey = keys.sortKey
        let window = keys.window
        // A provisional event of its own. When no other mention is in its group, it will
        // stay alone: write it as `writeEvent` would (so that reclustering has nothing to
        // write). Otherwise it is likely to join another event and be deleted: keep it
        // bare (no dates or participants, so it touches no scattered index pages), for
        // `writeEvent` to fill in if it does stay alone.
        let group = EventGroup(type: event.type, agents: agents, window: window)
        // A second mention of a group whose first was written straight into the event it
        // joins: put the first back as it would be (see `PendingJoin`), to regroup them both.
        if !agents.isEmpty, let pending = changes.pendingJoins[group] {
            try materialize(pending, changes: changes)
        }
        var alone = try agents.isEmpty || db.int64(Store.groupHasMention, { s in
            s.bind(event.type, 1); s.bind(agents, 2); s.bind(window, 3)
        }) == nil
        // A text with a NUL is cut short when bound: leave such an event unsettled so that
        // it is written from the stored mention, like any other.
        let hasNUL = keys.hasNUL
        var join: JoinPlan?
        if !alone, regroupsIncrementally, !hasNUL, changes.addedMentions[group] == nil {
            // The common case of a growing group (see `appendToSoleEvent`), decided before the
            // mention is written, so that it is written in the event it joins.
            var reading = keys.reading
            reading.articleID = articleID
            reading.sortKey = sortKey
            reading.mergeDate = reading.date.forMerging
            join = try planJoin(group, new: reading, stored: false)
            // Or when it can join none of the group's mentions (see `joinsNoMention`): regrouping
            // would leave every event of the group as it is and give it an event of its own.
            if join == nil {
                alone = try joinsNoMention(type: event.type, agents: agents, window: window, articleID: articleID, reading: keys.reading)
            }
        }
        let settled = alone && !hasNUL
        let eventID: Int64
        var phantom: Int64?
        if let join {
            // The provisional event it would have been written in (and that joining deletes)
            // is not written, but its id stays taken until then (see `nextEventID`).
            phantom = try nextEventID(changes)
            eventID = join.event
        } else {
            let id = try changes.phantoms.isEmpty ? nil : nextEventID(changes)
            if settled {
                let reading = keys.reading
                let date = reading.date
                try db.run(id == nil ? Store.insertEvent : Store.insertEventWithID) { s in
                    var p: Int32 = 1
                    if let id { s.bind(id, 1); p = 2 }
                    s.bind(event.type, p); s.bind(date.text, p + 1); s.bind(date.start, p + 2); s.bind(date.end, p + 3)
                    s.bind(date.precision.rawValue, p + 4); s.bind(date.basis, p + 5)
                    s.bind(EventStatus.overall([reading.status]).rawValue, p + 6); s.bind(reading.cameoCode, p + 7)
                    s.bind(reading.ploverType, p + 8); s.bind(reading.object, p + 9); s.bind(reading.summary, p + 10)
                }
            } else if let id {
                try db.execute(Store.insertBareEventWithID, id, event.type, event.date.precision.rawValue, event.status.rawValue, event.summary)
            } else {
                try db.execute(Store.insertBareEvent, event.type, event.date.precision.rawValue, event.status.rawValue, event.summary)
            }
            eventID = db.lastInsertedRowID
        }
        try db.run(Store.insertEventMention) { s in
            s.bind(eventID, 1); s.bind(articleID, 2); s.bind(sentenceID, 3); s.bind(trigger.lowerBound, 4); s.bind(trigger.upperBound, 5)
            s.bind(event.status.rawValue, 6); s.bind(event.date.text, 7); s.bind(event.date.precision.rawValue, 8)
            s.bind(event.date.basis, 9); s.bind(event.type, 10); s.bind(event.date.start, 11); s.bind(event.date.end, 12)
            s.bind(event.cameoCode, 13); s.bind(event.ploverType, 14); s.bind(event.object, 15); s.bind(event.summary, 16)
            s.bind(agents, 17); s.bind(sortKey, 18); s.bind(window, 19)
        }
        let mentionID = db.lastInsertedRowID
        if settled { changes.settledAlone.insert(mentionID) }
        for participant in participants {
            rows.mentionParticipants.append(ArticleRows.Participant(owner: mentionID, actor: participant.actor, part: participant.part))
            if settled {
                rows.eventParticipants.append(ArticleRows.Participant(owner: eventID, actor: participant.actor, part: participant.part))
            }
        }
        if let join, let phantom {
            changes.phantoms.insert(phantom)
            changes.pendingJoins[group] = PendingJoin(plan: join, mention: mentionID, phantom: phantom, type: event.type,
                                                      precision: event.date.precision.rawValue, status: event.status.rawValue,
                                                      summary: event.summary)
        }
        if agents.isEmpty {
            changes.singleMentions.insert(mentionID)
        } else {
            changes.groups.insert(group)
            changes.addedMentions[group, default: []].append(mentionID)
        }
    }

    /// A mention written straight into the event it joins (`storeEvent`), to be completed
    /// when its group's turn comes in `settle` (`applyJoin`), as `appendToSoleEvent` would
    /// have then. It would have been written in a provisional event of its own (`phantom`),
    /// deleted at that turn: until then, events are created with the ids they would have had
    /// with it (`nextEventID`), and whatever would read the provisional event or the
    /// mention's event before then (another mention of the group, `relink`) first writes them
    /// as they would be (`materialize`).
    struct PendingJoin {
        var plan: JoinPlan
        var mention: Int64
        var phantom: Int64
        var type: String
        var precision: String
        var status: String
        var summary: String
    }

    /// The id SQLite would give the next event if the provisional events of pending joins
    /// were in the table: one past the greatest of theirs and the table's.
    func nextEventID(_ changes: KnowledgeChanges) throws -> Int64 {
        max(try database.int64(Store.maxEventID) ?? 0, changes.phantoms.max() ?? 0) + 1
    }

    /// Undoes the shortcut of a pending join: writes its provisional event and moves the
    /// mention into it, restoring the joined event's summary (which writing the mention into
    /// it made stale, and moving it out deletes), as `storeEvent` would have left them.
    func materialize(_ pending: PendingJoin, changes: KnowledgeChanges) throws {
        let db = database
        try db.execute(Store.insertBareEventWithID, pending.phantom, pending.type, pending.precision, pending.status, pending.summary)
        try db.execute(Store.moveMention, pending.phantom, pending.mention)
        if let summary = pending.plan.storedSummary {
            try summary.save(pending.plan.event, in: db)
        }
        changes.phantoms.remove(pending.phantom)
        changes.pendingJoins = changes.pendingJoins.filter { $0.value.phantom != pending.phantom }
    }

    /// `materialize` for every pending join (before anything reads events other than by group).
    func materializeAll(_ changes: KnowledgeChanges) throws {
        for pending in changes.pendingJoins.values.sorted(by: { $0.phantom < $1.phantom }) {
            try materialize(pending, changes: changes)
        }
    }

    static let maxEventID = SQL("SELECT max(id) FROM event")
    static let insertBareEventWithID = SQL("INSERT INTO event(id, type, date_precision, status, summary) VALUES (?, ?, ?, ?, ?)")
    static let insertEventWithID = SQL("""
        INSERT INTO event(id, type, date, date_start, date_end, date_precision, date_basis, status, cameo_code, plover_type, object, summary)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    static let insertBlankEventWithID = SQL("""
        INSERT INTO event(id, type, date_precision, status, summary) VALUES (?, ?, 'unknown', 'asserted', '') RETURNING id
        """)

    /// Whether a new reading of `event` (in article `articleID`) could join none of the stored
    /// mentions of its group: each is of the same article, of a status that may not merge
    /// with it, or of an incompatible date; and every event of the group is as regrouping
    /// leaves it (settled, with no mention outside the group). Then regrouping the group with
    /// the new mention gives the same events plus one of its own: `cluster` puts each reading
    /// in the first cluster all of whose readings it fits, and fitting is symmetric, so the new
    /// reading joins no cluster and no other reading joins its. False (undecided) for a group
    /// of more than 32 mentions.
    func joinsNoMention(type: String, agents: String, window: String, articleID: Int64, reading: MentionReading) throws -> Bool {
        let mergeDate = reading.date.forMerging
        var rows = 0
        var undecided = false
        var events: [Int64] = []
        try database.forEachWhile(Store.groupMergeKeys, [type, agents, window]) { row in
            rows += 1
            guard rows <= 32, let event = row.columnInt64(at: 6) else {
                undecided = true
                return false
            }
            let status = row.columnText(at: 1).flatMap(EventStatus.init(rawValue:)) ?? .asserted
            func day(_ i: Int) -> CalendarDay? { row.columnText(at: i).flatMap { CalendarDay(iso: $0) } }
            let date = EventDate(start: day(2), end: day(3), precision: row.columnText(at: 4).flatMap(DatePrecision.init(rawValue:)) ?? .unknown,
                                 basis: row.columnText(at: 5) ?? "")
            let theirs = date.forMerging
            if row.columnInt64(at: 0) != articleID && EventStatus.mayMerge(status, reading.status) && EventDate.compatible(theirs, mergeDate) {
                undecided = true
                return false
            }
            if !events.contains(event) { events.append(event) }
            return true
        }
        guard !undecided, rows > 0 else { return false }
        // Every event of the group settled, and with no mention but the group's (their
        // mentions, counted, are the group's rows).
        var whole = false
        try database.forEach(Store.eventsSettledAndMentions, ["[" + events.map(String.init).joined(separator: ",") + "]"]) { row in
            whole = row.columnInt64(at: 0) == Int64(rows) && row.columnInt64(at: 1) == Int64(events.count)
        }
        return whole
    }

    static let groupMergeKeys = SQL("""
        SELECT article_id, status, date_start, date_end, date_precision, date_basis, event_id
        FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ?
        """)
    /// For a JSON array of event ids: how many mentions they have, how many are settled.
    static let eventsSettledAndMentions = SQL("""
        SELECT (SELECT count(*) FROM event_mention WHERE event_id IN (SELECT value FROM json_each(?1))),
               (SELECT count(*) FROM event WHERE id IN (SELECT value FROM json_each(?1)) AND date_basis IS NOT NULL)
        """)
    static let groupHasMention = SQL("SELECT 1 FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? LIMIT 1")
    static let insertBareEvent = SQL("INSERT INTO event(type, date_precision, status, summary) VALUES (?, ?, ?, ?)")
    static let insertEvent = SQL("""
        INSERT INTO event(type, date, date_start, date_end, date_precision, date_basis, status, cameo_code, plover_type, object, summary)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    static let insertEventMention = SQL("""
        INSERT INTO event_mention(event_id, article_id, sentence_id, trigger_start, trigger_end, status, date,
                                  date_precision, date_basis, type, date_start, date_end, cameo_code, plover_type,
                                  object, summary, agents, sort_key, merge_window)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    static let insertEventParticipant = SQL("INSERT OR IGNORE INTO event_participant(event_id, actor_id, part) VALUES (?, ?, ?)")

    /// The reading `reading(_:)` gives of this event once stored (values as they come back
    /// from SQLite), as the only reading of its event.
    static func readingAlone(_ event: ExtractedEvent) -> MentionReading {
        func stored(_ day: CalendarDay?) -> CalendarDay? { CalendarDay.fromDatabaseValue(day.databaseValue) }
        let date = EventDate(start: stored(event.date.start), end: stored(event.date.end),
                             precision: DatePrecision(rawValue: event.date.precision.rawValue) ?? .unknown, basis: event.date.basis)
        return MentionReading(id: 0, eventID: 0, articleID: 0, status: event.status, date: date, mergeDate: date,
                              dateText: date.text, object: event.object, summary: event.summary, cameoCode: event.cameoCode,
                              ploverType: event.ploverType, sortKey: "")
    }

    /// Event types a person or body does once (or once in a long while), whose mentions may
    /// merge whatever their dates are apart; every other type repeats (statements,
    /// meetings, appeals, vetoes, criticism, ...) and merges only within a merge window.
    static let oncePerAgentTypes: Set<String> = ["defection", "resignation"]

    /// The merge window of a mention: '' (unbounded) for once-per-agent types; else the day
    /// it is anchored to: its date when that names one day, its `before` bound, or else its
    /// article's publication day; with none of these, '~' and its sort key (an event of its
    /// own). Mentions merge only with mentions of the same window, so that reclustering
    /// reads a bounded group and a country's statements of different days stay apart.
    ///
    /// ```swift
    /// Store.mergeWindow(type: "statement", date: .day(CalendarDay(2012, 7, 19), basis: "on"),
    ///                   published: nil, sortKey: "k")   // "2012-07-19"
    /// ```
    static func mergeWindow(type: String, date: EventDate, published: CalendarDay?, sortKey: String) -> String {
        if oncePerAgentTypes.contains(type) { return "" }
        if date.precision == .day, let day = date.start { return day.iso }
        if date.precision == .before, let bound = date.end { return bound.iso }
        if let published { return published.iso }
        return "~" + sortKey
    }

    static func agentsSignature(_ ids: [Int64]) -> String {
        switch ids.count {
        case 0: return ""
        case 1: return String(ids[0])  // (most events: one agent)
        default: return Set(ids).sorted().map(String.init).joined(separator: ",")
        }
    }

    static func padded(_ n: Int) -> String {
        let s = String(max(0, n))
        return String(repeating: "0", count: max(0, 9 - s.count)) + s
    }

    /// The group a mention is in now (nil for a mention without agents).
    func mentionGroup(_ mentionID: Int64) throws -> EventGroup? {
        guard let row = try database.query("SELECT type, agents, merge_window FROM event_mention WHERE id = ?", mentionID).first,
              let type = row[0, as: String.self], let agents = row[1, as: String.self], !agents.isEmpty else { return nil }
        return EventGroup(type: type, agents: agents, window: row[2, as: String.self] ?? "")
    }

    /// Recomputes a mention's agent signature from its participants after actors moved.
    func refreshAgents(ofMention mentionID: Int64, changes: KnowledgeChanges) throws {
        var ids: [Int64] = []
        try database.forEach("SELECT actor_id FROM event_mention_participant WHERE mention_id = ? AND part = 'agent'",
                             arguments: [mentionID]) { row in
            if let id = row[0, as: Int64.self] { ids.append(id) }
        }
        let agents = Store.agentsSignature(ids)
        try database.execute("UPDATE event_mention SET agents = ? WHERE id = ?", agents, mentionID)
        if let group = try mentionGroup(mentionID) { changes.groups.insert(group) } else { changes.singleMentions.insert(mentionID) }
    }

    /// One stored reading of an event, as the clustering sees it.
    struct MentionReading {
        var id: Int64
        var eventID: Int64
        var articleID: Int64
        var status: EventStatus
        var date: EventDate
        /// The date as merging reads it: a day that is only the publication day says the
        /// event happened on or before it (a `before` bound), not on it.
        var mergeDate: EventDate
        var dateText: String?
        var object: String?
        var summary: String
        var cameoCode: String?
        var ploverType: String?
        var sortKey: String
    }

    /// Re-forms the events of one group from its mentions. Mentions are taken most precise
    /// date first, then in content order (article hash, sentence, offset), and each joins the
    /// first event it fits: not already reported by the same article (within an article the
    /// extractor has told events apart), a status that may merge and a date compatible with
    /// every reading already in it. Nothing here depends on ids or on ingest order.
    func recluster(_ group: EventGroup, changes: KnowledgeChanges? = nil) throws {
        if let changes, let pending = changes.pendingJoins.removeValue(forKey: group) {
            try applyJoin(pending.plan, mention: pending.mention, from: nil)
            changes.phantoms.remove(pending.phantom)
            return
        }
        if regroupsIncrementally, let changes, let added = changes.addedMentions[group], added.count == 1,
           try appendToSoleEvent(group, mention: added[0]) {
            return
        }
        var readings: [MentionReading] = []
        try database.forEach(Store.groupReadings, [group.type, group.agents, group.window]) { row in
            if let reading = Store.reading(row) { readings.append(reading) }
        }
        try assignEvents(type: group.type, clusters: Store.cluster(readings), changes: changes)
    }

    static let groupReadings = SQL("""
        SELECT id, event_id, article_id, status, date, date_start, date_end, date_precision, date_basis,
               object, summary, cameo_code, plover_type, sort_key
        FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? ORDER BY id
        """)
    static let singleReading = SQL("""
        SELECT id, event_id, article_id, status, date, date_start, date_end, date_precision, date_basis,
               object, summary, cameo_code, plover_type, sort_key, type, agents
        FROM event_mention WHERE id = ?
        """)

    /// The common case of a growing group, without reading it: every other mention of the
    /// group is in one settled event `e` that has no other mention (so they are one cluster),
    /// and the new mention fits every one of them (another article, a status that may merge,
    /// a compatible date). Then regrouping gives that one cluster plus the new mention,
    /// whatever their order, and `e` is updated as `writeEvent` would: returns true. Returns
    /// false (having changed nothing) when the case does not apply.
    func appendToSoleEvent(_ group: EventGroup, mention: Int64) throws -> Bool {
        var new: MentionReading?
        try database.forEach(Store.singleReading, [mention]) { row in new = Store.reading(row) }
        guard let new, let plan = try planJoin(group, new: new, stored: true) else { return false }
        try applyJoin(plan, mention: mention, from: new.eventID)
        return true
    }

    /// What `appendToSoleEvent` decided: the event the new mention joins, the fields to write
    /// to it (nil: unchanged), and its member summary with the new reading.
    struct JoinPlan {
        var event: Int64
        var update: (type: String, date: EventDate, status: EventStatus, cameo: String?, plover: String?, object: String?, summary: String)?
        var members: MemberSummary
        /// The event's summary as it was read (nil: there was none).
        var storedSummary: MemberSummary?
    }

    /// The decision of `appendToSoleEvent` for reading `new` of `group`, changing nothing (nil:
    /// the case does not apply). `stored`: the reading is a stored mention in an event of its
    /// own; else it is about to be written (by `storeEvent`) and is not in the table yet: the
    /// group's other mentions are then all of its rows, and the new mention's own event is
    /// one that would have been created after every other.
    func planJoin(_ group: EventGroup, new: MentionReading, stored isStored: Bool) throws -> JoinPlan? {
        let db = database
        let other = isStored ? try db.int64(Store.otherEventOfGroup, group.type, group.agents, group.window, new.id)
            : try db.int64(Store.eventOfGroup, group.type, group.agents, group.window)
        guard let e = other else { return nil }
        if isStored {
            guard e != new.eventID, e < new.eventID, try db.int64(Store.eventMemberCount, new.eventID) == 1 else { return nil }
        }
        guard try db.int64(Store.participantsStale, e) == nil,
              try db.int64(Store.articleInEvent, e, new.articleID) == nil
        else { return nil }
        // With a summary, every mention of `e` is in this group (it was so when the summary
        // was written, and any change since deleted it): the group is `e` and the new
        // mention when no mention of it is in a third event (three index probes).
        // Without one, count.
        var members = try memberSummary(e)
        let storedSummary = members
        if members != nil {
            if isStored {
                guard try db.int64(Store.groupEventBelow, group.type, group.agents, group.window, e) == nil,
                      try db.int64(Store.groupEventBetween, group.type, group.agents, group.window, e, new.eventID) == nil,
                      try db.int64(Store.groupEventAbove, group.type, group.agents, group.window, new.eventID) == nil
                else { return nil }
            } else {
                guard try db.int64(Store.groupEventBelow, group.type, group.agents, group.window, e) == nil,
                      try db.int64(Store.groupEventAbove, group.type, group.agents, group.window, e) == nil
                else { return nil }
            }
        } else {
            // (The group's other mentions: all its rows but the new one, or all of them.)
            guard let total = try db.int64(Store.groupCount, group.type, group.agents, group.window).map({ isStored ? $0 - 1 : $0 }),
                  try db.int64(Store.groupCountAtEvent, group.type, group.agents, group.window, e) == total,
                  try db.int64(Store.eventMemberCount, e) == total
            else { return nil }
        }
        var stored: [String?]?
        try db.forEach(Store.eventFields, [e]) { row in stored = (0..<11).map { row.columnText(at: $0) } }
        // Settled (date_basis set) and of this type.
        guard let stored, let basis = stored[5], stored[0] == group.type,
              let overall = stored[6].flatMap(EventStatus.init(rawValue:)) else { return nil }
        // The event's status says its readings' statuses: all factual when it is factual, all
        // the same otherwise (readings of one cluster may all merge with each other).
        let factual: Set<EventStatus> = [.asserted, .denied, .rumored, .claimed, .negated]
        guard factual.contains(overall) ? factual.contains(new.status) : new.status == overall else { return nil }
        // Without a summary, one pass over the event's readings makes it: their distinct
        // dates; the first reading (most precise date, then content order), which gives the
        // date and summary; the first in content order with a code or object.
        if members == nil {
            var made: MemberSummary?
            try db.forEach(Store.eventMemberKeys, [e]) { row in
                let date = EventDate(start: row.columnText(at: 0).flatMap { CalendarDay(iso: $0) },
                                     end: row.columnText(at: 1).flatMap { CalendarDay(iso: $0) },
                                     precision: row.columnText(at: 2).flatMap(DatePrecision.init(rawValue:)) ?? .unknown,
                                     basis: row.columnText(at: 3) == "publication date" ? "publication date" : "")
                let mergeDate = date.forMerging
                let has = (0..<3).map { row.columnInt64(at: 5 + $0) == 1 }
                let sortKey = row.columnText(at: 4) ?? ""
                if made == nil {
                    made = MemberSummary(mergeDate: mergeDate, sortKey: sortKey, has: has)
                } else {
                    made?.add(mergeDate: mergeDate, sortKey: sortKey, has: has)
                }
            }
            members = made
        }
        // The new date against every one of theirs (their distinct dates say it).
        guard var members, members.fits(new.mergeDate) else { return nil }
        typealias OrderKey = MemberSummary.OrderKey
        let before = MemberSummary.before
        let first = members.first
        let firstWith = members.firstWith
        let newKey: OrderKey = (new.mergeDate.rank, new.mergeDate.end?.dayNumber ?? Int.min, new.sortKey)
        // Equal keys keep the order they were read in (ids): the older reading stays first.
        let newFirst = before(newKey, first)
        let eventDate = EventDate(start: stored[2].flatMap { CalendarDay(iso: $0) }, end: stored[3].flatMap { CalendarDay(iso: $0) },
                                  precision: stored[4].flatMap(DatePrecision.init(rawValue:)) ?? .unknown, basis: basis)
        // (An event whose value no reading gives is not as `writeEvent` left it: regroup.)
        for i in 0..<3 where (stored[7 + i] != nil) != (firstWith[i] != nil) { return nil }
        func firstInContent(_ i: Int, _ mine: String?, _ theirs: String?) -> String? {
            guard let mine else { return theirs }
            guard theirs != nil, let theirKey = firstWith[i] else { return mine }
            return new.sortKey < theirKey ? mine : theirs
        }
        let cameo = firstInContent(0, new.cameoCode, stored[7])
        let plover = firstInContent(1, new.ploverType, stored[8])
        let object = firstInContent(2, new.object, stored[9])
        let date = newFirst ? new.date : eventDate
        let summary = newFirst ? new.summary : (stored[10] ?? "")
        let status = EventStatus.overall([overall, new.status])
        let values: [String?] = [group.type, date.text, date.start?.iso, date.end?.iso, date.precision.rawValue, date.basis,
                                 status.rawValue, cameo, plover, object, summary]
        let same = zip(values, stored).allSatisfy { a, b in
            switch (a, b) {
            case (nil, nil): return true
            case let (a?, b?): return !a.utf8.contains(0) && a.utf8.elementsEqual(b.utf8)
            default: return false
            }
        }
        // (Moving the mention deletes the summary: it is written again, with the new reading.)
        members.add(mergeDate: new.mergeDate, sortKey: new.sortKey,
                    has: [new.cameoCode != nil, new.ploverType != nil, new.object != nil])
        return JoinPlan(event: e, update: same ? nil : (group.type, date, status, cameo, plover, object, summary), members: members,
                        storedSummary: storedSummary)
    }

    /// Carries out `plan` for `mention`: writes the event, moves the mention into it from
    /// event `from` (deleted; nil: the mention was written in the event), adds its
    /// participants, saves the summary.
    func applyJoin(_ plan: JoinPlan, mention: Int64, from: Int64?) throws {
        let db = database
        let e = plan.event
        if let u = plan.update {
            try db.execute(Store.updateEvent, u.type, u.date.text, u.date.start, u.date.end, u.date.precision.rawValue, u.date.basis,
                           u.status.rawValue, u.cameo, u.plover, u.object, u.summary, e)
        }
        if from != nil {
            try db.execute(Store.moveMention, e, mention)
        }
        var added: [(Int64, String)] = []
        try db.forEach(Store.mentionParticipants, [mention]) { row in
            if let actor = row.columnInt64(at: 0), let part = row.columnText(at: 1) { added.append((actor, part)) }
        }
        for (actor, part) in added {
            try db.execute(Store.insertEventParticipant, e, actor, part)
        }
        if let from {
            try deleteEventIfWithoutMentions(from)
        }
        try plan.members.save(e, in: db)
    }

    /// The stored summary of an event's mentions (nil when there is none, it is unreadable, or
    /// the event has gained mentions since it was written: migration 0015).
    func memberSummary(_ eventID: Int64) throws -> MemberSummary? {
        var summary: MemberSummary?
        try database.forEach(Store.readMemberSummary, [eventID]) { row in
            guard let closed = row.columnText(at: 0), let rank = row.columnInt64(at: 2), let end = row.columnInt64(at: 3),
                  let sortKey = row.columnText(at: 4), let members = row.columnInt64(at: 8) else { return }
            summary = MemberSummary(closed: Set(closed.split(separator: "\n").map(String.init)),
                                    beforeEnd: row.columnText(at: 1).flatMap { CalendarDay(iso: $0) },
                                    first: (Int(rank), Int(end), sortKey),
                                    firstWith: (5..<8).map { row.columnText(at: $0) },
                                    members: Int(members))
        }
        guard let summary, try database.int64(Store.eventMemberCount, eventID) == Int64(summary.members) else { return nil }
        return summary
    }

    static let readMemberSummary = SQL("""
        SELECT closed, before_end, first_rank, first_end, first_sort, cameo_sort, plover_sort, object_sort, members
        FROM event_member_summary WHERE event_id = ?
        """)
    static let saveMemberSummary = SQL("""
        INSERT OR REPLACE INTO event_member_summary(event_id, closed, before_end, first_rank, first_end, first_sort,
                                                    cameo_sort, plover_sort, object_sort, members)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    static let groupEventBelow = SQL("""
        SELECT 1 FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? AND event_id < ? LIMIT 1
        """)
    static let groupEventBetween = SQL("""
        SELECT 1 FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? AND event_id > ? AND event_id < ? LIMIT 1
        """)
    static let groupEventAbove = SQL("""
        SELECT 1 FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? AND event_id > ? LIMIT 1
        """)

    static let eventOfGroup = SQL("SELECT event_id FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? LIMIT 1")
    static let otherEventOfGroup = SQL("""
        SELECT event_id FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? AND id <> ? LIMIT 1
        """)
    static let groupCount = SQL("SELECT count(*) FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ?")
    static let groupCountAtEvent = SQL("""
        SELECT count(*) FROM event_mention WHERE type = ? AND agents = ? AND merge_window = ? AND event_id = ?
        """)
    static let articleInEvent = SQL("SELECT 1 FROM event_mention WHERE event_id = ? AND article_id = ? LIMIT 1")
    static let eventMemberKeys = SQL("""
        SELECT date_start, date_end, date_precision, date_basis, sort_key,
               cameo_code IS NOT NULL, plover_type IS NOT NULL, object IS NOT NULL
        FROM event_mention WHERE event_id = ?
        """)

    /// A mention without agents is an event of its own.
    func reclusterSingle(_ mentionID: Int64) throws {
        var readings: [MentionReading] = []
        var type = ""
        try database.forEach(Store.singleReading, [mentionID]) { row in
            guard (row.columnText(at: 15) ?? "").isEmpty else { return }
            type = row.columnText(at: 14) ?? ""
            if let reading = Store.reading(row) { readings.append(reading) }
        }
        guard !readings.isEmpty else { return }
        try assignEvents(type: type, clusters: [readings])
    }

    /// A reading from a row whose first 14 columns are id, event_id, article_id, status, date,
    /// date_start, date_end, date_precision, date_basis, object, summary, cameo_code,
    /// plover_type, sort_key (read by index: this runs for every mention of a group).
    static func reading(_ row: Statement) -> MentionReading? {
        guard let id = row.columnInt64(at: 0), let eventID = row.columnInt64(at: 1),
              let articleID = row.columnInt64(at: 2) else { return nil }
        func day(_ i: Int) -> CalendarDay? { row.columnText(at: i).flatMap { CalendarDay(iso: $0) } }
        let date = EventDate(start: day(5), end: day(6),
                             precision: row.columnText(at: 7).flatMap(DatePrecision.init(rawValue:)) ?? .unknown,
                             basis: row.columnText(at: 8) ?? "")
        let mergeDate = date.forMerging
        return MentionReading(id: id, eventID: eventID, articleID: articleID,
                              status: row.columnText(at: 3).flatMap(EventStatus.init(rawValue:)) ?? .asserted,
                              date: date, mergeDate: mergeDate, dateText: row.columnText(at: 4), object: row.columnText(at: 9),
                              summary: row.columnText(at: 10) ?? "", cameoCode: row.columnText(at: 11),
                              ploverType: row.columnText(at: 12), sortKey: row.columnText(at: 13) ?? "")
    }

    /// Clusters the readings of one group (see `recluster`).
    static func cluster(_ readings: [MentionReading]) -> [[MentionReading]] {
        // Sort keys computed once: rank, then end day (no end first), then content order.
        // (Indices are sorted, not the readings: moving those is most of the cost of a big group.)
        let rank = readings.map(\.mergeDate.rank)
        let end = readings.map { $0.mergeDate.end?.dayNumber ?? Int.min }
        let ordered = readings.indices
            .sorted { a, b in
                if rank[a] != rank[b] { return rank[a] > rank[b] }
                if end[a] != end[b] { return end[a] < end[b] }
                return readings[a].sortKey < readings[b].sortKey
            }
            .map { readings[$0] }
        var clusters: [[MentionReading]] = []
        // Per cluster: its articles, and the distinct statuses and dates of its readings
        // (fitting every distinct one is fitting every reading, at a fraction of the checks).
        var articles: [Set<Int64>] = []
        var statuses: [Set<EventStatus>] = []
        var dates: [Set<EventDate>] = []
        for reading in ordered {
            let home = clusters.indices.first { i in
                !articles[i].contains(reading.articleID)
                    && statuses[i].allSatisfy { EventStatus.mayMerge($0, reading.status) }
                    && dates[i].allSatisfy { EventDate.compatible($0, reading.mergeDate) }
            }
            if let home {
                clusters[home].append(reading)
                articles[home].insert(reading.articleID)
                statuses[home].insert(reading.status)
                dates[home].insert(reading.mergeDate)
            } else {
                clusters.append([reading])
                articles.append([reading.articleID])
                statuses.append([reading.status])
                dates.append([reading.mergeDate])
            }
        }
        return clusters
    }

    /// Makes the stored events match `clusters`: reuses an event a cluster's mentions already
    /// point to, creates the others, deletes events left without mentions.
    func assignEvents(type: String, clusters: [[MentionReading]], changes: KnowledgeChanges? = nil) throws {
        let db = database
        var memberCount: [Int64: Int] = [:]
        for reading in clusters.joined() { memberCount[reading.eventID, default: 0] += 1 }
        var used = Set<Int64>()
        var movedFrom = Set<Int64>()
        for cluster in clusters {
            let ids = Set(cluster.map(\.eventID))
            // Unchanged: every member already in one event that has no other member, and settled,
            // and no mention of it moved to another event earlier in this pass (its fields may
            // be that mention's: an object, a code, a date).
            if ids.count == 1, let only = ids.first, !used.contains(only), !movedFrom.contains(only) {
                var unchanged = false
                try db.forEach(Store.eventMembersAndSettled, [only]) { row in
                    unchanged = row.columnInt64(at: 0) == Int64(cluster.count) && row.columnInt64(at: 1) == 1
                }
                if unchanged {
                    used.insert(only)
                    continue
                }
            }
            let eventID: Int64
            if let reuse = ids.subtracting(used).min() {
                eventID = reuse
            } else {
                let explicit = try changes.flatMap { $0.phantoms.isEmpty ? nil : try nextEventID($0) }
                guard let id = try explicit.map({ try db.int64(Store.insertBlankEventWithID, $0, type) }) ?? db.int64(Store.insertBlankEvent, type) else {
                    throw DatabaseError(code: 1, message: "event insert returned no id")
                }
                eventID = id
            }
            used.insert(eventID)
            movedFrom.formUnion(try writeEvent(eventID, type: type, cluster: cluster, left: movedFrom))
        }
        for id in Set(memberCount.keys).subtracting(used) {
            try deleteEventIfWithoutMentions(id)
        }
        // An event that a mention left keeps that mention's participants (as it always
        // has) until it is written again: remember that its participants must then be
        // rebuilt from its mentions rather than extended.
        for id in movedFrom.sorted() {
            try db.execute(Store.markParticipantsStale, id, id)
        }
    }

    static let markParticipantsStale = SQL("""
        INSERT OR IGNORE INTO event_participant_stale(event_id) SELECT ? WHERE EXISTS (SELECT 1 FROM event WHERE id = ?)
        """)

    static let eventMembersAndSettled = SQL("""
        SELECT (SELECT count(*) FROM event_mention WHERE event_id = ?1), (SELECT date_basis IS NOT NULL FROM event WHERE id = ?1)
        """)
    static let insertBlankEvent = SQL("INSERT INTO event(type, date_precision, status, summary) VALUES (?, 'unknown', 'asserted', '') RETURNING id")
    static let deleteEventWithoutMentions = SQL("DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = event.id)")

    /// Deletes an event that has no mention left, with the rows that point at it (what the
    /// foreign keys' cascades delete when enforced: see `withoutForeignKeyChecks`).
    func deleteEventIfWithoutMentions(_ id: Int64) throws {
        let db = database
        guard try db.int64(Store.eventHasMention, id) == nil else { return }
        try db.execute(Store.deleteEventParticipants, id)
        try db.execute(Store.deleteParticipantsStale, id)
        try db.execute(Store.deleteEventWithoutMentions, id)
    }

    static let eventHasMention = SQL("SELECT 1 FROM event_mention WHERE event_id = ? LIMIT 1")
    static let deleteEventParticipants = SQL("DELETE FROM event_participant WHERE event_id = ?")
    static let deleteParticipantsStale = SQL("DELETE FROM event_participant_stale WHERE event_id = ?")

    /// Whether an event is up to date: `writeEvent` always sets date_basis; a provisional
    /// event, or one whose participants moved (`relink`), has it NULL.
    func isSettled(_ eventID: Int64) throws -> Bool {
        try database.scalar(Int.self, "SELECT date_basis IS NOT NULL FROM event WHERE id = ?", eventID) == 1
    }

    /// Writes an event's fields from its readings (in `cluster` order): the best date any gives, the overall
    /// status (asserted when any source asserts it), the first object, summary and codes in
    /// content order; participants are every reading's participants. Rows already right are
    /// left alone (reading is cheaper than writing).
    /// Returns the events it moved mentions from (`left`: those earlier writes of the same
    /// regrouping moved mentions from).
    @discardableResult
    func writeEvent(_ eventID: Int64, type: String, cluster: [MentionReading], left: Set<Int64> = []) throws -> Set<Int64> {
        let db = database
        let byContent = cluster.sorted { $0.sortKey < $1.sortKey }
        guard let first = cluster.first else { return [] }
        // Readings come most precise first (see `cluster`), so the first has the best date.
        let date = first.date
        let status = EventStatus.overall(cluster.map(\.status))
        let values: [String?] = [type, date.text, date.start?.iso, date.end?.iso, date.precision.rawValue, date.basis, status.rawValue,
                                 byContent.lazy.compactMap(\.cameoCode).first, byContent.lazy.compactMap(\.ploverType).first,
                                 byContent.lazy.compactMap(\.object).first, first.summary]
        var current: [String?]?
        try db.forEach(Store.eventFields, [eventID]) { row in
            current = (0..<values.count).map { row.columnText(at: $0) }
        }
        let same = current.map { current in
            zip(values, current).allSatisfy { a, b in
                switch (a, b) {
                case (nil, nil): return true
                case let (a?, b?): return !a.utf8.contains(0) && a.utf8.elementsEqual(b.utf8)
                default: return false
                }
            }
        } ?? false
        // The participants can be extended rather than rebuilt when they are the union of
        // the event's mentions' (settled, and no mention left it since it was written) and
        // every mention it has is in this cluster.
        let wasSettled = current.map { $0[5] != nil } ?? false
        let own = cluster.lazy.filter { $0.eventID == eventID }.count
        let extend = try wasSettled && own > 0 && !left.contains(eventID)
            && db.int64(Store.participantsStale, eventID) == nil
            && db.int64(Store.eventMemberCount, eventID) == Int64(own)
        if !same {
            try db.execute(Store.updateEvent, type, date.text, date.start, date.end, date.precision.rawValue, date.basis, status.rawValue,
                           byContent.lazy.compactMap(\.cameoCode).first, byContent.lazy.compactMap(\.ploverType).first,
                           byContent.lazy.compactMap(\.object).first, first.summary, eventID)
        }
        var movedFrom = Set<Int64>()
        for reading in cluster where reading.eventID != eventID {
            try db.execute(Store.moveMention, eventID, reading.id)
            movedFrom.insert(reading.eventID)
        }
        // Participants: the union of the mentions' participants; only the difference is written.
        struct Participant: Hashable { var actor: Int64; var part: String }
        var have = Set<Participant>(), want = Set<Participant>()
        try db.forEach(Store.eventParticipants, [eventID]) { row in
            if let actor = row.columnInt64(at: 0), let part = row.columnText(at: 1) { have.insert(Participant(actor: actor, part: part)) }
        }
        if extend {
            want = have
            for reading in cluster where reading.eventID != eventID {
                try db.forEach(Store.mentionParticipants, [reading.id]) { row in
                    if let actor = row.columnInt64(at: 0), let part = row.columnText(at: 1) { want.insert(Participant(actor: actor, part: part)) }
                }
            }
        } else {
            try db.forEach(Store.mentionParticipantsOfEvent, [eventID]) { row in
                if let actor = row.columnInt64(at: 0), let part = row.columnText(at: 1) { want.insert(Participant(actor: actor, part: part)) }
            }
            try db.execute(Store.clearParticipantsStale, eventID)
        }
        if have != want {
            for p in have.subtracting(want) {
                try db.execute(Store.deleteEventParticipant, eventID, p.actor, p.part)
            }
            for p in want.subtracting(have) {
                try db.execute(Store.insertEventParticipant, eventID, p.actor, p.part)
            }
        }
        return movedFrom
    }

    static let participantsStale = SQL("SELECT 1 FROM event_participant_stale WHERE event_id = ?")
    static let clearParticipantsStale = SQL("DELETE FROM event_participant_stale WHERE event_id = ?")
    static let eventMemberCount = SQL("SELECT count(*) FROM event_mention WHERE event_id = ?")
    static let mentionParticipants = SQL("SELECT actor_id, part FROM event_mention_participant WHERE mention_id = ?")

    static let eventFields = SQL("""
        SELECT type, date, date_start, date_end, date_precision, date_basis, status, cameo_code, plover_type, object, summary
        FROM event WHERE id = ?
        """)
    static let updateEvent = SQL("""
        UPDATE event SET type = ?, date = ?, date_start = ?, date_end = ?, date_precision = ?, date_basis = ?, status = ?,
            cameo_code = ?, plover_type = ?, object = ?, summary = ?
        WHERE id = ?
        """)
    static let moveMention = SQL("UPDATE event_mention SET event_id = ? WHERE id = ?")
    static let eventParticipants = SQL("SELECT actor_id, part FROM event_participant WHERE event_id = ?")
    static let mentionParticipantsOfEvent = SQL("""
        SELECT p.actor_id, p.part FROM event_mention_participant p JOIN event_mention m ON m.id = p.mention_id
        WHERE m.event_id = ?
        """)
    static let deleteEventParticipant = SQL("DELETE FROM event_participant WHERE event_id = ? AND actor_id = ? AND part = ?")
}

extension EventStatus {
    /// The status of an event from its sources' statuses: asserted when any source asserts
    /// it, else the first of claimed, rumored, denied, negated, hypothetical, called-for.
    static func overall(_ statuses: [EventStatus]) -> EventStatus {
        let order: [EventStatus] = [.asserted, .claimed, .rumored, .denied, .negated, .hypothetical, .calledFor]
        return order.first { statuses.contains($0) } ?? .asserted
    }


    /// Readings of one real-world event may disagree on whether it happened (asserted,
    /// denied, rumored, claimed, negated); an appeal or a hypothetical is a different thing
    /// from the event itself and merges only with its own kind.
    static func mayMerge(_ a: EventStatus, _ b: EventStatus) -> Bool {
        let factual: Set<EventStatus> = [.asserted, .denied, .rumored, .claimed, .negated]
        return a == b || (factual.contains(a) && factual.contains(b))
    }
}

extension EventDate {
    /// The date as merging compares it: a day that is only the publication day (an undated
    /// act) says the event happened by then, not on it.
    var forMerging: EventDate {
        basis == "publication date" && precision == .day ? .before(end, basis: basis) : self
    }

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
