#!/bin/bash
# Plain text in legacy encodings (issue 14): `songngu corpus` on a folder with a Korean file in
# CP949 and a Vietnamese one in TCVN3 (ABC), both made from the bundled UTF-8 corpus with glibc's
# iconv. Detection reads both with a warning naming the encoding and gives the same memory as the
# UTF-8 originals; --encoding LANG=NAME chooses without warnings; a short file is not guessed but
# gets an error whose suggestion `corpus` accepts; unknown names and languages are usage errors.
# Also segment and align (text and HTML) with per-language encodings, and VNI.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v iconv >/dev/null || skip "iconv not installed"
export SOURCE_DATE_EPOCH=1767225600
doc=2025-08-11-hoi-dam-cap-cao-seoul

# TCVN3 has no codes for toned capitals (Ủ, Ấ, ...): an ABC typist wrote them with the lower-case
# codes in the .VnTimeH font, so the UTF-8 reference has them in lower case too.
# (A typist's text is precomposed: NFC first, as one corpus line is not.)
lower_toned_capitals() {
  python3 -c '
import sys, unicodedata as u
t = u.normalize("NFC", sys.stdin.read())
sys.stdout.write("".join(c.lower() if any(m in u.normalize("NFD", c) for m in "\u0300\u0301\u0303\u0309\u0323") else c for c in t))'
}
mkdir -p "$tmp/utf8/vi" "$tmp/utf8/ko" "$tmp/legacy/vi" "$tmp/legacy/ko"
# Characters an encoding lacks (curly quotes in TCVN3, a Vietnamese name's "â" in CP949) are left
# out (iconv -c), and the UTF-8 reference is what iconv decodes back, so the two hold the same text.
lower_toned_capitals <"$src/corpus/vi/$doc.txt" | iconv -c -f UTF-8 -t TCVN5712-1 >"$tmp/legacy/vi/$doc.txt"
iconv -c -f UTF-8 -t CP949 "$src/corpus/ko/$doc.txt" >"$tmp/legacy/ko/$doc.txt"
iconv -f TCVN5712-1 -t UTF-8 "$tmp/legacy/vi/$doc.txt" >"$tmp/utf8/vi/$doc.txt" || die "iconv TCVN5712-1"
iconv -f CP949 -t UTF-8 "$tmp/legacy/ko/$doc.txt" >"$tmp/utf8/ko/$doc.txt" || die "iconv CP949"
check "most of the Vietnamese text survives TCVN3" test "$(wc -c <"$tmp/utf8/vi/$doc.txt")" -gt "$(($(wc -c <"$src/corpus/vi/$doc.txt") * 95 / 100))"
check "the TCVN3 file is not UTF-8" bash -c "! iconv -f UTF-8 -t UTF-8 '$tmp/legacy/vi/$doc.txt' >/dev/null 2>&1"
check "the CP949 file is not UTF-8" bash -c "! iconv -f UTF-8 -t UTF-8 '$tmp/legacy/ko/$doc.txt' >/dev/null 2>&1"

run_corpus() {  # $1: corpus folder, $2: output folder, rest: options
  local in=$1 out=$2
  shift 2
  (cd "$tmp" && "$bin" corpus "$in" --tm "$out/tm" --glossary "$out/glossary" --reports "$out/reports" "$@" \
    >"$out.out" 2>"$out.err")
}
mkdir -p "$tmp/a" "$tmp/b" "$tmp/c"
run_corpus "$tmp/utf8" "$tmp/a"
check "corpus on the UTF-8 folder exits 0" test $? -eq 0
run_corpus "$tmp/legacy" "$tmp/b"
rc=$?
check "corpus on the CP949 + TCVN3 folder exits 0" test $rc -eq 0
check "warning names TCVN3 for the Vietnamese file" grep -q "vi/$doc.txt.*TCVN3 (ABC)" "$tmp/b.err"
check "warning names cp949 for the Korean file" grep -q "ko/$doc.txt.*EUC-KR or cp949" "$tmp/b.err"
check "the memory equals the one from UTF-8" cmp -s "$tmp/a/tm/vi-ko.tmx" "$tmp/b/tm/vi-ko.tmx"
units=$(grep -c '<tu ' "$tmp/b/tm/vi-ko.tmx")
check "the memory has units ($units)" test "$units" -ge 10
check "a Vietnamese word decoded from TCVN3 is in the memory" grep -q "hội đàm" "$tmp/b/tm/vi-ko.tmx"

run_corpus "$tmp/legacy" "$tmp/c" --encoding ko=cp949 --encoding vi=tcvn3
check "corpus --encoding ko=cp949 --encoding vi=tcvn3 exits 0" test $? -eq 0
check "chosen encodings give no detection warning" bash -c "! grep -q 'not UTF-8' '$tmp/c.err'"
check "chosen encodings give the same memory" cmp -s "$tmp/a/tm/vi-ko.tmx" "$tmp/c/tm/vi-ko.tmx"

# Usage errors: exit 2, nothing written.
run_corpus "$tmp/legacy" "$tmp/d" --encoding ja=cp949
check "a language not in the job is exit 2" test $? -eq 2
check "... and says so" grep -q "ja is not a language of this job" "$tmp/d.err"
check "... and writes nothing" test ! -e "$tmp/d/tm"
run_corpus "$tmp/legacy" "$tmp/e" --encoding ko=cp-nonsense
check "an unknown encoding is exit 2" test $? -eq 2
check "... naming it" grep -q "unknown encoding cp-nonsense" "$tmp/e.err"

# A short Korean file is not guessed; the error's suggestion is an option corpus has.
mkdir -p "$tmp/short/vi" "$tmp/short/ko"
printf 'Hai bên đã hội đàm.\n' >"$tmp/short/vi/x.txt"
printf '양국 정상은 경제 협력을 확대하기로 했다.\n' | iconv -f UTF-8 -t CP949 >"$tmp/short/ko/x.txt"  # 17 syllables
run_corpus "$tmp/short" "$tmp/f"
check "a short CP949 file is an error (exit 1)" test $? -eq 1
check "... suggesting --encoding cp949" grep -q "try --encoding cp949" "$tmp/f.err"
run_corpus "$tmp/short" "$tmp/g" --encoding cp949
check "corpus takes the suggested --encoding cp949" test $? -eq 0

# segment and align: per-language encodings, VNI, HTML.
# make_vni.py encodes Vietnamese letters and ASCII: other characters (no-break spaces, curly quotes)
# become spaces in both the VNI file and its UTF-8 reference.
python3 -c '
import sys, unicodedata as u
t = u.normalize("NFC", sys.stdin.read())
keep = lambda c: c < "\x80" or c in "đĐ" or u.normalize("NFD", c)[0] < "\x80"
sys.stdout.write("".join(c if keep(c) else " " for c in t))' <"$src/corpus/vi/$doc.txt" >"$tmp/vi-plain.txt"
python3 "$src/tests/data/text/make_vni.py" <"$tmp/vi-plain.txt" >"$tmp/vi-vni.txt" || die "make_vni.py"
"$bin" segment -l vi "$tmp/vi-plain.txt" >"$tmp/seg-utf8.txt"
"$bin" segment -l vi --encoding vi=vni "$tmp/vi-vni.txt" >"$tmp/seg-vni.txt" 2>"$tmp/seg-vni.err"
check "segment --encoding vi=vni gives the UTF-8 segments" cmp -s "$tmp/seg-utf8.txt" "$tmp/seg-vni.txt"
"$bin" segment -l vi "$tmp/vi-vni.txt" >"$tmp/seg-vni2.txt" 2>"$tmp/seg-vni2.err"
check "segment detects VNI with a warning naming the file" grep -q "vi-vni.txt: not UTF-8: read as VNI" "$tmp/seg-vni2.err"
check "... and gives the same segments" cmp -s "$tmp/seg-utf8.txt" "$tmp/seg-vni2.txt"
"$bin" segment --encoding vi=vni "$tmp/vi-vni.txt" >/dev/null 2>"$tmp/seg-nolang.err"
check "segment --encoding LANG=NAME without --lang is exit 2" test $? -eq 2
"$bin" align -s vi -t ko --encoding ko=cp949,vi=tcvn3 "$tmp/legacy/vi/$doc.txt" "$tmp/legacy/ko/$doc.txt" \
  -o "$tmp/legacy.tsv" 2>"$tmp/align.err"
check "align --encoding ko=cp949,vi=tcvn3 exits 0" test $? -eq 0
"$bin" align -s vi -t ko "$tmp/utf8/vi/$doc.txt" "$tmp/utf8/ko/$doc.txt" -o "$tmp/utf8.tsv" 2>/dev/null
check "align from the legacy files equals align from UTF-8" cmp -s "$tmp/utf8.tsv" "$tmp/legacy.tsv"
"$bin" align -s vi -t ko --encoding en=cp949 "$tmp/legacy/vi/$doc.txt" "$tmp/legacy/ko/$doc.txt" \
  -o "$tmp/x.tsv" 2>"$tmp/align-en.err"
check "align --encoding en=... with no English file is exit 2" test $? -eq 2
check "... and writes nothing" test ! -e "$tmp/x.tsv"
{ printf '<html><body><h1>'; head -1 "$tmp/legacy/vi/$doc.txt"; printf '</h1></body></html>\n'; } >"$tmp/page.html"
"$bin" segment -l vi --encoding vi=tcvn3 "$tmp/page.html" >"$tmp/page.txt" 2>"$tmp/page.err"
check "an HTML page read with --encoding vi=tcvn3" grep -q "hội đàm cấp cao" "$tmp/page.txt"
check "review takes --encoding too" bash -c "'$bin' review --help | grep -q -- '--encoding \\[LANG=\\]NAME'"
# Bilingual and glossary files hold all their languages in one encoding: tm convert, check and
# glossary take --encoding NAME for TSV, CSV and OmegaT glossary input, and refuse LANG=NAME.
printf 'Hòa bình và hợp tác\tPeace and cooperation\nĐối tác chiến lược toàn diện\tComprehensive partnership\n' |
  iconv -f UTF-8 -t WINDOWS-1258 >"$tmp/pairs.tsv" || die "iconv WINDOWS-1258"
printf 'Đối tác chiến lược toàn diện\tComprehensive Strategic Partnership\t\n' |
  iconv -f UTF-8 -t WINDOWS-1258 >"$tmp/terms.txt" || die "iconv WINDOWS-1258"
"$bin" tm convert "$tmp/pairs.tsv" -o "$tmp/pairs.tmx" 2>"$tmp/conv.err"
check "tm convert of a windows-1258 TSV without --encoding is an error" test $? -ne 0
check "... suggesting --encoding windows-1258" grep -q "try --encoding windows-1258" "$tmp/conv.err"
"$bin" tm convert --encoding windows-1258 "$tmp/pairs.tsv" -o "$tmp/pairs.tmx" 2>/dev/null
check "tm convert --encoding windows-1258 exits 0" test $? -eq 0
check "... and the memory holds the Vietnamese" grep -q "<seg>Hòa bình và hợp tác</seg>" "$tmp/pairs.tmx"
"$bin" tm convert --encoding vi=windows-1258 "$tmp/pairs.tsv" -o "$tmp/pairs2.tmx" 2>"$tmp/conv2.err"
check "tm convert --encoding LANG=NAME is exit 2" test $? -eq 2
check "... saying the file has one encoding" grep -q "holds its languages in one encoding" "$tmp/conv2.err"
check "... and writes nothing" test ! -e "$tmp/pairs2.tmx"
"$bin" glossary convert --encoding windows-1258 -t en "$tmp/terms.txt" -o "$tmp/terms.csv" 2>/dev/null
check "glossary convert --encoding reads a windows-1258 OmegaT glossary" grep -q "Đối tác chiến lược toàn diện" "$tmp/terms.csv"
"$bin" check --encoding windows-1258 -t en --glossary "$tmp/terms.txt" "$tmp/pairs.tsv" >"$tmp/check.out" 2>&1
check "check --encoding reads both files and finds the missing approved term (exit 1)" test $? -eq 1
check "... naming it" grep -q "Comprehensive Strategic Partnership" "$tmp/check.out"
exit $fail
