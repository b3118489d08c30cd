#!/bin/bash
# Opens the review page that `songngu corpus` builds in headless Chromium, as a reviewer would:
# it must render without script errors, show one bead element per bead of the alignments (counted
# from the bead lists the same run wrote), and its filters must work. Saves a screenshot of the
# page into docs/review-page.png. Skips (77) only when Chromium is not installed.
set -euo pipefail
bin=${SONGNGU_BINARY:?}
src=${SONGNGU_SOURCE_DIR:?}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "SKIPPED: chromium is not installed (make test installs it: scripts/install-deps.sh --test)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
count() { { grep -o "$1" "$2" || true; } | wc -l; }  # occurrences of a pattern (0 is no error)

(cd "$work" && "$bin" corpus "$src/corpus" --tm out/tm --glossary out/glossary --reports out/reports -q)
page=$work/out/reports/review.html
[[ -s $page ]] || fail "no review page"
grep -qE '<(script|link|img)[^>]+(src|href)="(https?:)?//' "$page" && fail "the page loads something from the network"

browse() {  # $1: url, rest: extra flags; stdout: the DOM after scripts ran, stderr: the console log
  local url=$1; shift
  timeout 120 "$chromium" --no-sandbox --headless --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$(mktemp -d -p "$work")" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
    "$@" "$url"
}
browse "file://$page" --dump-dom >"$work/dom.html" 2>"$work/console.txt" || fail "chromium failed: $(tail -5 "$work/console.txt")"
if grep -E 'Uncaught|CONSOLE.*(Error|error)' "$work/console.txt"; then fail "script error on the page"; fi
grep -q 'rows shown' "$work/dom.html" || fail "the page script did not run (no row count in the DOM)"

# One bead element per bead, per language pair.
for pair in vi-en vi-ko; do
  expected=$(cat "$work"/out/reports/beads/*."$pair".beads | grep -c . || true)
  shown=$(count "data-pair=\"$pair\"" "$work/dom.html")
  [[ $shown == "$expected" ]] || fail "$pair: the page shows $shown beads, the alignment has $expected"
  echo "ok: $pair: $shown beads on the page, as in the alignment"
done
rows=$(count '<tr id="d[0-9]*-r[0-9]*"' "$work/dom.html")
echo "ok: $rows rows, no script error"

# The filters, driven from a page that frames the review page: "doubtful beads only" must leave
# exactly the doubtful rows, and the document filter exactly the rows of that document.
doubtful=$(count '<tr id="d[0-9]*-r[0-9]*" class="row doubtful' "$work/dom.html")
second_doc=$(count '<tr id="d1-r[0-9]*"' "$work/dom.html")
cat >"$work/filter.html" <<HTML
<!DOCTYPE html><meta charset="utf-8"><iframe id="f" src="file://$page" style="width:1200px;height:800px"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument, results = [];
  function visible() {
    return Array.prototype.filter.call(d.querySelectorAll('tr.row'), function (r) { return !r.hidden; });
  }
  var box = d.getElementById('doubtful-only');
  box.checked = true; box.dispatchEvent(new Event('change'));
  results.push(visible().length, visible().filter(function (r) { return !r.classList.contains('doubtful'); }).length);
  box.checked = false; box.dispatchEvent(new Event('change'));
  var select = d.getElementById('document-filter');
  select.value = '1'; select.dispatchEvent(new Event('change'));
  results.push(visible().length, visible().filter(function (r) { return r.getAttribute('data-doc') !== '1'; }).length);
  document.body.setAttribute('data-result', results.join(' '));
});
</script>
HTML
browse "file://$work/filter.html" --allow-file-access-from-files --dump-dom >"$work/filter-dom.html" 2>>"$work/console.txt" || true
if grep -E 'Uncaught' "$work/console.txt"; then fail "script error while filtering"; fi
result=$({ grep -o 'data-result="[0-9 ]*"' "$work/filter-dom.html" || true; } | head -1)
[[ $result == "data-result=\"$doubtful 0 $second_doc 0\"" ]] \
  || fail "filters: expected $doubtful doubtful rows and $second_doc rows of document 2, got '$result'"
echo "ok: the doubtful filter leaves the $doubtful doubtful rows, the document filter the $second_doc rows of document 2"

# Screenshot for the documentation, scrolled so the first doubtful row is in view (through a frame:
# headless Chromium paints nothing when the screenshot URL itself carries a #fragment).
first=$({ grep -o '<tr id="[^"]*" class="row doubtful' "$work/dom.html" || true; } | head -1 | cut -d'"' -f2)
cat >"$work/shot.html" <<HTML
<!DOCTYPE html><meta charset="utf-8"><style>body{margin:0}iframe{border:0;width:1400px;height:1000px}</style>
<iframe id="f" src="file://$page"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var row = this.contentDocument.getElementById('$first');
  if (row) row.scrollIntoView({block: 'center'});
});
</script>
HTML
browse "file://$work/shot.html" --allow-file-access-from-files --screenshot="$work/review-page.png" \
  --window-size=1400,1000 2>>"$work/console.txt" || fail "screenshot failed"
[[ -s $work/review-page.png ]] || fail "empty screenshot"
cp "$work/review-page.png" "$src/docs/review-page.png"
echo "ok: screenshot saved to docs/review-page.png"
