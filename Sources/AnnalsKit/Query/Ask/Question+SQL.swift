/// The SQL that answers a question, with its bound arguments: what `annals ask --sql`
/// prints and `annals ask --save NAME` stores (the arguments become the saved query's
/// defaults).
public struct AskPlan: Sendable, Hashable {
    public var question: Question
    /// One read-only statement with named parameters (`:since`, `:actor`, ...).
    public var sql: String
    /// Every parameter of `sql`, NULL where the question left it open.
    public var arguments: [String: DatabaseValue]
    /// Columns a terminal table shows (all others stay in JSON, CSV and Markdown).
    public var tableColumns: [String]

    public var statementArguments: StatementArguments {
        StatementArguments(named: arguments.mapValues { $0 as (any DatabaseValueConvertible)? })
    }
}

extension Question {
    /// The statement that answers this question. User words only ever reach SQL as bound
    /// parameters; actor names are bound in `normalizedName` form.
    public var plan: AskPlan {
        switch self {
        case let .defectors(from, period):
            return AskPlan(question: self, sql: Question.defectionsSQL,
                           arguments: Question.periodArguments(period).merging([":from": Question.name(from)]) { a, _ in a },
                           tableColumns: [])
        case let .vetoes(about, period):
            return AskPlan(question: self, sql: Question.vetoesSQL,
                           arguments: Question.periodArguments(period).merging([":about": Question.text(about)]) { a, _ in a },
                           tableColumns: ["actor", "date", "date_precision", "status", "title", "sources"])
        case let .resolutions(outcome, about, period):
            return AskPlan(question: self, sql: Question.resolutionsSQL,
                           arguments: Question.periodArguments(period).merging(
                            [":type": Question.text(outcome?.eventType), ":about": Question.text(about)]) { a, _ in a },
                           tableColumns: ["date", "date_precision", "status", "type", "title", "sources"])
        case let .activity(actor, period):
            return AskPlan(question: self, sql: Question.eventsSQL,
                           arguments: Question.periodArguments(period).merging(
                            [":actor": Question.name(actor), ":type": .null]) { a, _ in a },
                           tableColumns: ["date", "date_precision", "status", "type", "title", "sources"])
        case let .when(actor, type):
            return AskPlan(question: self, sql: Question.eventsSQL,
                           arguments: Question.periodArguments(nil).merging(
                            [":actor": Question.name(actor), ":type": .text(type)]) { a, _ in a },
                           tableColumns: ["date", "date_precision", "status", "title", "sources"])
        case let .events(period, involving):
            return AskPlan(question: self, sql: Question.eventsSQL,
                           arguments: Question.periodArguments(period).merging(
                            [":actor": Question.name(involving), ":type": .null]) { a, _ in a },
                           tableColumns: ["date", "date_precision", "status", "type", "title", "sources"])
        case let .roles(actor):
            return AskPlan(question: self, sql: Question.rolesSQL, arguments: [":actor": Question.name(actor)],
                           tableColumns: ["actor", "kind", "role", "former", "sources", "first_seen", "last_seen"])
        case let .roleHolder(role, of, period):
            return AskPlan(question: self, sql: Question.roleHolderSQL,
                           arguments: Question.periodArguments(period).merging(
                            [":role": .text(role.lowercased()), ":of": Question.name(of), ":of_text": Question.text(of?.lowercased())]) { a, _ in a },
                           tableColumns: ["actor", "role", "of", "former", "sources", "first_seen", "last_seen"])
        case let .count(type, actor, agentOnly, period):
            return AskPlan(question: self, sql: Question.countSQL,
                           arguments: Question.periodArguments(period).merging(
                            [":type": Question.text(type), ":actor": Question.name(actor),
                             ":part": agentOnly && actor != nil ? .text("agent") : .null]) { a, _ in a },
                           tableColumns: ["type", "events"])
        }
    }

    static func name(_ s: String?) -> DatabaseValue {
        guard let s else { return .null }
        return .text(normalizedName(s))
    }

    static func text(_ s: String?) -> DatabaseValue { s.map(DatabaseValue.text) ?? .null }

    static func periodArguments(_ p: Period?) -> [String: DatabaseValue] {
        [":since": p?.start.map { .text($0.iso) } ?? .null, ":until": p?.end.map { .text($0.iso) } ?? .null]
    }

    // MARK: SQL

    /// Actors whose alias is `:actor` or ends with it ("fares" finds "nawaf fares").
    static func actorsNamed(_ parameter: String) -> String {
        "SELECT al.actor_id FROM actor_alias al WHERE al.normalized = \(parameter) OR al.normalized LIKE '% ' || \(parameter)"
    }

    /// An event's interval overlaps :since ... :until (open ends allowed; undated events
    /// are left out when a bound is given).
    static let periodFilter = """
          AND (:since IS NULL OR e.date_end >= :since)
          AND (:until IS NULL OR coalesce(e.date_start, e.date_end) <= :until)
        """

    static let eventColumns = """
        t.date, t.date_precision, t.status, t.type, t.title,
               (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = t.event_id) AS sources,
               t.actors, t.text, t.source_url AS url, t.event_id
        """

    /// One row per defection event (merged per defector by `Defectors`).
    static let defectionsSQL = """
        SELECT \(eventColumns)
        FROM event_timeline t
        JOIN event e ON e.id = t.event_id
        WHERE t.type = 'defection'
        \(periodFilter)
          AND (:from IS NULL OR EXISTS (
                -- defected from X: X is the 'from' participant, or the defector held a role of X
                SELECT 1 FROM event_participant p
                LEFT JOIN role r ON r.actor_id = p.actor_id AND p.part = 'agent'
                WHERE p.event_id = e.id
                  AND ((p.part = 'from' AND p.actor_id IN (\(actorsNamed(":from"))))
                       OR r.of_actor_id IN (\(actorsNamed(":from"))))))
        ORDER BY t.date IS NULL, t.date, t.date_precision <> 'before', t.event_id
        """

    static let vetoesSQL = """
        SELECT a.name AS actor, \(eventColumns)
        FROM event_timeline t
        JOIN event e ON e.id = t.event_id
        JOIN event_participant p ON p.event_id = e.id AND p.part = 'agent'
        JOIN actor a ON a.id = p.actor_id
        WHERE t.type = 'veto'
        \(periodFilter)
        \(aboutFilter)
        ORDER BY t.date IS NULL, t.date, t.date_precision <> 'before', a.name, t.event_id
        """

    /// :about in the event's object, its summary, a sentence reporting it or the title of
    /// an article reporting it.
    static let aboutFilter = """
          AND (:about IS NULL OR e.object LIKE '%' || :about || '%' OR e.summary LIKE '%' || :about || '%'
               OR EXISTS (SELECT 1 FROM event_mention m
                          JOIN sentence s ON s.id = m.sentence_id
                          JOIN article ar ON ar.id = m.article_id
                          WHERE m.event_id = e.id AND (s.text LIKE '%' || :about || '%' OR ar.title LIKE '%' || :about || '%')))
        """

    static let resolutionsSQL = """
        SELECT \(eventColumns)
        FROM event_timeline t
        JOIN event e ON e.id = t.event_id
        WHERE (t.type = :type OR (:type IS NULL AND t.type LIKE 'resolution%'))
        \(periodFilter)
        \(aboutFilter)
        ORDER BY t.date IS NULL, t.date, t.date_precision <> 'before', t.event_id
        """

    /// Events of an actor (:actor NULL: anyone), of a type (:type NULL: any), in a period.
    static let eventsSQL = """
        SELECT \(eventColumns)
        FROM event_timeline t
        JOIN event e ON e.id = t.event_id
        WHERE (:type IS NULL OR t.type = :type)
        \(periodFilter)
          AND (:actor IS NULL OR t.event_id IN (
                SELECT p.event_id FROM event_participant p WHERE p.actor_id IN (\(actorsNamed(":actor")))))
        ORDER BY t.date IS NULL, t.date, t.date_precision <> 'before', t.event_id
        """

    static let rolesSQL = """
        SELECT a.name AS actor, a.kind, ar.label AS role, max(ar.is_former) AS former,
               count(DISTINCT ar.article_id) AS sources,
               min(art.published) AS first_seen, max(art.published) AS last_seen,
               min(ar.evidence) AS evidence
        FROM actor a
        LEFT JOIN actor_roles ar ON ar.actor_id = a.id
        LEFT JOIN article art ON art.id = ar.article_id
        WHERE a.id IN (\(actorsNamed(":actor")))
        GROUP BY a.id, ar.label
        ORDER BY a.name, a.id, count(DISTINCT ar.article_id) DESC, length(ar.label) DESC
        """

    /// Holders of a role (title containing :role) of :of, seen in articles of the period.
    static let roleHolderSQL = """
        SELECT a.name AS actor, r.title AS role, o.name AS of, max(r.is_former) AS former,
               count(DISTINCT s.article_id) AS sources,
               min(art.published) AS first_seen, max(art.published) AS last_seen,
               min(s.text) AS evidence
        FROM role r
        JOIN actor a ON a.id = r.actor_id
        LEFT JOIN actor o ON o.id = r.of_actor_id
        JOIN sentence s ON s.id = r.sentence_id
        JOIN article art ON art.id = s.article_id
        WHERE lower(r.title) LIKE '%' || :role || '%'
          AND (:of IS NULL OR r.of_actor_id IN (\(actorsNamed(":of")))
               OR lower(r.title) LIKE '%' || :role || ' of ' || :of_text || '%')
          AND (:since IS NULL OR coalesce(r.valid_to, art.published) >= :since)
          AND (:until IS NULL OR coalesce(r.valid_from, art.published) <= :until)
        GROUP BY a.id, r.title, o.id
        ORDER BY count(DISTINCT s.article_id) DESC, max(r.is_former), a.name
        """

    /// Events per type (:type a LIKE pattern), of an actor (:part 'agent' or NULL for any part).
    static let countSQL = """
        SELECT t.type, count(*) AS events
        FROM event_timeline t
        JOIN event e ON e.id = t.event_id
        WHERE (:type IS NULL OR t.type LIKE :type)
        \(periodFilter)
          AND (:actor IS NULL OR t.event_id IN (
                SELECT p.event_id FROM event_participant p
                WHERE p.actor_id IN (\(actorsNamed(":actor"))) AND (:part IS NULL OR p.part = :part)))
        GROUP BY t.type
        ORDER BY events DESC, t.type
        """
}
