#!/bin/bash
# Short documents (issue 12): songngu against hunalign where process start and per-document costs
# count, on the presegmented dev documents of ../shared/data/align, in one run on the same machine.
#
#   bench/short-docs.sh            (`make bench` runs it after bench/run.sh)
#
# (a) --batch on the 509 presegmented dev documents, per language pair (lohelp-vi-en: 135
#     documents, lohelp-vi-ko: 374) and for both (the sum of the two runs of a round): songngu
#     `align --presegmented --batch SET --format beads` with -j 1 and -j 2, against hunalign -batch
#     (empty dictionary, its best setting for the pair: none for vi-en, -onebyteencoding for
#     vi-ko). Every run writes into a new folder (see bench/README.md, why); BENCH_RUNS rounds
#     (default 7) of one run each, interleaved; medians, and hunalign's time over songngu's (above
#     1: songngu is faster).
# (b) One document of 13 segments a side, process start included (vi-en and vi-ko
#     scalc_01_02160000): hyperfine, BENCH_ROUNDS rounds (default 5) of 30 runs of each command
#     after 5 warm-up runs, the commands of a round one after another; the median of the rounds'
#     medians. Commands: songngu writing TSV to standard output, songngu writing a new .beads file
#     (the file removed before each run, untimed), hunalign printing its ladder. Peak RSS from one
#     extra run under /usr/bin/time; CPU = hyperfine's mean user + system time per run.
# Environment: SONGNGU_BINARY (default build/songngu, a Release build), BENCH_RUNS, BENCH_ROUNDS,
# TMPDIR. Needs hunalign (../shared/peers/hunalign-beads --bin), /usr/bin/time, bc and hyperfine
# (scripts/install-deps.sh --bench installs the last three).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
bin=$(realpath -m "${SONGNGU_BINARY:-$src/build/songngu}")  # absolute: the runs start in a temporary folder
data=$src/../shared/data/align
runs=${BENCH_RUNS:-7}
rounds=${BENCH_ROUNDS:-5}
small=scalc_01_02160000
[[ -d $data ]] || { echo "short-docs: $data not found: the benchmark needs the dev sets in ../shared/data/align" >&2; exit 1; }
[[ -x $bin ]] || { echo "short-docs: no songngu binary at $bin (make build, or set SONGNGU_BINARY)" >&2; exit 1; }
for tool in /usr/bin/time bc hyperfine; do
  command -v "$tool" >/dev/null || { echo "short-docs: needs $tool (scripts/install-deps.sh --bench)" >&2; exit 1; }
done
hunalign=$("$src/../shared/peers/hunalign-beads" --bin 2>/dev/null) || hunalign=
[[ -x $hunalign ]] || { echo "short-docs: hunalign not available (../shared/peers/hunalign-beads --bin)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/songngu-short.XXXXXX")
trap 'rm -rf "$work"' EXIT
: >"$work/null.dic"

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "songngu: $bin ($(git -C "$src" rev-parse --short HEAD 2>/dev/null)); hunalign: $hunalign"

# timed LOG COMMAND...: one run after a `sync`, in $work (hunalign leaves translate.txt there);
# prints "wall cpu peak_kb status".
timed() {
  local log=$1; shift
  sync
  (cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >/dev/null 2>"$log")
  local rc=$? wall user sys kb
  read -r wall user sys kb < <(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$work/time.out" | tail -1)
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $kb $rc"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
opts() { [[ $1 == ko ]] && echo -onebyteencoding; }

# (a) --batch on the dev documents.
echo
echo "(a) --batch on the presegmented dev documents, $runs interleaved rounds, medians (wall s; CPU s; peak MB)"
declare -A wall cpu peak
for ((r = 0; r < runs; r++)); do
  for tgt in en ko; do
    set_dir=$data/lohelp-vi-$tgt
    for j in 1 2; do
      read -r w c k rc <<<"$(timed "$work/s.log" "$bin" align -s vi -t "$tgt" --presegmented --batch "$set_dir" \
                                   --format beads -j "$j" -o "$work/out/s$r-$tgt-j$j")"
      [[ $rc -eq 0 ]] || { echo "songngu --batch -j $j ($tgt) failed: $(head -2 "$work/s.log")" >&2; exit 1; }
      wall[s$j-$tgt]+="$w "; cpu[s$j-$tgt]+="$c "; peak[s$j-$tgt]+="$k "
    done
    mkdir -p "$work/out/h$r-$tgt"
    for g in "$set_dir"/*.gold; do
      stem=${g%.gold}
      printf '%s\t%s\t%s\n' "$stem.vi" "$stem.$tgt" "$work/out/h$r-$tgt/$(basename "$stem").align"
    done >"$work/h$r-$tgt.batch"
    read -r w c k rc <<<"$(timed "$work/h.log" "$hunalign" $(opts "$tgt") -batch "$work/null.dic" "$work/h$r-$tgt.batch")"
    [[ $rc -eq 0 ]] || { echo "hunalign -batch ($tgt) failed: $(head -2 "$work/h.log")" >&2; exit 1; }
    wall[h-$tgt]+="$w "; cpu[h-$tgt]+="$c "; peak[h-$tgt]+="$k "
  done
done
# Both pairs: each round's vi-en and vi-ko times added, then the median over the rounds.
sums() { paste <(tr ' ' '\n' <<<"${wall[$1-en]}" | sed '/^$/d') <(tr ' ' '\n' <<<"${wall[$1-ko]}" | sed '/^$/d') |
  awk '{ printf "%.2f\n", $1 + $2 }'; }
for k in s1 s2 h; do
  read -ra both < <(sums "$k" | tr '\n' ' ')
  wall[$k-all]="${both[*]}"
done
printf '| documents | songngu --batch -j 1 | songngu --batch -j 2 | hunalign -batch | hunalign / songngu -j 1 | hunalign / songngu -j 2 |\n'
printf '|---|---|---|---|---|---|\n'
for tgt in en ko all; do
  docs=509; [[ $tgt == en ]] && docs="135 vi-en"; [[ $tgt == ko ]] && docs="374 vi-ko"; [[ $tgt == all ]] && docs="509 (both)"
  s1=$(median ${wall[s1-$tgt]}) s2=$(median ${wall[s2-$tgt]}) h=$(median ${wall[h-$tgt]})
  if [[ $tgt == all ]]; then
    printf '| %s | %s s | %s s | %s s | **%sx** | **%sx** |\n' "$docs" "$s1" "$s2" "$h" "$(ratio "$h" "$s1")" "$(ratio "$h" "$s2")"
  else
    printf '| %s | %s s (CPU %s; %d MB) | %s s (CPU %s; %d MB) | %s s (CPU %s; %d MB) | %sx | %sx |\n' "$docs" \
      "$s1" "$(median ${cpu[s1-$tgt]})" $(($(median ${peak[s1-$tgt]}) / 1024)) \
      "$s2" "$(median ${cpu[s2-$tgt]})" $(($(median ${peak[s2-$tgt]}) / 1024)) \
      "$h" "$(median ${cpu[h-$tgt]})" $(($(median ${peak[h-$tgt]}) / 1024)) "$(ratio "$h" "$s1")" "$(ratio "$h" "$s2")"
  fi
done

# (b) One small document, process start included.
echo
echo "(b) one document of 13 segments a side ($small), $rounds rounds of hyperfine --runs 30 --warmup 5:"
echo "    median of the rounds' medians (the rounds' range), and peak RSS of one run"
printf '| pair | songngu, TSV to stdout | songngu, new .beads file | hunalign | songngu / hunalign (TSV; file; CPU) |\n'
printf '|---|---|---|---|---|\n'
q() { printf '%q' "$1"; }
for tgt in en ko; do
  vi=$data/lohelp-vi-$tgt/$small.vi tr=$data/lohelp-vi-$tgt/$small.$tgt out=$work/small.beads
  lines="$(wc -l <"$vi")/$(wc -l <"$tr")"
  cmd_tsv="$(q "$bin") align -s vi -t $tgt --presegmented $(q "$vi") $(q "$tr")"
  cmd_file="$(q "$bin") align -s vi -t $tgt --presegmented $(q "$vi") $(q "$tr") -o $(q "$out")"
  cmd_hun="$(q "$hunalign") $(opts "$tgt") $(q "$work/null.dic") $(q "$vi") $(q "$tr")"
  declare -a m_tsv=() m_file=() m_hun=() c_tsv=() c_hun=()
  for ((r = 0; r < rounds; r++)); do
    (cd "$work" && hyperfine -N --style none --warmup 5 --runs 30 --export-json "$work/hf.json" \
       --prepare true --prepare "rm -f $(q "$out")" --prepare true \
       -n tsv "$cmd_tsv" -n file "$cmd_file" -n hunalign "$cmd_hun" >/dev/null 2>"$work/hf.log") ||
      { echo "hyperfine failed: $(tail -3 "$work/hf.log")" >&2; exit 1; }
    # wall medians, and mean CPU (user + system) per run, in ms
    read -r a b c d e < <(python3 -c 'import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
cpu = lambda x: (x["user"] + x["system"]) * 1000
print(r["tsv"]["median"] * 1000, r["file"]["median"] * 1000, r["hunalign"]["median"] * 1000, cpu(r["tsv"]), cpu(r["hunalign"]))' \
      "$work/hf.json")
    m_tsv+=("$a"); m_file+=("$b"); m_hun+=("$c"); c_tsv+=("$d"); c_hun+=("$e")
  done
  range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f-%.1f", lo, hi }'; }
  rss() { (cd "$work" && /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1); echo $(($(tail -1 "$work/rss") / 1024)); }
  a=$(median "${m_tsv[@]}") b=$(median "${m_file[@]}") c=$(median "${m_hun[@]}")
  d=$(median "${c_tsv[@]}") e=$(median "${c_hun[@]}")
  printf '| vi-%s (%s lines) | %.1f ms (%s; CPU %.1f ms; %s MB) | %.1f ms (%s) | %.1f ms (%s; CPU %.1f ms; %s MB) | **%sx**; %sx; CPU %sx |\n' \
    "$tgt" "$lines" "$a" "$(range "${m_tsv[@]}")" "$d" "$(rss "$bin" align -s vi -t "$tgt" --presegmented "$vi" "$tr")" \
    "$b" "$(range "${m_file[@]}")" \
    "$c" "$(range "${m_hun[@]}")" "$e" "$(rss "$hunalign" $(opts "$tgt") "$work/null.dic" "$vi" "$tr")" \
    "$(ratio "$a" "$c")" "$(ratio "$b" "$c")" "$(ratio "$d" "$e")"
done
echo
echo "targets (issue 12): (a) hunalign / songngu at least 1x (aim 2x); (b) songngu / hunalign at most 2x"
