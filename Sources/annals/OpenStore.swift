import ArgumentParser
import AnnalsKit
import Foundation

/// Opens the knowledge base named by the global options.
///
/// Readers (`events`, `ask`, `sql`) need an existing file and never create one; a reader
/// that finds an older schema upgrades it when the file is writable.
func openStore(_ global: GlobalOptions, readOnly: Bool) throws -> Store {
    let path = global.databasePath
    if readOnly {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no knowledge base at \(path); create one with `annals ingest FILES` (or pass --db)")
        }
        do {
            return try Store(path: path, readOnly: true)
        } catch MigrationError.needsMigration {
            return try Store(path: path)
        }
    }
    return try Store(path: path)
}
