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

    /// An actor and a normalized name, as `actor_id = ? AND normalized = ?` compares them.
    struct AliasKey: Hashable {
        var actor: Int64
        var normalized: SQLTextKey
    }
}
