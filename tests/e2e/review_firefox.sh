#!/bin/bash
# The review editor in Firefox: `songngu review` serves a small vi/en/ko corpus and Debian's
# firefox-esr, headless, driven by puppeteer-core@24 over WebDriver BiDi (tests/e2e/review_firefox.js),
# loads the editor and merges the first two beads with the keyboard. Skipped (77) when firefox-esr,
# node or puppeteer-core is missing, or when Firefox does not start under puppeteer here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v "${FIREFOX:-firefox-esr}" >/dev/null || skip "firefox-esr is not installed"
command -v node >/dev/null && command -v npm >/dev/null || skip "node/npm are not installed"
modules=${SONGNGU_BUILD_DIR:-$tmp}/npm
if [[ ! -d $modules/node_modules/puppeteer-core ]]; then
  mkdir -p "$modules"
  (cd "$modules" && timeout 300 npm install --no-audit --no-fund --silent puppeteer-core@24) ||
    skip "npm could not install puppeteer-core@24"
fi
cd "$tmp"
for lang in vi en ko; do
  mkdir -p corpus/$lang
  cp "$src/tests/data/tm/trilingual.$lang" corpus/$lang/2025-03-04-library.txt
done
"$bin" review corpus --no-browser >out.txt 2>err.txt &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 600); do [[ -s out.txt ]] && break; sleep 0.1; done
url=$(sed -n 's/^songngu: review at //p' out.txt)
[[ -n $url ]] || die "no address on standard output ($(cat err.txt))"
rc=0
HOME=$tmp NODE_PATH=$modules/node_modules timeout 180 node "$src/tests/e2e/review_firefox.js" "$url" || rc=$?
(( rc == 77 )) && exit 77
(( rc == 0 )) || die "the Firefox session failed"
echo "ok   Firefox: loaded the editor and merged two beads with the keyboard"
exit $fail
