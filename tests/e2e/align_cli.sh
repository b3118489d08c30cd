#!/bin/bash
# End-to-end test of `songngu align`: output formats, batch mode (threads, shards), warnings and
# exit codes. The small texts below were written for this test.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

cat >"$tmp/a.vi" <<'T'
Hội nghị cấp cao APEC năm 2025 diễn ra tại Gyeongju.

Hai bên nhất trí tăng kim ngạch thương mại lên 150 tỷ USD. Thủ tướng cảm ơn nước chủ nhà.

Phiên họp kết thúc lúc 17 giờ.
T
cat >"$tmp/a.en" <<'T'
The 2025 APEC summit took place in Gyeongju.

The two sides agreed to raise trade turnover to USD 150 billion. The Prime Minister thanked the host country.

The session ended at 5 pm.
T
cat >"$tmp/a.ko" <<'T'
2025년 APEC 정상회의가 경주에서 열렸다.

양측은 교역액을 1,500억 달러로 늘리기로 합의했다. 총리는 주최국에 감사를 표했다.

회의는 오후 5시에 끝났다.
T

# TSV on standard output: Vietnamese<TAB>English, one bead a line.
out=$("$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en"); rc=$?
check "tsv exit 0" test $rc -eq 0
check "tsv has 4 lines" test "$(printf '%s\n' "$out" | wc -l)" -eq 4
check "tsv pairs the APEC sentence" grep -q $'^Hội nghị cấp cao APEC năm 2025 diễn ra tại Gyeongju.\tThe 2025 APEC summit took place in Gyeongju.$' <<<"$out"
check "tsv pairs the 150 billion sentence" grep -q $'150 tỷ USD.\tThe two sides agreed to raise trade turnover to USD 150 billion.$' <<<"$out"

# --confidence adds a third column in [0,1].
out=$("$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en")
check "confidence column" awk -F'\t' 'NF != 3 || $3 < 0 || $3 > 1 { exit 1 }' <<<"$out"

# Korean, beads format by extension.
"$bin" align -s vi-VN -t ko-KR "$tmp/a.vi" "$tmp/a.ko" -o "$tmp/a.beads"
check "beads exit 0" test $? -eq 0
check "beads format" grep -qx '\[0\]:\[0\]' "$tmp/a.beads"
check "beads 1-1 for the 1,500억 sentence" grep -qx '\[1\]:\[1\]' "$tmp/a.beads"

# TMX, bilingual and trilingual.
if "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/a.tmx" 2>"$tmp/err"; then
  check "tmx has units" grep -q '<tu ' "$tmp/a.tmx"
  "$bin" align -s vi -t en,ko "$tmp/a.vi" "$tmp/a.en" "$tmp/a.ko" -o "$tmp/tri.tmx"
  check "trilingual tmx has Korean" grep -q 'xml:lang="ko"' "$tmp/tri.tmx"
else
  check "tmx unavailable is a usage error" grep -qi "tmx" "$tmp/err"
fi

# Presegmented input: one segment a line.
printf 'Một.\nHai câu ở đây.\n' >"$tmp/p.vi"; printf 'One.\nTwo sentences here.\n' >"$tmp/p.en"
out=$("$bin" align -s vi -t en --presegmented "$tmp/p.vi" "$tmp/p.en" -o "$tmp/p.beads"; cat "$tmp/p.beads")
check "presegmented beads" test "$out" = $'[0]:[0]\n[1]:[1]'

# Warnings: Korean given as English, a side with no text, very different sizes. Exit 0 all the same.
# (An empty file is bad input, exit 1, as everywhere.)
"$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.ko" >/dev/null 2>"$tmp/err"
check "wrong script: exit 0" test $? -eq 0
check "wrong script: warning" grep -q "Hangul" "$tmp/err"
printf '\n  \n\n' >"$tmp/blank.en"
"$bin" align -s vi -t en "$tmp/a.vi" "$tmp/blank.en" >"$tmp/out" 2>"$tmp/err"
check "blank side: exit 0" test $? -eq 0
check "blank side: warning names the file" grep -q "blank.en" "$tmp/err"
check "blank side: 4 one-sided beads" test "$(grep -c $'\t$' "$tmp/out")" -eq 4
: >"$tmp/empty.en"
"$bin" align -s vi -t en "$tmp/a.vi" "$tmp/empty.en" >"$tmp/out" 2>"$tmp/err"
check "empty file: exit 1" test $? -eq 1
check "empty file: message names the file" grep -q "empty.en" "$tmp/err"

# Bad input and usage errors.
"$bin" align -s vi -t en "$tmp/missing.vi" "$tmp/a.en" >/dev/null 2>&1; check "missing file: exit 1" test $? -eq 1
"$bin" align -s vi "$tmp/a.vi" "$tmp/a.en" >/dev/null 2>&1; check "no -t: exit 2" test $? -eq 2
"$bin" align -s vi -t en --bogus "$tmp/a.vi" "$tmp/a.en" >/dev/null 2>&1; check "unknown option: exit 2" test $? -eq 2
"$bin" align -s vi -t en --beads 2-1 "$tmp/a.vi" "$tmp/a.en" >/dev/null 2>&1; check "--beads without 1-1: exit 2" test $? -eq 2
"$bin" align -s vi -t en "$tmp/a.vi" >/dev/null 2>&1; check "one file: exit 2" test $? -eq 2
"$bin" align -s vi -t en --batch "$tmp" -o "$tmp/o" --shard 3/2 >/dev/null 2>&1; check "bad shard: exit 2" test $? -eq 2
printf 'abc \xc3\x28 def' >"$tmp/bad.vi"
"$bin" align -s vi -t en "$tmp/bad.vi" "$tmp/a.en" >/dev/null 2>&1; check "invalid UTF-8: exit 1" test $? -eq 1
"$bin" align --help | grep -q -- "--batch"; check "--help lists --batch" test $? -eq 0

# Batch: a folder, -j 2 equals -j 1, shards together equal the whole.
mkdir -p "$tmp/set"
for k in 1 2 3 4 5; do
  cp "$tmp/a.vi" "$tmp/set/d$k.vi"; cp "$tmp/a.en" "$tmp/set/d$k.en"
done
"$bin" align -s vi -t en --batch "$tmp/set" -o "$tmp/b1" --format beads --confidence -j 1
check "batch exit 0" test $? -eq 0
"$bin" align -s vi -t en --batch "$tmp/set" -o "$tmp/b2" --format beads --confidence -j 2
check "batch -j 2 = -j 1" diff -r "$tmp/b1" "$tmp/b2"
for k in 1 2 3; do "$bin" align -s vi -t en --batch "$tmp/set" -o "$tmp/shards" --format beads --shard $k/3; done
check "shards cover the list" test "$(ls "$tmp/shards" | wc -l)" -eq 5
printf 'd1.vi\td1.en\t%s/list-out/one.tsv\n' "$tmp" >"$tmp/set/list.tsv"
"$bin" align -s vi -t en --batch "$tmp/set/list.tsv" -o "$tmp/list-out"
check "batch list writes the named output" test -s "$tmp/list-out/one.tsv"

exit $fail
