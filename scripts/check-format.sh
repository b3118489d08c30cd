#!/bin/bash
# Every .cc and .h under src/, tests/, bench/ and fuzz/ is formatted as clang-format 14 formats it
# with the repository's .clang-format (Google style, 110 columns). Lists the files that are not,
# with the first lines clang-format would change, and exits 1; exits 77 (skipped) when clang-format
# 14 is not installed (make test installs it: scripts/install-deps.sh --test).
#   scripts/check-format.sh ROOT [FILE...]     (files relative to ROOT; default: the whole tree)
set -uo pipefail
root=${1:?usage: check-format.sh ROOT [FILE...]}
shift
cd "$root" || exit 2
format=$(command -v clang-format-14 || true)
if [[ -z $format ]] && command -v clang-format >/dev/null && clang-format --version | grep -q 'version 14\.'; then
  format=$(command -v clang-format)
fi
[[ -n $format ]] || { echo "SKIPPED: clang-format 14 is not installed (apt-get install clang-format-14)"; exit 77; }
if (( $# == 0 )); then
  mapfile -t files < <(find src tests bench fuzz \( -name '*.cc' -o -name '*.h' \) 2>/dev/null | LC_ALL=C sort)
else
  files=("$@")
fi
# One clang-format run over all files; then a diff of each file it complains about.
report=$("$format" --style=file --dry-run --Werror "${files[@]}" 2>&1)
rc=$?
mapfile -t bad < <(sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error: code should be clang-formatted.*/\1/p' <<<"$report" |
  LC_ALL=C sort -u)
if (( rc != 0 && ${#bad[@]} == 0 )); then
  echo "clang-format failed: $report"
  exit 1
fi
for f in "${bad[@]}"; do
  echo "$f is not formatted (run: clang-format-14 -i $f):"
  diff -u "$f" <("$format" --style=file "$f") | sed -n '3,12p' | sed 's/^/    /'
done
echo "format: ${#files[@]} files checked, ${#bad[@]} not formatted"
(( ${#bad[@]} == 0 ))
