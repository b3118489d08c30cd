#!/bin/bash
# End-to-end test of loading the plugins (src/base/plugin.h): the document readers come from
# $SONGNGU_PLUGIN_DIR/songngu-documents.so. A folder without it, a file that is no plugin, and a
# plugin of another build of songngu (made here with the C++ compiler) are each a clear error naming
# the file, exit 1, nothing written; plain text needs no plugin at all; this build's own plugin
# copied elsewhere works.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
own=$(dirname "$bin")/plugins
[[ -f $own/songngu-documents.so ]] || skip "no plugins beside $bin"
html=$src/tests/data/read/page
printf 'Câu một.\n' >"$tmp/a.vi"
printf 'Sentence one.\n' >"$tmp/a.en"

# align_with DIR OUT: aligns the HTML page pair with the plugins of DIR; sets rc and err.
align_with() {
  SONGNGU_PLUGIN_DIR=$1 "$bin" align -s vi -t en "$html.vi.html" "$html.en.html" -o "$2" 2>"$tmp/err"
  rc=$?
  err=$(cat "$tmp/err")
}

mkdir "$tmp/empty"
align_with "$tmp/empty" "$tmp/out1.tsv"
same "no plugin: exit 1" 1 "$rc"
check "no plugin: the message names the file" grep -q "cannot load a part of songngu: .*$tmp/empty/songngu-documents.so" <<<"$err"
check "no plugin: nothing written" test ! -e "$tmp/out1.tsv"
SONGNGU_PLUGIN_DIR=$tmp/empty "$bin" align -s vi -t en "$tmp/a.vi" "$tmp/a.en" -o "$tmp/text.tsv"
check "plain text needs no plugin" grep -q "Câu một.	Sentence one." "$tmp/text.tsv"

mkdir "$tmp/junk"
printf 'not a shared object\n' >"$tmp/junk/songngu-documents.so"
align_with "$tmp/junk" "$tmp/out2.tsv"
same "not a plugin: exit 1" 1 "$rc"
check "not a plugin: the message names the file" grep -q "$tmp/junk/songngu-documents.so" <<<"$err"
check "not a plugin: nothing written" test ! -e "$tmp/out2.tsv"

compiler=$(command -v c++ || command -v g++ || true)
if [[ -n $compiler ]]; then
  mkdir "$tmp/other"
  printf 'extern "C" const char* songngu_plugin_build() { return "0.0.1+other"; }\n' >"$tmp/other.cc"
  "$compiler" -shared -fPIC -o "$tmp/other/songngu-documents.so" "$tmp/other.cc"
  align_with "$tmp/other" "$tmp/out3.tsv"
  same "another build's plugin: exit 1" 1 "$rc"
  check "another build's plugin: the message names both builds" \
    grep -q "$tmp/other/songngu-documents.so belongs to songngu 0.0.1+other, this program is songngu " <<<"$err"
  check "another build's plugin: nothing written" test ! -e "$tmp/out3.tsv"
else
  echo "(no C++ compiler: the other-build case is left out)"
fi

mkdir "$tmp/copy"
cp "$own/songngu-documents.so" "$tmp/copy/"
align_with "$tmp/copy" "$tmp/out4.tsv"
same "this build's plugin, elsewhere: exit 0" 0 "$rc"
check "this build's plugin, elsewhere: pairs written" test -s "$tmp/out4.tsv"
exit $fail
