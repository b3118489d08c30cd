#!/bin/bash
# End-to-end test of the saved alignment model: `align --model-out FILE` (with or without
# --learn-only) then `align --model FILE`, on one pair and in batch mode with shards. Shards aligned
# with the model learned from the whole list must equal one unsharded run byte for byte (beads and
# TSV with --confidence) on the dev sets ../shared/data/align/lohelp-vi-{en,ko} (skipped when absent);
# the same shards learning from their own documents only do not, which shows the check can fail.
# Also: bad model files (exit 1, the library's message, outputs untouched), usage errors (exit 2),
# --beads against a model (warning), --help. The small texts below were written for this test.
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

# --help lists the options.
help=$("$bin" align --help)
for o in --model --model-out --learn-only; do
  check "--help lists $o" grep -q -- "^ *$o " <<<"$help"
done

# One pair: --model-out writes the model and the usual output; --model reproduces that output.
"$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en" -o "$tmp/plain.tsv"
"$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en" -o "$tmp/learn.tsv" --model-out "$tmp/a.model"
check "single: --model-out exit 0, model written" test -s "$tmp/a.model"
check "single: --model-out does not change the output" cmp -s "$tmp/plain.tsv" "$tmp/learn.tsv"
check "single: the model file names its format" test "$(head -1 "$tmp/a.model")" = $'songngu-align-model\t1'
"$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en" -o "$tmp/given.tsv" --model "$tmp/a.model"
check "single: --model gives the same output" cmp -s "$tmp/plain.tsv" "$tmp/given.tsv"
"$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" --model-out "$tmp/b.model" --learn-only >"$tmp/out"
check "single: --learn-only prints no alignment" test ! -s "$tmp/out"
check "single: --learn-only writes the same model" cmp -s "$tmp/a.model" "$tmp/b.model"

# --beads against a model: a warning, and the model's bead types.
"$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en" --model "$tmp/a.model" --beads 1-1,0-1,1-0 \
  -o "$tmp/beads.tsv" 2>"$tmp/err"
check "--beads that differ: exit 0" test $? -eq 0
check "--beads that differ: warning names the model's types" grep -q "bead types 0-1,1-0,1-1,1-2,2-1,2-2.*bead types 1-1,0-1,1-0 are ignored; check --beads" "$tmp/err"
check "--beads that differ: the model's types are used" cmp -s "$tmp/plain.tsv" "$tmp/beads.tsv"
"$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" --model "$tmp/a.model" --beads 2-2,2-1,1-2,1-1,1-0,0-1 >/dev/null 2>"$tmp/err"
check "--beads equal to the model's (other order): no warning" test ! -s "$tmp/err"

# Bad model files: exit 1 with the library's message naming the file; the output is not touched.
echo 'keep me' >"$tmp/kept.tsv"
bad_model() {  # bad_model DESCRIPTION FILE MESSAGE_PART
  "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" --model "$2" -o "$tmp/kept.tsv" 2>"$tmp/err"
  check "$1: exit 1" test $? -eq 1
  check "$1: message" grep -qF "$2$3" "$tmp/err"
  check "$1: output untouched" test "$(cat "$tmp/kept.tsv")" = "keep me"
}
printf '<?xml version="1.0"?>\n<tmx version="1.4"/>\n' >"$tmp/tmx.model"
bad_model "a TMX as model" "$tmp/tmx.model" ": not a songngu alignment model"
bad_model "a missing model" "$tmp/none.model" ": cannot read the file"
head -3 "$tmp/a.model" >"$tmp/short.model"
bad_model "a model cut after 3 lines" "$tmp/short.model" ": incomplete songngu alignment model"
sed '4s/\t0x[^\t]*/\tbanana/' "$tmp/a.model" >"$tmp/banana.model"
bad_model "a model with a bad number on line 4" "$tmp/banana.model" ":4: not a songngu alignment model line"
: >"$tmp/empty.model"
bad_model "an empty model" "$tmp/empty.model" ": not a songngu alignment model"
if [[ -n $src && -f $src/po/vi.po ]]; then
  LANG=vi_VN.UTF-8 "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" --model "$tmp/tmx.model" 2>"$tmp/err"
  check "bad model in Vietnamese" grep -qF "$tmp/tmx.model: không phải mô hình gióng hàng songngu" "$tmp/err"
fi

# Usage errors: exit 2.
usage() {  # usage DESCRIPTION ARGS...
  local what=$1; shift
  "$bin" align "$@" >/dev/null 2>&1
  check "$what: exit 2" test $? -eq 2
}
usage "--learn-only without --model-out" -s vi -t en "$tmp/a.vi" "$tmp/a.en" --learn-only
usage "--learn-only with -o" -s vi -t en "$tmp/a.vi" "$tmp/a.en" --learn-only --model-out "$tmp/x.model" -o "$tmp/x.tsv"
usage "--model with --model-out" -s vi -t en "$tmp/a.vi" "$tmp/a.en" --model "$tmp/a.model" --model-out "$tmp/x.model"
usage "--model-out with two target languages" -s vi -t en,ko "$tmp/a.vi" "$tmp/a.en" "$tmp/a.en" --model-out "$tmp/x.model" -o "$tmp/x.tmx"
usage "--learn-only with --shard" -s vi -t en --batch "$tmp" --shard 1/2 --learn-only --model-out "$tmp/x.model"
check "no model written by a usage error" test ! -e "$tmp/x.model"

# Batch with shards on the dev sets.
for lang in en ko; do
  data=${src:+$src/../shared/data/align/lohelp-vi-$lang}
  if [[ -z $data || ! -d $data ]]; then
    echo "skip dev set lohelp-vi-$lang not found"
    continue
  fi
  w=$tmp/$lang
  opts=(-s vi -t "$lang" --presegmented --confidence)
  for f in beads tsv; do
    "$bin" align "${opts[@]}" --batch "$data" --format $f -o "$w/single-$f" -j 2 2>/dev/null
  done
  "$bin" align "${opts[@]}" --batch "$data" --model-out "$w/model" --learn-only 2>/dev/null
  check "$lang: --learn-only exit 0" test $? -eq 0
  for f in beads tsv; do
    for k in 1 2 3; do
      "$bin" align "${opts[@]}" --batch "$data" --format $f --shard $k/3 --model "$w/model" -o "$w/shards-$f" 2>/dev/null \
        || { echo "FAIL $lang: shard $k/3 with --model"; fail=1; }
    done
    check "$lang: 3 shards with --model = one run ($f, byte for byte)" diff -r "$w/single-$f" "$w/shards-$f"
  done
  # Without --model a shard learns from the whole list itself: the same result, at a higher cost.
  for k in 1 2; do "$bin" align "${opts[@]}" --batch "$data" --format beads --shard $k/2 -o "$w/own" 2>/dev/null; done
  check "$lang: 2 shards without --model = one run" diff -r "$w/single-beads" "$w/own"
  # --model-out in a normal run and in a shard run: the same model as --learn-only.
  "$bin" align "${opts[@]}" --batch "$data" --format beads -o "$w/again" --model-out "$w/model2" 2>/dev/null
  check "$lang: --model-out with alignments writes the --learn-only model" cmp -s "$w/model" "$w/model2"
  check "$lang: --model-out does not change the alignments" diff -r "$w/single-beads" "$w/again"
  "$bin" align "${opts[@]}" --batch "$data" --format beads --shard 2/3 -o "$w/sh2" --model-out "$w/model3" 2>/dev/null
  check "$lang: --model-out with --shard learns from the whole list" cmp -s "$w/model" "$w/model3"
  # The check above can fail: shards that see only their own documents (a folder each, the old
  # behaviour of --shard) learn other models and align some documents differently.
  mapfile -t stems < <(ls "$data" | sed -n 's/\.vi$//p' | grep -v '\.raw$' | LC_ALL=C sort)
  n=${#stems[@]}
  for k in 0 1 2; do
    mkdir -p "$w/part$k"
    for ((i = k * n / 3; i < (k + 1) * n / 3; ++i)); do
      ln -s "$data/${stems[i]}.vi" "$w/part$k/"; ln -s "$data/${stems[i]}.$lang" "$w/part$k/"
    done
    "$bin" align "${opts[@]}" --batch "$w/part$k" --format beads -o "$w/parts" 2>/dev/null
  done
  check "$lang: the split covers the list" test "$(ls "$w/parts" | wc -l)" -eq "$(ls "$w/single-beads" | wc -l)"
  differ=$(diff -rq "$w/single-beads" "$w/parts" | wc -l)
  check "$lang: shards learning alone differ from one run ($differ documents)" test "$differ" -gt 0
done

exit $fail
