/// The knowledge base: an Annals SQLite file, migrated to the latest schema, and the single
/// writer that turns extractions into rows.
///
/// ```swift
/// let store = try Store(path: "annals.sqlite")
/// switch try store.write(article: article, extraction: extraction) {
/// case .inserted(let id): print("article \(id)")
/// case .duplicate(let id): print("already have it as article \(id)")
/// }
/// let read = try Store(path: "annals.sqlite", readOnly: true)   // for `annals sql`
/// ```
public final class Store {
    public let database: Database
    public let readOnly: Bool
    /// The clock for `ingested_at` (replaceable in tests).
    public var now: () -> String = UTCTimestamp.now
    /// When false, every touched group of event mentions is regrouped from all its
    /// mentions, never extended in place (`appendToSoleEvent`) nor left as written (a settled
    /// mention alone in its group, see `settle`): for tests that check both
    /// give the same knowledge base.
    var regroupsIncrementally = true
    /// Whether the transaction under way indexes its articles at its end (`batchEnd`).
    var defersIndexing = false
    /// Actors (not people) whose name and attributes are re-chosen at the end of the
    /// transaction under way (`batchEnd`); nil when not deferring.
    var pendingRefreshes: Set<Int64>?
    /// While a batch is written (`batchEnd`), the candidates of each surname looked up so far
    /// (`surnameCandidates`): the people of a surname change only through the writer, which
    /// adds a person it inserts to its surname's entry, sets the name and country of one it
    /// updates in the entries that hold it, and forgets every entry holding an actor it
    /// deletes; emptied when an article is rolled back. Nil otherwise.
    var surnameCandidatesCache: [String: [SurnameCandidate]]?
    /// While a batch is written (`batchEnd`), the actor keys and aliases looked up or written
    /// so far (`actorID(key:)`, `addAlias`; see `BatchLookups`). Nil otherwise.
    var batchLookups: BatchLookups?
    /// While a batch is written without savepoints (`batchEnd`), the increments of actors'
    /// name and attribute counts not written yet (see `PendingCounts`). Nil otherwise.
    var pendingCounts: PendingCounts?
    /// Whether `withoutForeignKeyChecks` has turned enforcement off (until its body returns).
    var foreignKeyChecksOff = false

    /// Opens (creating when missing, unless read-only) and migrates. Throws
    /// `MigrationError` for a foreign or newer file, leaving it unchanged.
    public init(path: String, readOnly: Bool = false, migrator: Migrator = Migrator()) throws {
        let database = try Database(path: path, mode: readOnly ? .readOnly : .readWriteCreate, enableWAL: false)
        do {
            if readOnly {
                try migrator.validateReadOnly(database)
            } else {
                try migrator.validate(database)
                // A new file gets 8 KiB pages (SQLite's default is 4 KiB; an existing file keeps
                // its size, since a WAL database cannot change it). With the WAL checkpoint
                // thresholds below counted in pages, the log is checkpointed every 64 MB.
                // `annals ingest --jobs 1` of 2,000 bench articles: user CPU -3% to -6% (four
                // sets of 7-11 alternating runs); 8 KiB pages with the checkpoint kept at 32 MB
                // measured nothing, nor 4 KiB pages checkpointed at 64 MB. Query latencies at
                // 100,000 events unchanged. Durability is the same (WAL, synchronous NORMAL).
                try database.execute("PRAGMA page_size = 8192")
                try database.enableWAL()
                try migrator.migrate(database)
                // The writer revisits actors, aliases and recent events: keep 32 MB of pages
                // in memory instead of SQLite's 2 MB default (re-reading them from the OS
                // showed up as pread time growing with the file).
                try database.execute("PRAGMA cache_size = -32768")
                try database.execute("PRAGMA temp_store = MEMORY")
                // Checkpoint the write-ahead log every 8,192 pages (64 MB of 8 KiB pages, 32 MB
                // in a file made with 4 KiB ones) instead of every 1,000: the writer
                // dirties the same index pages batch after batch, and each checkpoint copies
                // (and syncs) them into the database file again. The checkpoints run on a
                // thread of their own (`WALCheckpointer`); the writer checkpoints itself only
                // if they fall behind by 32,768 pages.
                if try !database.checkpointInBackground(threshold: 8192, limit: 32768) {
                    try database.execute("PRAGMA wal_autocheckpoint = 8192")
                }
            }
        } catch let error as DatabaseError where error.primaryCode == 26 {  // SQLITE_NOTADB
            throw MigrationError.notAnAnnalsDatabase(path: path, reason: "it is not a SQLite file")
        }
        self.database = database
        self.readOnly = readOnly
    }
}

/// What `Store.write` did with an article.
public enum WriteOutcome: Sendable, Hashable {
    /// New article, written with this id.
    case inserted(Int64)
    /// The same title and text were already stored under this id; nothing was written.
    case duplicate(Int64)

    public var articleID: Int64 {
        switch self {
        case .inserted(let id), .duplicate(let id): return id
        }
    }

    public var isDuplicate: Bool {
        if case .duplicate = self { return true }
        return false
    }
}
