#!/bin/bash
# ThreadSanitizer run of the batch mode (issue 7): builds songngu with -fsanitize=thread in
# build-tsan/ and runs `align --batch -j 2` on the dev set ../shared/data/align/lohelp-vi-en, both
# segmenting the raw texts (one Segmenter shared by the threads) and presegmented, TMX out.
# Exit 1 on any data race report (or failure), 0 when clean, 77 without the dev set.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${TSAN_BUILD_DIR:-build-tsan}
data=../shared/data/align/lohelp-vi-en
[[ -d $data ]] || { echo "tsan: $data not found: skipped"; exit 77; }
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_SANITIZE=thread >/dev/null || exit 1
fi
cmake --build "$build" --target songngu -j "${JOBS:-$(nproc)}" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 report_signal_unsafe=0 ${TSAN_OPTIONS:-}"
status=0
for mode in raw presegmented; do
  extra=(); [[ $mode == presegmented ]] && extra=(--presegmented)
  "$build/songngu" align -s vi -t en "${extra[@]}" --batch "$data" --format tmx -j 2 -o "$tmp/$mode" 2>"$tmp/$mode.log"
  rc=$?
  races=$(grep -c 'WARNING: ThreadSanitizer' "$tmp/$mode.log")
  if [[ $rc -ne 0 || $races -ne 0 ]]; then
    echo "FAIL $mode: exit $rc, $races ThreadSanitizer report(s)"; grep -A12 -m2 'WARNING: ThreadSanitizer' "$tmp/$mode.log"
    cp "$tmp/$mode.log" "$build/tsan-$mode.log" && echo "     full log: $build/tsan-$mode.log"
    status=1
  else
    echo "ok   $mode: align --batch -j 2 on $(ls "$tmp/$mode" | wc -l) documents, no ThreadSanitizer report"
  fi
done
exit $status
