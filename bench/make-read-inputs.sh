#!/bin/bash
# Makes the inputs of read_bench (issue 14's reading target): OUT/statements.html, about 10 MB, the
# bundled Vietnamese statements (corpus/vi) as headings and paragraphs with some bold and links,
# repeated; then OUT/statements.docx and OUT/statements.odt from it by LibreOffice in headless mode
# (libreoffice-writer-nogui), so that both are written by a real office suite.
#   bench/make-read-inputs.sh OUT [MB]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make-read-inputs.sh OUT [MB]}
mb=${2:-10}
mkdir -p "$out"
python3 - "$src/corpus/vi" "$out/statements.html" "$mb" <<'PY'
import glob, html, sys
folder, path, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
docs = [open(f, encoding="utf-8").read().split("\n") for f in sorted(glob.glob(folder + "/*.txt"))]
parts, size, round_ = ["<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>statements</title></head><body>\n"], 0, 0
while size < mb * 1e6:
    for lines in docs:
        lines = [l for l in lines if l.strip()]
        parts.append(f"<h2>{html.escape(lines[0])} ({round_})</h2>\n")
        for k, line in enumerate(lines[1:]):
            text = html.escape(line)
            if k % 3 == 0:
                words = text.split(" ")
                text = "<b>" + " ".join(words[:3]) + "</b> " + " ".join(words[3:])
            if k % 5 == 0:
                text += ' <a href="https://example.org/">(nguồn)</a>'
            parts.append(f"<p>{text}</p>\n")
        size = sum(len(p.encode()) for p in parts)
    round_ += 1
parts.append("</body></html>\n")
open(path, "w", encoding="utf-8").write("".join(parts))
PY
for fmt in "docx:MS Word 2007 XML" "odt:writer8"; do
  HOME=$out/lohome timeout 1800 soffice --headless --infilter='HTML (StarWriter)' --convert-to "$fmt" \
    --outdir "$out" "$out/statements.html" >/dev/null 2>&1 || echo "make-read-inputs: LibreOffice did not convert to ${fmt%%:*}" >&2
done
ls -l "$out"/statements.*
