#!/bin/bash
# `songngu tm` end to end: convert / merge / stats / lookup on real files, exit statuses (0 ok,
# 1 bad input, 2 usage), deterministic bytes with SOURCE_DATE_EPOCH, no output left behind on
# failure, hostile and broken TMX refused with file:line:column, and DTD validity when xmllint and
# OmegaT's DTD are installed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
data=$src/tests/data/tm
work=$tmp
cd "$work"
export SOURCE_DATE_EPOCH=1700000000
check() {  # check DESCRIPTION EXPECTED_STATUS COMMAND...
  local what=$1 want=$2
  shift 2
  "$@" >out.txt 2>err.txt
  local got=$?
  if [[ $got != "$want" ]]; then
    echo "FAIL: $what: exit $got, expected $want" >&2
    sed 's/^/    /' out.txt err.txt >&2
    fail=1
  else
    echo "ok: $what"
  fi
}
expect_in() {  # expect_in FILE TEXT
  if ! grep -qF -- "$2" "$1"; then echo "FAIL: '$2' not in $1:" >&2; sed 's/^/    /' "$1" >&2; fail=1; fi
}

printf 'Hai bên nhất trí tăng cường hợp tác.\tBoth sides agreed to strengthen cooperation.\nHòa bình và ổn định.\tPeace and stability.\nHoà bình và ổn định.\tpeace and  stability.\nKý tự <đặc biệt> & "trích dẫn"\tSpecial <characters> & "quotes"\n' > pairs.tsv
check "convert tsv -> tmx" 0 "$bin" tm convert pairs.tsv -o a.tmx
expect_in a.tmx '<seg>Ký tự &lt;đặc biệt&gt; &amp; "trích dẫn"</seg>'
expect_in a.tmx 'creationdate="20231114T221320Z"'
check "convert again" 0 "$bin" tm convert pairs.tsv -o b.tmx
cmp -s a.tmx b.tmx && echo "ok: same bytes twice" || { echo "FAIL: output differs between runs" >&2; fail=1; }

check "stats" 0 "$bin" tm stats a.tmx
expect_in out.txt "a.tmx: 4 units"
expect_in out.txt "duplicates: 1"

check "merge removes the duplicate" 0 "$bin" tm merge a.tmx b.tmx -o merged.tmx
expect_in err.txt "8 units read, 5 duplicates removed, 3 units written"

check "convert tmx -> csv" 0 "$bin" tm convert merged.tmx -o merged.csv
expect_in merged.csv 'vi,en'
expect_in merged.csv '"Ký tự <đặc biệt> & ""trích dẫn""","Special <characters> & ""quotes"""'
check "convert csv -> tsv" 0 "$bin" tm convert merged.csv -o back.tsv
expect_in back.tsv $'Hòa bình và ổn định.\tPeace and stability.'

check "lookup" 0 "$bin" tm lookup a.tmx "Hai bên nhất trí tăng cường hợp tác kinh tế." --min-score 60
expect_in out.txt "81%"
expect_in out.txt "Both sides agreed to strengthen cooperation."
check "lookup, nothing close enough" 0 "$bin" tm lookup a.tmx "Một câu hoàn toàn khác." -n 3

check "convert UTF-16 TMX 1.1" 0 "$bin" tm convert "$data/utf16be_bom.tmx" -o tmx11.tmx
expect_in tmx11.tmx '<tuv xml:lang="EN-US">'
expect_in tmx11.tmx '<prop type="client">Bộ Ngoại giao</prop>'
check "round trip of inline tags" 0 "$bin" tm convert "$data/inline_tags.tmx" -o inline.tmx
expect_in inline.tmx '<seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to save<ph x="2">&lt;br/&gt;</ph>.</seg>'

echo "old" > kept.tmx
check "billion laughs refused" 1 "$bin" tm convert "$data/billion_laughs.tmx" -o kept.tmx
expect_in err.txt "billion_laughs.tmx:3:3: the document declares entities"
check "external entity refused" 1 "$bin" tm stats "$data/external_entity.tmx"
expect_in err.txt "declares entities"
check "truncated file" 1 "$bin" tm convert "$data/truncated.tmx" -o kept.tmx
expect_in err.txt "truncated.tmx:14:7: unexpected end of file inside a tag (truncated file?)"
check "malformed file" 1 "$bin" tm merge "$data/mismatched.tmx" a.tmx -o kept.tmx
expect_in err.txt "mismatched.tmx:7:34: end tag </tuv> does not match <seg>"
[[ $(cat kept.tmx) == old ]] && echo "ok: failed runs left the old output alone" || { echo "FAIL: kept.tmx changed" >&2; fail=1; }
check "missing file" 1 "$bin" tm stats nonexistent.tmx

check "usage: no subcommand" 2 "$bin" tm
check "usage: unknown subcommand" 2 "$bin" tm frobnicate
check "usage: merge without -o" 2 "$bin" tm merge a.tmx
check "usage: unknown extension" 2 "$bin" tm convert a.tmx -o a.docx
check "usage: bad score" 2 "$bin" tm lookup a.tmx "x" --min-score 101
for sub in stats merge convert lookup; do
  check "tm $sub --help" 0 "$bin" tm $sub --help
  expect_in out.txt "Usage: songngu tm $sub"
done

if command -v xmllint >/dev/null && [[ -f /usr/share/omegat/OmegaT.jar ]]; then
  unzip -p /usr/share/omegat/OmegaT.jar schemas/tmx14.dtd > tmx14.dtd
  for f in a.tmx merged.tmx tmx11.tmx inline.tmx; do
    check "$f valid against the TMX 1.4 DTD" 0 xmllint --noout --dtdvalid tmx14.dtd "$f"
  done
else
  echo "(DTD checks skipped: xmllint or OmegaT not installed)"
fi
exit $fail
