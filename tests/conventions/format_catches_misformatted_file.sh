#!/bin/bash
# scripts/check-format.sh must fail on a file clang-format 14 would change and pass it once
# formatted, in a copy of the repository's .clang-format (the real sources stay untouched).
set -uo pipefail
src=${SONGNGU_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cp "$src/.clang-format" "$tmp/"
mkdir -p "$tmp/src/text"
printf 'int  twice( int x ){return 2*x;}\n' >"$tmp/src/text/bad.cc"
bash "$src/scripts/check-format.sh" "$tmp" >"$tmp/out" 2>&1
rc=$?
[[ $rc == 77 ]] && { cat "$tmp/out"; exit 77; }
[[ $rc == 1 ]] || fail "a misformatted file: exit $rc, want 1: $(cat "$tmp/out")"
grep -q '^src/text/bad.cc is not formatted' "$tmp/out" || fail "the file is not named: $(cat "$tmp/out")"
echo "ok: a misformatted file fails the check"
printf 'int twice(int x) {\n  return 2 * x;\n}\n' >"$tmp/src/text/bad.cc"
bash "$src/scripts/check-format.sh" "$tmp" >"$tmp/out" 2>&1 || fail "a formatted file fails: $(cat "$tmp/out")"
echo "ok: the same file formatted passes"
