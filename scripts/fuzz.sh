#!/bin/bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs each for FUZZ_SECONDS
# (default 60) on its corpus: the inputs earlier runs found (build-fuzz/corpus/<name>/) plus the
# seeds fuzz/seeds.txt names from tests/data. Every harness also checks that no input leaves a
# descriptor open (fuzz/descriptor_check.h), and AddressSanitizer that none leaks memory. Crashes,
# leaks and hangs go to build-fuzz/crashes/. Exit 1 when any target found a problem.
#   scripts/fuzz.sh [TARGET...]      (targets: the names in fuzz/seeds.txt)
set -uo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz.sh: needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
  exit 1
fi
declare -A seeds
while read -r name globs; do
  [[ -z $name || $name == \#* ]] && continue
  seeds[$name]=$globs
done <fuzz/seeds.txt
targets=("$@")
[ ${#targets[@]} -eq 0 ] && mapfile -t targets < <(printf '%s\n' "${!seeds[@]}" | sort)
for t in "${targets[@]}"; do
  [[ -n ${seeds[$t]+x} && -f fuzz/${t}_fuzz.cc ]] || { echo "fuzz.sh: unknown target $t" >&2; exit 1; }
done
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_FUZZ=ON \
    -DSONGNGU_SANITIZE=address,undefined >/dev/null || exit 1
fi
cmake --build "$BUILD" -j "$JOBS" --target "${targets[@]/%/_fuzz}" || exit 1
mkdir -p "$BUILD/crashes"
status=0
for t in "${targets[@]}"; do
  corpus="$BUILD/corpus/$t" seed_dir="$BUILD/seeds/$t"
  rm -rf "$seed_dir"
  mkdir -p "$corpus" "$seed_dir"
  # shellcheck disable=SC2086  # the globs expand here
  for f in ${seeds[$t]}; do [[ -f $f ]] && cp "$f" "$seed_dir/"; done
  echo "== $t: ${FUZZ_SECONDS}s, $(ls "$seed_dir" | wc -l) seeds, $(ls "$corpus" | wc -l) inputs from earlier runs"
  # -timeout: one input taking longer than 10 s counts as a hang; -rss_limit_mb: blow-ups count too.
  if ! "$BUILD/fuzz/${t}_fuzz" "$corpus" "$seed_dir" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$t-" \
       2>"$BUILD/$t.log"; then
    echo "   FOUND A PROBLEM: see $BUILD/$t.log and $BUILD/crashes/$t-*"
    grep -m3 -E "ERROR|SUMMARY|runtime error|descriptor leak" "$BUILD/$t.log" | sed 's/^/   /'
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$BUILD/$t.log" | tail -2 | sed 's/^/   /'
  fi
done
exit $status
