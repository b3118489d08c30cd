#!/bin/bash
# End-to-end test of the CAT tools' bilingual files (tests/data/cat, see its README): `check` on
# XLIFF 1.2, 2.0, SDLXLIFF, MQXLIFF and PO (findings with file, line and unit id; untranslated and
# fuzzy units counted, not checked; bad input exit 2), `tm convert` both ways, `align -o .xlf`
# (XLIFF 1.2 and 2.0 valid against the OASIS schemas, doubtful beads marked for review), an -o
# extension songngu does not write refused, and translate-toolkit reading songngu's XLIFF 1.2 with
# every unit (xliff2po; skipped when translate-toolkit is not installed).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
cd "$src/tests/data" || exit 1
schemas=$src/tests/data/schemas/xliff
status() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
g=check/glossary.csv

check "XLIFF 1.2: findings exit 1" test "$(status "$bin" check --glossary $g cat/planted-1.2.xlf)" = 1
check "XLIFF 1.2: file, line and unit id" grep -qxF 'cat/planted-1.2.xlf:6: unit a1: "Đối tác chiến lược toàn diện" → expected "Comprehensive Strategic Partnership", found none' "$tmp/out"
check "XLIFF 1.2: forbidden term" grep -qF 'cat/planted-1.2.xlf:16: unit a3: "Tổng Bí thư" → forbidden "Secretary General"' "$tmp/out"
check "XLIFF 1.2: numbers" grep -qF 'cat/planted-1.2.xlf:27: unit a6: numbers differ' "$tmp/out"
same "XLIFF 1.2: three findings (tags inside a term do not hide it; fuzzy a5 not checked)" 3 "$(grep -c '^cat/planted-1.2.xlf:' "$tmp/out")"
check "XLIFF 1.2: untranslated and fuzzy counted apart" grep -qxF 'cat/planted-1.2.xlf: 4 unit(s) checked, 1 untranslated and 1 fuzzy not checked' "$tmp/err"

check "XLIFF 2.0: findings exit 1" test "$(status "$bin" check --glossary $g --json cat/planted-2.0.xlf)" = 1
check "XLIFF 2.0: JSON names unit and line" grep -qF '"file": "cat/planted-2.0.xlf", "unit": "u1/s1", "line": 9' "$tmp/out"
same "XLIFF 2.0: three findings" 3 "$(grep -c '"rule"' "$tmp/out")"

check "SDLXLIFF: findings exit 1" test "$(status "$bin" check --glossary $g cat/planted.sdlxliff)" = 1
check "SDLXLIFF: segment of a multi-segment unit" grep -qF 'cat/planted.sdlxliff:12: unit 4c1f0e2a-5b6d-4d4e-9a0e-1e2f3a4b5c6d/2: "Tổng Bí thư" → forbidden' "$tmp/out"
check "SDLXLIFF: Draft is fuzzy" grep -qxF 'cat/planted.sdlxliff: 3 unit(s) checked, 1 untranslated and 1 fuzzy not checked' "$tmp/err"
check "MQXLIFF: findings exit 1" test "$(status "$bin" check --glossary $g cat/planted.mqxliff)" = 1
same "MQXLIFF: three findings" 3 "$(grep -c '^cat/planted.mqxliff:' "$tmp/out")"
check "PO: checked from its Vietnamese side" test "$(status "$bin" check --glossary $g cat/planted-en-vi.po)" = 1
check "PO: entry line" grep -qF 'cat/planted-en-vi.po:21: unit 21: "Tổng Bí thư" → forbidden "Secretary General"' "$tmp/out"
check "PO: plural form" grep -qF 'cat/planted-en-vi.po:33: unit 33[0]: numbers differ' "$tmp/out"
check "PO: -t that the file contradicts is a usage error" test "$(status "$bin" check --glossary $g -t ko cat/planted-en-vi.po)" = 2
check "real PO from msgunfmt: no findings" test "$(status "$bin" check --glossary $g cat/sed-vi.po)" = 0
check "source-only XLIFF 2.1: exit 0" test "$(status "$bin" check --glossary $g cat/source-only-2.1.xlf)" = 0
check "entity declarations: exit 2" test "$(status "$bin" check --glossary $g cat/entities.xlf)" = 2
check "entity declarations: file and line" grep -qF 'cat/entities.xlf:2: the XLIFF file declares a document type or entities' "$tmp/err"
check "broken PO escape: exit 2" test "$(status "$bin" check --glossary $g cat/broken-escape.po)" = 2
check "broken PO escape: file, line, column" grep -qF 'cat/broken-escape.po:5:16: broken escape sequence "\q"' "$tmp/err"

check "tm convert SDLXLIFF -> TMX" test "$(status "$bin" tm convert cat/planted.sdlxliff -o "$tmp/s.tmx")" = 0
check "tm convert says what it left out" grep -qF '1 untranslated segments left out, 1 fuzzy segments written' "$tmp/err"
same "one TMX unit per segment with a target" 4 "$(grep -c '<tu ' "$tmp/s.tmx")"
check "tm convert TMX -> XLIFF 2.0" test "$(status "$bin" tm convert "$tmp/s.tmx" -o "$tmp/s.xlf" --xliff-version 2.0)" = 0
check "tm convert XLIFF 2.0 -> PO" test "$(status "$bin" tm convert "$tmp/s.xlf" -o "$tmp/s.po")" = 0
same "PO has the four units" 4 "$(grep -c '^msgid "..*"' "$tmp/s.po")"
check "tm convert: unknown extension is a usage error" test "$(status "$bin" tm convert cat/planted.sdlxliff -o "$tmp/s.docx")" = 2

# align -o .xlf: a document pair whose middle paragraphs do not match, so that one bead with both
# sides is doubtful ([3,4]:[2], confidence 0.38 today).
printf 'Hai bên làm sâu sắc quan hệ.\n\nHai nước đạt 4.400 tỷ đô la.\n\nBộ Ngoại giao ra thông cáo.\n\nTrời hôm nay đẹp.\n\nMèo ngủ.\n\nNăm 2025 có 12 tháng.\n' >"$tmp/a.vi"
printf 'The two sides deepened relations.\n\nThe two countries reached 4,400 billion dollars.\n\nDogs bark at night in the old town.\n\nThe weather in the capital is nice today, they said at the press conference.\n\nThe year 2025 has 12 months.\n' >"$tmp/a.en"
check "align -o FILE.xlf" test "$(status "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/a.xlf")" = 0
check "XLIFF 1.2 output names the languages" grep -qF 'source-language="vi" target-language="en"' "$tmp/a.xlf"
check "confidence in a note" grep -qE '<note>confidence [01]\.[0-9]{3}</note>' "$tmp/a.xlf"
check "align --xliff-version 2.0" test "$(status "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/a2.xliff" --xliff-version 2.0)" = 0
check "XLIFF 2.0 output" grep -qF 'version="2.0" srcLang="vi" trgLang="en"' "$tmp/a2.xliff"
check "align -o FILE.docx is refused" test "$(status "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/a.docx")" = 2
check "... and writes nothing" test ! -e "$tmp/a.docx"
check "--xliff-version without XLIFF output" test "$(status "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/b.tmx" --xliff-version 2.0)" = 2
check "... nor with tm convert" test "$(status "$bin" tm convert cat/planted.sdlxliff -o "$tmp/b.tmx" --xliff-version 2.0)" = 2
check "unknown --xliff-version" test "$(status "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/b.xlf" --xliff-version 3)" = 2
beads=$("$bin" align -s vi -t en --confidence "$tmp/a.vi" "$tmp/a.en" -o "$tmp/a.beads" && cat "$tmp/a.beads")
doubtful=$(printf '%s\n' "$beads" | awk -F'\t' '$1 !~ /\[\]/ && $NF < 0.5' | wc -l)
check "the pair has a doubtful bead with both sides" test "$doubtful" -gt 0
same "doubtful beads marked needs-review-translation" "$doubtful" "$(grep -c 'state="needs-review-translation"' "$tmp/a.xlf")"
same "doubtful beads marked in 2.0" "$doubtful" "$(grep -c 'subState="songngu:doubtful"' "$tmp/a2.xliff")"

valid() { xmllint --noout --schema "$schemas/$1" "$2" 2>/dev/null; }
if command -v xmllint >/dev/null; then
  check "XLIFF 1.2 valid against the strict schema" valid xliff-core-1.2-strict.xsd "$tmp/a.xlf"
  check "XLIFF 2.0 valid against the core schema" valid xliff_core_2.0.xsd "$tmp/a2.xliff"
  check "tm convert's XLIFF 2.0 valid" valid xliff_core_2.0.xsd "$tmp/s.xlf"
else
  echo "skipped: xmllint (libxml2-utils) not installed"
fi

if command -v xliff2po >/dev/null && /usr/bin/python3 -c 'import translate' 2>/dev/null; then
  units=$(grep -c '<trans-unit' "$tmp/a.xlf")
  check "translate-toolkit reads songngu's XLIFF 1.2" xliff2po --progress=none "$tmp/a.xlf" "$tmp/tt.po"
  # Entries other than the header (msgid "" followed by the wrapped lines of a long msgid counts too).
  same "translate-toolkit keeps every unit" "$units" "$(($(grep -c '^msgid ' "$tmp/tt.po") - 1))"
  same "translate-toolkit takes the doubtful beads as fuzzy" "$doubtful" "$(($(grep -c '^#, fuzzy' "$tmp/tt.po") - 1))"
  check "songngu reads translate-toolkit's PO back" test "$(status "$bin" tm convert "$tmp/tt.po" -o "$tmp/tt.tmx")" = 0
  # Every bundled document pair (corpus/): translate-toolkit reads every unit songngu writes.
  written=0 read=0
  for f in "$src"/corpus/vi/*.txt; do
    for l in en ko; do
      t=$src/corpus/$l/$(basename "$f")
      [[ -f $t ]] || continue
      "$bin" align -s vi -t $l "$f" "$t" -o "$tmp/c.xlf" 2>/dev/null || { echo "FAIL align $f $l"; fail=1; }
      xliff2po --progress=none "$tmp/c.xlf" "$tmp/c.po" >/dev/null 2>&1
      written=$((written + $(grep -c '<trans-unit' "$tmp/c.xlf"))) read=$((read + $(grep -c '^msgid ' "$tmp/c.po") - 1))
    done
  done
  check "the bundled corpus gives units" test "$written" -gt 100
  same "translate-toolkit reads every unit of the bundled corpus's XLIFF" "$written" "$read"
  # The fixture sed-vi.xlf again, made now by po2xliff from the real PO: songngu reads all of it.
  check "po2xliff on the real PO" po2xliff --progress=none cat/sed-vi.po "$tmp/sed.xlf"
  check "songngu reads po2xliff's XLIFF" test "$(status "$bin" tm convert "$tmp/sed.xlf" -o "$tmp/sed.tmx")" = 0
  same "every translated entry of the PO is a unit" 137 "$(grep -c '<tu ' "$tmp/sed.tmx")"
else
  echo "skipped: translate-toolkit (xliff2po) not installed"
fi
exit $fail
