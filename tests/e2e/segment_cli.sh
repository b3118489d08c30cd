#!/bin/bash
# End-to-end test of `songngu segment`: the real binary on a seed (text and jsonl match the checked
# fixture), standard input, --presegmented, --srx, bad input (exit 1 with a clear message) and usage
# errors (exit 2).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
export LC_ALL=C.UTF-8 LANG=C.UTF-8
seed=$src/corpus/vi/2025-10-30-hoi-dam-han-quoc-gyeongju.txt
expected=$src/tests/data/segment/2025-10-30-hoi-dam-han-quoc-gyeongju.vi.expected

"$bin" segment -l vi "$seed" >"$tmp/out.txt" 2>"$tmp/err"; rc=$?
check "seed: exit 0" test $rc -eq 0
check "seed: text output equals the checked fixture" cmp -s "$tmp/out.txt" "$expected"
check "seed: first line is the metadata segment" test "$(head -1 "$tmp/out.txt")" = "date 2025-10-30"
"$bin" segment "$seed" >"$tmp/guessed.txt" 2>/dev/null
check "seed: language guessed as vi without -l" cmp -s "$tmp/guessed.txt" "$expected"
"$bin" segment -l vi - <"$seed" >"$tmp/stdin.txt"; rc=$?
check "stdin: same output" cmp -s "$tmp/stdin.txt" "$expected"

"$bin" segment -l vi --format jsonl "$seed" >"$tmp/out.jsonl"; rc=$?
check "jsonl: exit 0" test $rc -eq 0
check "jsonl: one object per segment" test "$(wc -l <"$tmp/out.jsonl")" -eq "$(grep -c . "$expected")"
if command -v python3 >/dev/null; then
  python3 - "$tmp/out.jsonl" "$seed" "$expected" <<'PY' && echo "ok   jsonl: fields, kinds and byte spans" || { echo "FAIL jsonl: fields, kinds and byte spans"; fail=1; }
import json, sys, unicodedata
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
raw = open(sys.argv[2], "rb").read()
want = [l for l in open(sys.argv[3], encoding="utf-8").read().split("\n") if l]
assert [r["text"] for r in rows] == want
assert [r["index"] for r in rows] == list(range(len(rows)))
assert rows[0]["kind"] == "metadata" and rows[-1]["kind"] == "byline"
assert {"sentence", "caption"} <= {r["kind"] for r in rows}
for r in rows:
    assert set(r) == {"file", "paragraph", "index", "kind", "text", "start", "end"}
    piece = raw[r["start"]:r["end"]].decode("utf-8")
    assert unicodedata.normalize("NFC", " ".join(piece.split())) == " ".join(r["text"].split()), r
PY
fi

# Two files: paragraphs of the second follow after one empty line.
"$bin" segment -l vi "$seed" "$seed" >"$tmp/two.txt"
check "two files: twice the lines plus one" test "$(wc -l <"$tmp/two.txt")" -eq $(( 2 * $(wc -l <"$expected") + 1 ))

# --presegmented: one line, one segment.
printf 'Một câu.  Hai câu.\n\nBa câu\r\n' >"$tmp/pre.txt"
check "presegmented" test "$("$bin" segment --presegmented -l vi "$tmp/pre.txt")" = "$(printf 'Một câu.  Hai câu.\nBa câu')"

# --srx: a user's rules; a broken SRX file is bad input naming its line.
cat >"$tmp/mine.srx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="All">
        <rule break="no"><beforebreak>\bHai\.</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern=".*" languagerulename="All"/></maprules>
  </body>
</srx>
X
printf 'Một Hai. Ba. Bốn.\n' >"$tmp/srx-input.txt"
check "--srx: user rules apply" test "$("$bin" segment -l vi --srx "$tmp/mine.srx" "$tmp/srx-input.txt" | wc -l)" -eq 2
sed 's|</afterbreak></rule>|</afterbreak></rul>|' "$tmp/mine.srx" >"$tmp/broken.srx"
"$bin" segment -l vi --srx "$tmp/broken.srx" "$tmp/srx-input.txt" >"$tmp/o" 2>"$tmp/err"; rc=$?
check "--srx broken: exit 1" test $rc -eq 1
check "--srx broken: names file and line 7" grep -q "broken.srx:7: " "$tmp/err"
check "--srx broken: nothing on stdout" test ! -s "$tmp/o"

# Bad input: exit 1, a message naming the problem, nothing on standard output.
printf 'Hai b\xean nh\xe1t tr\xed.\n' >"$tmp/latin1.txt"
"$bin" segment -l vi "$tmp/latin1.txt" >"$tmp/o" 2>"$tmp/err"; rc=$?
check "invalid UTF-8: exit 1" test $rc -eq 1
check "invalid UTF-8: byte offset in the message" grep -q "byte 5" "$tmp/err"
check "invalid UTF-8: nothing printed" test ! -s "$tmp/o"
"$bin" segment -l vi "$seed" "$tmp/latin1.txt" >"$tmp/o" 2>/dev/null; rc=$?
check "bad second file: exit 1 and nothing printed for the first" test $rc -eq 1 -a ! -s "$tmp/o"
: >"$tmp/empty.txt"
"$bin" segment -l vi "$tmp/empty.txt" >"$tmp/o" 2>"$tmp/err"; rc=$?
check "empty file: exit 1" test $rc -eq 1
check "empty file: message" test -s "$tmp/err"
"$bin" segment -l vi "$tmp/missing.txt" >"$tmp/o" 2>"$tmp/err"; rc=$?
check "missing file: exit 1" test $rc -eq 1
check "missing file: names it" grep -q "missing.txt" "$tmp/err"
printf 'a\0b' >"$tmp/binary.bin"
"$bin" segment -l vi "$tmp/binary.bin" >/dev/null 2>&1; rc=$?
check "binary file: exit 1" test $rc -eq 1

# Usage errors: exit 2.
"$bin" segment --frobnicate "$seed" >/dev/null 2>&1; rc=$?
check "unknown option: exit 2" test $rc -eq 2
"$bin" segment >/dev/null 2>&1; rc=$?
check "no file: exit 2" test $rc -eq 2
"$bin" segment --format xml "$seed" >/dev/null 2>&1; rc=$?
check "unknown format: exit 2" test $rc -eq 2
"$bin" segment -l "not a tag!" "$seed" >/dev/null 2>&1; rc=$?
check "bad language tag: exit 2" test $rc -eq 2
"$bin" segment --help >"$tmp/help" 2>&1; rc=$?
check "--help: exit 0" test $rc -eq 0
check "--help: lists --srx and --format" grep -q -- "--srx" "$tmp/help"

exit $fail
