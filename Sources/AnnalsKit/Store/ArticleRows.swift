/// Rows of the article being written (`Store.insert`) that nothing reads before the insert is
/// over, collected as the writer makes them and written by the dozen (`MultiRowInsert`)
/// instead of one statement each: the actor links of its actors, and the participants of its
/// event mentions and of the events it writes settled (about 12, 8 and 8 rows per bench
/// article, each a statement of its own before).
///
/// The rows go in the order they were made, so they get the rowids writing them one by one
/// gave. Links are read only by `settle` (surname-only links, recomputed actors) and
/// participants only by `settle` and `relink`, all after the insert's last flush; the only
/// statement of the insert that touches a link it may have collected, the upsert of a second
/// link of one actor and key in the article, writes the collected links first
/// (`Store.flushLinks`).
struct ArticleRows {
    /// An `actor_link` row: an actor of the article, the name and key it was linked under.
    struct Link {
        var actor: Int64
        var name: String
        var key: String
        var reason: String
        var aliases: String
        var kind: String
        var country: String?
        var cameoCode: String?
        var description: String?
    }

    /// A participant row: of an `event_mention` (its id) or of an `event` (its id).
    struct Participant {
        var owner: Int64
        var actor: Int64
        var part: ParticipantPart
    }

    let articleID: Int64
    var links: [Link] = []
    var mentionParticipants: [Participant] = []
    var eventParticipants: [Participant] = []

    init(articleID: Int64) {
        self.articleID = articleID
    }
}

extension Store {
    /// Writes the collected links of the article (see `ArticleRows`). Each is new (the
    /// article's first link of its actor and key), so none meets the primary key of another.
    func flushLinks(_ rows: inout ArticleRows) throws {
        let links = rows.links, articleID = rows.articleID
        rows.links.removeAll(keepingCapacity: true)
        try Store.insertLinks.insert(links.count, in: database) { s, i, p in
            let l = links[i]
            s.bind(l.actor, p); s.bind(articleID, p + 1); s.bind(l.name, p + 2); s.bind(l.key, p + 3); s.bind(l.reason, p + 4)
            s.bind(l.aliases, p + 5); s.bind(l.kind, p + 6); s.bind(l.country, p + 7); s.bind(l.cameoCode, p + 8)
            s.bind(l.description, p + 9)
        }
    }

    /// Writes the collected participants of the article's event mentions and events (as
    /// `INSERT OR IGNORE` one by one did: a row already there is left out).
    func flushParticipants(_ rows: inout ArticleRows) throws {
        let mentions = rows.mentionParticipants, events = rows.eventParticipants
        rows.mentionParticipants.removeAll(keepingCapacity: true)
        rows.eventParticipants.removeAll(keepingCapacity: true)
        try Store.insertMentionParticipants.insert(mentions.count, in: database, requiringAll: false) { s, i, p in
            let r = mentions[i]
            s.bind(r.owner, p); s.bind(r.actor, p + 1); s.bind(r.part.rawValue, p + 2)
        }
        try Store.insertEventParticipants.insert(events.count, in: database, requiringAll: false) { s, i, p in
            let r = events[i]
            s.bind(r.owner, p); s.bind(r.actor, p + 1); s.bind(r.part.rawValue, p + 2)
        }
    }

    static let insertLinks = MultiRowInsert(
        "INSERT OR IGNORE INTO actor_link(actor_id, article_id, name, key, reason, aliases, kind, country, cameo_code, description)",
        columns: 10)
    static let insertMentionParticipants = MultiRowInsert(
        "INSERT OR IGNORE INTO event_mention_participant(mention_id, actor_id, part)", columns: 3)
    static let insertEventParticipants = MultiRowInsert("INSERT OR IGNORE INTO event_participant(event_id, actor_id, part)", columns: 3)
}
