#!/bin/sh
# Renders the demo timeline (the held-out example corpus in Tests/Fixtures/heldout, written
# for Annals) to HTML and screenshots it with headless Chromium into Tests/Fixtures/timeline.png.
# Usage, from the package root: sh Tests/Fixtures/timeline-screenshot.sh
# Needs: swift build (for .build/debug/annals) and Debian's chromium package.
set -eu
annals=${ANNALS:-.build/debug/annals}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
"$annals" ingest --db "$db" Tests/Fixtures/heldout/articles/*.txt > /dev/null
"$annals" query save demo --db "$db" --replace \
  --title "Defections, vetoes and resolutions" \
  --description "The held-out example corpus (Tests/Fixtures/heldout), as annals timeline draws it" \
  "select * from event_timeline where type in ('defection', 'veto', 'resolution_adopted', 'resolution_failed') order by date"
"$annals" timeline demo --db "$db" --format html -o "$work/demo.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1280,720 --screenshot="Tests/Fixtures/timeline.png" "file://$work/demo.html" 2> /dev/null
echo "wrote Tests/Fixtures/timeline.png"
