#!/bin/bash
# Formatting kept as tags (issue 14, item 2): the vi/en HTML, DOCX and ODT fixtures (tests/data/read/
# tags.*, the DOCX and ODT made by LibreOffice) aligned to TMX keep bold on "Hà Nội" and "Hanoi" as
# matched <bpt>/<ept> codes; --tags omegat writes OmegaT's tags as text, --tags none plain text, TSV
# never has tags. Each TMX with tags is checked by ../shared/tools/cat-check (TMX 1.4 DTD,
# translate-toolkit, OmegaT) when it is there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
data=$src/tests/data/read
export SOURCE_DATE_EPOCH=1700000000
for ext in html docx odt; do
  "$bin" align -s vi -t en "$data/tags.vi.$ext" "$data/tags.en.$ext" -o "$tmp/$ext.tmx" 2>/dev/null
  check "$ext: bold Hà Nội as a paired code" grep -q '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Hà Nội<ept i="1">' "$tmp/$ext.tmx"
  check "$ext: bold Hanoi with the same x" grep -q '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Hanoi<ept i="1">' "$tmp/$ext.tmx"
  "$bin" align -s vi -t en --tags none "$data/tags.vi.$ext" "$data/tags.en.$ext" -o "$tmp/$ext-none.tmx" 2>/dev/null
  check "$ext: --tags none has no code" bash -c "! grep -q '<bpt' '$tmp/$ext-none.tmx'"
  check "$ext: --tags none keeps the text" grep -q '<seg>Tôi yêu Hà Nội.</seg>' "$tmp/$ext-none.tmx"
  "$bin" align -s vi -t en "$data/tags.vi.$ext" "$data/tags.en.$ext" -o "$tmp/$ext.tsv" 2>/dev/null
  check "$ext: TSV is plain text" bash -c "! grep -q '[<&]' '$tmp/$ext.tsv'"
  "$bin" align -s vi -t en --tags omegat "$data/tags.vi.$ext" "$data/tags.en.$ext" -o "$tmp/$ext-omegat.tmx" 2>/dev/null
done
check "html: OmegaT tags" grep -q '<seg>Tôi yêu &lt;b0&gt;Hà Nội&lt;/b0&gt;.</seg>' "$tmp/html-omegat.tmx"
check "html: OmegaT tags on the English side" grep -q '<seg>I love &lt;b0&gt;Hanoi&lt;/b0&gt;.</seg>' "$tmp/html-omegat.tmx"
check "odt: OmegaT span tags" grep -q '<seg>Tôi yêu &lt;f0&gt;Hà Nội&lt;/f0&gt;.</seg>' "$tmp/odt-omegat.tmx"
check "docx: OmegaT boundary tags" grep -q '<seg>Tôi yêu &lt;t0/&gt;Hà Nội&lt;t1/&gt;.</seg>' "$tmp/docx-omegat.tmx"
check "unknown tag style is refused" bash -c "! '$bin' align -s vi -t en --tags xml '$data/tags.vi.html' '$data/tags.en.html' -o '$tmp/x.tmx' 2>/dev/null"

cat_check=$(cd "$src/.." && pwd)/shared/tools/cat-check
if [[ -x $cat_check && ( $(id -u) == 0 || -f /usr/share/omegat/OmegaT.jar ) ]]; then
  for f in html docx odt html-omegat; do
    check "cat-check $f.tmx" "$cat_check" tmx "$tmp/$f.tmx"
  done
else
  echo "SKIPPED: cat-check (../shared/tools/cat-check or OmegaT not there)"
fi
exit $fail
