#!/bin/bash
# Formatting kept as tags (issue 14, item 2): the vi/en HTML, DOCX and ODT fixtures (tests/data/read/
# tags.*, the DOCX and ODT made by LibreOffice) aligned to TMX keep bold on "Hà Nội" and "Hanoi" as
# matched <bpt>/<ept> codes; --tags omegat writes OmegaT's tags as text, --tags none plain text, TSV
# never has tags; -o x.xlf writes the codes as XLIFF 1.2/2.0 codes, valid against the schemas. Each
# TMX is validated against the TMX 1.4 DTD and checked by ../shared/tools/cat-check (TMX 1.4 DTD,
# translate-toolkit, OmegaT) when it is there; OmegaT translating the Vietnamese documents with the
# --tags omegat memory fills every segment (scripts/omegat-fill.py).
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

# XLIFF: the same codes as XLIFF's own, a matched pair sharing its id; valid against the schemas.
schemas=$src/tests/data/schemas/xliff
"$bin" align -s vi -t en "$data/tags.vi.docx" "$data/tags.en.docx" -o "$tmp/docx.xlf" 2>/dev/null
"$bin" align -s vi -t en --xliff-version 2.0 "$data/tags.vi.odt" "$data/tags.en.odt" -o "$tmp/odt.xlf" 2>/dev/null
check "XLIFF 1.2: bold Hà Nội as bpt/ept" grep -q '<bpt id="x1" ctype="bold">&lt;b&gt;</bpt>Hà Nội<ept id="x1">' "$tmp/docx.xlf"
check "XLIFF 1.2: bold Hanoi with the same id" grep -q '<bpt id="x1" ctype="bold">&lt;b&gt;</bpt>Hanoi<ept id="x1">' "$tmp/docx.xlf"
check "XLIFF 2.0: bold Hà Nội as sc/ec" grep -q 'Tôi yêu <sc id="x1" type="fmt" subType="xlf:b" dataRef="d1"/>Hà Nội<ec startRef="x1" dataRef="d2"/>.' "$tmp/odt.xlf"
check "XLIFF 2.0: bold Hanoi with the same id" grep -q 'I love <sc id="x1" type="fmt" subType="xlf:b" dataRef="d1"/>Hanoi<ec startRef="x1" dataRef="d2"/>.' "$tmp/odt.xlf"
"$bin" align -s vi -t en --tags none "$data/tags.vi.html" "$data/tags.en.html" -o "$tmp/none.xlf" 2>/dev/null
check "XLIFF --tags none: no code" bash -c "! grep -q '<bpt' '$tmp/none.xlf'"
check "--tags omegat with XLIFF output is refused, nothing written" bash -c \
  "! '$bin' align -s vi -t en --tags omegat '$data/tags.vi.html' '$data/tags.en.html' -o '$tmp/o.xlf' 2>'$tmp/err' && grep -q 'tags omegat' '$tmp/err' && [[ ! -e '$tmp/o.xlf' ]]"
if command -v xmllint >/dev/null; then
  check "XLIFF 1.2 with codes valid against the strict schema" xmllint --noout --schema "$schemas/xliff-core-1.2-strict.xsd" "$tmp/docx.xlf"
  check "XLIFF 2.0 with codes valid against the core schema" xmllint --noout --schema "$schemas/xliff_core_2.0.xsd" "$tmp/odt.xlf"
  jar=/usr/share/omegat/OmegaT.jar
  if [[ -f $jar ]] && unzip -p "$jar" schemas/tmx14.dtd >"$tmp/tmx14.dtd" 2>/dev/null; then
    for f in html docx odt html-omegat docx-omegat odt-omegat; do
      check "$f.tmx valid against the TMX 1.4 DTD" xmllint --noout --dtdvalid "$tmp/tmx14.dtd" "$tmp/$f.tmx"
    done
  fi
fi

# OmegaT itself translating the Vietnamese documents with the --tags omegat memory (scripts/
# omegat-fill.py): every one of its 7 segments filled with the English document's sentence.
if command -v omegat >/dev/null && command -v python3 >/dev/null; then
  for ext in html docx odt; do
    check "OmegaT fills every segment of tags.vi.$ext" bash -c \
      "python3 '$src/scripts/omegat-fill.py' '$bin' '$data/tags.vi.$ext' '$data/tags.en.$ext' | grep -q 'filled 7 (100.0 %); English segments in the translated document 7 of 7'"
  done
else
  echo "SKIPPED: OmegaT fill (omegat not installed)"
fi

cat_check=$(cd "$src/.." && pwd)/shared/tools/cat-check
if [[ -x $cat_check && ( $(id -u) == 0 || -f /usr/share/omegat/OmegaT.jar ) ]]; then
  for f in html docx odt html-omegat; do
    check "cat-check $f.tmx" "$cat_check" tmx "$tmp/$f.tmx"
  done
else
  echo "SKIPPED: cat-check (../shared/tools/cat-check or OmegaT not there)"
fi
exit $fail
