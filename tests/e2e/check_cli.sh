#!/bin/bash
# End-to-end test of `songngu check` on the planted and clean fixtures in tests/data/check (see the
# README there): compiler-style lines, exit statuses 0/1/2, --json, --html, --ignore, TMX tuids.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
data=$src/tests/data/check
cd "$data" || exit 1
status() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }

check "clean en file exits 0" test "$(status "$bin" check --glossary glossary.csv clean-en.tsv)" = 0
check "clean ko file exits 0 (target recognised as Korean)" test "$(status "$bin" check --glossary glossary.csv clean-ko.tsv)" = 0
check "planted en file exits 1" test "$(status "$bin" check --glossary glossary.csv planted-en.tsv)" = 1
check "missing translation line" grep -qxF 'planted-en.tsv:line 1: "Đối tác chiến lược toàn diện" → expected "Comprehensive Strategic Partnership", found none' "$tmp/out"
check "forbidden term line" grep -qxF 'planted-en.tsv:line 2: "Tổng Bí thư" → forbidden "Secretary General" used, expected "General Secretary"' "$tmp/out"
check "inconsistent translation line" grep -qxF 'planted-en.tsv:line 4: warning: "Đối tác chiến lược toàn diện" → translated as "all-round strategic partnership", elsewhere as "Comprehensive Strategic Partnership" (line 3)' "$tmp/out"
check "numbers line" grep -qF 'planted-en.tsv:line 6: numbers differ' "$tmp/out"
check "exactly four findings" test "$(grep -c '^planted-en.tsv:line' "$tmp/out")" = 4
check "excerpt printed" grep -qF '    | Secretary General To Lam spoke.' "$tmp/out"

check "planted ko file exits 1" test "$(status "$bin" check --glossary glossary.csv planted-ko.tsv)" = 1
check "Korean missing translation" grep -qxF 'planted-ko.tsv:line 1: "Đối tác chiến lược toàn diện" → expected "포괄적 전략적 동반자 관계", found none' "$tmp/out"
check "Korean numbers (150 tỷ vs 1,400억)" grep -qF 'planted-ko.tsv:line 3: numbers differ' "$tmp/out"

check "TMX findings name tuids" test "$(status "$bin" check --glossary glossary.csv planted.tmx)" = 1
check "TMX English finding" grep -qF 'planted.tmx:unit 12: "Đối tác chiến lược toàn diện" → expected "Comprehensive Strategic Partnership"' "$tmp/out"
check "TMX Korean finding" grep -qF 'planted.tmx:unit 7: "Bộ Ngoại giao" → expected "외교부", found none' "$tmp/out"
check "-t restricts a trilingual TMX" test "$(status "$bin" check --glossary glossary.csv -t ko planted.tmx; grep -c unit "$tmp/out")" = "1
1"

check "--ignore hides accepted findings" test "$(status "$bin" check --glossary glossary.csv --ignore ignore.txt planted-en.tsv)" = 1
check "--ignore leaves three" test "$(grep -c '^planted-en.tsv:line' "$tmp/out")" = 3
"$bin" check --glossary glossary.csv planted-ko.tsv >"$tmp/all.txt" 2>/dev/null
check "ignoring every finding exits 0" test "$(status "$bin" check --glossary glossary.csv --ignore "$tmp/all.txt" planted-ko.tsv)" = 0

check "--json exits 1" test "$(status "$bin" check --glossary glossary.csv --json planted-en.tsv)" = 1
check "--json parses with four findings" python3 -c '
import json,sys
d=json.load(open(sys.argv[1]))
rules=sorted(f["rule"] for f in d["findings"])
assert rules==["forbidden-term","inconsistent-translation","missing-translation","number-mismatch"], rules
assert d["count"]==4' "$tmp/out"

check "--html writes a report" test "$(status "$bin" check --glossary glossary.csv --html "$tmp/r.html" planted-en.tsv)" = 1
check "report is HTML with the findings" grep -qF 'Secretary General' "$tmp/r.html"
check "report is self-contained" bash -c "! grep -qiE '(src|href)=\"?(https?:)?//' '$tmp/r.html'"

check "no glossary: usage error 2" test "$(status "$bin" check planted-en.tsv)" = 2
check "unreadable input: 2" test "$(status "$bin" check --glossary glossary.csv "$tmp/none.tsv")" = 2
check "malformed glossary: 2 with the line" test "$(status "$bin" check --glossary "$SONGNGU_SOURCE_DIR/tests/data/glossary/bad-fields.csv" clean-en.tsv)" = 2
check "malformed glossary message names line 3" grep -qF 'bad-fields.csv:3:' "$tmp/err"
check "--help exits 0" test "$(status "$bin" check --help)" = 0
exit $fail
