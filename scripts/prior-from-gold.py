#!/usr/bin/env python3
"""prior-from-gold.py PRIOR GOLD_DIR...: sets the bead-type priors of an alignment prior from gold beads.

The numbers an aligner run learns from its own output (`--model-out`) count its own bead types, and
its mistakes lean one way: where it is unsure it leaves segments unaligned, so a model learned from
its output makes 1-0 and 0-1 beads about 2.5 times as likely as the human alignments of the same
documents do, and the shrinkage passes that on to every short document. The development sets'
gold alignments count the bead types as people made them; this rewrites the priors of every pass
but the first (which stays broad, as Gale & Church's) with those counts, add-one smoothed.
"""
import math, os, re, sys

def main():
    prior, gold_dirs = sys.argv[1], sys.argv[2:]
    lines = open(prior, encoding="utf-8").read().split("\n")
    shapes = next(l.split("\t")[1:] for l in lines if l.startswith("shapes\t"))
    count = {s: 0 for s in shapes}
    for d in gold_dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".gold"):
                continue
            for bead in open(os.path.join(d, name), encoding="utf-8"):
                m = re.match(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]", bead)
                if not m:
                    continue
                shape = "-".join(str(len([x for x in side.split(",") if x.strip()])) for side in m.groups())
                if shape in count:
                    count[shape] += 1
    total = sum(count.values()) + len(shapes)
    logp = [math.log((count[s] + 1) / total) for s in shapes]
    out, passes = [], 0
    for l in lines:
        f = l.split("\t")
        if f[0] == "pass":
            if passes > 0:  # kappa, open_same, open_differ, then one prior per shape
                f[-len(shapes):] = [float.hex(x) for x in logp]
            passes += 1
        out.append("\t".join(f))
    open(prior, "w", encoding="utf-8").write("\n".join(out))
    print(f"{prior}: bead types from gold " + ", ".join(f"{s} {count[s]}" for s in shapes), file=sys.stderr)

if __name__ == "__main__":
    main()
