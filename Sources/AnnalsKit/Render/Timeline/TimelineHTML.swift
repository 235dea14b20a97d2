/// One self-contained HTML page (inline CSS, SVG and script; nothing from the network):
/// a time axis, one lane per group, a mark per event, and the event's evidence and source
/// on hover, focus or click; below it, the same events as a list that works without
/// script and prints.
///
/// Dates are drawn as honestly as they are known: a day is a dot, a week, month or year a
/// bar across it, and a `before` date a hollow mark at its bound with a dashed line open
/// towards the past. Every value from the data is escaped (a title `<script>` stays text);
/// the data the script reads is JSON inside `<script type="application/json">` with `<`,
/// `>` and `&` escaped, and only http(s) addresses become links.
public enum TimelineHTML {
    public static func render(_ timeline: Timeline) -> String {
        let layout = Layout(timeline)
        let title = escapeHTML(timeline.title ?? "Timeline")
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(css)</style>
            </head>
            <body>
            <header><h1>\(title)</h1>
            """
        if let d = timeline.description { out += "<p class=\"description\">\(escapeHTML(d))</p>" }
        let count = timeline.entries.count
        out += "<p class=\"meta\">\(count) dated event\(count == 1 ? "" : "s")"
        if !timeline.undated.isEmpty { out += ", \(timeline.undated.count) undated (listed below)" }
        out += ". <span class=\"legend\"><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5\" class=\"key\"/></svg> day "
        out += "<svg width=\"26\" height=\"14\" aria-hidden=\"true\"><rect x=\"1\" y=\"3\" width=\"24\" height=\"8\" rx=\"3\" class=\"key\" opacity=\"0.5\"/></svg> week, month or year "
        out += "<svg width=\"34\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"26\" y2=\"7\" class=\"keyline\"/><circle cx=\"27\" cy=\"7\" r=\"4.5\" class=\"keyopen\"/></svg> on or before</span></p>\n</header>\n"
        out += "<main>\n"
        out += layout.svg()
        out += "<aside id=\"detail\" aria-live=\"polite\"><p class=\"d\"></p><h2 class=\"t\"></h2><p class=\"g\"></p><blockquote class=\"x\"></blockquote><a class=\"u\" hidden rel=\"noopener noreferrer\">Source</a></aside>\n"
        out += list(timeline)
        out += "</main>\n"
        out += "<script type=\"application/json\" id=\"timeline-data\">" + scriptSafeJSON(data(timeline)) + "</script>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The events the script shows, in the order of the marks' `data-i`.
    static func data(_ timeline: Timeline) -> JSONValue {
        .array((timeline.entries + timeline.undated).map { e in
            .object([("date", .string(e.displayDate)), ("title", .string(e.title)), ("text", JSONValue(e.text)),
                     ("group", JSONValue(e.group)), ("url", JSONValue(e.url.flatMap { isWebAddress($0) ? $0 : nil }))])
        })
    }

    /// JSON that cannot end its `<script>` element: `<`, `>` and `&` as `\u` escapes (they
    /// only occur inside strings).
    static func scriptSafeJSON(_ value: JSONValue) -> String {
        value.serialized().replacingAll("<", with: "\\u003c").replacingAll(">", with: "\\u003e").replacingAll("&", with: "\\u0026")
    }

    static func list(_ timeline: Timeline) -> String {
        var out = "<section class=\"list\"><h2>Events</h2><ol>\n"
        for (i, e) in (timeline.entries + timeline.undated).enumerated() {
            out += "<li id=\"e\(i)\"><span class=\"when\">\(escapeHTML(e.end == nil ? "undated" : e.displayDate))</span> "
            out += "<strong>\(escapeHTML(e.title))</strong>"
            if let g = e.group { out += " <span class=\"group\">\(escapeHTML(g))</span>" }
            if let t = e.text { out += "<blockquote>\(escapeHTML(t))</blockquote>" }
            if let u = e.url, isWebAddress(u) { out += "<a href=\"\(escapeHTML(u))\" rel=\"noopener noreferrer\">\(escapeHTML(u))</a>" }
            out += "</li>\n"
        }
        return out + "</ol></section>\n"
    }

    /// Positions of the axis, lanes and marks, in SVG user units.
    struct Layout {
        let timeline: Timeline
        let width = 1000.0, left = 150.0, right = 975.0, axisHeight = 34.0, rowHeight = 22.0, lanePadding = 10.0
        let first: Int, last: Int
        var lanes: [(name: String, rows: Int, marks: [Mark])] = []

        struct Mark {
            var index: Int
            var entry: TimelineEntry
            var x0: Double, x1: Double
            var row = 0
        }

        init(_ timeline: Timeline) {
            self.timeline = timeline
            let days = timeline.entries.flatMap { [$0.start?.dayNumber, $0.end?.dayNumber].compactMap { $0 } }
            var lo = days.min() ?? CalendarDay(2000, 1, 1).dayNumber, hi = days.max() ?? lo
            if hi - lo < 30 { lo -= 15; hi += 15 }
            let pad = max(3, (hi - lo) / 25)
            // Room on the left for the open end of `before` marks.
            first = lo - pad - (timeline.entries.contains { $0.isBefore } ? (hi - lo) / 20 : 0)
            last = hi + pad + 1
            var lanes: [(String, Int, [Mark])] = []
            for group in timeline.groups {
                var marks: [Mark] = []
                var rowEnds: [Double] = []
                for (i, e) in timeline.entries.enumerated() where (e.group ?? "") == group {
                    guard let end = e.end else { continue }
                    var m: Mark
                    if e.isBefore {
                        let x = xOf(end.dayNumber)
                        m = Mark(index: i, entry: e, x0: x - 46, x1: x + 6)
                    } else if let start = e.start, e.isSpan {
                        let x0 = xOf(start.dayNumber), x1 = max(xOf(end.dayNumber + 1), x0 + 6)
                        m = Mark(index: i, entry: e, x0: x0, x1: x1)
                    } else {
                        let x = xOf(end.dayNumber)
                        m = Mark(index: i, entry: e, x0: x - 6, x1: x + 6)
                    }
                    let row = rowEnds.firstIndex { $0 + 3 < m.x0 } ?? rowEnds.count
                    if row == rowEnds.count { rowEnds.append(m.x1) } else { rowEnds[row] = m.x1 }
                    m.row = row
                    marks.append(m)
                }
                if !marks.isEmpty { lanes.append((group, max(1, rowEnds.count), marks)) }
            }
            self.lanes = lanes
        }

        func xOf(_ day: Int) -> Double {
            left + Double(day - first) / Double(max(1, last - first)) * (right - left)
        }

        var height: Double {
            axisHeight + lanes.reduce(0) { $0 + Double($1.rows) * rowHeight + lanePadding * 2 } + 8
        }

        func svg() -> String {
            let h = height
            var out = "<div class=\"chart\"><svg id=\"timeline\" viewBox=\"0 0 \(fmt(width)) \(fmt(h))\" role=\"img\" aria-label=\"\(escapeHTML(timeline.title ?? "Timeline"))\">\n"
            // Axis: ticks at years, or at months when the range is short.
            let span = last - first
            for (day, label) in ticks(span: span) {
                let x = xOf(day)
                out += "<line class=\"tick\" x1=\"\(fmt(x))\" y1=\"\(fmt(axisHeight - 6))\" x2=\"\(fmt(x))\" y2=\"\(fmt(h - 4))\"/>"
                out += "<text class=\"ticklabel\" x=\"\(fmt(x))\" y=\"\(fmt(axisHeight - 12))\">\(escapeHTML(label))</text>\n"
            }
            out += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(axisHeight))\" x2=\"\(fmt(right))\" y2=\"\(fmt(axisHeight))\"/>\n"
            var y = axisHeight
            for (laneIndex, lane) in lanes.enumerated() {
                let laneHeight = Double(lane.rows) * rowHeight + lanePadding * 2
                out += "<g class=\"lane c\(laneIndex % 8)\">"
                out += "<rect class=\"laneband\" x=\"0\" y=\"\(fmt(y))\" width=\"\(fmt(width))\" height=\"\(fmt(laneHeight))\"/>"
                out += "<text class=\"lanelabel\" x=\"10\" y=\"\(fmt(y + laneHeight / 2 + 4))\">\(escapeHTML(lane.name.isEmpty ? "events" : lane.name.replacingAll("_", with: " ")))</text>\n"
                for m in lane.marks {
                    let cy = y + lanePadding + Double(m.row) * rowHeight + rowHeight / 2
                    let label = escapeHTML(m.entry.displayDate + " — " + m.entry.title)
                    out += "<g class=\"ev\" tabindex=\"0\" data-i=\"\(m.index)\" role=\"button\" aria-label=\"\(label)\"><title>\(label)</title>"
                    if m.entry.isBefore {
                        let x = m.x1 - 6
                        out += "<line class=\"open\" x1=\"\(fmt(m.x0))\" y1=\"\(fmt(cy))\" x2=\"\(fmt(x - 5))\" y2=\"\(fmt(cy))\"/>"
                        out += "<path class=\"arrow\" d=\"M\(fmt(m.x0 - 5)) \(fmt(cy))l6 -4v8z\"/>"
                        out += "<circle class=\"bound\" cx=\"\(fmt(x))\" cy=\"\(fmt(cy))\" r=\"5\"/>"
                    } else if m.entry.isSpan {
                        out += "<rect class=\"span\" x=\"\(fmt(m.x0))\" y=\"\(fmt(cy - 6))\" width=\"\(fmt(m.x1 - m.x0))\" height=\"12\" rx=\"4\"/>"
                    } else {
                        out += "<circle class=\"dot\" cx=\"\(fmt((m.x0 + m.x1) / 2))\" cy=\"\(fmt(cy))\" r=\"6\"/>"
                    }
                    // A wider invisible target, easier to hover.
                    out += "<rect class=\"hit\" x=\"\(fmt(m.x0 - 2))\" y=\"\(fmt(cy - 10))\" width=\"\(fmt(m.x1 - m.x0 + 4))\" height=\"20\"/></g>\n"
                }
                out += "</g>\n"
                y += laneHeight
            }
            return out + "</svg></div>\n"
        }

        func ticks(span: Int) -> [(Int, String)] {
            let start = CalendarDay(dayNumber: first)
            var result: [(Int, String)] = []
            if span > 3 * 365 {
                let years = max(1, span / 365 / 10 + 1)
                var y = start.year + 1
                while CalendarDay(y, 1, 1).dayNumber < last {
                    if y % years == 0 { result.append((CalendarDay(y, 1, 1).dayNumber, String(y))) }
                    y += 1
                }
            } else {
                let step = max(1, span / 30 / 10 + 1)
                var d = CalendarDay(start.year, start.month, 1).adding(months: 1)
                var n = 0
                while d.dayNumber < last {
                    if n % step == 0 {
                        let name = String(TimelineEntry.monthNames[max(0, min(11, d.month - 1))].prefix(3))
                        result.append((d.dayNumber, d.month == 1 || result.isEmpty ? "\(name) \(d.year)" : name))
                    }
                    d = d.adding(months: 1)
                    n += 1
                }
            }
            return result
        }

        func fmt(_ v: Double) -> String {
            let r = (v * 10).rounded() / 10
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
    }

    static let css = """
        :root{--ink:#1d2430;--muted:#5b6575;--band:#f5f7fa;--line:#d7dce3}
        *{box-sizing:border-box}
        body{margin:0;padding:24px 32px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
        h1{font-size:24px;margin:0 0 4px}
        .meta,.description{color:var(--muted);margin:0 0 12px}
        .legend svg{vertical-align:-2px}
        .key{fill:#3a6ea5}.keyline{stroke:#3a6ea5;stroke-width:2;stroke-dasharray:3 3}.keyopen{fill:#fff;stroke:#3a6ea5;stroke-width:2}
        main{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:20px;align-items:start}
        .chart{grid-column:1;border:1px solid var(--line);border-radius:6px;overflow:hidden}
        svg#timeline{display:block;width:100%;height:auto}
        .axis{stroke:#8a94a3;stroke-width:1}.tick{stroke:#e3e7ec;stroke-width:1}
        .ticklabel{font-size:11px;fill:var(--muted);text-anchor:middle}
        .laneband{fill:var(--band);stroke:#fff;stroke-width:2}
        .lanelabel{font-size:12px;font-weight:600;fill:var(--muted)}
        .ev{cursor:pointer;outline:none}.hit{fill:transparent}
        .c0{--c:#3a6ea5}.c1{--c:#c0392b}.c2{--c:#2e8b57}.c3{--c:#8e44ad}.c4{--c:#d35400}.c5{--c:#16a085}.c6{--c:#7f8c8d}.c7{--c:#b8860b}
        .dot{fill:var(--c);stroke:#fff;stroke-width:1.5}
        .span{fill:var(--c);fill-opacity:.45;stroke:var(--c);stroke-width:1.5}
        .open{stroke:var(--c);stroke-width:2;stroke-dasharray:4 3}.arrow{fill:var(--c)}
        .bound{fill:#fff;stroke:var(--c);stroke-width:2.5}
        .ev:hover .dot,.ev:focus .dot,.ev.on .dot{r:8}
        .ev:hover .span,.ev:focus .span,.ev.on .span{fill-opacity:.8}
        .ev:hover .bound,.ev:focus .bound,.ev.on .bound{stroke-width:4}
        #detail{grid-column:2;grid-row:1;border:1px solid var(--line);border-radius:6px;padding:12px 16px;min-height:120px}
        #detail .d{color:var(--muted);margin:0;font-size:13px}#detail .t{font-size:17px;margin:4px 0}
        #detail .g{margin:0;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        blockquote{margin:8px 0;padding-left:10px;border-left:3px solid var(--line);color:#333}
        .list{grid-column:1 / -1}.list h2{font-size:17px}.list ol{padding-left:20px}.list li{margin:0 0 10px}
        .when{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:4px}
        .group{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:9px;padding:0 6px}
        .list a,#detail a{font-size:13px;word-break:break-all}
        @media (max-width:800px){main{grid-template-columns:1fr}#detail{grid-column:1;grid-row:auto}}
        @media print{#detail{display:none}}
        """

    static let script = """
        (function () {
          var data = JSON.parse(document.getElementById('timeline-data').textContent);
          var panel = document.getElementById('detail');
          var current = null;
          function show(i, el) {
            var e = data[i];
            if (!e) return;
            panel.querySelector('.d').textContent = e.date;
            panel.querySelector('.t').textContent = e.title;
            panel.querySelector('.g').textContent = e.group ? e.group.replace(/_/g, ' ') : '';
            var x = panel.querySelector('.x');
            x.textContent = e.text || '';
            x.hidden = !e.text;
            var a = panel.querySelector('.u');
            if (e.url && /^https?:\\/\\//i.test(e.url)) { a.setAttribute('href', e.url); a.hidden = false; }
            else { a.removeAttribute('href'); a.hidden = true; }
            if (current) current.classList.remove('on');
            current = el || null;
            if (current) current.classList.add('on');
          }
          var marks = document.querySelectorAll('.ev');
          Array.prototype.forEach.call(marks, function (g) {
            var i = Number(g.getAttribute('data-i'));
            g.addEventListener('mouseenter', function () { show(i, g); });
            g.addEventListener('focus', function () { show(i, g); });
            g.addEventListener('click', function () { show(i, g); });
            g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { show(i, g); ev.preventDefault(); } });
          });
          if (marks.length) show(Number(marks[0].getAttribute('data-i')), marks[0]);
          else if (data.length) show(0, null);
          document.body.setAttribute('data-ready', String(marks.length));
        })();
        """
}
