#!/bin/bash
# The main job as a new user meets it: `songngu corpus corpus` builds tm/, glossary/ and the review
# page. Checks that all outputs exist, that two runs give the same bytes, that the committed tm/ and
# glossary/ are exactly what the command builds, and the end-to-end alignment accuracy against the
# hand-checked gold beads in corpus/gold (strict F1 >= 0.95 per language pair).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
work=$tmp
unset SOURCE_DATE_EPOCH  # `make run` does not set it: the dates come from the corpus

run_job() {  # $1: output root
  (cd "$work" && "$bin" corpus "$src/corpus" --tm "$1/tm" --glossary "$1/glossary" --reports "$1/reports" -q) \
    || die "songngu corpus exited with status $?"
}
run_job "$work/a"
outputs=(tm/vi-en.tmx tm/vi-ko.tmx tm/vi-en-ko.tmx glossary/vi-en-ko.tbx glossary/vi-en.txt
         glossary/vi-ko.txt glossary/vi-en-ko.csv reports/review.html)
for f in "${outputs[@]}"; do
  [[ -s $work/a/$f ]] || die "$f missing or empty"
done
[[ -z $(ls -A "$work") || $(ls -A "$work") == a ]] || die "the job wrote outside the folders it was given: $(ls -A "$work")"

# Determinism: a second run gives the same bytes for every output.
run_job "$work/b"
diff -r "$work/a" "$work/b" >/dev/null || { diff -r "$work/a" "$work/b" | head -20 >&2; die "two runs differ"; }
echo "ok: two runs give identical outputs (${#outputs[@]} files + bead lists)"

# The committed outputs are what the job builds.
if ! compgen -G "$src/tm/*.tmx" >/dev/null; then
  echo "SKIPPED comparison with the repository: tm/ holds no .tmx yet (commit the output of make run)"
else
  for f in tm/vi-en.tmx tm/vi-ko.tmx tm/vi-en-ko.tmx glossary/vi-en-ko.tbx glossary/vi-en.txt glossary/vi-ko.txt \
           glossary/vi-en-ko.csv; do
    cmp -s "$src/$f" "$work/a/$f" || die "$f in the repository differs from what songngu corpus builds now (run make run and commit tm/ and glossary/)"
  done
  echo "ok: committed tm/ and glossary/ equal a fresh build"
fi

# Accuracy against the gold beads, on the segmentation the gold was annotated on.
shopt -s nullglob
golds=("$src"/corpus/gold/*.beads)
(( ${#golds[@]} )) || die "no gold beads in corpus/gold"
for lang in vi en ko; do
  for seg in "$src"/corpus/gold/*."$lang".segments; do
    stem=$(basename "$seg" ."$lang".segments)
    "$bin" segment --lang "$lang" "$src/corpus/$lang/$stem.txt" | grep -v '^$' >"$work/now.txt"
    grep -v '^$' "$seg" >"$work/gold.txt" || true
    cmp -s "$work/now.txt" "$work/gold.txt" || {
      diff "$work/gold.txt" "$work/now.txt" | head -10 >&2
      die "segmentation of corpus/$lang/$stem.txt changed since the gold was annotated: re-check corpus/gold/$stem.*.beads against the new segments and update corpus/gold/$stem.$lang.segments"
    }
  done
done
python3 "$src/tests/e2e/bead_f1.py" --gold "$src/corpus/gold" --test "$work/a/reports/beads" --min-f1 0.95 \
  | tee "$work/f1.txt"
