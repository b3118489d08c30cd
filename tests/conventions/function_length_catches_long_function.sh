#!/bin/bash
# scripts/check-function-length.py (the check that keeps src/cli thin) must name a function longer
# than the limit, count a signature spread over lines and a lambda inside as one function, and
# pass option tables, which are data.
set -uo pipefail
src=${SONGNGU_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
{
  echo 'namespace x {'
  echo 'const std::vector<int> kTable = {'
  for i in $(seq 1 12); do echo "    $i,"; done
  echo '};'
  echo 'int short_one(int a) { return a; }'
  echo 'int long_one(int a,'
  echo '             int b) {'
  echo '  auto f = [&](int c) {'
  for i in $(seq 1 8); do echo "    a += c + $i;  // {"; done
  echo '  };'
  echo '  return f(b) + std::string("}}").size();'
  echo '}'
  echo '}  // namespace x'
} >"$tmp/a.cc"
python3 "$src/scripts/check-function-length.py" "$tmp" 13 >"$tmp/out" && fail "a 14-line function passed a limit of 13"
grep -q "a.cc:17: 14 lines: int long_one" "$tmp/out" || fail "the long function is not named: $(cat "$tmp/out")"
grep -q "kTable\|short_one" "$tmp/out" && fail "a table or a short function was named: $(cat "$tmp/out")"
python3 "$src/scripts/check-function-length.py" "$tmp" 14 >"$tmp/out" || fail "14 lines failed a limit of 14"
echo "ok: the long function is named, tables and short functions pass"
