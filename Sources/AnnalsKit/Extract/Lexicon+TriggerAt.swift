extension Lexicon {
    /// The first trigger of one of `types` whose form starts at word `i` of `s` (in the
    /// lexicon's order), or nil.
    ///
    /// ```swift
    /// lexicon.trigger(at: 0, in: words, types: ["defection"])?.phrase   // ["break", "with"] for "broken with ..."
    /// ```
    func trigger(at i: Int, in s: SentenceWords, types: Set<String>) -> Trigger? {
        triggerForms[s.lower(i)]?.first { types.contains($0.0.type) && s.matches($0.1, at: i) }?.0
    }
}
