#!/bin/bash
# End-to-end test of the CLI's message language: the real binary answers in Vietnamese, Korean or
# English as LANG says, LC_MESSAGES overrides LANG and LC_ALL overrides both; errors (missing file,
# invalid UTF-8, unknown option) and help texts are translated, and exit codes do not depend on
# the language. Expected texts are not written here: each is the catalog's own translation
# (po/LANG.po, looked up with gettext's msggrep) with the placeholders filled, compared whole.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v msggrep >/dev/null || skip "msggrep (gettext) not found"

# translation LANG MSGID [ARG...]: the catalog's msgstr for MSGID with {1}, {2}, ... filled;
# the msgid itself for en. Fails the test when the catalog has no translation.
translation() {
  local lang=$1 msgid=$2; shift 2
  local text
  if [[ $lang == en ]]; then
    text=$msgid
  else
    text=$(msggrep --no-wrap --msgid -F -e "$msgid" "$src/po/$lang.po" |
      awk -v want="$msgid" '
        function unq(s) { s = substr(s, 2, length(s) - 2); gsub(/\\"/, "\"", s); gsub(/\\\\/, "\\", s); return s }
        /^msgid / { id = unq(substr($0, 7)) }
        /^msgstr / { if (id == want) { print unq(substr($0, 8)); found = 1 } }
        END { exit !found }')
    if [[ $? -ne 0 || -z $text ]]; then
      echo "FAIL no $lang translation of \"$msgid\" in po/$lang.po" >&2
      fail=1
      text="<missing $lang translation>"
    fi
  fi
  local i=1
  for arg in "$@"; do
    text=${text//"{$i}"/$arg}
    i=$((i + 1))
  done
  printf '%s' "$text"
}

# run_in ENV... -- ARGS...: runs the binary with a clean locale environment plus ENV;
# stdout -> $tmp/out, stderr -> $tmp/err, exit status -> $rc.
run_in() {
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  (cd "$tmp" && env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "${envs[@]}" "$bin" "$@") >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

declare -A LOCALE=([vi]=vi_VN.UTF-8 [ko]=ko_KR.UTF-8 [en]=en_US.UTF-8)

# Inputs: a missing file, and a file with one byte that is not UTF-8 (0xFF never is) on line 2,
# after "Hai ".
printf 'Một\nHai \xff ba.\n' >"$tmp/bad.txt"

for lang in vi ko en; do
  L=${LOCALE[$lang]}
  run_in "LANG=$L" -- segment missing.txt
  check "$lang: missing file exits 1" test $rc -eq 1
  same "$lang: missing file message" "songngu: missing.txt: $(translation $lang "no such file")" "$(cat "$tmp/err")"
  check "$lang: missing file prints nothing on stdout" test ! -s "$tmp/out"

  run_in "LANG=$L" -- segment -l vi bad.txt
  check "$lang: invalid UTF-8 exits 1" test $rc -eq 1
  # The location as compilers print it (file:line:column:, never translated), the byte offset last.
  same "$lang: invalid UTF-8 message" \
    "songngu: bad.txt:2:5: $(translation $lang "invalid UTF-8") $(translation $lang "(byte {1})" 10)" "$(cat "$tmp/err")"

  run_in "LANG=$L" -- segment --bogus x.txt
  check "$lang: unknown option exits 2" test $rc -eq 2
  same "$lang: unknown option message" "songngu: $(translation $lang "unknown option {1} (see --help)" --bogus)" "$(cat "$tmp/err")"

  run_in "LANG=$L" -- --help
  check "$lang: --help exits 0" test $rc -eq 0
  same "$lang: --help usage line" "$(translation $lang "Usage:") songngu COMMAND [OPTIONS] ..." "$(head -1 "$tmp/out")"
  check "$lang: --help lists the segment command translated" \
    grep -qxF "  segment   $(translation $lang "split text files into sentences")" "$tmp/out"
  check "$lang: --help closing hint translated" \
    grep -qxF "$(translation $lang "Run \"songngu COMMAND --help\" for the options of a command.")" "$tmp/out"

  run_in "LANG=$L" -- segment --help
  check "$lang: segment --help exits 0" test $rc -eq 0
  same "$lang: segment --help option table translated" "$(translation $lang "show this help")" \
    "$(grep -e '^  -h, --help  ' "$tmp/out" | sed 's/^  -h, --help  *//')"
  same "$lang: segment --help --encoding help translated" \
    "$(translation $lang "encoding of the input files: NAME for all, LANG=NAME for one language (repeatable or comma-separated; e.g. ko=cp949,vi=tcvn3); default UTF-8, or a legacy encoding detected with certainty")" \
    "$(grep -e '^      --encoding \[LANG=\]NAME  ' "$tmp/out" | sed 's/^      --encoding \[LANG=\]NAME  *//')"
  check "$lang: segment --help description translated" \
    grep -qxF "$(translation $lang "Split text files into sentences (\"-\" reads standard input). Blank lines separate paragraphs; a single line break is a soft wrap.")" "$tmp/out"

  run_in "LANG=$L" --
  check "$lang: no command exits 2 with the help" test $rc -eq 2
  check "$lang: no command prints the translated help" grep -qF "$(translation $lang "Commands:")" "$tmp/out"
done

# The catalogs really are in those languages (a guard against comparing English with English).
run_in "LANG=vi_VN.UTF-8" -- segment missing.txt
check "vi: the message is Vietnamese" grep -q "không có tệp" "$tmp/err"
run_in "LANG=ko_KR.UTF-8" -- segment missing.txt
check "ko: the message is Korean" grep -q "파일이 없습니다" "$tmp/err"
run_in "LANG=en_US.UTF-8" -- segment missing.txt
same "en: the message is English" "songngu: missing.txt: no such file" "$(cat "$tmp/err")"

# Precedence: LC_ALL > LC_MESSAGES > LANG, as POSIX says for the message category.
missing() { echo "missing.txt: $(translation "$1" "no such file")"; }
run_in "LANG=en_US.UTF-8" "LC_MESSAGES=vi_VN.UTF-8" -- segment missing.txt
same "LC_MESSAGES=vi overrides LANG=en" "songngu: $(missing vi)" "$(cat "$tmp/err")"
run_in "LANG=vi_VN.UTF-8" "LC_MESSAGES=ko_KR.UTF-8" -- segment missing.txt
same "LC_MESSAGES=ko overrides LANG=vi" "songngu: $(missing ko)" "$(cat "$tmp/err")"
run_in "LANG=ko_KR.UTF-8" "LC_MESSAGES=en_US.UTF-8" -- segment missing.txt
same "LC_MESSAGES=en overrides LANG=ko" "songngu: $(missing en)" "$(cat "$tmp/err")"
run_in "LANG=vi_VN.UTF-8" "LC_MESSAGES=vi_VN.UTF-8" "LC_ALL=ko_KR.UTF-8" -- segment missing.txt
same "LC_ALL=ko overrides LC_MESSAGES and LANG" "songngu: $(missing ko)" "$(cat "$tmp/err")"
run_in "LANG=ko_KR.UTF-8" "LC_MESSAGES=ko_KR.UTF-8" "LC_ALL=vi_VN.UTF-8" -- segment missing.txt
same "LC_ALL=vi overrides LC_MESSAGES and LANG" "songngu: $(missing vi)" "$(cat "$tmp/err")"
run_in "LANG=vi_VN.UTF-8" "LC_ALL=en_US.UTF-8" -- segment missing.txt
same "LC_ALL=en overrides LANG=vi" "songngu: $(missing en)" "$(cat "$tmp/err")"
check "exit status stays 1 under every locale" test $rc -eq 1
# An empty variable does not count (POSIX): LC_ALL= falls through to LANG.
run_in "LANG=ko_KR.UTF-8" "LC_ALL=" -- segment missing.txt
same "empty LC_ALL is ignored" "songngu: $(missing ko)" "$(cat "$tmp/err")"

# Locale names as people write them: without a charset, language only, C/POSIX, unknown.
run_in "LANG=vi_VN" -- segment missing.txt
same "LANG=vi_VN (no charset) is Vietnamese" "songngu: $(missing vi)" "$(cat "$tmp/err")"
run_in "LANG=ko" -- segment missing.txt
same "LANG=ko (language only) is Korean" "songngu: $(missing ko)" "$(cat "$tmp/err")"
run_in "LANG=C" -- segment missing.txt
same "LANG=C is English" "songngu: $(missing en)" "$(cat "$tmp/err")"
run_in -- segment missing.txt
same "no locale variable is English" "songngu: $(missing en)" "$(cat "$tmp/err")"
run_in "LANG=fr_FR.UTF-8" -- segment missing.txt
same "a language without a catalog falls back to English" "songngu: $(missing en)" "$(cat "$tmp/err")"
check "  ...and still exits 1" test $rc -eq 1

# Output data is not translated: the segments of a good file are the same in every language.
printf 'Một câu. Hai câu.\n' >"$tmp/good.txt"
run_in "LANG=en_US.UTF-8" -- segment -l vi good.txt
cp "$tmp/out" "$tmp/out.en"
for lang in vi ko; do
  run_in "LANG=${LOCALE[$lang]}" -- segment -l vi good.txt
  check "$lang: segment output identical to English, exit 0" cmp -s "$tmp/out" "$tmp/out.en"
done

exit $fail
