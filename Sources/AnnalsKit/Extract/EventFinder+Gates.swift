/// Cheap tests that tell `EventFinder.frame` will find no event for a trigger, read before it
/// reads the agents (whose verb group start asks for the sentence's times): each is a
/// necessary condition of a rule `frame` applies later, so the answer is what `frame` gives.
extension EventFinder {
    /// Whether `frame(t, at: i, ...)` is sure to return nil.
    func rejectsEarly(_ t: Lexicon.Trigger, at i: Int) -> Bool {
        lacksResolutionSubject(t, at: i)
    }

    /// A verb whose subject must be a draft ("the Russian text fell", `agentAllowed`'s case
    /// "resolution") acts only with a resolution noun before it: every reading that case
    /// accepts finds one there, but a phrase only drafts are said to do after "it" ("It fell
    /// short"). (Not for vetoes, which may inherit their agents, nor for infinitives, which may
    /// refer back: `agentAllowed` accepts those before its case.)
    func lacksResolutionSubject(_ t: Lexicon.Trigger, at i: Int) -> Bool {
        t.agent == "resolution" && t.pos == "verb" && t.type != "veto" && !EventFinder.draftOnlyPhrases.contains(t.phrase)
            && !(0..<i).contains { s.has($0, .resolutionNoun) } && tense(at: i) != .infinitive
    }
}
