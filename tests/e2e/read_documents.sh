#!/bin/bash
# Documents in (issue 14): HTML, DOCX and ODT made by LibreOffice from one page (tests/data/read)
# align like their text, mixed formats included; --from overrides the extension; plain text is
# never sniffed.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
data=$src/tests/data/read

for pair in "html html" "docx docx" "odt odt" "docx html" "html odt"; do
  set -- $pair
  "$bin" align -s vi -t en "$data/page.vi.$1" "$data/page.en.$2" -o "$tmp/out.tsv" 2>"$tmp/err" || die "align $1 $2: $(cat "$tmp/err")"
  # A bead may join a sentence with its neighbour (the DOCX and ODT have the nav line as text, the
  # aligner may make a 2-2 bead of a heading and the list item after it): the pair must be in one bead.
  check "align $1+$2: heading pair" grep -qP '^[^\t]*Điền ô tự động[^\t]*\t[^\t]*Filling cells automatically' "$tmp/out.tsv"
  check "align $1+$2: list item pair" grep -qP '^[^\t]*Chọn vùng ô cần điền\.[^\t]*\t[^\t]*Select the range of cells to fill\.' "$tmp/out.tsv"
  check "align $1+$2: table cell pair" grep -qx $'Điền xuống dưới\tFill down' "$tmp/out.tsv"
  check "align $1+$2: no script or style text" bash -c "! grep -q 'document.title\|margin' '$tmp/out.tsv'"
done

# Kinds from the blocks, and <br> read as a line break inside its paragraph.
"$bin" segment -l vi --format jsonl "$data/page.vi.html" >"$tmp/seg.jsonl" || die "segment html"
check "segment html: heading kind" grep -q '"kind":"heading","text":"Điền ô tự động"' "$tmp/seg.jsonl"
check "segment html: list item kind" grep -q 'list-item' "$tmp/seg.jsonl"
check "segment html: no nav, footer or hidden text" bash -c "! grep -q 'Trang chủ\|Bản quyền\|ẩn' '$tmp/seg.jsonl'"

# --from: a page saved as .txt is text unless told otherwise.
cp "$data/page.vi.html" "$tmp/page.txt"
"$bin" segment -l vi "$tmp/page.txt" >"$tmp/as-text" || die "segment txt"
check "a .txt page is read as text (tags kept)" grep -q '<h1>' "$tmp/as-text"
"$bin" segment -l vi --from html "$tmp/page.txt" >"$tmp/as-html" || die "segment --from html"
check "--from html reads it as HTML" bash -c "grep -qx 'Điền ô tự động' '$tmp/as-html' && ! grep -q '<h1>' '$tmp/as-html'"
# corpus: documents beside (or instead of) .txt files, paired by name whatever their formats.
mkdir -p "$tmp/corpus/vi" "$tmp/corpus/en"
cp "$data/page.vi.docx" "$tmp/corpus/vi/page.docx"
cp "$data/page.en.html" "$tmp/corpus/en/page.html"
(cd "$tmp" && "$bin" corpus corpus --quiet) 2>"$tmp/corpus.err" || die "corpus of documents: $(cat "$tmp/corpus.err")"
check "corpus: a TMX from a DOCX and an HTML page" grep -q 'Filling cells automatically' "$tmp/tm/vi-en.tmx"
exit $fail
