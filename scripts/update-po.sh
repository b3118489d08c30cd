#!/bin/bash
# Extracts every message the CLI can print (tr(...) in src/cli, N_(...) in the library) into
# po/songngu.pot and merges it into po/vi.po and po/ko.po. Untranslated entries are listed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
find src -name '*.cc' -o -name '*.h' | sort | xargs xgettext --from-code=UTF-8 -C --no-location --sort-output \
  --keyword=N_ --keyword=tr --keyword=tr_template --package-name=songngu -o po/songngu.pot
for po in po/vi.po po/ko.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-output "$po" po/songngu.pot
  msgattrib --untranslated "$po" | grep -c '^msgid' | xargs echo "$po untranslated (incl. header):"
done
