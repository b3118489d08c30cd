#!/usr/bin/env python3
"""Strict bead F1 of a folder of bead lists against the gold folder (used by main_job.sh).

A bead line is "[0,1]:[2]" (vecalign style; spaces allowed). A test bead is correct when the gold
has exactly the same bead (same segments on both sides); beads empty on both sides are ignored.
Precision and recall are pooled over all documents of a language pair, as vecalign's score.py does.
Prints one line per pair and exits 1 when a pair is below --min-f1 or a gold file has no test file.
"""
import argparse
import pathlib
import sys


def read_beads(path):
    beads = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            left, right = line.split(":")
            side = lambda s: tuple(int(x) for x in s.strip().strip("[]").split(",") if x.strip())
            bead = (side(left), side(right))
        except ValueError:
            sys.exit(f"{path}:{n}: not a bead: {line}")
        if bead != ((), ()):
            beads.add(bead)
    return beads


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True, type=pathlib.Path)
    ap.add_argument("--test", required=True, type=pathlib.Path)
    ap.add_argument("--min-f1", type=float, default=0.0)
    args = ap.parse_args()
    pairs = {}
    for gold in sorted(args.gold.glob("*.beads")):
        stem, pair = gold.name[: -len(".beads")].rsplit(".", 1)
        test = args.test / gold.name
        if not test.exists():
            sys.exit(f"no test beads for {gold.name} in {args.test}")
        g, t = read_beads(gold), read_beads(test)
        tp, ng, nt = pairs.get(pair, (0, 0, 0))
        pairs[pair] = (tp + len(g & t), ng + len(g), nt + len(t))
        print(f"  {pair} {stem}: {len(g & t)}/{len(g)} gold beads found, {len(t)} proposed")
    ok = True
    for pair, (tp, ng, nt) in sorted(pairs.items()):
        p = tp / nt if nt else 0.0
        r = tp / ng if ng else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        verdict = "ok" if f1 >= args.min_f1 else f"FAIL (below {args.min_f1})"
        print(f"{pair}: strict precision {p:.3f} recall {r:.3f} F1 {f1:.3f} over {ng} gold beads {verdict}")
        ok = ok and f1 >= args.min_f1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
