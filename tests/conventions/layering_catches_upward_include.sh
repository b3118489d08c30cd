#!/bin/bash
# scripts/check-layering.sh must fail on an include that points up a layer, naming the file, the
# line and both modules, and pass the same tree without it. The tree is a small copy made here
# (src/text, src/align, tests/text), so the real sources stay untouched.
set -uo pipefail
src=${SONGNGU_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
layers=(base text lang read segment align tm glossary check report pipeline review cli)
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/src/text" "$tmp/src/align" "$tmp/tests/text" "$tmp/tests/data"
printf '#pragma once\n#include <string>\n\n#include "base/error.h"\n#include "text/document.h"\n' >"$tmp/src/text/ok.h"
printf '#include "align/aligner.h"\n\n#include "base/error.h"\n#include "text/ok.h"\n' >"$tmp/src/align/aligner.cc"
printf '#include "text/ok.h"\n#include "songngu/version.h"\n' >"$tmp/tests/text/ok_test.cc"

bash "$src/scripts/check-layering.sh" "$tmp" "${layers[@]}" >"$tmp/out" 2>&1 || fail "a clean tree fails: $(cat "$tmp/out")"
echo "ok: includes that point down pass"

# The plant: text (layer 2) includes align (layer 6), once in a source and once in a test.
printf '#include "text/ok.h"\n\n#include "align/aligner.h"\n' >"$tmp/src/text/upward.cc"
printf '#include <gtest/gtest.h>\n#include "pipeline/corpus.h"\n' >"$tmp/tests/text/upward_test.cc"
bash "$src/scripts/check-layering.sh" "$tmp" "${layers[@]}" >"$tmp/out" 2>&1 && fail "the upward include passed"
grep -q '^src/text/upward.cc:3: text may not include align' "$tmp/out" || fail "no file:line for the source: $(cat "$tmp/out")"
grep -q '^tests/text/upward_test.cc:2: text may not include pipeline' "$tmp/out" || fail "the test's include is not caught: $(cat "$tmp/out")"
echo "ok: an upward include fails the check, named by file and line"

# A folder of src/ that is no layer cannot slip past the order.
rm "$tmp/src/text/upward.cc" "$tmp/tests/text/upward_test.cc"
mkdir -p "$tmp/src/extras" && touch "$tmp/src/extras/x.cc"
bash "$src/scripts/check-layering.sh" "$tmp" "${layers[@]}" >"$tmp/out" 2>&1 && fail "an unknown module passed"
grep -q '^src/extras: not a layer' "$tmp/out" || fail "unknown module not named: $(cat "$tmp/out")"
echo "ok: a module outside the order fails the check"
