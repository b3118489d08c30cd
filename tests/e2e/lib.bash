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
