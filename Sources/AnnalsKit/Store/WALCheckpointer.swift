import CSQLite
import Dispatch
import Foundation

/// Checkpoints the write-ahead log of a writer's connection on a thread of its own, so that
/// copying the log's pages into the database file (and syncing it) is not done by the
/// writer between two batches.
///
/// SQLite's automatic checkpoint runs inside the COMMIT that makes the log long enough, on
/// the writing thread: writing into a big knowledge base, where every batch dirties pages
/// all over the indexes, about half of COMMIT's time was that copy. Here, when a commit
/// leaves `threshold` frames or more in the log, a second connection to the same file runs
/// a PASSIVE checkpoint (it copies what is committed, concurrently with the writer, and
/// never blocks it). The log restarts from its beginning only at a write that finds every
/// frame copied, so once the background checkpoint is done, the writer copies the frames
/// committed while it ran (a fraction of the log) itself at its next commit; and should the
/// background checkpoints fall far behind, the writer checkpoints (as SQLite would) once the
/// log reaches `limit` frames.
/// Durability is unchanged: a checkpoint is the same operation, run by another connection.
///
/// The thread starts at the first checkpoint it is asked for and stops when the writer's
/// `Database` is closed.
final class WALCheckpointer: @unchecked Sendable {
    let path: String
    let threshold: Int32
    let limit: Int32
    private let condition = NSCondition()
    private var requested = false
    private var running = false
    private var stopping = false
    private var started = false
    private let finished = DispatchGroup()
    /// Checkpoints run on the thread so far (for tests).
    var backgroundCheckpoints: Int { condition.withLock { completed } }
    private var completed = 0
    /// `completed` when the writer last caught the log up (the writer's thread only).
    private var completedAtCatchUp = 0
    /// Frames in the log when a checkpoint was last asked for (the writer's thread only).
    private var requestedAt: Int32 = 0

    init(path: String, threshold: Int32, limit: Int32) {
        self.path = path
        self.threshold = threshold
        self.limit = limit
    }

    /// Called by the writer's connection after each commit with the frames in the log.
    func committed(frames: Int32, connection: OpaquePointer?, schema: UnsafePointer<CChar>?) {
        if frames < requestedAt { requestedAt = 0 }  // the log restarted
        guard frames >= threshold else { return }
        condition.lock()
        let idle = !running && !requested
        let caughtUp = idle && completed > completedAtCatchUp
        if caughtUp { completedAtCatchUp = completed }
        condition.unlock()
        if frames >= limit || caughtUp {
            // The background checkpoint has copied the log as it was when it started (or is
            // falling far behind): copy the rest here, the frames committed meanwhile, so
            // that the next write starts the log again from its beginning (BUSY, and nothing
            // done, while the background checkpoint runs; the next commit tries again).
            sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            return
        }
        guard frames - requestedAt >= threshold / 2 else { return }
        condition.lock()
        defer { condition.unlock() }
        guard !running, !stopping else { return }
        requestedAt = frames
        requested = true
        if !started {
            started = true
            finished.enter()
            let thread = Thread { [self] in
                run()
                finished.leave()
            }
            thread.name = "annals-wal-checkpoint"
            thread.start()
        }
        condition.signal()
    }

    private func run() {
        let db: Database
        do {
            db = try Database(path: path, mode: .readWrite, enableWAL: false)
            try db.execute("PRAGMA synchronous = NORMAL")
        } catch {
            // No second connection: the writer's own checkpoint at `limit` still bounds the log.
            condition.lock()
            stopping = true
            condition.unlock()
            return
        }
        while true {
            condition.lock()
            while !requested && !stopping { condition.wait() }
            if stopping {
                condition.unlock()
                break
            }
            requested = false
            running = true
            condition.unlock()
            sqlite3_wal_checkpoint_v2(db.handle, "main", SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            condition.lock()
            running = false
            completed += 1
            condition.unlock()
        }
    }

    /// Stops the thread (after the checkpoint it is running, if any) and closes its connection.
    func stop() {
        condition.lock()
        stopping = true
        let wasStarted = started
        condition.signal()
        condition.unlock()
        if wasStarted { finished.wait() }
    }
}

extension Database {
    /// Checkpoints this connection's write-ahead log in the background (see
    /// `WALCheckpointer`) instead of SQLite's automatic checkpoint. Returns false, changing
    /// nothing, when the database is not in WAL mode.
    @discardableResult
    func checkpointInBackground(threshold: Int32, limit: Int32) throws -> Bool {
        guard mode != .readOnly, try scalar(String.self, "PRAGMA journal_mode")?.lowercased() == "wal" else { return false }
        let checkpointer = WALCheckpointer(path: path, threshold: threshold, limit: limit)
        walCheckpointer?.stop()
        walCheckpointer = checkpointer
        sqlite3_wal_hook(handle, { context, connection, schema, frames in
            guard let context else { return SQLITE_OK }
            Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue()
                .committed(frames: frames, connection: connection, schema: schema)
            return SQLITE_OK
        }, Unmanaged.passUnretained(checkpointer).toOpaque())
        return true
    }
}
