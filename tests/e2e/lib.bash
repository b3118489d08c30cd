# What every end-to-end test starts with (tests/e2e/*.sh run the real binary; ctest sets the
# variables below). Source it first:  source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
#   bin     the songngu binary ($SONGNGU_BINARY); without it the test is skipped (exit 77)
#   src     the source tree ($SONGNGU_SOURCE_DIR), or empty
#   tmp     a new folder, removed when the test exits
#   fail    0; a failed check sets it to 1, and the test ends with `exit $fail`
#   check DESCRIPTION COMMAND...      runs COMMAND, prints "ok   DESCRIPTION" or "FAIL DESCRIPTION"
#   same DESCRIPTION EXPECTED ACTUAL  the two strings are equal (both are shown when not)
#   die MESSAGE                       prints "FAIL: MESSAGE" and exits 1 at once
#   skip MESSAGE                      prints "SKIPPED: MESSAGE" and exits 77
#   need_source                       skips the test when there is no source tree
#   need_puppeteer                    puppeteer-core@24 from npm, installed once into the build folder:
#                                     sets modules (its node_modules); skips without node/npm or when
#                                     npm cannot fetch it
#   make_review_corpus                corpus/{vi,en,ko}/2025-03-04-library.txt in the current folder: the
#                                     trilingual library text (tests/data/tm) and one more sentence in
#                                     each language, the English with a forbidden term (the bundled
#                                     seed's !Secretary General): one consistency finding
#   start_review ARGS...              runs `songngu review ARGS --no-browser` in the background and
#                                     waits for its address line: sets server (the pid; killed on
#                                     exit), url, base (http://127.0.0.1:PORT), port and token
bin=${SONGNGU_BINARY:-}
src=${SONGNGU_SOURCE_DIR:-}
skip() { echo "SKIPPED: $*"; exit 77; }
die() { echo "FAIL: $*" >&2; exit 1; }
need_source() { [[ -n $src && -d $src ]] || skip "SONGNGU_SOURCE_DIR not set"; }
[[ -n $bin && -x $bin ]] || skip "SONGNGU_BINARY not set or not executable"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}
same() {
  if [[ $2 == "$3" ]]; then echo "ok   $1"; else printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"; fail=1; fi
}
need_puppeteer() {
  command -v node >/dev/null && command -v npm >/dev/null || skip "node/npm are not installed"
  local dir=${SONGNGU_BUILD_DIR:-$tmp}/npm
  mkdir -p "$dir"
  # ctest runs the browser tests in parallel: one installs while the other waits on the lock, and
  # the marker is written only after a complete install (a half-unpacked node_modules once passed
  # for an installed one).
  (
    flock 9
    if [[ ! -e $dir/installed ]]; then
      (cd "$dir" && timeout 300 npm install --no-audit --no-fund --silent puppeteer-core@24) &&
        touch "$dir/installed"
    fi
  ) 9>"$dir/lock"
  [[ -e $dir/installed ]] || skip "npm could not install puppeteer-core@24"
  modules=$dir/node_modules
}
start_review() {
  # Emptied here, not only by the background job's redirection: that happens in the child, maybe
  # after the loop below has read an earlier server's line.
  : >"$tmp/review.out"
  "$bin" review "$@" --no-browser >"$tmp/review.out" 2>"$tmp/review.err" &
  server=$!
  trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
  for _ in $(seq 600); do [[ -s $tmp/review.out ]] && break; sleep 0.1; done
  local line
  line=$(head -1 "$tmp/review.out")
  [[ $line =~ ^songngu:\ review\ at\ ((http://127\.0\.0\.1:([0-9]+))/\?token=([0-9a-f]{32}))$ ]] ||
    die "no address line on standard output: '$line' ($(cat "$tmp/review.err"))"
  url=${BASH_REMATCH[1]} base=${BASH_REMATCH[2]} port=${BASH_REMATCH[3]} token=${BASH_REMATCH[4]}
}
make_review_corpus() {
  for lang in vi en ko; do
    mkdir -p corpus/$lang
    cp "$src/tests/data/tm/trilingual.$lang" corpus/$lang/2025-03-04-library.txt
  done
  echo "Tổng Bí thư phát biểu tại thư viện." >>corpus/vi/2025-03-04-library.txt
  echo "The Secretary General spoke at the library." >>corpus/en/2025-03-04-library.txt
  echo "서기장이 도서관에서 연설했습니다." >>corpus/ko/2025-03-04-library.txt
}
