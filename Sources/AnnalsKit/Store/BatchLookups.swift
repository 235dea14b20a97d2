/// What the writer has read or written of actor keys and aliases while one batch is written
/// (`Store.batchLookups`), so that it asks SQLite once per key or alias, not once per link:
/// the bench corpus looks up about 17 keys and 16 aliases per article, most of them known
/// already (countries, bodies, people named again).
///
/// Inside the batch's transaction only the writer changes these rows, and it keeps the
/// entries right as it writes (an inserted actor, an added or lowered alias); it forgets them
/// all when an article is rolled back or an actor is recomputed from its links (which deletes
/// and rewrites aliases and may delete the actor).
final class BatchLookups {
    /// Actor id by key (a nil value: no actor has the key).
    var actorIDs: [SQLTextKey: Int64?] = [:]
    /// The alias stored for an actor and normalized form (a nil value: none).
    var aliases: [AliasKey: String?] = [:]
    /// Actors the writer inserted since these lookups began: they have the aliases it added
    /// (in `aliases`) and no other, so a missing entry means none, without asking SQLite.
    var insertedActors = Set<Int64>()
    /// Whether a surname-only key has links (`Store.anyLinkWithKey`); a false entry is dropped
    /// when the writer links an actor under that key.
    var surnameOnlyLinks: [SQLTextKey: Bool] = [:]
    /// The `surname_state` row of a surname as read or saved (a nil value: none).
    var surnameStates: [SQLTextKey: Store.SurnameState?] = [:]

    /// An actor and a normalized name, as `actor_id = ? AND normalized = ?` compares them.
    struct AliasKey: Hashable {
        var actor: Int64
        var normalized: SQLTextKey
    }
}

/// The increments of `actor_name_count` and `actor_value_count` made while a batch is written
/// (`Store.pendingCounts`), written once per actor and name or value, with their sum, instead
/// of one upsert per link: a country or body named by many articles of a batch gets one
/// write. The counts are read only to re-choose an actor's name and attributes
/// (`refreshActor`) and rewritten only by `recomputeActor`; both write the actor's pending
/// increments first (`Store.writeCounts(of:)`), and the batch writes the rest before it
/// re-chooses the actors it deferred, so every read sees what writing each increment at once
/// gave. Only for batches written without savepoints: any failure rolls back the whole
/// transaction, so no increment is ever kept for rows that were rolled back.
final class PendingCounts {
    struct ValueKey: Hashable {
        /// 0: country, 1: cameo_code, 2: description (`Store.countedFields`).
        var field: Int
        var value: SQLTextKey
    }
    struct Counts {
        /// By name (as SQLite compares it): the name as first given, and the increment.
        var names: [SQLTextKey: (text: String, by: Int64)] = [:]
        var values: [ValueKey: (text: String, by: Int64)] = [:]
    }
    var byActor: [Int64: Counts] = [:]

    func addName(_ actor: Int64, _ name: String) {
        PendingCounts.increment(&byActor[actor, default: Counts()].names, SQLTextKey(name), name)
    }

    func addValue(_ actor: Int64, field: Int, _ value: String) {
        PendingCounts.increment(&byActor[actor, default: Counts()].values, ValueKey(field: field, value: SQLTextKey(value)), value)
    }

    /// One more of `key`, keeping the text it was first given as.
    private static func increment<Key: Hashable>(_ counts: inout [Key: (text: String, by: Int64)], _ key: Key, _ text: String) {
        if let old = counts[key] {
            counts[key] = (old.text, old.by + 1)
        } else {
            counts[key] = (text, 1)
        }
    }
}
