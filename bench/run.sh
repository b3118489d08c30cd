#!/bin/bash
# Scale benchmark (issue 7): songngu and hunalign on 10k, 100k and 1M Vietnamese-English sentence
# pairs made by repeating the dev set ../shared/data/align/lohelp-vi-en (STEM.vi/STEM.en: one
# segment a line; STEM.raw.vi/.raw.en: the unsegmented text), in a temporary folder.
#
#   bench/run.sh [SIZE...]          default sizes: 10000 100000 200000 1000000
#   bench/run.sh --plot OUT.svg RESULTS.tsv...   the plot alone, from results of earlier runs
# Environment: SONGNGU_BINARY (default build/songngu, a Release build), BENCH_RUNS (3: the median
# is printed), HUNALIGN_TIMEOUT (600 s a run; longer = "did not finish"), BENCH_NO_HUNALIGN=1,
# BENCH_OUT (folder for results.tsv and scale.svg; default the temporary folder), TMPDIR,
# BENCH_ONLY (a comma list of seg,align,e2e,gap,batch,hunalign: only those measures; default all),
# BENCH_MEM_LIMIT_MB (8192: address space of each timed run, `ulimit -v`; a run above it fails).
#
# Inputs per size N: "single" = one document of N presegmented lines a side (no paragraphs);
# "batch" = the dev documents copied under new names until N Vietnamese lines (about 22 a document);
# "raw" = the raw texts repeated the same number of times (for segmentation and end to end).
# Figures: segmentation MB/s (`segment` on the raw Vietnamese), alignment pairs/s (`align
# --presegmented`, TSV out), TMX writing (the same with .tmx out, minus the TSV run), end to end
# (`align` on the raw pair to TMX: segment + align + TMX), peak RSS (/usr/bin/time), batch -j 1 and
# -j 2 (presegmented, TMX out), and hunalign on the single and batch inputs (its -batch mode).
# "gap" (issue 12): the single document with a block of 10 % of its beads missing from the
# translation, against the single document (beads out, interleaved): times, their ratio, peak RSS and
# strict F1 against the gold, by sentence numbers and by content (bench/bead-f1.py).
# At the end, the issue 12 targets that the sizes measured allow: one repeated document of 200k
# pairs under 20 s and 1.5 GB and at most 2.4x the 100k time; the gap within 2x at the largest size.
# Each figure is the median of BENCH_RUNS runs in wall-clock seconds; CPU seconds (user+sys) beside.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
bin=$(realpath -m "${SONGNGU_BINARY:-$src/build/songngu}")  # absolute: the runs start in a temporary folder
data=$src/../shared/data/align/lohelp-vi-en
runs=${BENCH_RUNS:-3}
hl_timeout=${HUNALIGN_TIMEOUT:-600}
mem_limit_mb=${BENCH_MEM_LIMIT_MB:-8192}
only=${BENCH_ONLY:-seg,align,e2e,gap,batch,hunalign,glossary}
want() { [[ ,$only, == *,$1,* ]]; }
# plot RESULTS.tsv OUT.svg: wall time (and, dashed, CPU time) against size, log-log.
plot() {
  local res=$1 svg=$2 pdir; pdir=$(mktemp -d)
  if ! command -v gnuplot >/dev/null; then echo "bench: gnuplot not installed (apt-get install gnuplot-nox): no plot"; return; fi
  for m in end_to_end_s align_pairs_s batch_j1_s batch_j2_s hunalign_single_s hunalign_batch_s; do
    awk -F'\t' -v m="$m" '$2 == m && $5 ~ /^[0-9.]+$/ && $3 != "DNF" { print $1, $5, $6 }' "$res" | sort -n >"$pdir/$m.dat"
  done
  gnuplot <<GP 2>"$pdir/gnuplot.log" || { echo "bench: gnuplot failed:"; cat "$pdir/gnuplot.log"; }
set terminal svg size 760,480 dynamic font "sans,12"
set output "$svg"
set title "songngu and hunalign: time against size (lines: wall clock; dashed: CPU seconds)"
set logscale xy
set xlabel "sentence pairs"
set ylabel "seconds"
set key top left font ",10"
set grid
set xrange [5000:2000000]
plot "$pdir/end_to_end_s.dat" using 1:2 with linespoints lc 1 pt 7 title "songngu segment+align+TMX, one document", \
     "$pdir/end_to_end_s.dat" using 1:3 with linespoints lc 1 pt 7 dt 2 notitle, \
     "$pdir/align_pairs_s.dat" using 1:2 with linespoints lc 2 pt 5 title "songngu align (presegmented), one document", \
     "$pdir/batch_j2_s.dat" using 1:2 with linespoints lc 3 pt 9 title "songngu --batch -j 2 (TMX)", \
     "$pdir/batch_j1_s.dat" using 1:2 with linespoints lc 4 pt 11 title "songngu --batch -j 1 (TMX)", \
     "$pdir/hunalign_single_s.dat" using 1:2 with linespoints lc 6 pt 13 title "hunalign, one document", \
     "$pdir/hunalign_single_s.dat" using 1:3 with linespoints lc 6 pt 13 dt 2 notitle, \
     "$pdir/hunalign_batch_s.dat" using 1:2 with linespoints lc 7 pt 15 title "hunalign -batch"
GP
  [[ -s $svg ]] && echo "plot: $svg"
  rm -rf "$pdir"
}
# bench/run.sh --plot OUT.svg RESULTS.tsv...: only the plot, from the results of earlier runs.
if [[ ${1:-} == --plot ]]; then
  svg=$2; shift 2
  all=$(mktemp); awk 'FNR > 1 || NR == 1' "$@" >"$all"; plot "$all" "$svg"; rm -f "$all"; exit 0
fi
sizes=("$@"); [[ ${#sizes[@]} -eq 0 ]] && sizes=(10000 100000 200000 1000000)
[[ -d $data ]] || { echo "bench: $data not found: the benchmark needs the dev sets in ../shared/data/align" >&2; exit 1; }
[[ -x $bin ]] || { echo "bench: no songngu binary at $bin (make build, or set SONGNGU_BINARY)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/songngu-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=${BENCH_OUT:-$work}; mkdir -p "$out"
results=$out/results.tsv
printf 'size\tmeasure\tvalue\tunit\twall_s\tcpu_s\tpeak_mb\n' >"$results"
hunalign=
if [[ -z ${BENCH_NO_HUNALIGN:-} ]]; then
  hunalign=$("$src/../shared/peers/hunalign-beads" --bin 2>/dev/null) || hunalign=
  [[ -x $hunalign ]] || { echo "bench: hunalign not available, its rows are left out"; hunalign=; }
fi
: >"$work/null.dic"

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "songngu: $bin ($("$bin" --version 2>/dev/null | head -1); commit $(git -C "$src" log -1 --format=%h -- src data 2>/dev/null), the last to change src/ or data/)"

# run_once LOG COMMAND...: runs under /usr/bin/time after a `sync`; prints "wall cpu peak_kb status".
run_once() {
  local log=$1; shift
  # The last run's output is written out first, so that no run pays for the one before it.
  sync
  # In the temporary folder: hunalign leaves translate.txt in its working folder. The address space
  # is capped, so that a run that goes quadratic fails instead of taking a shared machine's memory.
  (ulimit -v $((mem_limit_mb * 1024)) && cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >/dev/null 2>"$log")
  local rc=$?
  local line; line=$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$work/time.out" | tail -1)
  read -r wall user sys kb <<<"$line"
  echo "$wall $(echo "$user + $sys" | bc | awk '{ printf "%.2f", $1 }') $kb $rc"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# measure NAME COMMAND...: BENCH_RUNS runs; sets M_WALL M_CPU M_KB (medians) and M_OK.
measure() {
  local name=$1; shift
  local walls=() cpus=() kbs=() r
  M_OK=1
  for ((r = 0; r < runs; r++)); do
    read -r w c k rc <<<"$(run_once "$work/$name.log" "$@")"
    if [[ $rc -ne 0 ]]; then M_OK=0; echo "  $name: exit $rc: $(head -2 "$work/$name.log")" >&2; break; fi
    walls+=("$w"); cpus+=("$c"); kbs+=("$k")
  done
  if [[ $M_OK -eq 1 ]]; then M_WALL=$(median "${walls[@]}"); M_CPU=$(median "${cpus[@]}"); M_KB=$(median "${kbs[@]}"); fi
}
# measure_batch N DIR: `--batch -j 1` and `-j 2` on DIR, BENCH_RUNS rounds of one run each,
# interleaved so that drift in the machine's speed hits both alike; records and shows the medians.
# Every run writes into a new folder: writing over the last run's 50,000 files would also measure
# how the file system reuses inodes it has just freed (ext4 without a journal skips them, one by
# one, for minutes), which is the kernel's cost, not songngu's. So all inputs and outputs stay
# until the script ends (about 5 GB at 1M pairs).
measure_batch() {
  local n=$1 in=$2 r j
  local -A walls cpus kbs ok=([1]=1 [2]=1)
  for ((r = 0; r < runs; r++)); do
    for j in 1 2; do
      [[ ${ok[$j]} -eq 1 ]] || continue
      read -r w c k rc <<<"$(run_once "$work/batch_j$j.log" "$bin" align -s vi -t en --presegmented --batch "$in" \
                                      --format tmx -j $j -o "$work/bout/n$n-r$r-j$j")"
      if [[ $rc -ne 0 ]]; then ok[$j]=0; echo "  batch -j $j: exit $rc: $(head -2 "$work/batch_j$j.log")" >&2; continue; fi
      walls[$j]+="$w "; cpus[$j]+="$c "; kbs[$j]+="$k "
    done
  done
  for j in 1 2; do
    [[ ${ok[$j]} -eq 1 ]] || continue
    M_WALL=$(median ${walls[$j]}); M_CPU=$(median ${cpus[$j]}); M_KB=$(median ${kbs[$j]})
    record "$n" "batch_j${j}_s" "$M_WALL" s; show "batch -j $j, TMX out (s)" "$M_WALL"
  done
  if [[ ${ok[1]} -eq 1 && ${ok[2]} -eq 1 ]]; then
    local x; x=$(echo "scale=2; $(median ${walls[1]}) / $M_WALL" | bc)
    record "$n" batch_speedup "$x" x; show "batch speed-up, -j 2 over -j 1" "${x}x"
  fi
}
# measure_gap N DIR: the single document against the same with a block of 10 % of its beads missing
# from the translation (DIR/gap.en, made by make_inputs), beads out, BENCH_RUNS rounds of one run
# each, interleaved; records the medians, their ratio, and both documents' strict F1 against their
# gold (bench/bead-f1.py: by sentence numbers and by content). Every run writes a new file, as in
# measure_batch.
measure_gap() {
  local n=$1 dir=$2 r v tgt
  local -A walls cpus kbs ok=([intact]=1 [gap]=1)
  mkdir -p "$work/gout"
  for ((r = 0; r < runs; r++)); do
    for v in intact gap; do
      [[ ${ok[$v]} -eq 1 ]] || continue
      tgt=$dir/single.en; [[ $v == gap ]] && tgt=$dir/gap.en
      read -r w c k rc <<<"$(run_once "$work/gap_$v.log" "$bin" align -s vi -t en --presegmented "$dir/single.vi" "$tgt" \
                                      -o "$work/gout/n$n-r$r-$v.beads")"
      if [[ $rc -ne 0 ]]; then ok[$v]=0; echo "  gap ($v): exit $rc: $(head -2 "$work/gap_$v.log")" >&2; continue; fi
      walls[$v]+="$w "; cpus[$v]+="$c "; kbs[$v]+="$k "
    done
  done
  local f1 content pred gold
  for v in intact gap; do
    if [[ ${ok[$v]} -ne 1 ]]; then
      M_WALL=- M_CPU=- M_KB=0
      record "$n" "gap_${v}_s" "failed: $(head -1 "$work/gap_$v.log")" s; show "gap: $v document" failed
      continue
    fi
    M_WALL=$(median ${walls[$v]}); M_CPU=$(median ${cpus[$v]}); M_KB=$(median ${kbs[$v]})
    record "$n" "gap_${v}_s" "$M_WALL" s; show "gap: $v document, beads (s)" "$M_WALL"
    tgt=single; [[ $v == gap ]] && tgt=gap
    read -r f1 content pred gold < <(python3 "$here/bead-f1.py" "$dir/single.vi" "$dir/$tgt.en" "$dir/$tgt.gold" \
                                       "$work/gout/n$n-r0-$v.beads")
    record "$n" "gap_${v}_f1" "$f1" F1; show "gap: $v, strict F1" "$f1"
    record "$n" "gap_${v}_content_f1" "$content" F1; show "gap: $v, strict F1 by content" "$content"
    record "$n" "gap_${v}_pairs" "$pred/$gold" pairs; show "gap: $v, pairs found / gold" "$pred/$gold"
  done
  if [[ ${ok[intact]} -eq 1 && ${ok[gap]} -eq 1 ]]; then
    local x; x=$(echo "scale=2; $M_WALL / $(median ${walls[intact]})" | bc)
    record "$n" gap_ratio "$x" x; show "gap: time, gap over intact" "${x}x"
  fi
}
record() {  # record SIZE MEASURE VALUE UNIT
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$M_WALL" "$M_CPU" $((M_KB / 1024)) >>"$results"
}

# The dev documents, in a fixed order, with their line counts.
mapfile -t stems < <(cd "$data" && ls *.vi | grep -v '\.raw\.vi$' | sed 's/\.vi$//' | sort)
[[ ${#stems[@]} -gt 0 ]] || { echo "bench: no STEM.vi files in $data" >&2; exit 1; }

make_inputs() {  # make_inputs N DIR (in Python: a fork per file would take minutes at 1M pairs)
  python3 - "$data" "$1" "$2" <<'PY'
import os, re, sys
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
stems = sorted(f[:-3] for f in os.listdir(data) if f.endswith(".vi") and not f.endswith(".raw.vi"))
read = lambda p: open(os.path.join(data, p), "rb").read()
nl = lambda b: b if b.endswith(b"\n") else b + b"\n"
def gold(stem):
    side = lambda s: [int(x) for x in s.split(",") if x.strip()]
    return [tuple(side(g) for g in m.groups())
            for m in re.finditer(r"\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]", read(stem + ".gold").decode())]
docs = [(s, nl(read(s + ".vi")), nl(read(s + ".en")), read(s + ".raw.vi"), read(s + ".raw.en"), gold(s)) for s in stems]
os.makedirs(os.path.join(out, "batch")); os.makedirs(os.path.join(out, "hl"))
files = {k: open(os.path.join(out, k), "wb") for k in ("single.vi", "single.en", "raw.vi", "raw.en")}
batch_list = open(os.path.join(out, "hunalign.batch"), "w")
lines, tlines, copy, beads = 0, 0, 0, []
while lines < n:
    for stem, vi, en, rvi, ren, g in docs:
        if lines >= n: break
        name = "c%d_%s" % (copy, stem)
        for ext, body in (("vi", vi), ("en", en)):
            open(os.path.join(out, "batch", name + "." + ext), "wb").write(body)
        batch_list.write("%s/batch/%s.vi\t%s/batch/%s.en\t%s/hl/%s.align\n" % (out, name, out, name, out, name))
        # one document of N lines (no blank lines) and the raw texts with blank lines between documents
        files["single.vi"].write(vi)
        files["single.en"].write(en)
        files["raw.vi"].write(rvi + b"\n\n"); files["raw.en"].write(ren + b"\n\n")
        beads += [([i + lines for i in a], [j + tlines for j in b]) for a, b in g]
        lines += vi.count(b"\n"); tlines += en.count(b"\n")
    copy += 1
for f in files.values(): f.close()
def write_gold(name, bs):
    with open(os.path.join(out, name), "w") as f:
        f.writelines("[%s]:[%s]\n" % (",".join(map(str, a)), ",".join(map(str, b))) for a, b in bs)
write_gold("single.gold", beads)
# "gap": the single document whose translation lacks a block of 10 % of the beads in the middle
# (beads 45-55 %, cut at bead boundaries); their Vietnamese sentences become 1-0 beads of its gold.
cut = set(range(int(len(beads) * 0.45), int(len(beads) * 0.55)))
en = open(os.path.join(out, "single.en"), "rb").read().split(b"\n")[:-1]
keep = sorted(j for k, (a, b) in enumerate(beads) if k not in cut for j in b)
new = {old: i for i, old in enumerate(keep)}
open(os.path.join(out, "gap.en"), "wb").write(b"".join(en[j] + b"\n" for j in keep))
write_gold("gap.gold", [(a, [new[j] for j in b if j in new]) for a, b in beads if a or any(j in new for j in b)])
PY
}

make_distinct() {  # make_distinct N FILE: N distinct source<TAB>target units from the 1-1 gold beads
  python3 - "$data" "$1" "$2" <<'PY'
import os, re, sys
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pairs = []
for gold in sorted(f for f in os.listdir(data) if f.endswith(".gold")):
    stem = gold[:-5]
    vi = open(os.path.join(data, stem + ".vi"), encoding="utf-8").read().split("\n")
    en = open(os.path.join(data, stem + ".en"), encoding="utf-8").read().split("\n")
    for line in open(os.path.join(data, gold), encoding="utf-8"):
        m = re.match(r"\[(\d+)\]:\[(\d+)\]$", line.strip())
        if m: pairs.append((vi[int(m.group(1))], en[int(m.group(2))]))
k_pairs = len(pairs)
with open(out, "w", encoding="utf-8") as f:
    for k in range(n):  # k -> (k mod P, (k div P + 1 + k) mod P) is one-to-one for k < P*P
        a, b = pairs[k % k_pairs], pairs[(k // k_pairs + 1 + k) % k_pairs]
        f.write(a[0] + " " + b[0] + "\t" + a[1] + " " + b[1] + "\n")
PY
}

printf '\n%-8s %-34s %14s %10s %9s %9s\n' size measure value wall_s cpu_s peak_MB
for n in "${sizes[@]}"; do
  dir=$work/n$n
  make_inputs "$n" "$dir"
  docs=$(ls "$dir/batch" | grep -c '\.vi$')
  mb=$(awk -v b="$(stat -c %s "$dir/raw.vi")" 'BEGIN { printf "%.2f", b / 1048576 }')
  pairs=$(wc -l <"$dir/single.vi")
  show() { printf '%-8s %-34s %14s %10s %9s %9s\n' "$n" "$1" "$2" "$M_WALL" "$M_CPU" $((M_KB / 1024)); }
  echo "# $n: single document of $pairs presegmented pairs; batch of $docs documents; raw Vietnamese $mb MB"

  want seg && measure seg "$bin" segment -l vi "$dir/raw.vi"
  want seg && [[ $M_OK -eq 1 ]] && { v=$(echo "scale=2; $mb / $M_WALL" | bc); record "$n" segment_mb_s "$v" MB/s; show "segment raw vi (MB/s)" "$v"; }
  want align && measure align_tsv "$bin" align -s vi -t en --presegmented "$dir/single.vi" "$dir/single.en" -o "$work/out.tsv"
  if want align && [[ $M_OK -eq 1 ]]; then
    tsv_wall=$M_WALL; v=$(echo "$pairs / $M_WALL" | bc); record "$n" align_pairs_s "$v" pairs/s; show "align presegmented (pairs/s)" "$v"
    measure align_tmx "$bin" align -s vi -t en --presegmented "$dir/single.vi" "$dir/single.en" -o "$work/out.tmx"
    [[ $M_OK -eq 1 ]] && { v=$(awk -v a="$M_WALL" -v b="$tsv_wall" 'BEGIN { printf "%.2f", a - b }'); record "$n" tmx_write_s "$v" s; show "TMX writing (s, .tmx minus .tsv)" "$v"; }
  fi
  want e2e && measure e2e "$bin" align -s vi -t en "$dir/raw.vi" "$dir/raw.en" -o "$work/e2e.tmx"
  want e2e && [[ $M_OK -eq 1 ]] && { record "$n" end_to_end_s "$M_WALL" s; show "end to end: segment+align+TMX (s)" "$M_WALL"; }
  want gap && measure_gap "$n" "$dir"
  want batch && measure_batch "$n" "$dir/batch"
  if want hunalign && [[ -n $hunalign ]]; then
    if [[ -z ${hl_single_dnf:-} ]]; then
      measure hunalign_single timeout "$hl_timeout" "$hunalign" -utf "$work/null.dic" "$dir/single.vi" "$dir/single.en"
      if [[ $M_OK -eq 1 ]]; then record "$n" hunalign_single_s "$M_WALL" s; show "hunalign single document (s)" "$M_WALL"
      else hl_single_dnf=$n; M_WALL=$hl_timeout M_CPU=- M_KB=0; record "$n" hunalign_single_s DNF s; show "hunalign single document" "did not finish (time or memory cap)"; fi
    else
      M_WALL=- M_CPU=- M_KB=0; record "$n" hunalign_single_s "not run (DNF at $hl_single_dnf)" s; show "hunalign single document" "not run"
    fi
    measure hunalign_batch timeout "$hl_timeout" "$hunalign" -utf -batch "$work/null.dic" "$dir/hunalign.batch"
    if [[ $M_OK -eq 1 ]]; then record "$n" hunalign_batch_s "$M_WALL" s; show "hunalign -batch (s)" "$M_WALL"
    else M_WALL=$hl_timeout M_CPU=- M_KB=0; record "$n" hunalign_batch_s DNF s; show "hunalign -batch" "did not finish (time or memory cap)"; fi
  fi
  if want glossary; then
    # Glossary extraction with word alignment, -j 2: on the bench TMX (the single document's
    # units; its 135 documents repeat, so most units repeat too and are read once), and on N
    # distinct units (two 1-1 gold pairs of the dev set joined, so no unit repeats: the word
    # alignment then aligns every one of them).
    [[ -s $work/out.tmx ]] || "$bin" align -s vi -t en --presegmented "$dir/single.vi" "$dir/single.en" -o "$work/out.tmx"
    measure glossary_tmx "$bin" glossary extract -s vi -t en --no-seed "$work/out.tmx" -o "$work/g.csv" -j 2
    [[ $M_OK -eq 1 ]] && { record "$n" glossary_tmx_s "$M_WALL" s; show "glossary extract, bench TMX (s)" "$M_WALL"; }
    make_distinct "$n" "$dir/distinct.tsv"
    measure glossary_distinct "$bin" glossary extract -s vi -t en --no-seed "$dir/distinct.tsv" -o "$work/g.csv" -j 2
    [[ $M_OK -eq 1 ]] && { record "$n" glossary_distinct_s "$M_WALL" s; show "glossary extract, distinct units (s)" "$M_WALL"; }
    rm -f "$work/out.tmx"  # the next size makes its own
  fi
  # Nothing is deleted before the end: see measure_batch.
done

# Issue 12's targets, from the figures above (rows missing when their size or measure was not run).
echo "issue 12 targets:"
awk -F'\t' '
  $2 == "align_pairs_s" { wall[$1] = $5; peak[$1] = $7 }
  $2 == "gap_ratio" && $1 + 0 >= gsize + 0 { gsize = $1; gratio = $3 }
  $2 == "gap_gap_s" && $3 ~ /^failed/ { failed[$1] = $3 }
  $2 == "gap_intact_f1" { fi[$1] = $3 } $2 == "gap_gap_f1" { fg[$1] = $3 }
  $2 == "gap_intact_content_f1" { ci[$1] = $3 } $2 == "gap_gap_content_f1" { cg[$1] = $3 }
  function verdict(ok) { return ok ? "met" : "NOT met" }
  END {
    if (200000 in wall) printf "  one repeated document of 200k pairs: %.2f s (< 20 s: %s), %d MB (< 1536 MB: %s)\n",
                               wall[200000], verdict(wall[200000] < 20), peak[200000], verdict(peak[200000] < 1536)
    if (200000 in wall && 100000 in wall && wall[100000] > 0)
      printf "  200k time / 100k time: %.2fx (<= 2.4x: %s)\n", wall[200000] / wall[100000], verdict(wall[200000] / wall[100000] <= 2.4)
    if (gsize != "") printf "  %s pairs, 10 %% of the translation missing: %.2fx the time (<= 2x: %s); strict F1 %s against %s intact (by content %s against %s: the text repeats, so which copy is missing cannot be told)\n",
                            gsize, gratio, verdict(gratio <= 2), fg[gsize], fi[gsize], cg[gsize], ci[gsize]
    for (n in failed) printf "  %s pairs, 10 %% of the translation missing: NOT met, the run %s\n", n, failed[n]
  }' "$results"

plot "$results" "$out/scale.svg"
echo "results: $results"
[[ $out == "$work" ]] && cp "$results" "${TMPDIR:-/tmp}/songngu-bench-results.tsv" && echo "(copied to ${TMPDIR:-/tmp}/songngu-bench-results.tsv)"
[[ $out == "$work" && -s $work/scale.svg ]] && cp "$work/scale.svg" "${TMPDIR:-/tmp}/songngu-bench-scale.svg"
exit 0
