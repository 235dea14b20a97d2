import Foundation

/// A deterministic corpus of made-up news articles for benchmarks: political news in the
/// shape of wire copy (a dateline, a lead, quotes, background paragraphs), 2 to 5 KB each,
/// with names, titles, countries, dates and event kinds (defections, vetoes, resolutions,
/// meetings, statements, sanctions, resignations...) drawn from a seeded generator.
///
/// Article `i` depends only on the seed and `i`, so any slice can be generated alone
/// (and in parallel) and a rerun gives the same bytes.
///
/// ```swift
/// let corpus = SyntheticCorpus(seed: 7)
/// let a = corpus.article(0)          // same title and text on every run
/// try corpus.writeJSONL(count: 1000, to: "/tmp/corpus.jsonl")
/// ```
public struct SyntheticCorpus: Sendable {
    public var seed: UInt64

    public init(seed: UInt64 = 20120712) { self.seed = seed }

    /// Article number `index`.
    public func article(_ index: Int) -> Article {
        var w = ArticleWriter(rng: SeededGenerator(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)))
        let built = w.build(index: index)
        return Article(title: built.title, source: "Synthetic Wire", url: "https://example.org/synthetic/\(index)",
                       path: "synthetic:\(index)", published: built.published, publishedBasis: "metadata", text: built.text)
    }

    /// One JSONL line (with the trailing newline) for article `index`.
    public func jsonLine(_ index: Int) -> String { SyntheticCorpus.jsonLine(article(index)) }

    static func jsonLine(_ a: Article) -> String {
        var line = "{\"title\":" + SyntheticCorpus.jsonString(a.title ?? "")
        line += ",\"source\":" + SyntheticCorpus.jsonString(a.source ?? "")
        line += ",\"url\":" + SyntheticCorpus.jsonString(a.url ?? "")
        if let p = a.published { line += ",\"published\":\"\(p.iso)\"" }
        line += ",\"text\":" + SyntheticCorpus.jsonString(a.text) + "}\n"
        return line
    }

    /// Writes articles `0..<count` as JSONL (or until `maxBytes` of file when given),
    /// streaming: memory stays flat whatever the size. Returns articles and bytes of text.
    @discardableResult
    public func writeJSONL(count: Int = .max, maxBytes: Int = .max, to path: String) throws -> (articles: Int, textBytes: Int) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var written = 0, textBytes = 0, i = 0
        while i < count && written < maxBytes {
            let a = article(i)
            let line = SyntheticCorpus.jsonLine(a)
            textBytes += a.text.utf8.count
            buffer.append(contentsOf: line.utf8)
            written += line.utf8.count
            i += 1
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return (i, textBytes)
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// Fills the templates of one article.
struct ArticleWriter {
    var rng: SeededGenerator

    struct Person { var name: String; var surname: String; var title: String; var country: Country }
    typealias Country = (name: String, demonym: String, capital: String)

    static let countries: [Country] = [
        ("Syria", "Syrian", "Damascus"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
        ("France", "French", "Paris"), ("Britain", "British", "London"), ("Iran", "Iranian", "Tehran"),
        ("Iraq", "Iraqi", "Baghdad"), ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"),
        ("Libya", "Libyan", "Tripoli"), ("Jordan", "Jordanian", "Amman"), ("Lebanon", "Lebanese", "Beirut"),
        ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
        ("Brazil", "Brazilian", "Brasilia"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
        ("Venezuela", "Venezuelan", "Caracas"), ("Pakistan", "Pakistani", "Islamabad"), ("Qatar", "Qatari", "Doha"),
        ("Saudi Arabia", "Saudi", "Riyadh"), ("Ukraine", "Ukrainian", "Kiev"), ("Mexico", "Mexican", "Mexico City"),
        ("South Africa", "South African", "Pretoria"), ("Indonesia", "Indonesian", "Jakarta"), ("Cuba", "Cuban", "Havana"),
        ("North Korea", "North Korean", "Pyongyang"), ("South Korea", "South Korean", "Seoul"), ("Yemen", "Yemeni", "Sanaa"),
    ]
    static let given = ["Nawaf", "Walid", "Ahmed", "Mohammed", "Omar", "Khaled", "Sergei", "Vladimir", "Dmitry", "Yang",
                        "Wang", "Li", "Laurent", "Francois", "William", "David", "Hillary", "Susan", "Ban", "Kofi",
                        "Recep", "Ali", "Hassan", "Fatima", "Maria", "Carlos", "Luis", "Angela", "Yuki", "Amina",
                        "Samuel", "Joseph", "Olga", "Anna", "Ibrahim", "Yusuf", "Rania", "Leila", "Pedro", "Elena"]
    static let family = ["Fares", "Moallem", "Hijab", "Tlass", "Lavrov", "Churkin", "Jiechi", "Fabius", "Hague", "Rice",
                         "Araud", "Annan", "Davutoglu", "Salehi", "Zebari", "Nabil", "Haddad", "Khoury", "Mansour", "Darwish",
                         "Okafor", "Mwangi", "Silva", "Ramirez", "Petrov", "Ivanova", "Tanaka", "Kuznetsov", "Rahman", "Qureshi",
                         "Suleiman", "Abbas", "Nasser", "Hamdan", "Ortega", "Morales", "Novak", "Horvat", "Bakr", "Saleh"]
    static let titles = ["ambassador to Iraq", "foreign minister", "prime minister", "defense minister", "interior minister",
                         "oil minister", "army general", "brigadier general", "deputy foreign minister", "ambassador to the United Nations",
                         "spokesman", "finance minister", "central bank governor", "opposition leader", "senior diplomat",
                         "chief of staff", "intelligence chief", "speaker of parliament", "trade minister", "envoy"]
    static let orgs = ["the U.N. Security Council", "the Arab League", "the European Union", "NATO", "the African Union",
                       "the U.N. General Assembly", "the International Monetary Fund", "the World Health Organization"]
    static let topics = ["a ceasefire", "humanitarian access", "sanctions on arms sales", "an observer mission", "the nuclear program",
                         "a political transition", "border security", "refugee aid", "the release of prisoners", "new elections"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    init(rng: SeededGenerator) { self.rng = rng }

    mutating func person(in country: Country? = nil) -> Person {
        let g = rng.pick(ArticleWriter.given), f = rng.pick(ArticleWriter.family)
        return Person(name: "\(g) \(f)", surname: f, title: rng.pick(ArticleWriter.titles), country: country ?? rng.pick(ArticleWriter.countries))
    }

    mutating func build(index: Int) -> (title: String, text: String, published: CalendarDay) {
        let year = 2005 + rng.int(0...14), month = rng.int(1...12), day = rng.int(1...28)
        let published = CalendarDay(year, month, day)
        let monthName = ArticleWriter.months[month - 1]
        let weekday = rng.pick(ArticleWriter.weekdays)
        let home = rng.pick(ArticleWriter.countries)
        var other = rng.pick(ArticleWriter.countries)
        if other.name == home.name, let h = ArticleWriter.countries.firstIndex(where: { $0.name == home.name }) {
            other = ArticleWriter.countries[(h + 1) % ArticleWriter.countries.count]
        }
        let cast = (0..<5).map { i in person(in: i < 3 ? home : other) }
        let lead = cast[0]
        let org = rng.pick(ArticleWriter.orgs), topic = rng.pick(ArticleWriter.topics)
        let n = rng.int(2...900)
        let earlier = "\(rng.int(1...28)) \(ArticleWriter.months[rng.int(0...11)]) \(year - rng.int(0...2))"

        let kind = rng.int(0...7)
        let title: String
        var paragraphs: [String] = []
        let dateline = "\(home.capital.uppercased()) — "
        switch kind {
        case 0:
            title = "\(home.demonym) \(lead.title) defects to the opposition"
            paragraphs.append(dateline + "\(home.name)'s \(lead.title), \(lead.name), defected on \(weekday) and fled to \(other.name), officials said, the latest in a string of high-level departures from the government.")
            paragraphs.append("\(lead.surname) is the most senior \(home.demonym) official to switch sides since the unrest began, and the second \(lead.title) to abandon the government this year. His family left \(home.capital) with him, a relative said.")
            paragraphs.append("Earlier, on \(earlier), \(cast[1].title) \(cast[1].name) also defected, according to activists who helped arrange his escape across the border.")
        case 1:
            title = "\(other.name) vetoes \(org) resolution on \(home.name)"
            paragraphs.append(dateline + "\(other.name) on \(weekday) vetoed a resolution in \(org) that would have threatened \(home.name) with sanctions over \(topic), the \(ArticleWriter.ordinal(rng.int(2...4))) such veto in a year.")
            paragraphs.append("\(other.demonym) \(cast[3].title) \(cast[3].name) said the draft was unbalanced and would open the way to foreign intervention. Eleven members voted in favour and two abstained.")
        case 2:
            title = "\(org) adopts resolution on \(topic)"
            paragraphs.append(dateline + "\(org) unanimously adopted a resolution on \(weekday) calling for \(topic) in \(home.name), after weeks of negotiations over the text.")
            paragraphs.append("The resolution, drafted by \(other.name), demands that all parties allow \(topic) within \(n % 60 + 10) days and asks the secretary-general to report back.")
        case 3:
            title = "\(home.demonym) and \(other.demonym) ministers meet in \(other.capital)"
            paragraphs.append(dateline + "\(home.demonym) \(lead.title) \(lead.name) met his \(other.demonym) counterpart \(cast[3].name) in \(other.capital) on \(weekday) to discuss \(topic) and trade ties.")
            paragraphs.append("The two sides agreed to set up a joint committee and signed \(n % 9 + 2) agreements on energy, transport and customs, a statement from the \(home.demonym) foreign ministry said.")
        case 4:
            title = "\(home.demonym) \(lead.title) resigns"
            paragraphs.append(dateline + "\(home.name)'s \(lead.title), \(lead.name), resigned on \(weekday), citing differences with the government over \(topic).")
            paragraphs.append("President \(cast[1].name) accepted the resignation and appointed \(cast[2].name) as acting \(lead.title), state television reported.")
        case 5:
            title = "\(other.name) imposes sanctions on \(home.name)"
            paragraphs.append(dateline + "\(other.name) imposed sanctions on \(n) \(home.demonym) officials on \(weekday), freezing their assets over what it called the violent repression of protesters.")
            paragraphs.append("\(home.demonym) \(cast[1].title) \(cast[1].name) criticized the measures as illegal interference and said \(home.name) would respond.")
        case 6:
            title = "Protesters rally in \(home.capital) as talks stall"
            paragraphs.append(dateline + "Thousands of protesters rallied in \(home.capital) on \(weekday), demanding \(topic), as talks between the government and the opposition stalled for a \(ArticleWriter.ordinal(rng.int(2...5))) week.")
            paragraphs.append("Security forces attacked a crowd near the central square, killing \(n % 40 + 2) people, the \(home.demonym) Observatory for Human Rights said.")
        default:
            title = "\(org) envoy calls for \(topic) in \(home.name)"
            paragraphs.append(dateline + "The envoy of \(org), \(cast[3].name), on \(weekday) called on all parties in \(home.name) to accept \(topic), warning that the window for a political solution was closing.")
            paragraphs.append("\(other.demonym) \(cast[4].title) \(cast[4].name) said \(other.name) supported the plan and urged \(home.name) to comply.")
        }
        // Quotes, background and filler, like real wire copy, to 2-5 KB.
        let target = rng.int(2_000...5_000)
        var fillers = ArticleWriter.fillers.indices.map { $0 }
        for i in stride(from: fillers.count - 1, to: 0, by: -1) { fillers.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        var k = 0
        var size = paragraphs.reduce(0) { $0 + $1.utf8.count + 2 }
        while size < target {
            let template = ArticleWriter.fillers[fillers[k % fillers.count]]
            k += 1
            let p = cast[k % cast.count]
            let values: [Substring: String] = [
                "P": p.name, "S": p.surname, "T": p.title, "C": home.name, "D": home.demonym, "CAP": home.capital,
                "C2": other.name, "D2": other.demonym, "O": org, "TOPIC": topic, "N": String(n + k), "MONTH": monthName,
                "DAY": rng.pick(ArticleWriter.weekdays),
            ]
            let text = ArticleWriter.fill(template, values)
            paragraphs.append(text)
            size += text.utf8.count + 2
        }
        return (title, paragraphs.joined(separator: "\n\n") + "\n", published)
    }

    /// The template with each `{KEY}` replaced by its value (unknown keys kept as written).
    static func fill(_ template: String, _ values: [Substring: String]) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = rest[rest.index(after: open)..<close]
            out += values[key] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    static func ordinal(_ n: Int) -> String { ["first", "second", "third", "fourth", "fifth"][min(max(n, 1), 5) - 1] }

    /// Paragraph templates: {P} a person, {S} the surname, {T} the title, {C}/{D}/{CAP} the
    /// home country, demonym and capital, {C2}/{D2} the other country, {O} an organization.
    static let fillers: [String] = [
        "\"We will not accept any solution imposed from outside,\" {P}, the {D} {T}, told reporters in {CAP}. \"The people of {C} will decide their own future.\"",
        "{S} said on {DAY} that the government remained committed to {TOPIC}, but accused foreign powers of arming the opposition and spreading false reports.",
        "The violence has killed more than {N} people since {MONTH}, according to monitoring groups, though the figures could not be independently verified because access for journalists is restricted.",
        "Diplomats at {O} said negotiations on a new text were continuing, with {C2} insisting on language that would leave the door open to further measures if the violence does not stop.",
        "In {CAP}, residents reported long lines at bakeries and fuel stations, and prices of basic goods have more than doubled in recent months as the currency lost much of its value.",
        "{D2} officials have repeatedly said they oppose any outside military intervention, arguing that the crisis must be solved through dialogue between the government and its opponents.",
        "Analysts said the departure of senior figures showed cracks in the leadership, but cautioned that the core of the security apparatus appeared to remain loyal.",
        "The {D} foreign ministry issued a statement on {DAY} rejecting the accusations as baseless and saying the government was fighting armed terrorist groups backed from abroad.",
        "Human rights groups have documented arbitrary arrests, torture in detention and the shelling of residential districts, and have called for those responsible to be held to account.",
        "{P}, who served as {T} for {N} days, was seen as a close ally of the ruling family before falling out with senior officers over the handling of the crisis.",
        "The opposition council, meeting in exile, said it welcomed the move and urged other officials to follow, promising them a role in a future transitional government.",
        "Oil exports, once a main source of revenue, have fallen sharply since {MONTH}, and the government has turned to allies for credit lines and fuel shipments.",
        "Refugees continued to cross into neighbouring countries, where camps are struggling to cope; aid agencies said they had received less than half of the funding they requested.",
        "A spokesman for the {D} army said troops had regained control of several districts, a claim that could not be confirmed, while activists said fighting continued into the night.",
        "{C2} has sent humanitarian supplies through {O} and said it would host a conference of donor countries later in the year to coordinate assistance.",
        "\"This is a turning point,\" said {P}, a {D} {T}. \"Those who stand with the regime now know that the ground is shifting under their feet.\"",
        "Markets in the region fell on the news, with investors worried that the conflict could spread across borders and disrupt trade routes and energy supplies.",
        "The ministers also discussed water sharing, electricity interconnection and a long-delayed railway project, according to officials familiar with the talks.",
        "Observers from {O} visited {N} sites over the past week and reported heavy weapons still deployed in populated areas despite earlier commitments to withdraw them.",
        "Security was tight in the capital, with checkpoints on main roads and armoured vehicles stationed outside government buildings and the headquarters of state television.",
    ]
}
