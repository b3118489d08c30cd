#!/bin/bash
# A 100 MB file with no line break (issue 7): Vietnamese sentences run together on one line, and
# one 100 MB "word" without spaces or punctuation. Segmenting and aligning them must finish in
# reasonable time (linear work: a quadratic step on 100 MB would take hours) and in bounded memory,
# with a clear message or a result, never a crash. Files are made here, in a temporary folder.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/hostile.bash"
LIMIT=${HOSTILE_BIG_TIMEOUT:-300}
free_kb=$(df -Pk "$tmp" | awk 'NR == 2 {print $4}')
[[ $free_kb -gt 600000 ]] || { echo "less than 600 MB free in $tmp: skipped"; exit 77; }
size=$((100 * 1024 * 1024))
yes 'Hai bên nhất trí tăng cường hợp tác toàn diện. ' | tr -d '\n' | head -c $size >"$tmp/run-on.vi"
head -c $size /dev/zero | tr '\0' 'a' >"$tmp/one-word.en"
printf 'The two sides agreed to strengthen comprehensive cooperation.\n' >"$tmp/short.en"
[[ $(wc -l <"$tmp/run-on.vi") -eq 0 && $(stat -c %s "$tmp/run-on.vi") -eq $size ]] || { bad "making the 100 MB file"; finish; }

timed() {  # timed DESCRIPTION COMMAND...: expect_ok_or_error, printing wall time and peak memory
  local what=$1; shift
  local start=$SECONDS
  expect_ok_or_error "$what" /usr/bin/time -f '%M' -o "$tmp/rss" "$@" || return 1
  echo "     $((SECONDS - start)) s, peak $(( $(tail -1 "$tmp/rss") / 1024 )) MB"
  [[ $(tail -1 "$tmp/rss") -lt 3000000 ]] || bad "$what: more than 3 GB of memory"
}
if [[ ! -x /usr/bin/time ]]; then timed() { local what=$1; shift; expect_ok_or_error "$what" "$@"; }; fi

# The run-on line holds ~1.7 million sentences: segment writes them (its stdout to a file, since
# output on a pipe is the normal case), the last segment checked.
timed "segment: 100 MB on one line" bash -c '"$1" segment -l vi "$2" >"$3"' _ "$bin" "$tmp/run-on.vi" "$tmp/segments.txt"
if [[ -s $tmp/segments.txt ]]; then
  n=$(wc -l <"$tmp/segments.txt")
  [[ $n -gt 1500000 ]] && ok "segment: $n segments" || bad "segment: only $n segments from the run-on line"
fi
rm -f "$tmp/segments.txt"
timed "segment: one 100 MB word" bash -c '"$1" segment -l en "$2" >/dev/null' _ "$bin" "$tmp/one-word.en"
# One 100 MB segment against a one-line translation.
timed "align --presegmented: a 100 MB segment against one line" "$bin" align -s vi -t en --presegmented "$tmp/run-on.vi" "$tmp/short.en" -o "$tmp/a.tsv"
finish
