#!/bin/bash
# Aligns the LibreOffice help pages behind the dev sets (../shared/data/align, see its
# PROVENANCE.md: modules swriter, scalc, schart, smath, sdatabase ONLY) from their documents, one
# page pair at a time, and scores the pairs with align-score against the dev gold.
#   scripts/eval-lohelp-documents.sh [html|docx|odt] [vi-en|vi-ko]   (defaults: html vi-en)
# Needs libreoffice-help-en-us, -vi, -ko (the HTML pages) and, for docx/odt, libreoffice-writer-nogui
# (the pages converted with `soffice --headless --convert-to`). Only the dev sets' own pages are read.
#
# Boilerplate the gold never had: the gold holds only the help paragraphs that carry an id, so the
# pages' "To access this command..." boxes, notes and icons' text are not in it. A predicted pair is
# left out of the score when NEITHER of its sides occurs in the page's gold text (both sides are
# boilerplate); a pair with one side in the gold is scored, so a boilerplate line glued to a gold
# sentence still counts as wrong. A pair with a side that is not in that side's gold but occurs
# verbatim in the English (en-US) page is an untranslated paragraph, which the gold drops by
# construction (PROVENANCE.md: "Paragraphs left untranslated ... are dropped from that side"); it is
# left out too.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${1:-html}
pair=${2:-vi-en}
tgt=${pair#vi-}
B=${SONGNGU_BINARY:-build/songngu}
HELP=/usr/share/libreoffice/help
gold=../shared/data/align/lohelp-$pair
[ -d "$gold" ] || gold=/work/shared/data/align/lohelp-$pair
score=$(dirname "$gold")/../../tools/align-score
out=${EVAL_DIR:-/tmp/songngu-eval}/$format-$pair
docs=${EVAL_DIR:-/tmp/songngu-eval}/docs-$format  # conversions are kept between runs
rm -rf "$out" && mkdir -p "$out/pred" "$docs"
tgt_dir=$tgt
[ "$tgt" = en ] && tgt_dir=en-US
declare -A page
for g in "$gold"/*.gold; do
  stem=$(basename "$g" .gold)
  module=${stem%%_*}
  case $module in swriter|scalc|schart|smath|sdatabase) ;; *) echo "not a dev module: $stem" >&2; exit 1 ;; esac
  rest=${stem#*_}
  rel=""
  for cand in "$module/${rest%%_*}/${rest#*_}" "$module/$rest"; do
    [ -f "$HELP/vi/text/$cand.html" ] && { rel=$cand; break; }
  done
  [ -n "$rel" ] || { echo "no page for $stem" >&2; continue; }
  page[$stem]=$rel
done
src() { # lang stem -> document path in $format
  local lang=$1 stem=$2 dir=$1
  [ "$lang" = en ] && dir=en-US
  local html=$HELP/$dir/text/${page[$stem]}.html
  if [ "$format" = html ]; then echo "$html"; else echo "$docs/$lang/$stem.$format"; fi
}
if [ "$format" != html ]; then
  for lang in vi "$tgt"; do
    mkdir -p "$docs/$lang/in"
    dir=$lang; [ "$lang" = en ] && dir=en-US
    todo=()
    for stem in "${!page[@]}"; do
      [ -f "$docs/$lang/$stem.$format" ] && continue
      cp "$HELP/$dir/text/${page[$stem]}.html" "$docs/$lang/in/$stem.html"
      todo+=("$docs/$lang/in/$stem.html")
    done
    [ ${#todo[@]} -eq 0 ] && continue
    # HTML opens as a Writer/Web document, which has no DOCX export: name the import and export filters.
    filter=$([ "$format" = docx ] && echo 'docx:MS Word 2007 XML' || echo 'odt:writer8')
    # In runs of 40 pages, then one by one for what a run left out: one soffice run stops quietly
    # at some pages (it converted 247 of the 374 Korean pages and exited), losing the rest.
    convert() {
      HOME=$docs/lohome timeout 3000 soffice --headless --infilter='HTML (StarWriter)' --convert-to "$filter" \
        --outdir "$docs/$lang" "$@" >>"$docs/$lang/convert.log" 2>&1 || true
    }
    for ((k = 0; k < ${#todo[@]}; k += 40)); do convert "${todo[@]:k:40}"; done
    for html in "${todo[@]}"; do
      out_doc=$docs/$lang/$(basename "$html" .html).$format
      [ -f "$out_doc" ] || convert "$html"
      [ -f "$out_doc" ] || echo "not converted by LibreOffice: $html" >&2
    done
  done
fi
for stem in "${!page[@]}"; do
  "$B" align -s vi -t "$tgt" "$(src vi "$stem")" "$(src "$tgt" "$stem")" -o "$out/pred/$stem.raw.tsv" 2>>"$out/align.log" || true
  python3 - "$gold" "$stem" "$tgt" "$out/pred/$stem.raw.tsv" "$out/pred/$stem.tsv" "$HELP/en-US/text/${page[$stem]}.html" <<'PY'
import sys, unicodedata, re, html.parser
gold, stem, tgt, raw, cooked, english_page = sys.argv[1:]
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []
    def handle_data(self, d): self.parts.append(d)
english = Text(); english.feed(open(english_page, encoding="utf-8").read())
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
vi = norm(" ".join(open(f"{gold}/{stem}.vi", encoding="utf-8").read().split("\n")))
tg = norm(" ".join(open(f"{gold}/{stem}.{tgt}", encoding="utf-8").read().split("\n")))
en = norm("".join(english.parts))  # inline elements split text nodes: join them as they were
kept = []
try:
    lines = open(raw, encoding="utf-8").read().splitlines()
except FileNotFoundError:
    lines = []
for line in lines:
    a, _, b = line.partition("\t")
    a, b = norm(a), norm(b)
    in_gold = (a and a in vi) or (b and b in tg)
    # The gold drops paragraphs left untranslated (PROVENANCE.md): a side that is not in its gold but
    # is the English page's own text is one of them.
    untranslated = (a and a not in vi and a in en) or (tgt != "en" and b and b not in tg and b in en)
    if in_gold and not untranslated:
        kept.append(line)
open(cooked, "w", encoding="utf-8").write("".join(l + "\n" for l in kept))
PY
done
echo "== $format $pair: ${#page[@]} page pairs"
python3 "$score" pairs "$gold" "$out/pred" | tee "$out/score.txt"
# OMEGAT_FILL=N (vi-en only): OmegaT 3.6 translating every Nth Vietnamese page (in name order) with
# that page's songngu TMX as its memory (scripts/omegat-fill.py, --tags omegat); the sums over them.
if [ -n "${OMEGAT_FILL:-}" ] && [ "$tgt" = en ]; then
  mapfile -t stems < <(printf '%s\n' "${!page[@]}" | sort)
  for ((k = 0; k < ${#stems[@]}; k += OMEGAT_FILL)); do
    python3 scripts/omegat-fill.py "$B" "$(src vi "${stems[k]}")" "$(src en "${stems[k]}")" || echo "FAILED ${stems[k]}"
  done >"$out/omegat-fill.txt"
  awk '/OmegaT segments/ {
         for (i = 1; i <= NF; i++) {
           if ($i == "segments" && $(i - 1) == "OmegaT") body += $(i + 1)
           if ($i == "TMX") unit += $(i + 1)
           if ($i == "filled") filled += $(i + 1)
           if ($i == "document") { right += $(i + 1); english += $(i + 3) }
         }
         pages++
       }
       /^FAILED/ { failed++ }
       END {
         printf "OmegaT on %d %s pages (%d failed): %d segments, %d with an exact unit in the TMX, %d filled (%.1f %%); English segments in the translated documents %d of %d (%.1f %%)\n",
           pages, FMT, failed, body, unit, filled, 100 * filled / (body ? body : 1), right, english, 100 * right / (english ? english : 1)
       }' FMT="$format" "$out/omegat-fill.txt" | tee -a "$out/score.txt"
fi
