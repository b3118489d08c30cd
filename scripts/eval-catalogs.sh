#!/bin/bash
# eval-catalogs.sh: songngu against hunalign on message catalogs of projects the dev sets and the
# shipped lexicon never saw: GRUB (grub-common) and PostgreSQL's PL/pgSQL (postgresql-15), Debian
# 12 packages downloaded (apt-get download, unpacked, never installed). scripts/catalog-pairs.py
# --documents makes documents of 40 consecutive catalog strings whose gold is the catalog's own
# pairing (the translators'), clean and with 10 % of the Vietnamese strings left out; each document
# is aligned alone, presegmented, and scored with align-score (strict F1; nulls: the 0-1 beads).
#   scripts/eval-catalogs.sh [BUILD_DIR]       (default build/; prints a Markdown table)
# Environment: SONGNGU_SHARED (default ../shared), EVAL_JOBS (default 2).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$src/build}")
shared=$(realpath "${SONGNGU_SHARED:-$src/../shared}")
jobs=${EVAL_JOBS:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/songngu-catalogs.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download grub-common postgresql-15 >/dev/null 2>&1) ||
  { echo "eval-catalogs: apt-get download grub-common postgresql-15 failed" >&2; exit 1; }
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
hunalign=$("$shared/peers/hunalign-beads" --bin)
# score GOLD PRED DROP: " strict | nulls |" (no nulls without strings left out)
score() {
  "$shared/tools/align-score" beads "$1" "$2" |
    awk -v drop="$3" '$1 == "strict" || $1 == "nulls" { printf " %s |", ($1 == "nulls" && drop == 0) ? "–" : $7 }'
}
echo "| pair | catalog strings left out | documents | songngu strict | songngu nulls | hunalign strict | hunalign nulls |"
echo "|---|---|---|---|---|---|---|"
for tgt in en ko; do
  for drop in 0 0.1; do
    set_dir=$work/set-$tgt-$drop
    "$src/scripts/catalog-pairs.py" --root "$work/root" --documents "40,$drop" "$set_dir" "$tgt" grub plpgsql-15
    mkdir -p "$work/s-$tgt-$drop" "$work/h-$tgt-$drop"
    opts=$([[ $tgt == ko ]] && echo -onebyteencoding || true)
    for g in "$set_dir"/*.gold; do basename "${g%.gold}"; done |
      xargs -P "$jobs" -I{} "$build/songngu" align -s vi -t "$tgt" --presegmented "$set_dir/{}.vi" "$set_dir/{}.$tgt" \
        -o "$work/s-$tgt-$drop/{}.beads"
    HUNALIGN_OPTS=$opts "$shared/peers/hunalign-beads" --dir "$set_dir" "$work/h-$tgt-$drop" >/dev/null 2>&1
    docs=$(ls "$set_dir"/*.gold | wc -l)
    echo "| vi-$tgt | $(awk -v d="$drop" 'BEGIN { printf "%d %%", d * 100 }') | $docs |$(score "$set_dir" "$work/s-$tgt-$drop" "$drop")$(score "$set_dir" "$work/h-$tgt-$drop" "$drop")"
  done
done
echo
echo "songngu at $(git -C "$src" rev-parse --short HEAD 2>/dev/null); hunalign without a dictionary, its best setting for the pair (none for vi-en, -onebyteencoding for vi-ko)"
