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
"""
import os, re, subprocess, sys

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
        if msgid and msgstr and not fuzzy:
            out.append((fields.get("msgctxt", ""), unescape(msgid), unescape(msgstr)))
    return out

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": " ", '"': '"', "\\": "\\"}.get(m.group(1), " "), s)

def clean(s):
    s = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|L|z|j|t)?[diouxXeEfgGcspn%]", " ", s)
    s = re.sub(r"_(?=\w)", "", s)       # accelerator marks: _File
    s = s.replace("&", " ")
    return " ".join(s.split())

def main():
    args = sys.argv[1:]
    root = "/"
    if args[:1] == ["--root"]:
        root, args = args[1], args[2:]
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
        n = 0
        for key in sorted(vi):
            if key not in other:
                continue
            a, b = vi[key].split("\n"), other[key].split("\n")
            pairs = list(zip(a, b)) if len(a) == len(b) else [(vi[key], other[key])]
            for x, y in pairs:
                x, y = clean(x), clean(y)
                if not x or not y or len(x) > 400 or len(y) > 400 or x == y:
                    continue
                stem = os.path.join(out, f"{domain}-{n}")
                with open(stem + ".vi", "w", encoding="utf-8") as f:
                    f.write(x + "\n")
                with open(stem + "." + tgt, "w", encoding="utf-8") as f:
                    f.write(y + "\n")
                print(f"{stem}.vi\t{stem}.{tgt}\t{stem}.out")
                n += 1

main()
