#!/bin/bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs each for FUZZ_SECONDS
# (default 60) on a copy of its seed corpus (fuzz/corpus/<name>/); new inputs stay in
# build-fuzz/corpus/<name>/, crashes in build-fuzz/crashes/. Exit 1 when any target found a crash.
#   scripts/fuzz.sh [TARGET...]      (targets: decode_text segmenter srx tmx_reader tbx)
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz.sh: needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
  exit 1
fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(decode_text segmenter srx tmx_reader tbx)
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_FUZZ=ON \
    -DSONGNGU_SANITIZE=address,undefined >/dev/null || exit 1
fi
cmake --build "$BUILD" -j "$JOBS" --target "${targets[@]/%/_fuzz}" || exit 1
mkdir -p "$BUILD/crashes"
status=0
for t in "${targets[@]}"; do
  corpus="$BUILD/corpus/$t"
  seeds=fuzz/corpus/$t
  [ -d "$seeds" ] || seeds=fuzz/corpus/${t%_reader}
  mkdir -p "$corpus"
  echo "== $t: ${FUZZ_SECONDS}s"
  # -timeout: one input taking longer than 10 s counts as a hang; -rss_limit_mb: blow-ups count too.
  if ! "$BUILD/fuzz/${t}_fuzz" "$corpus" "$seeds" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$t-" \
       2>"$BUILD/$t.log"; then
    echo "   FOUND A PROBLEM: see $BUILD/$t.log and $BUILD/crashes/$t-*"
    grep -m3 -E "ERROR|SUMMARY|runtime error" "$BUILD/$t.log" | sed 's/^/   /'
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$BUILD/$t.log" | tail -2 | sed 's/^/   /'
  fi
done
exit $status
