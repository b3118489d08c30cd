#!/bin/bash
# Hostile text input (issue 7): invalid UTF-8, UTF-16 without BOM, NUL bytes, empty files, one side
# empty, mismatched documents. Each must fail with a clear message (or, for mismatched documents,
# align with a warning), never crash or hang, and never touch an existing output file.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/hostile.bash"

printf 'Hai bên nhất trí tăng cường hợp tác.\nThủ tướng cảm ơn nước chủ nhà.\n' >"$tmp/good.vi"
printf 'The two sides agreed to strengthen cooperation.\nThe Prime Minister thanked the host country.\n' >"$tmp/good.en"
out=$tmp/out.tsv

# Invalid UTF-8: a lone continuation byte and a truncated sequence, in a file and on stdin.
printf 'Hai bên nhất trí.\nThủ tư\xe1\xbb ớng \x80 cảm ơn.\n' >"$tmp/bad.vi"
expect_error "align: invalid UTF-8" 'bad.vi:2:[0-9]+: invalid UTF-8' "$out" -- "$bin" align -s vi -t en "$tmp/bad.vi" "$tmp/good.en" -o "$out"
expect_error "align --presegmented: invalid UTF-8" 'UTF-8' "$out" -- "$bin" align -s vi -t en --presegmented "$tmp/bad.vi" "$tmp/good.en" -o "$out"
expect_error "segment: invalid UTF-8 on stdin" 'UTF-8' - -- bash -c "\"$bin\" segment -l vi - <\"$tmp/bad.vi\""
# Overlong encoding and an encoded surrogate are invalid UTF-8 too.
printf 'A \xc0\xaf B.\n' >"$tmp/overlong.en"
expect_error "align: overlong UTF-8" 'UTF-8' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/overlong.en" -o "$out"
printf 'A \xed\xa0\x80 B.\n' >"$tmp/surrogate.en"
expect_error "align: UTF-8 surrogate" 'UTF-8' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/surrogate.en" -o "$out"

# UTF-16 without a byte order mark: the message should say so (and suggest --encoding).
iconv -f UTF-8 -t UTF-16LE "$tmp/good.vi" >"$tmp/u16.vi"
expect_error "align: UTF-16LE without BOM" 'UTF-16' "$out" -- "$bin" align -s vi -t en "$tmp/u16.vi" "$tmp/good.en" -o "$out"
iconv -f UTF-8 -t UTF-16BE "$tmp/good.en" >"$tmp/u16.en"
expect_error "align: UTF-16BE without BOM" 'UTF-16' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/u16.en" -o "$out"
expect_error "segment: UTF-16LE without BOM" 'UTF-16' - -- "$bin" segment -l vi "$tmp/u16.vi"

# NUL bytes in otherwise fine text.
printf 'The two sides agreed.\n\0\0\0The Prime Minister thanked the host.\n' >"$tmp/nul.en"
expect_error "align: NUL bytes" 'NUL|binary' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/nul.en" -o "$out"
expect_error "segment: NUL bytes" 'NUL|binary' - -- "$bin" segment -l en "$tmp/nul.en"
# A real binary file (random bytes).
head -c 65536 /dev/urandom >"$tmp/random.vi"
expect_error "align: random bytes" 'NUL|binary|UTF|encoding' "$out" -- "$bin" align -s vi -t en "$tmp/random.vi" "$tmp/good.en" -o "$out"

# Empty files, both sides and one side; a BOM-only file counts as empty.
: >"$tmp/empty.vi"; : >"$tmp/empty.en"; printf '\xef\xbb\xbf' >"$tmp/bom.en"
expect_error "align: both files empty" 'empty' "$out" -- "$bin" align -s vi -t en "$tmp/empty.vi" "$tmp/empty.en" -o "$out"
expect_error "align: translation empty" 'empty' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/empty.en" -o "$out"
expect_error "align: source empty" 'empty' "$out" -- "$bin" align -s vi -t en "$tmp/empty.vi" "$tmp/good.en" -o "$out"
expect_error "align: BOM-only translation" 'empty' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/bom.en" -o "$out"
expect_error "segment: empty file" 'empty' - -- "$bin" segment -l vi "$tmp/empty.vi"
expect_error "align: missing file" 'no such|not found|cannot|missing|exist' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/nonexistent.en" -o "$out"
expect_error "align: a folder as input" 'folder|directory' "$out" -- "$bin" align -s vi -t en "$tmp/good.vi" "$tmp" -o "$out"
# Only white space: read fine, no segments: aligning must refuse or warn, never crash.
printf '  \n\n\t\n' >"$tmp/blank.en"
expect_ok_or_error "align: whitespace-only translation" "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/blank.en" -o "$tmp/blank.tsv"

# Mismatched documents: an unrelated English text 15 times longer than the Vietnamese one. songngu
# aligns anyway and must say that the files do not look like translations of each other.
for i in $(seq 1 15); do printf 'Line %d of an unrelated manual about printers.\nPress the button to start.\n' "$i"; done >"$tmp/other.en"
if expect_ok_or_error "align: mismatched documents" "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/other.en" -o "$tmp/mismatch.tsv"; then
  if grep -qiE 'translations of each other|segments' "$tmp/stderr"; then ok "mismatched documents: warned"; else bad "mismatched documents: no warning"; fi
fi
# Wrong language: Korean given as English must be warned about.
printf '양측은 협력을 강화하기로 합의했다.\n총리는 주최국에 감사를 표했다.\n' >"$tmp/korean.en"
if expect_ok_or_error "align: Korean text given as English" "$bin" align -s vi -t en "$tmp/good.vi" "$tmp/korean.en" -o "$tmp/wrong.tsv"; then
  if grep -qiE 'Hangul|script' "$tmp/stderr"; then ok "wrong script: warned"; else bad "wrong script: no warning"; fi
fi

# Batch mode: one bad document among good ones fails the run with the bad file's name, and the
# output folder's existing files stay as they were.
mkdir -p "$tmp/batch" "$tmp/batch-out"
cp "$tmp/good.vi" "$tmp/batch/a.vi"; cp "$tmp/good.en" "$tmp/batch/a.en"
cp "$tmp/bad.vi" "$tmp/batch/b.vi"; cp "$tmp/good.en" "$tmp/batch/b.en"
expect_error "align --batch: one invalid document" 'b\.vi' "$tmp/batch-out/b.tsv" -- "$bin" align -s vi -t en --batch "$tmp/batch" -o "$tmp/batch-out" -j 2
expect_error "align --batch: empty folder" 'no |empty|pair' - -- "$bin" align -s vi -t en --batch "$tmp/empty-dir-$$" -o "$tmp/batch-out"
mkdir -p "$tmp/nothing"
expect_error "align --batch: folder without pairs" 'no |pair' - -- "$bin" align -s vi -t en --batch "$tmp/nothing" -o "$tmp/batch-out"
finish
