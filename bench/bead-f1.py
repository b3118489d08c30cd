#!/usr/bin/env python3
"""bead-f1.py SRC TGT GOLD PRED: strict F1 of one long document's beads, two ways (python3, stdlib).

Prints "INDEX CONTENT PRED GOLD": INDEX is the strict F1 of `align-score beads` (a predicted bead
with both sides non-empty is right when the gold has the same bead, by sentence numbers); CONTENT
counts a predicted bead as right when a gold bead holds the same sentence texts on both sides
(multiset match). The bench's documents repeat the dev set, so a sentence paired with the same
translation one copy further on is right by content and wrong by number: INDEX alone would blame the
aligner for a choice the text cannot decide. PRED and GOLD: beads with both sides non-empty.
Used by bench/run.sh (align-score needs over a minute for a 1M-bead document; this a few seconds).
"""
import collections
import re
import sys

BEAD = re.compile(r"\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]")


def pairs(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for m in BEAD.finditer(f.read()):
            a = tuple(int(x) for x in m.group(1).split(",") if x.strip())
            b = tuple(int(x) for x in m.group(2).split(",") if x.strip())
            if a and b:
                out.append((a, b))
    return out


def f1(right, predicted, gold):
    p, r = right / max(1, predicted), right / max(1, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    src, tgt = (open(p, encoding="utf-8").read().split("\n") for p in sys.argv[1:3])
    gold, pred = pairs(sys.argv[3]), pairs(sys.argv[4])
    by_index = len(set(gold) & set(pred))
    text = lambda bs: collections.Counter((tuple(src[i] for i in a), tuple(tgt[j] for j in b)) for a, b in bs)
    by_content = sum((text(gold) & text(pred)).values())
    print("%.4f %.4f %d %d" % (f1(by_index, len(pred), len(gold)), f1(by_content, len(pred), len(gold)),
                               len(pred), len(gold)))


if __name__ == "__main__":
    main()
