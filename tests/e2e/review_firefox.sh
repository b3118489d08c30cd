#!/bin/bash
# The review editor in Firefox: the session of review_browser.sh (glossary marks, the planted
# finding and `f`, keyboard merge, undo, redo, confirm, save) in Debian's firefox-esr, headless, driven by
# puppeteer-core@24 over WebDriver BiDi (tests/e2e/review_browser.js with REVIEW_BROWSER=firefox).
# Skipped (77) when firefox-esr, node or puppeteer-core is missing, or when Firefox does not start
# under puppeteer here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v "${FIREFOX:-firefox-esr}" >/dev/null || skip "firefox-esr is not installed"
need_puppeteer
cd "$tmp"
make_review_corpus
start_review corpus
rc=0
REVIEW_BROWSER=firefox HOME=$tmp NODE_PATH=$modules timeout 180 node "$src/tests/e2e/review_browser.js" "$url" || rc=$?
(( rc == 77 )) && exit 77
(( rc == 0 )) || die "the Firefox session failed"
echo "ok   Firefox: terms, the finding, merged, undone, redone, confirmed and saved with the keyboard"
corrections=corpus/corrections/2025-03-04-library.vi-en.txt
check "the corrections file has the merged bead" grep -q '^bead edited vi 0+2 en 0+2$' "$corrections"
check "... and the confirmed one" grep -q '^bead confirmed vi 2+1 en 2+1$' "$corrections"
exit $fail
