#!/bin/bash
# TMX files songngu writes open in real CAT tooling: ../shared/tools/cat-check (TMX 1.4 DTD,
# translate-toolkit, an OmegaT project that must apply every unit) on
#   1. a vi-en dev-set document aligned by `songngu align` (LibreOffice help, presegmented),
#   2. a vi-ko dev-set document,
#   3. a trilingual vi/en/ko TMX from the small fixture tests/data/tm/trilingual.* (the dev sets have
#      no Vietnamese page common to en and ko), checked once per target language by cat-check,
#   4. a TMX 1.1 UTF-16 file with lang= rewritten by `songngu tm convert`.
# Skips (77) when cat-check is absent (it lives outside the repository) or cannot install its tools.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
shared=$(cd "$src/.." && pwd)/shared
cat_check=$shared/tools/cat-check
[[ -x $cat_check ]] || skip "$cat_check not found"
[[ $(id -u) == 0 || -f /usr/share/omegat/OmegaT.jar ]] ||
  skip "OmegaT is not installed and cat-check can only install it as root"
dev=$shared/data/align
[[ -d $dev/lohelp-vi-en && -d $dev/lohelp-vi-ko ]] || skip "dev sets not found under $dev"
work=$tmp
export SOURCE_DATE_EPOCH=1700000000
data=$src/tests/data/tm

en_stem=$dev/lohelp-vi-en/swriter_01_02140000
[[ -f $en_stem.vi ]] || en_stem=$(ls "$dev"/lohelp-vi-en/*.gold | head -1 | sed 's/\.gold$//')
ko_stem=$dev/lohelp-vi-ko/scalc_01_04060118
[[ -f $ko_stem.vi ]] || ko_stem=$(ls "$dev"/lohelp-vi-ko/*.gold | head -1 | sed 's/\.gold$//')

"$bin" align -s vi -t en --presegmented --confidence "$en_stem.vi" "$en_stem.en" -o "$work/vi-en.tmx"
"$bin" align -s vi -t ko --presegmented --confidence "$ko_stem.vi" "$ko_stem.ko" -o "$work/vi-ko.tmx"
"$bin" align -s vi -t en,ko --presegmented --confidence "$data/trilingual.vi" "$data/trilingual.en" \
  "$data/trilingual.ko" -o "$work/vi-en-ko.tmx"
"$bin" tm convert "$data/utf16le_bom.tmx" -o "$work/converted-tmx11.tmx" 2>/dev/null

# The trilingual file must really hold units with all three languages.
grep -q 'x-bead">1-1-1<' "$work/vi-en-ko.tmx" || { echo "FAIL: no vi/en/ko unit in vi-en-ko.tmx" >&2; exit 1; }

status=0
for f in vi-en vi-ko vi-en-ko converted-tmx11; do
  if "$cat_check" tmx "$work/$f.tmx" --all >"$work/log" 2>&1; then
    echo "ok: $f.tmx"
    sed 's/^/    /' "$work/log"
  else
    echo "FAIL: $f.tmx" >&2
    cat "$work/log" >&2
    status=1
  fi
done
exit $status
