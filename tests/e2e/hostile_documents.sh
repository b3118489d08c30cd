#!/bin/bash
# Hostile document input (issue 14): a DOCX that is not a zip, an encrypted (OLE) document, a zip
# bomb, an ODT that is really a DOCX, broken XML, an unknown --from. Each is a clear error naming
# the file, exit 1 (2 for usage), and an existing output is left untouched.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/hostile.bash"
need_source
data=$src/tests/data/read
out=$tmp/out.tsv

printf 'Hai bên nhất trí tăng cường hợp tác.\n' >"$tmp/plain.docx"
expect_error "align: a text file named .docx" 'plain\.docx.*not a DOCX' "$out" -- "$bin" align -s vi -t en "$tmp/plain.docx" "$data/page.en.docx" -o "$out"
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' >"$tmp/locked.docx"; head -c 4096 /dev/zero >>"$tmp/locked.docx"
expect_error "align: encrypted (OLE) DOCX" 'locked\.docx.*password' "$out" -- "$bin" align -s vi -t en "$tmp/locked.docx" "$data/page.en.docx" -o "$out"
cp "$data/page.vi.docx" "$tmp/lying.odt"
expect_error "align: a DOCX named .odt" 'lying\.odt.*Word' "$out" -- "$bin" align -s vi -t en "$tmp/lying.odt" "$data/page.en.odt" -o "$out"
cp "$data/page.vi.odt" "$tmp/lying.html"
expect_error "segment: a zip named .html" 'lying\.html' - -- "$bin" segment -l vi "$tmp/lying.html"
expect_error "align: unknown --from" 'pdf' "$out" -- "$bin" align -s vi -t en --from pdf "$data/page.vi.docx" "$data/page.en.docx" -o "$out"

# A zip bomb: word/document.xml inflates to 600 MB of spaces (about 600 kB compressed).
python3 - "$tmp/bomb.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        chunk = b" " * (1 << 20)
        for _ in range(600):
            f.write(chunk)
PY
expect_error "align: zip bomb" 'bomb\.docx.*(limit|bomb)' "$out" -- "$bin" align -s vi -t en "$tmp/bomb.docx" "$data/page.en.docx" -o "$out"

# Broken XML inside a real zip, with the part named.
python3 - "$tmp/broken.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("word/document.xml", "<w:document><w:body><w:p><w:t>x</w:p></w:body>")
PY
expect_error "align: broken document.xml" 'broken\.docx.*word/document\.xml' "$out" -- "$bin" align -s vi -t en "$tmp/broken.docx" "$data/page.en.docx" -o "$out"
finish
