#!/bin/bash
# How fast the review editor opens and answers on a corpus of about BEADS beads (default 2000):
# builds one vi-en document by repeating the bundled corpus (corpus/vi, corpus/en) until the vi
# side has BEADS segments, starts `songngu review --no-browser`, then prints
#   startup   seconds from the start to the address line (the corpus job: read, align, export)
#   page      seconds for the editor page (curl, with every bead in it) and its size
#   browser   ms until headless Chromium shows every bead row (bench/review_open.js; needs
#             puppeteer-core in $SONGNGU_BUILD_DIR/npm, as tests/e2e/review_browser.sh installs it)
#   edit      ms per merge_next + undo request over HTTP (curl, 50 of each)
#   save      seconds for a save (corrections + the whole export again)
#   bench/review_open.sh [BEADS]      SONGNGU_BINARY=build/songngu by default
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
beads=${1:-2000}
bin=$(realpath -m "${SONGNGU_BINARY:-$root/build/songngu}")
modules=$(realpath -m "${SONGNGU_BUILD_DIR:-$root/build}")/npm/node_modules
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/corpus/vi" "$work/corpus/en"
# Whole documents at a time, so that the two sides stay translations of each other.
segments() { [[ -f $1 ]] && "$bin" segment -l vi "$1" | grep -c . || echo 0; }
while (( $(segments "$work/corpus/vi/big.txt") < beads )); do
  for f in "$root"/corpus/vi/*.txt; do
    cat "$f" >>"$work/corpus/vi/big.txt"; echo >>"$work/corpus/vi/big.txt"
    cat "$root/corpus/en/$(basename "$f")" >>"$work/corpus/en/big.txt"; echo >>"$work/corpus/en/big.txt"
  done
done
cd "$work"
start=$(date +%s.%N)
"$bin" review corpus --no-browser >out.txt 2>err.txt &
server=$!
for _ in $(seq 3000); do [[ -s out.txt ]] && break; sleep 0.05; done
ready=$(date +%s.%N)
url=$(sed -n 's/^songngu: review at //p' out.txt)
[[ -n $url ]] || { echo "no address: $(cat err.txt)" >&2; exit 1; }
base=${url%%/\?*}
echo "startup  $(echo "$ready - $start" | bc) s"
curl -s -c jar -o page.html -w 'page     %{time_total} s, %{size_download} bytes\n' "$url"
n=$(grep -o '"beads":\[\[' page.html | wc -l)
echo "pairs    $n"
if [[ -d $modules/puppeteer-core ]]; then
  NODE_PATH=$modules node "$root/bench/review_open.js" "$url"
fi
post() { curl -s -o /dev/null -b jar -H "Origin: $base" -H 'Content-Type: application/json' -d "$1" "$base/api/edit"; }
t0=$(date +%s%N)
for i in $(seq 0 49); do
  post "{\"doc\":0,\"lang\":\"en\",\"version\":$((2 * i)),\"op\":\"merge_next\",\"bead\":$((i * 13))}"
  post "{\"doc\":0,\"lang\":\"en\",\"version\":$((2 * i + 1)),\"op\":\"undo\"}"
done
t1=$(date +%s%N)
echo "edit     $(( (t1 - t0) / 100 / 1000 )) us per request (HTTP round trip, answer has every bead of the pair)"
curl -s -o /dev/null -b jar -H "Origin: $base" -H 'Content-Type: application/json' \
  -w 'save     %{time_total} s\n' -d '{"doc":0,"lang":"en","version":100}' "$base/api/save"
