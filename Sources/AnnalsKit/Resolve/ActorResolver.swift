/// How an actor one article knows is matched to the knowledge base: a resolution key that
/// depends only on the actor itself (so the result does not depend on what was ingested
/// before), and a surname for people.
///
/// ```swift
/// ActorResolver.key(for: ExtractedActor(name: "Nawaf al-Fares", kind: .person), article: "ab12")
/// // .init(key: "person:nawaf faras", surname: "faras", reason: "name key nawaf faras")
/// ActorResolver.key(for: ExtractedActor(name: "Syria", kind: .country, country: "SYR"), article: "ab12")
/// // .init(key: "country:SYR", ...)
/// ActorResolver.key(for: ExtractedActor(name: "Tlass", kind: .person), article: "ab12")
/// // .init(key: "person:~tlas", surname: "tlas", isSurnameOnly: true, ...)
/// ```
///
/// A surname alone ("Tlass") is not resolved by its key: the store links it to the one
/// known person with that surname when there is exactly one whose country agrees, and to a
/// surname placeholder otherwise (see `Store.reconcileSurname`).
public enum ActorResolver {
    public struct Resolution: Sendable, Hashable {
        /// `country:SYR`, `person:manaf tlas`, `person:~tlas`, `organization:arab league`,
        /// `unnamed:<article hash>:3`.
        public var key: String
        /// Skeleton of a person's surname.
        public var surname: String?
        public var isSurnameOnly: Bool = false
        /// Why this key: recorded in `actor_link.reason`.
        public var reason: String
    }

    /// The key of `actor`, found in the article whose content hash starts with `article`
    /// (unnamed actors are one per article and index).
    public static func key(for actor: ExtractedActor, article: String, index: Int) -> Resolution {
        let unnamed = Resolution(key: "unnamed:\(article):\(index)", reason: "unnamed, not linked")
        guard actor.isNamed else { return unnamed }
        if actor.kind == .country,
           let code = [actor.cameoCode, actor.country].compactMap({ $0 }).map({ normalizedName($0).uppercased() })
               .first(where: { !$0.isEmpty && !$0.utf8.contains(0x20) }) {
            return Resolution(key: "country:\(code)", reason: "country code \(code)")
        }
        if actor.kind == .person, let name = PersonName(actor.name) {
            if name.isSurnameOnly {
                return Resolution(key: "person:" + name.key, surname: name.surname, isSurnameOnly: true,
                                  reason: "surname only, no single known person named so")
            }
            return Resolution(key: "person:" + name.key, surname: name.surname, reason: "name key '\(name.key)'")
        }
        let name = normalizedName(actor.name)
        guard !name.isEmpty else { return unnamed }
        return Resolution(key: "\(actor.kind.rawValue):\(name)", reason: "name '\(name)'")
    }

    /// The better of two names for an actor's display name, whatever order they come in:
    /// a person's full name over a surname, then the name more articles use, then the
    /// longer, then the alphabetically first.
    static func prefer(_ a: (name: String, articles: Int), over b: (name: String, articles: Int), kind: String) -> Bool {
        if kind == ActorKind.person.rawValue {
            let aFull = PersonName(a.name).map { !$0.isSurnameOnly } ?? false
            let bFull = PersonName(b.name).map { !$0.isSurnameOnly } ?? false
            if aFull != bFull { return aFull }
        }
        if a.articles != b.articles { return a.articles > b.articles }
        if a.name.count != b.name.count { return a.name.count > b.name.count }
        return a.name < b.name
    }
}
