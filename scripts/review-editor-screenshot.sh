#!/bin/bash
# Refreshes the review editor's screenshot in the documentation (docs/review-editor.png): runs the
# browser test tests/e2e/review_browser.sh (songngu review on a small corpus, a merge, undo, redo
# and save with the keyboard in headless Chromium) and keeps its last screenshot. Run it by hand
# when the editor's look changes, and commit the image; `make test` never writes into docs/.
#   scripts/review-editor-screenshot.sh [OUT.png]     (default docs/review-editor.png)
#   SONGNGU_BINARY=build/songngu (default), SONGNGU_BUILD_DIR=build (where puppeteer-core is kept)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/docs/review-editor.png}")
export SONGNGU_BINARY=$(realpath -m "${SONGNGU_BINARY:-$root/build/songngu}")
export SONGNGU_BUILD_DIR=$(realpath -m "${SONGNGU_BUILD_DIR:-$root/build}")
export SONGNGU_SOURCE_DIR=$root
REVIEW_SCREENSHOT=$out bash "$root/tests/e2e/review_browser.sh"
echo "review-editor-screenshot: wrote $out"
