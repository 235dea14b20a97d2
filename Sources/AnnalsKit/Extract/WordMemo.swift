/// A yes-or-no answer per word of one sentence, each worked out on first use and kept.
///
/// The event finder asks whether the same words end a clause stretch (`isSegmentBoundary`)
/// for every trigger, subject and date it reads; the answer depends only on the sentence, its
/// mentions and its times, so it is the same each time.
///
/// ```swift
/// let memo = WordMemo()
/// memo.value(3, count: s.count) { isSegmentBoundary(3) }   // computed
/// memo.value(3, count: s.count) { isSegmentBoundary(3) }   // remembered
/// ```
final class WordMemo {
    /// Per word: 0 not yet asked, 1 false, 2 true.
    private var answers: [UInt8] = []

    /// The answer for word `k` of a sentence of `count` words (`compute` runs once per word;
    /// an index outside the sentence is not remembered).
    func value(_ k: Int, count: Int, _ compute: () -> Bool) -> Bool {
        guard k >= 0, k < count else { return compute() }
        if answers.isEmpty { answers = Array(repeating: 0, count: count) }
        switch answers[k] {
        case 1: return false
        case 2: return true
        default:
            let v = compute()
            answers[k] = v ? 2 : 1
            return v
        }
    }
}
