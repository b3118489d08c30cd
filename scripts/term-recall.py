#!/usr/bin/env python3
"""term-recall.py GLOSSARY.csv GOLD.tsv LANG DIR: recall of a glossary against a term gold (evaluation only).

The gold's Vietnamese terms (GOLD.tsv: vi<TAB>translation..., ../shared/data/terms) that occur at least
3 times in the Vietnamese text of DIR (the .vi file of every DIR/*.gold page, NFC, lower case, spaces
folded; counted as whole words: no letter or digit on either side), and of those, how many have a
row in GLOSSARY.csv (songngu's CSV) whose translations ("|"-separated) include one the gold gives,
compared as ../shared/tools/term-score compares them (case, spacing runs, trailing ".:" ignored; in
English the plural of the last word folded). Prints: recall R RIGHT TERMS rows N.
The gold is for measuring only: never read it into the extractor.
"""
import csv, glob, re, sys, unicodedata

if len(sys.argv) != 5:
    sys.exit(__doc__)
path, gold_path, lang, folder = sys.argv[1:]
norm0 = lambda t: " ".join(unicodedata.normalize("NFC", t).lower().split()).strip(" .:")
norm = lambda t: re.sub(r"(?<=[a-z]{3})(e?s)$", "", norm0(t)) if lang == "en" else norm0(t)
gold = {}
for line in open(gold_path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 2:
        gold.setdefault(norm0(f[0]), set()).add(norm(f[1]))
text = ""
for page in sorted(glob.glob(folder + "/*.gold")):
    with open(page[: -len(".gold")] + ".vi", encoding="utf-8") as f:
        text += " ".join(unicodedata.normalize("NFC", f.read()).lower().split()) + "\n"
frequent = {k for k in gold if k and len(re.findall(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)) >= 3}
rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
head = [h.strip().lower() for h in rows[0]]
vi = next(i for i, h in enumerate(head) if h.startswith("vi"))
tg = next(i for i, h in enumerate(head) if h.startswith(lang))
found = set()
for r in rows[1:]:
    if max(vi, tg) >= len(r) or not r[tg].strip():
        continue
    k = norm0(r[vi])
    if k in frequent and any(norm(t) in gold[k] for t in r[tg].split("|")):
        found.add(k)
print("recall %.3f %d %d rows %d" % (len(found) / max(1, len(frequent)), len(found), len(frequent), len(rows) - 1))
