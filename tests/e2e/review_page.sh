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
  expected=$(cat "$work"/out/reports/beads/*."$pair".beads | grep -c .)
  shown=$(grep -o "data-pair=\"$pair\"" "$work/dom.html" | wc -l)
  [[ $shown == "$expected" ]] || fail "$pair: the page shows $shown beads, the alignment has $expected"
  echo "ok: $pair: $shown beads on the page, as in the alignment"
done
rows=$(grep -o '<tr id="d[0-9]*-r[0-9]*"' "$work/dom.html" | wc -l)
echo "ok: $rows rows, no script error"

# The filter: with "doubtful only" ticked (through the URL hash hook below), only doubtful rows stay.
doubtful=$(grep -o '<tr id="d[0-9]*-r[0-9]*" class="row doubtful' "$work/dom.html" | wc -l)
cat >"$work/filter.html" <<HTML
<!DOCTYPE html><meta charset="utf-8"><iframe id="f" src="file://$page" style="width:1200px;height:800px"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument, box = d.getElementById('doubtful-only');
  box.checked = true; box.dispatchEvent(new Event('change'));
  var visible = Array.prototype.filter.call(d.querySelectorAll('tr.row'), function (r) { return !r.hidden; });
  var wrong = visible.filter(function (r) { return !r.classList.contains('doubtful'); }).length;
  document.body.setAttribute('data-result', visible.length + ' ' + wrong);
});
</script>
HTML
browse "file://$work/filter.html" --allow-file-access-from-files --dump-dom >"$work/filter-dom.html" 2>>"$work/console.txt" || true
result=$(grep -o 'data-result="[0-9]* [0-9]*"' "$work/filter-dom.html" | head -1 || true)
[[ $result == "data-result=\"$doubtful 0\"" ]] || fail "doubtful-only filter: expected $doubtful visible doubtful rows, got '$result'"
echo "ok: the doubtful-only filter leaves the $doubtful doubtful rows"

# Screenshot for the documentation, scrolled so the first doubtful row is in view (through a frame:
# headless Chromium paints nothing when the screenshot URL itself carries a #fragment).
first=$(grep -o '<tr id="[^"]*" class="row doubtful' "$work/dom.html" | head -1 | cut -d'"' -f2 || true)
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
