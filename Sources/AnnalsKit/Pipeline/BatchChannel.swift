import Foundation

/// A bounded hand-over of values from one producing thread to one consuming thread.
///
/// `put` blocks while `capacity` values wait; `take` blocks until a value arrives or the
/// producer calls `finish`. Either side can `close` it: `put` then returns false at once
/// (the producer stops), and `take` returns nil once the waiting values are gone.
///
/// ```swift
/// let channel = BatchChannel<[Int]>(capacity: 1)
/// Thread { for i in 0..<3 { _ = channel.put([i]) }; channel.finish() }.start()
/// while let batch = channel.take() { print(batch) }   // [0] [1] [2]
/// ```
final class BatchChannel<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Value] = []
    private var finished = false
    private var closed = false
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Waits for room, then hands `value` over. False when the channel was closed (the
    /// value is dropped: the consumer wants no more).
    func put(_ value: Value) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while values.count >= capacity && !closed { condition.wait() }
        guard !closed else { return false }
        values.append(value)
        condition.broadcast()
        return true
    }

    /// The next value, waiting for one; nil when the producer has finished (or the channel
    /// was closed) and nothing is left.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while values.isEmpty && !finished && !closed { condition.wait() }
        guard !values.isEmpty else { return nil }
        let value = values.removeFirst()
        condition.broadcast()
        return value
    }

    /// The producer has nothing more to put.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// No more values are wanted: a waiting or later `put` returns false.
    func close() {
        condition.lock()
        closed = true
        values.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Whether `close` was called.
    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
