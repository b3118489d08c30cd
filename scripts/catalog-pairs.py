#!/usr/bin/env python3
"""catalog-pairs.py [--root DIR] OUT_DIR TGT DOMAIN...: parallel text from Debian message catalogs.

For each DOMAIN, reads ROOT/usr/share/locale/vi/LC_MESSAGES/DOMAIN.mo (and, for TGT=ko, the Korean
catalog of the same domain) with msgunfmt (ROOT: / for installed packages, or a folder where
downloaded .deb files were unpacked with dpkg-deb -x) and writes one document pair per translated entry:
OUT_DIR/DOMAIN-N.vi and OUT_DIR/DOMAIN-N.TGT (one segment each; an entry of several lines with as
many lines in both languages gives one pair per line). For TGT=en the English is the msgid; for
TGT=ko the pair is the Vietnamese and the Korean translation of the same msgid. Fuzzy and empty
translations are skipped; format directives (%s, %1$d), accelerator marks and escapes are removed.
Prints a batch list line (vi<TAB>tgt<TAB>out) per pair on standard output.

With --documents SIZE[,DROP] (before OUT_DIR), the pairs of each domain (in the catalog's msgid
order) go into documents of SIZE pairs instead, one segment a line: OUT_DIR/DOMAIN-N.vi,
DOMAIN-N.TGT and DOMAIN-N.gold (the catalog's pairing as beads, [k]:[k]), a document alignment test
whose gold comes from the translators. DROP (a share, default 0) of the Vietnamese lines are left
out at places drawn by a fixed seed, as an untranslated string would be; their beads become 0-1.
"""
import os, random, re, subprocess, sys

def entries(mo):
    """(msgctxt, msgid, msgstr) of a catalog, via msgunfmt."""
    raw = subprocess.run(["msgunfmt", "--no-wrap", mo], capture_output=True, check=True).stdout
    # Some catalogs are in a legacy charset (EUC-KR): msgconv makes them UTF-8.
    po = subprocess.run(["msgconv", "--no-wrap", "-t", "UTF-8"], input=raw, capture_output=True,
                        check=True).stdout.decode("utf-8")
    out = []
    for block in po.split("\n\n"):
        fields, key, fuzzy = {}, None, False
        for line in block.split("\n"):
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        msgid = fields.get("msgid", "")
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        # KDE's translator credits pair "Your names" with the translators' names.
        credits = fields.get("msgctxt", "") in ("NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS")
        if msgid and msgstr and not fuzzy and not credits:
            out.append((fields.get("msgctxt", ""), unescape(msgid), unescape(msgstr)))
    return out

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": " ", '"': '"', "\\": "\\"}.get(m.group(1), " "), s)

def clean(s):
    s = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|L|z|j|t)?[diouxXeEfgGcspn%]", " ", s)
    s = re.sub(r"%\d+", " ", s)       # Qt/KDE placeholders: %1
    s = re.sub(r"</?[A-Za-z][^<>]*>", " ", s)  # markup of Qt rich text and Pango: <b>, <p>
    s = re.sub(r"_(?=\w)", "", s)       # accelerator marks: _File
    s = re.sub(r"&(?:amp|lt|gt|quot|apos|nbsp);", " ", s)
    s = s.replace("&", " ")
    return " ".join(s.split())

def write_documents(out, domain, tgt, pairs, size, drop):
    draw = random.Random(1)
    for start in range(0, len(pairs), size):
        vi, other, gold = [], [], []
        for x, y in pairs[start:start + size]:
            other.append(y)
            if drop and draw.random() < drop:
                gold.append(f"[]:[{len(other) - 1}]")
            else:
                vi.append(x)
                gold.append(f"[{len(vi) - 1}]:[{len(other) - 1}]")
        stem = os.path.join(out, f"{domain}-{start // size:03d}")
        for ext, rows in ((".vi", vi), ("." + tgt, other), (".gold", gold)):
            with open(stem + ext, "w", encoding="utf-8") as f:
                f.write("".join(r + "\n" for r in rows))

def main():
    args = sys.argv[1:]
    root, size, drop = "/", 0, 0.0
    while args[:1] in (["--root"], ["--documents"]):
        if args[0] == "--root":
            root = args[1]
        else:
            size, _, share = args[1].partition(",")
            size, drop = int(size), float(share or 0)
        args = args[2:]
    out, tgt, domains = args[0], args[1], args[2:]
    os.makedirs(out, exist_ok=True)
    for domain in domains:
        vi_mo = f"{root}/usr/share/locale/vi/LC_MESSAGES/{domain}.mo"
        if not os.path.exists(vi_mo):
            print(f"catalog-pairs: {vi_mo} missing, skipped", file=sys.stderr)
            continue
        vi = {(c, i): s for c, i, s in entries(vi_mo)}
        if tgt == "en":
            other = {k: k[1] for k in vi}
        else:
            ko_mo = f"{root}/usr/share/locale/{tgt}/LC_MESSAGES/{domain}.mo"
            if not os.path.exists(ko_mo):
                continue
            other = {(c, i): s for c, i, s in entries(ko_mo)}
        n, kept = 0, []
        for key in sorted(vi):
            if key not in other:
                continue
            a, b = vi[key].split("\n"), other[key].split("\n")
            pairs = list(zip(a, b)) if len(a) == len(b) else [(vi[key], other[key])]
            for x, y in pairs:
                x, y = clean(x), clean(y)
                if not x or not y or len(x) > 400 or len(y) > 400 or x == y:
                    continue
                if size:
                    kept.append((x, y))
                    continue
                stem = os.path.join(out, f"{domain}-{n}")
                with open(stem + ".vi", "w", encoding="utf-8") as f:
                    f.write(x + "\n")
                with open(stem + "." + tgt, "w", encoding="utf-8") as f:
                    f.write(y + "\n")
                print(f"{stem}.vi\t{stem}.{tgt}\t{stem}.out")
                n += 1
        if size:
            write_documents(out, domain, tgt, kept, size, drop)

main()
