#!/usr/bin/env python3
"""Inputs and conversions for scripts/eval-align.sh (python3, standard library only).

  align-cases.py naive SET OUT TGT
      For hunalign end to end: splits SET/STEM.raw.vi and STEM.raw.TGT with a naive full-stop
      splitter (a sentence ends after . ! ? followed by white space, and at every paragraph
      break) into OUT/STEM.vi and OUT/STEM.TGT, one sentence a line; links STEM.gold beside them.
  align-cases.py beads-tsv SPLIT BEADS OUT TGT
      Turns the bead files BEADS/STEM.beads, whose indexes point into SPLIT/STEM.vi and
      SPLIT/STEM.TGT, into OUT/STEM.tsv (vietnamese<TAB>target, a bead's sentences joined by a
      space), the input of `align-score pairs`.
  align-cases.py title-intro SET OUT TGT
      A title and an introduction that only the translation has. The documents of SET are taken
      in name order (0 .. n-1); document i gets, before the first line of its STEM.TGT, the first
      k lines of the STEM.TGT of document (i + n//2) mod n, where k = 2 + i % 2 (two or three
      lines: that page's title, then one or two lines of its introduction). STEM.vi is unchanged;
      STEM.gold gains k 0-1 beads at the top ([]:[0] ... []:[k-1]) and every target index of the
      original gold moves down by k. A donor with fewer lines gives what it has.
      Prints how many lines were added in all.
"""
import glob
import os
import re
import sys


def stems(folder):
    return sorted(os.path.basename(g)[:-5] for g in glob.glob(os.path.join(folder, "*.gold")))


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def write_lines(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(row + "\n" for row in rows))


BEAD = re.compile(r"\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]")


def parse_bead(line):
    m = BEAD.match(line.strip())
    if not m:
        return None
    side = lambda s: [int(x) for x in s.split(",") if x.strip()]
    return side(m.group(1)), side(m.group(2))


def naive(data, out, tgt):
    os.makedirs(out, exist_ok=True)
    for stem in stems(data):
        os.symlink(os.path.join(data, stem + ".gold"), os.path.join(out, stem + ".gold"))
        for lang in ("vi", tgt):
            with open(os.path.join(data, stem + ".raw." + lang), encoding="utf-8") as f:
                text = f.read()
            sents = []
            for para in re.split(r"\n\s*\n", text):
                para = " ".join(para.split())
                sents += [s for s in re.split(r"(?<=[.!?])\s+", para) if s]
            write_lines(os.path.join(out, stem + "." + lang), sents)


def beads_tsv(split, beads, out, tgt):
    os.makedirs(out, exist_ok=True)
    for stem in stems(split):
        src = lines(os.path.join(split, stem + ".vi"))
        trg = lines(os.path.join(split, stem + "." + tgt))
        rows = []
        for line in lines(os.path.join(beads, stem + ".beads")):
            bead = parse_bead(line)
            if bead:
                s, t = bead
                rows.append(" ".join(src[i] for i in s) + "\t" + " ".join(trg[j] for j in t))
        write_lines(os.path.join(out, stem + ".tsv"), rows)


def title_intro(data, out, tgt):
    os.makedirs(out, exist_ok=True)
    names = stems(data)
    n, added = len(names), 0
    for i, stem in enumerate(names):
        donor = lines(os.path.join(data, names[(i + n // 2) % n] + "." + tgt))
        extra = donor[: 2 + i % 2]
        k = len(extra)
        added += k
        os.symlink(os.path.join(data, stem + ".vi"), os.path.join(out, stem + ".vi"))
        write_lines(os.path.join(out, stem + "." + tgt), extra + lines(os.path.join(data, stem + "." + tgt)))
        gold = ["[]:[%d]" % j for j in range(k)]
        for line in lines(os.path.join(data, stem + ".gold")):
            bead = parse_bead(line)
            if bead:
                s, t = bead
                gold.append("[%s]:[%s]" % (",".join(map(str, s)), ",".join(str(j + k) for j in t)))
        write_lines(os.path.join(out, stem + ".gold"), gold)
    print(added)


def main():
    commands = {"naive": (naive, 3), "beads-tsv": (beads_tsv, 4), "title-intro": (title_intro, 3)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != commands[sys.argv[1]][1] + 2:
        sys.exit(__doc__)
    fn, _ = commands[sys.argv[1]]
    fn(*sys.argv[2:])


if __name__ == "__main__":
    main()
