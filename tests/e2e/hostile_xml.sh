#!/bin/bash
# Hostile XML input (issue 7): billion laughs and external entities in TMX and TBX, bad language
# codes, unescaped &, truncated TMX/TBX/SRX, wrong root elements. Each must fail with a message
# naming the problem (and the file), never crash, hang, blow up memory or read the entity's file.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/hostile.bash"
ulimit -v 4000000 2>/dev/null  # an entity expansion must not get past 4 GB of address space

printf 'Hai bên nhất trí tăng cường hợp tác.\nThủ tướng cảm ơn nước chủ nhà.\n' >"$tmp/a.vi"
printf 'The two sides agreed to strengthen cooperation.\nThe Prime Minister thanked the host country.\n' >"$tmp/a.en"
"$bin" align -s vi -t en --presegmented "$tmp/a.vi" "$tmp/a.en" -o "$tmp/good.tmx" || { bad "making a TMX"; finish; }
"$bin" glossary convert "$SONGNGU_SOURCE_DIR/tests/data/glossary/small-vi-en.tsv" -o "$tmp/good.tbx" || { bad "making a TBX"; finish; }
out=$tmp/out.tmx

header='<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="vi" datatype="plaintext"/>'
tmx() {  # tmx FILE DOCTYPE BODY
  printf '<?xml version="1.0" encoding="UTF-8"?>\n%s\n<tmx version="1.4">\n%s\n<body>\n%s\n</body>\n</tmx>\n' "$2" "$header" "$3" >"$1"
}
laughs='<!DOCTYPE tmx [ <!ENTITY a "aaaaaaaaaaaaaaaaaaaa">'
prev=a
for e in b c d e f g h i j k; do laughs+=" <!ENTITY $e \"$(printf "&$prev;%.0s" {1..10})\">"; prev=$e; done
laughs+=' ]>'
tmx "$tmp/laughs.tmx" "$laughs" '<tu><tuv xml:lang="vi"><seg>&k;</seg></tuv><tuv xml:lang="en"><seg>&k;</seg></tuv></tu>'
echo "SECRET-MARKER-$$" >"$tmp/secret.txt"
tmx "$tmp/xxe.tmx" "<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM \"file://$tmp/secret.txt\"> ]>" \
  '<tu><tuv xml:lang="vi"><seg>&xxe;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
tmx "$tmp/xxe-param.tmx" "<!DOCTYPE tmx [ <!ENTITY % p SYSTEM \"file://$tmp/secret.txt\"> %p; ]>" \
  '<tu><tuv xml:lang="vi"><seg>a</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
tmx "$tmp/amp.tmx" "" '<tu><tuv xml:lang="vi"><seg>Hợp tác & phát triển</seg></tuv><tuv xml:lang="en"><seg>Cooperation & development</seg></tuv></tu>'
tmx "$tmp/undefined-entity.tmx" "" '<tu><tuv xml:lang="vi"><seg>&nbsp;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
tmx "$tmp/nolang.tmx" "" '<tu><tuv><seg>a</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
tmx "$tmp/badlang.tmx" "" '<tu><tuv xml:lang="vi"><seg>Hợp tác</seg></tuv><tuv xml:lang="not a language!"><seg>Cooperation</seg></tuv></tu>'
tmx "$tmp/badchar.tmx" "" '<tu><tuv xml:lang="vi"><seg>a &#0; b</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'
printf '<?xml version="1.0"?>\n<html><body>not a memory</body></html>\n' >"$tmp/notmx.tmx"
head -c $(( $(stat -c %s "$tmp/good.tmx") * 2 / 3 )) "$tmp/good.tmx" >"$tmp/truncated.tmx"
printf '\xef\xbb\xbf<?xml version="1.0"?>\n<tmx version="1.4"><header \xff\xfe/></tmx>' >"$tmp/badutf8.tmx"
: >"$tmp/empty.tmx"

for cmd in "tm stats" "tm convert -o $out" "tm merge -o $out $tmp/good.tmx"; do
  expect_error "$cmd: billion laughs" 'entit|DOCTYPE|DTD' "$out" -- $bin $cmd "$tmp/laughs.tmx"
  expect_error "$cmd: external entity" 'entit|DOCTYPE|DTD' "$out" -- $bin $cmd "$tmp/xxe.tmx"
  grep -q "SECRET-MARKER" "$tmp/stdout" "$tmp/stderr" && bad "$cmd: the external entity's file was read"
  expect_error "$cmd: parameter entity" 'entit|DOCTYPE|DTD' "$out" -- $bin $cmd "$tmp/xxe-param.tmx"
  expect_error "$cmd: unescaped &" 'amp|&|entit|well-formed|XML' "$out" -- $bin $cmd "$tmp/amp.tmx"
  expect_error "$cmd: undefined entity" 'entit|nbsp' "$out" -- $bin $cmd "$tmp/undefined-entity.tmx"
  expect_error "$cmd: tuv without language" 'lang' "$out" -- $bin $cmd "$tmp/nolang.tmx"
  expect_error "$cmd: bad language code" 'lang|not a language' "$out" -- $bin $cmd "$tmp/badlang.tmx"
  expect_error "$cmd: character reference &#0;" '&#0|character|reference' "$out" -- $bin $cmd "$tmp/badchar.tmx"
  expect_error "$cmd: not a TMX" 'tmx|root' "$out" -- $bin $cmd "$tmp/notmx.tmx"
  expect_error "$cmd: truncated TMX" 'truncat|end of|unexpected|unclosed|well-formed|:[0-9]+' "$out" -- $bin $cmd "$tmp/truncated.tmx"
  expect_error "$cmd: invalid UTF-8 in TMX" 'UTF-8' "$out" -- $bin $cmd "$tmp/badutf8.tmx"
  expect_error "$cmd: empty TMX" 'empty|end of|root|tmx' "$out" -- $bin $cmd "$tmp/empty.tmx"
done
expect_error "tm lookup: billion laughs" 'entit|DOCTYPE|DTD' - -- "$bin" tm lookup "$tmp/laughs.tmx" "Hợp tác"
expect_error "check: TMX with external entity" 'entit|DOCTYPE|DTD' - -- "$bin" check --glossary "$tmp/good.tbx" "$tmp/xxe.tmx"

# TBX: the same attacks on the glossary reader, through three commands that read glossaries.
tbx_head='<?xml version="1.0" encoding="UTF-8"?>'
printf '%s\n%s\n<martif type="TBX" xml:lang="vi"><text><body><termEntry><langSet xml:lang="vi"><tig><term>&k;</term></tig></langSet></termEntry></body></text></martif>\n' "$tbx_head" "${laughs/tmx/martif}" >"$tmp/laughs.tbx"
printf '%s\n<!DOCTYPE martif [ <!ENTITY xxe SYSTEM "file://%s"> ]>\n<martif type="TBX" xml:lang="vi"><text><body><termEntry><langSet xml:lang="vi"><tig><term>&xxe;</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>\n' "$tbx_head" "$tmp/secret.txt" >"$tmp/xxe.tbx"
head -c $(( $(stat -c %s "$tmp/good.tbx") / 2 )) "$tmp/good.tbx" >"$tmp/truncated.tbx"
gout=$tmp/out.csv
for f in laughs xxe truncated; do
  expect_error "glossary convert: $f TBX" 'entit|DOCTYPE|DTD|XML|well-formed|truncat|unexpected|:[0-9]+' "$gout" -- "$bin" glossary convert "$tmp/$f.tbx" -o "$gout"
  grep -q "SECRET-MARKER" "$tmp/stdout" "$tmp/stderr" && bad "glossary convert $f: the external entity's file was read"
  expect_error "align --glossary: $f TBX" 'entit|DOCTYPE|DTD|XML|well-formed|truncat|unexpected|:[0-9]+' "$out" -- "$bin" align -s vi -t en --presegmented --glossary "$tmp/$f.tbx" "$tmp/a.vi" "$tmp/a.en" -o "$out"
  expect_error "check --glossary: $f TBX" 'entit|DOCTYPE|DTD|XML|well-formed|truncat|unexpected|:[0-9]+' - -- "$bin" check --glossary "$tmp/$f.tbx" "$tmp/good.tmx"
done

# SRX: truncated, entities, a bad regex, a wrong root.
srx=$SONGNGU_SOURCE_DIR/data/srx/songngu.srx
head -c $(( $(stat -c %s "$srx") / 2 )) "$srx" >"$tmp/truncated.srx"
sed "s|<srx |<!DOCTYPE srx [ <!ENTITY xxe SYSTEM \"file://$tmp/secret.txt\"> ]>\n<srx |" "$srx" >"$tmp/xxe.srx"
python3 - "$srx" "$tmp/badregex.srx" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace("<beforebreak>\\b(?:TP", "<beforebreak>((([\\b(?:TP", 1)
assert "(((" in s
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
printf '<?xml version="1.0"?>\n<notsrx/>\n' >"$tmp/notsrx.srx"
for f in truncated badregex notsrx; do
  expect_error "segment --srx: $f SRX" 'srx|regex|pattern|XML|truncat|unexpected|:[0-9]+' - -- "$bin" segment -l vi --srx "$tmp/$f.srx" "$tmp/a.vi"
  expect_error "align --srx: $f SRX" 'srx|regex|pattern|XML|truncat|unexpected|:[0-9]+' "$out" -- "$bin" align -s vi -t en --srx "$tmp/$f.srx" "$tmp/a.vi" "$tmp/a.en" -o "$out"
done
expect_ok_or_error "segment --srx: SRX with an external entity" "$bin" segment -l vi --srx "$tmp/xxe.srx" "$tmp/a.vi"
grep -q "SECRET-MARKER" "$tmp/stdout" "$tmp/stderr" && bad "segment --srx: the external entity's file was read"
finish
