#!/usr/bin/env python3
"""model-lexicon.py MODEL OUT MIN_P: the word tables of an alignment model (songngu align
--model-out) as a lexicon file (src/align/lexicon_file.h): F/B entries of probability >= MIN_P and
the KS/KT lines, sorted bytewise, under a header with the file's size in bytes."""
import sys

model, out, min_p = sys.argv[1], sys.argv[2], float(sys.argv[3])
lines = []
for line in open(model, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] in ("F", "B") and len(f) == 4 and float.fromhex(f[3]) >= min_p:
        lines.append(line.rstrip("\n"))
    elif f[0] in ("KS", "KT") and len(f) == 2:
        lines.append(line.rstrip("\n"))
lines.sort(key=lambda s: s.encode("utf-8"))
body = "".join(l + "\n" for l in lines).encode("utf-8")
# The header gives the size of the whole file, itself included (a file cut short is refused).
size = len(body)
while True:
    header = ("songngu-align-lexicon\t1\t%d\n" % size).encode("utf-8")
    if len(header) + len(body) == size:
        break
    size = len(header) + len(body)
with open(out, "wb") as o:
    o.write(header + body)
