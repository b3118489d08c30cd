#!/usr/bin/env python3
"""Reliability table of songngu's bead confidences against a gold alignment.

Usage: align-reliability.py GOLD_SET PRED_DIR
  GOLD_SET  a dev-set folder with STEM.gold files (vecalign-style beads)
  PRED_DIR  a folder with STEM.tsv files written by `songngu align --batch --format beads-confidence`
            i.e. lines "[0]:[0]<TAB>0.997" (bead, confidence)
Prints a Markdown table: confidence bin, beads, share right (exact match with a gold bead), and
the accuracy of beads with confidence >= 0.9.
"""
import glob, os, sys

def beads(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(line.split("\t"))
    return out

def norm(b):
    return b.replace(" ", "")

def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    bins = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]
    n = [0] * (len(bins) - 1); right = [0] * (len(bins) - 1)
    for g in sorted(glob.glob(os.path.join(gold_dir, "*.gold"))):
        stem = os.path.basename(g)[:-5]
        p = os.path.join(pred_dir, stem + ".beads")
        if not os.path.exists(p):
            continue
        gold = {norm(x[0]) for x in beads(g)}
        for row in beads(p):
            if len(row) < 2:
                continue
            c = float(row[1]); ok = norm(row[0]) in gold
            for k in range(len(bins) - 1):
                if bins[k] <= c < bins[k + 1]:
                    n[k] += 1; right[k] += ok
    print("| confidence | beads | right |")
    print("|---|---|---|")
    for k in range(len(n)):
        hi = min(bins[k + 1], 1.0)
        acc = "%.3f" % (right[k] / n[k]) if n[k] else "–"
        print("| %.2f–%.2f | %d | %s |" % (bins[k], hi, n[k], acc))
    hn = sum(n[4:]); hr = sum(right[4:])
    print("| **≥ 0.90** | %d | **%s** |" % (hn, "%.3f" % (hr / hn) if hn else "–"))

if __name__ == "__main__":
    main()
