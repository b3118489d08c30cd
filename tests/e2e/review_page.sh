#!/bin/bash
# Opens the review page that `songngu corpus` builds in headless Chromium, as a reviewer would:
# it must render without script errors, show one bead element per bead of the alignments (counted
# from the bead lists the same run wrote), and its filters must work; and the screenshot script
# (scripts/review-screenshot.sh, which refreshes docs/review-page.png on request) must work, here
# writing into the test's own folder: a test never writes into the source tree. Skips (77) only
# when Chromium is not installed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
chromium=$(command -v chromium || command -v chromium-browser || true)
[[ -n $chromium ]] || skip "chromium is not installed (make test installs it: scripts/install-deps.sh --test)"
work=$tmp
count() { { grep -o "$1" "$2" || true; } | wc -l; }  # occurrences of a pattern (0 is no error)

(cd "$work" && "$bin" corpus "$src/corpus" --tm out/tm --glossary out/glossary --reports out/reports -q)
page=$work/out/reports/review.html
[[ -s $page ]] || die "no review page"
grep -qE '<(script|link|img)[^>]+(src|href)="(https?:)?//' "$page" && die "the page loads something from the network"

browse() {  # $1: url, rest: extra flags; stdout: the DOM after scripts ran, stderr: the console log
  local url=$1; shift
  timeout 120 "$chromium" --no-sandbox --headless --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$(mktemp -d -p "$work")" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
    "$@" "$url"
}
browse "file://$page" --dump-dom >"$work/dom.html" 2>"$work/console.txt" || die "chromium failed: $(tail -5 "$work/console.txt")"
if grep -E 'Uncaught|CONSOLE.*(Error|error)' "$work/console.txt"; then die "script error on the page"; fi
grep -q 'rows shown' "$work/dom.html" || die "the page script did not run (no row count in the DOM)"

# One bead element per bead, per language pair.
for pair in vi-en vi-ko; do
  expected=$(cat "$work"/out/reports/beads/*."$pair".beads | grep -c . || true)
  shown=$(count "data-pair=\"$pair\"" "$work/dom.html")
  [[ $shown == "$expected" ]] || die "$pair: the page shows $shown beads, the alignment has $expected"
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
if grep -E 'Uncaught' "$work/console.txt"; then die "script error while filtering"; fi
result=$({ grep -o 'data-result="[0-9 ]*"' "$work/filter-dom.html" || true; } | head -1)
[[ $result == "data-result=\"$doubtful 0 $second_doc 0\"" ]] \
  || die "filters: expected $doubtful doubtful rows and $second_doc rows of document 2, got '$result'"
echo "ok: the doubtful filter leaves the $doubtful doubtful rows, the document filter the $second_doc rows of document 2"

# The documentation's screenshot, taken by the script that refreshes it, into this test's folder.
SONGNGU_BINARY=$bin "$src/scripts/review-screenshot.sh" "$work/review-page.png" >"$work/shot.log" 2>&1 ||
  die "scripts/review-screenshot.sh failed: $(tail -5 "$work/shot.log")"
[[ -s $work/review-page.png ]] || die "empty screenshot"
echo "ok: scripts/review-screenshot.sh takes the screenshot (into the test's folder, not docs/)"
