/// One schema change: `Migrations/0001_initial.sql` is version 1, named `initial`.
public struct Migration: Sendable, Hashable {
    public var version: Int
    public var name: String
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Parses a file name `NNNN_name.sql`; nil for any other name.
    public init?(fileName: String, sql: String) {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        let parts = stem.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, let version = Int(parts[0]), version > 0 else { return nil }
        self.init(version: version, name: String(parts[1]), sql: sql)
    }

    /// The migrations embedded in this build, in version order.
    public static let embedded: [Migration] = EmbeddedMigrations.files
        .compactMap { Migration(fileName: $0.key, sql: $0.value) }
        .sorted { $0.version < $1.version }
}

/// Why a database file cannot be used.
public enum MigrationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file was written by a newer Annals.
    case newerSchema(found: Int, known: Int)
    /// The file is a SQLite database of another application, or holds tables that Annals
    /// did not create.
    case notAnAnnalsDatabase(path: String, reason: String)
    /// A read-only open of a database that needs migrating (or is empty).
    case needsMigration(path: String, found: Int, latest: Int)

    public var description: String {
        switch self {
        case let .newerSchema(found, known):
            return "this database was written by a newer Annals (schema \(found), this build knows \(known)); upgrade annals"
        case let .notAnAnnalsDatabase(path, reason):
            return "\(path) is not an Annals database (\(reason)); nothing was changed"
        case let .needsMigration(path, found, latest):
            if found == 0 {
                return "\(path) is not initialized yet; run `annals ingest` first"
            }
            return "\(path) has schema \(found) and needs upgrading to \(latest); run a writing command (e.g. `annals ingest`) once"
        }
    }
}
