#!/bin/bash
# The glossaries songngu writes import into real CAT tooling: ../shared/tools/cat-check validates a
# TBX against OmegaT's tbx.xsd, loads it with translate-toolkit and with OmegaT's own TBX and TSV
# glossary readers, for vi->en and vi->ko. Skipped (77) when cat-check is not there.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
cat_check=$src/../shared/tools/cat-check
[[ -x $cat_check ]] || skip "cat-check not found at $cat_check"
in=("$src/tests/data/glossary/small-vi-en.tsv" "$src/tests/data/glossary/small-vi-ko.tsv")
"$bin" glossary extract -s vi -t en,ko "${in[@]}" -o "$tmp/glossary.tbx" || fail=1
"$bin" glossary extract -s vi -t en "${in[0]}" -o "$tmp/glossary-vi-en.txt" || fail=1
"$bin" glossary extract -s vi -t ko "${in[1]}" -o "$tmp/glossary-vi-ko.txt" || fail=1
for run in "glossary.tbx vi en" "glossary.tbx vi ko" "glossary-vi-en.txt vi en" "glossary-vi-ko.txt vi ko"; do
  set -- $run
  echo "== cat-check glossary $1 $2 $3"
  "$cat_check" glossary "$tmp/$1" "$2" "$3" || fail=1
done
exit $fail
