# Shared by tests/e2e/hostile_*.sh (on top of lib.bash): run songngu on hostile input and check that it fails cleanly.
# A clean failure: exit status 1 or 2 (never >= 124: timeout, signal, crash), a message on stderr
# naming the problem, no sanitizer report, and the output file that existed before left unchanged.
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
LIMIT=${HOSTILE_TIMEOUT:-60}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# guard FILE: give FILE known content, to be checked by unchanged FILE afterwards.
guard() { printf 'KNOWN GOOD CONTENT\n' >"$1"; }
unchanged() { [[ "$(cat "$1" 2>/dev/null)" == "KNOWN GOOD CONTENT" ]]; }

# expect_error DESCRIPTION PATTERN OUTPUT -- COMMAND...: the command must exit 1 or 2 within LIMIT
# seconds with stderr matching PATTERN (extended regex, case-insensitive), and OUTPUT (a path, or
# "-" for none) must keep its guarded content.
expect_error() {
  local what=$1 pattern=$2 out=$3; shift 4
  [[ $out != - ]] && guard "$out"
  timeout -k 5 "$LIMIT" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local rc=$?
  if [[ $rc -ne 1 && $rc -ne 2 ]]; then
    bad "$what: exit $rc (want 1 or 2; 124 = hang, >= 128 = crash)"; sed 's/^/     /' "$tmp/stderr" | head -5; return
  fi
  if grep -qiE 'sanitizer|runtime error|terminate called|std::' "$tmp/stderr"; then
    bad "$what: crash report or raw exception text on stderr"; head -5 "$tmp/stderr"; return
  fi
  if ! grep -qiE "$pattern" "$tmp/stderr"; then
    bad "$what: message does not match /$pattern/:"; sed 's/^/     /' "$tmp/stderr" | head -5; return
  fi
  if [[ $out != - ]] && ! unchanged "$out"; then bad "$what: existing output $out was changed"; return; fi
  ok "$what (exit $rc: $(head -1 "$tmp/stderr" | cut -c1-110))"
}

# expect_ok_or_error DESCRIPTION COMMAND...: the command may succeed (0) or refuse (1/2 with a
# message), but must not crash, hang or print a sanitizer report.
expect_ok_or_error() {
  local what=$1; shift
  timeout -k 5 "$LIMIT" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local rc=$?
  if [[ $rc -ne 0 && $rc -ne 1 && $rc -ne 2 ]]; then
    bad "$what: exit $rc (124 = hang, >= 128 = crash)"; head -5 "$tmp/stderr"; return 1
  fi
  if grep -qiE 'sanitizer|runtime error|terminate called' "$tmp/stderr"; then bad "$what: crash report"; head -5 "$tmp/stderr"; return 1; fi
  if [[ $rc -ne 0 && ! -s $tmp/stderr ]]; then bad "$what: exit $rc without a message"; return 1; fi
  ok "$what (exit $rc$( [[ -s $tmp/stderr ]] && echo ": $(head -1 "$tmp/stderr" | cut -c1-100)"))"
}

finish() {
  [[ $fail -eq 0 ]] && echo "all hostile cases passed" || echo "some hostile cases FAILED"
  exit $fail
}
