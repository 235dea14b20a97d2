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

    /// Whether `frame` is sure to return nil once it has read no agent mention: every candidate's
    /// agents are resolved from those mentions, so it has none, and `agentAllowed` refuses an
    /// agentless candidate unless it refers back, inherits its agents, is an adjective's ("the
    /// failed resolution") or its trigger's kind of agent accepts none (`agentlessKinds`).
    /// Read right after the agents, it spares the rest of the frame (retyping and status cues,
    /// roles told after "as", named members) for the triggers whose subject is not found: most
    /// of them are "said" (12,062 of 20,947 calls for the 2,000 bench articles).
    func rejectsAgentless(_ t: Lexicon.Trigger, _ c: EventCandidate, agents: [Mention]) -> Bool {
        agents.isEmpty && !c.anaphoric && !c.inheritsAgents && t.pos != "adj" && !EventFinder.agentlessKinds.contains(t.agent)
    }

    /// The kinds of agent (`events.tsv`) whose case in `agentAllowed` may accept a candidate
    /// without agents: a body's act told with "it" refused, a council's by a numbered
    /// resolution, and acts whose subject is the resolution itself.
    static let agentlessKinds: WordSet = ["body", "council", "numbered", "resolution"]
}
