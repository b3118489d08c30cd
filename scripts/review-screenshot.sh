#!/bin/bash
# Refreshes the review page's screenshot in the documentation: builds the page from the bundled
# corpus with `songngu corpus` (in a temporary folder), opens it in headless Chromium scrolled so
# that the first doubtful row (or the top) is in view, and saves a 1400x1000 PNG. Run it by hand
# when the page's look changes, and commit the image; tests/e2e/review_page.sh runs it into a
# temporary file to keep it working.
#   scripts/review-screenshot.sh [OUT.png]     (default docs/review-page.png)
#   SONGNGU_BINARY=build/songngu (default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/docs/review-page.png}")
bin=$(realpath -m "${SONGNGU_BINARY:-$root/build/songngu}")
[[ -x $bin ]] || { echo "review-screenshot: $bin not found: build first (make build)" >&2; exit 1; }
chromium=$(command -v chromium || command -v chromium-browser || true)
[[ -n $chromium ]] || { echo "review-screenshot: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$bin" corpus "$root/corpus" --tm out/tm --glossary out/glossary --reports out/reports -q)
page=$work/out/reports/review.html
# Through a frame: headless Chromium paints nothing when the screenshot URL itself carries a #fragment.
first=$({ grep -o '<tr id="[^"]*" class="row doubtful' "$page" || true; } | head -1 | cut -d'"' -f2)
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
timeout 120 "$chromium" --no-sandbox --headless --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$work/profile" --virtual-time-budget=5000 --allow-file-access-from-files \
  --screenshot="$work/shot.png" --window-size=1400,1000 "file://$work/shot.html" >"$work/log" 2>&1 ||
  { tail -5 "$work/log" >&2; exit 1; }
[[ -s $work/shot.png ]] || { echo "review-screenshot: Chromium wrote no image" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "review-screenshot: $out"
