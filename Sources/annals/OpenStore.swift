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
    if !FileManager.default.fileExists(atPath: path) {
        // Say plainly why a new knowledge base cannot be made, before SQLite's terse error.
        let folder = (path as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("cannot create the knowledge base \(path): the folder \(dir) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: dir) else {
            throw ValidationError("cannot create the knowledge base \(path): the folder \(dir) is not writable")
        }
    }
    return try Store(path: path)
}
