/// Brings a database to the latest schema, one migration per transaction.
///
/// ```swift
/// let db = try Database(path: "annals.sqlite", enableWAL: false)
/// try Migrator().migrate(db)     // checks the file is ours, then applies what is missing
/// ```
///
/// An Annals database has `PRAGMA application_id = 0x416E6E6C` ('Annl'), `PRAGMA user_version`
/// = its latest applied migration, and the table `annals_migration` listing them.
public struct Migrator: Sendable {
    /// 'Annl'.
    public static let applicationID: Int32 = 0x416E_6E6C

    /// The table recording applied migrations (also in Schema/schema.sql).
    public static let migrationTableSQL = """
        CREATE TABLE annals_migration (
            version     INTEGER PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL            -- UTC, YYYY-MM-DDTHH:MM:SSZ
        ) STRICT
        """

    public var migrations: [Migration]
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    public init(migrations: [Migration] = Migration.embedded) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// What is in a file before migrating.
    public struct State: Sendable, Equatable {
        public var applicationID: Int32
        public var userVersion: Int
        /// Tables, views, indexes and triggers not created by SQLite itself.
        public var objectCount: Int
        public var hasMigrationTable: Bool
    }

    public func state(of db: Database) throws -> State {
        State(applicationID: Int32(truncatingIfNeeded: try db.scalar(Int64.self, "PRAGMA application_id") ?? 0),
              userVersion: try db.scalar(Int.self, "PRAGMA user_version") ?? 0,
              objectCount: try db.scalar(Int.self, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") ?? 0,
              hasMigrationTable: (try db.scalar(Int.self, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'annals_migration'") ?? 0) > 0)
    }

    /// Throws when the file is not an Annals database or is newer than this build;
    /// changes nothing. Returns the current state.
    @discardableResult
    public func validate(_ db: Database) throws -> State {
        let state = try state(of: db)
        if state.applicationID != 0 && state.applicationID != Migrator.applicationID {
            throw MigrationError.notAnAnnalsDatabase(path: db.path, reason: "application_id is \(state.applicationID), not Annals' \(Migrator.applicationID)")
        }
        if state.objectCount > 0 && !state.hasMigrationTable {
            throw MigrationError.notAnAnnalsDatabase(path: db.path, reason: "it has tables but no annals_migration table")
        }
        if state.objectCount == 0 && state.userVersion != 0 {
            throw MigrationError.notAnAnnalsDatabase(path: db.path, reason: "user_version is \(state.userVersion) but it holds no tables")
        }
        if state.userVersion > latestVersion {
            throw MigrationError.newerSchema(found: state.userVersion, known: latestVersion)
        }
        return state
    }

    /// Checks a database opened read-only is usable as is.
    public func validateReadOnly(_ db: Database) throws {
        let state = try validate(db)
        if state.userVersion < latestVersion {
            throw MigrationError.needsMigration(path: db.path, found: state.userVersion, latest: latestVersion)
        }
    }

    /// Validates, then applies every migration newer than the database, each in its own
    /// `BEGIN IMMEDIATE` transaction. Returns the versions applied.
    @discardableResult
    public func migrate(_ db: Database, now: String = UTCTimestamp.now()) throws -> [Int] {
        try validate(db)
        var applied: [Int] = []
        for migration in migrations {
            let done: Bool = try db.transaction {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                let state = try validate(db)
                if state.userVersion >= migration.version { return true }
                if !state.hasMigrationTable {
                    try db.executeScript(Migrator.migrationTableSQL)
                    try db.execute("PRAGMA application_id = \(Migrator.applicationID)")
                }
                try db.executeScript(migration.sql)
                try db.execute("INSERT INTO annals_migration(version, name, applied_at) VALUES (?, ?, ?)",
                               migration.version, migration.name, now)
                // PRAGMA takes no parameters; the version is an Int from this build.
                try db.execute("PRAGMA user_version = \(migration.version)")
                return false
            }
            if !done { applied.append(migration.version) }
        }
        return applied
    }
}
