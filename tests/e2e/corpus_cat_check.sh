#!/bin/bash
# The main job's outputs open in CAT tools: the three TMX files pass every check of
# ../shared/tools/cat-check (DTD, translate-toolkit, OmegaT) and the TBX (and each OmegaT .txt)
# imports as a vi->en and a vi->ko glossary. Skips (77) when ../shared is not there: cat-check is
# not part of songngu.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
cat_check=$(cd "$src/.." && pwd)/shared/tools/cat-check
[[ -x $cat_check ]] || skip "$cat_check not found (it lives outside the repository)"
work=$tmp
(cd "$work" && "$bin" corpus "$src/corpus" --tm tm --glossary glossary --reports reports -q)
status=0
for f in vi-en vi-ko vi-en-ko; do
  if "$cat_check" tmx "$work/tm/$f.tmx" --all >"$work/log" 2>&1; then echo "ok: tm/$f.tmx"
  else echo "FAIL: tm/$f.tmx" >&2; cat "$work/log" >&2; status=1; fi
done
for target in en ko; do
  for f in vi-en-ko.tbx "vi-$target.txt"; do
    if "$cat_check" glossary "$work/glossary/$f" vi "$target" >"$work/log" 2>&1; then
      echo "ok: glossary/$f as vi->$target"
    else echo "FAIL: glossary/$f as vi->$target" >&2; cat "$work/log" >&2; status=1; fi
  done
done
exit $status
