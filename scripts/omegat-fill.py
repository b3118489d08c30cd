#!/usr/bin/python3
"""How much of a Vietnamese document OmegaT fills from songngu's memory (issue 14, item 2).

  scripts/omegat-fill.py SONGNGU VI_DOC EN_DOC [--tags omegat|tmx|none]

1. `songngu align -s vi -t en --tags STYLE VI_DOC EN_DOC -o mem.tmx` (default --tags omegat);
2. a throwaway OmegaT project (vi -> en, sentence-segmented, tags kept) with VI_DOC in source/ and
   mem.tmx in tm/auto/, as ../shared/tools/cat-check makes one;
3. OmegaT's own segments of VI_DOC (console-createpseudotranslatetmx), then console-translate.
Prints, for the document: OmegaT's segments, how many have a unit in mem.tmx with exactly their
source text (tags included; what OmegaT needs to auto-fill from tm/auto), how many of those OmegaT
filled (the unit's target is in the translated document), and how many of the English document's
segments (songngu segment) the translated document holds, i.e. filled with the right translation.
OmegaT segments that are not body text (attribute values such as href=, lang=) are counted apart.
Needs omegat (Debian); runs in a temporary folder; exits 2 on bad usage.
"""
import html, os, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET
from collections import Counter

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir><source_lang>vi</source_lang><target_lang>en</target_lang>
<source_tok>org.omegat.tokenizer.LuceneStandardTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneStandardTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags></project></omegat>
"""
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units(path):
    out = []
    for tu in ET.parse(path).getroot().iter("tu"):
        seg = {}
        for tuv in tu.findall("tuv"):
            seg[(tuv.get(XML_LANG) or tuv.get("lang")).split("-")[0].lower()] = "".join(tuv.find("seg").itertext())
        out.append(seg)
    return out


def plain(s):
    return re.sub(r"\s+", " ", re.sub(r"</?[a-z]+[0-9]+/?>", "", s)).strip()


def segments(songngu, path, lang):
    r = subprocess.run([songngu, "segment", "-l", lang, path], capture_output=True, text=True, check=True)
    return [l.strip() for l in r.stdout.splitlines() if l.strip()]


def omegat(mode, proj, cfg, *extra):
    subprocess.run(["omegat", "--mode=" + mode, "--config-dir=" + cfg, "--disable-project-locking",
                    "--no-team", "--quiet", *extra, proj], capture_output=True, text=True, timeout=600, check=True)


def main():
    args = sys.argv[1:]
    tags = "omegat"
    if "--tags" in args:
        i = args.index("--tags")
        tags = args[i + 1] if i + 1 < len(args) else ""
        del args[i:i + 2]
    if len(args) != 3 or tags not in ("omegat", "tmx", "none"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    songngu, vi, en = args
    tmp = tempfile.mkdtemp(prefix="omegat-fill-")
    try:
        mem = os.path.join(tmp, "mem.tmx")
        subprocess.run([songngu, "align", "-s", "vi", "-t", "en", "--tags", tags, vi, en, "-o", mem],
                       check=True, capture_output=True)
        proj = os.path.join(tmp, "project")
        for d in ("source", "target", "tm/auto", "glossary", "omegat", "dictionary"):
            os.makedirs(os.path.join(proj, d))
        with open(os.path.join(proj, "omegat.project"), "w", encoding="utf-8") as f:
            f.write(PROJECT)
        shutil.copy(vi, os.path.join(proj, "source"))
        shutil.copy(mem, os.path.join(proj, "tm", "auto", "mem.tmx"))
        cfg = os.path.join(tmp, "cfg")
        pseudo = os.path.join(tmp, "pseudo.tmx")
        omegat("console-createpseudotranslatetmx", proj, cfg, "--pseudotranslatetmx=" + pseudo,
               "--pseudotranslatetype=equal")
        omegat("console-translate", proj, cfg)
        memory = {u["vi"]: u["en"] for u in units(mem) if "vi" in u and "en" in u}
        source_text = set(segments(songngu, vi, "vi"))
        body, other = [], []
        for u in units(pseudo):
            s = next(iter(u.values()))
            (body if plain(s) in source_text or s in memory else other).append(s)
        out = os.path.join(proj, "target", os.path.basename(vi))
        translated = segments(songngu, out, "en")
        done = " ".join(translated)
        in_memory = [s for s in body if s in memory]
        filled = [s for s in in_memory if plain(memory[s]) in done]
        english = Counter(segments(songngu, en, "en"))
        right = sum((Counter(translated) & english).values())
        print("%s: OmegaT segments %d (+%d attribute values), with an exact unit in the TMX %d, filled %d "
              "(%.1f %%); English segments in the translated document %d of %d (%.1f %%)"
              % (os.path.basename(vi), len(body), len(other), len(in_memory), len(filled),
                 100.0 * len(filled) / max(1, len(body)), right, sum(english.values()),
                 100.0 * right / max(1, sum(english.values()))))
        for s in body:
            if s not in memory:
                print("  not in the TMX: " + s)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


main()
