#!/bin/bash
# The review editor in a real browser: `songngu review` serves a small vi/en/ko corpus, headless Chromium
# (puppeteer-core@24 from npm with Debian's chromium, tests/e2e/review_browser.js) merges the first
# two beads with the keyboard, undoes, redoes and saves; then the corrections file, tm/ and a rerun
# of `songngu corpus` must show the merge. puppeteer-core is installed once into the build folder
# (npm registry); the test is skipped (77) when chromium or node is missing or npm cannot fetch it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v chromium >/dev/null || skip "chromium is not installed"
need_puppeteer
cd "$tmp"
make_review_corpus
start_review corpus
NODE_PATH=$modules timeout 180 node "$src/tests/e2e/review_browser.js" "$url" ${REVIEW_SCREENSHOT:+"$REVIEW_SCREENSHOT"} ||
  die "the browser session failed"
echo "ok   merged, undone, redone, confirmed and saved with the keyboard"
corrections=corpus/corrections/2025-03-04-library.vi-en.txt
check "the corrections file has the merged bead" grep -q '^bead edited vi 0+2 en 0+2$' "$corrections"
check "... and the confirmed one" grep -q '^bead confirmed vi 2+1 en 2+1$' "$corrections"
check "tm/ has the merged unit" grep -q 'The city library opens at 8 a.m. Readers need to bring their library card.' tm/vi-en.tmx
kill $server
wait $server 2>/dev/null || true
cp tm/vi-en.tmx saved.tmx
"$bin" corpus corpus -q
check "a rerun of songngu corpus keeps the merge" cmp -s saved.tmx tm/vi-en.tmx
exit $fail
