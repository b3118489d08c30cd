#!/bin/bash
# Extracts every message the CLI can print into po/songngu.pot and merges it into po/vi.po and
# po/ko.po. Messages are marked where they are written: tr("...") / tr_template("...") in src/cli,
# N_("...") for templates that are translated later (library errors and warnings, help texts in
# OptionSpec tables, command summaries). Entries no longer in the sources are dropped (git keeps
# their history); nothing is fuzzy-matched, so a changed message shows up as untranslated.
# Exits 1 when a catalog has untranslated or fuzzy entries or fails `msgfmt --check`, listing them.
#
#   scripts/update-po.sh           extract, merge, report
#   scripts/update-po.sh --check   change nothing; exit 1 listing the messages of the sources that
#                                  po/vi.po or po/ko.po do not translate (used by the unit tests)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-update}

# extract OUT.pot: every marked message of src/. xgettext's only complaint without a bug address
# is a multi-line note: keep every other line.
extract() {
  find src -name '*.cc' -o -name '*.h' | LC_ALL=C sort |
    xargs xgettext --from-code=UTF-8 --language=C++ --no-location --sort-output \
      --keyword=N_ --keyword=tr:1 --keyword=tr_template:1 \
      --package-name=songngu -o "$1" 2>&1 |
    { grep -v -e 'msgid-bugs-address was not specified' -e "If you are using a 'Makevars'" \
        -e 'the MSGID_BUGS_ADDRESS variable' -e 'specify an --msgid-bugs-address' >&2 || true; }
}

if [[ $mode == --check ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  extract "$tmp/songngu.pot"
  status=0
  for po in po/vi.po po/ko.po; do
    # Messages of the sources that the catalog lacks, or has empty or fuzzy.
    msgattrib --translated --no-fuzzy --no-obsolete --no-wrap "$po" | grep '^msgid "..*"' | LC_ALL=C sort >"$tmp/done"
    missing=$(msgcat --no-wrap "$tmp/songngu.pot" | grep '^msgid "..*"' | LC_ALL=C sort | LC_ALL=C comm -23 - "$tmp/done")
    if [[ -n $missing ]]; then
      echo "$po does not translate these messages of the sources (run scripts/update-po.sh):"
      printf '%s\n' "$missing" | sed 's/^/    /'
      status=1
    fi
  done
  exit $status
fi

extract po/songngu.pot
echo "po/songngu.pot: $(grep -c '^msgid ' po/songngu.pot | awk '{print $1 - 1}') messages"

status=0
for po in po/vi.po po/ko.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-output "$po" po/songngu.pot
  msgattrib --no-obsolete --sort-output -o "$po" "$po"
  # msgattrib prints the header entry too; count real entries only.
  untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$po" | grep -c '^msgid "..*"' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep -c '^msgid "..*"' || true)
  echo "$po: $untranslated untranslated, $fuzzy fuzzy"
  if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    { msgattrib --untranslated --no-obsolete --no-wrap "$po"; msgattrib --only-fuzzy --no-obsolete --no-wrap "$po"; } |
      grep '^msgid "..*"' | sed 's/^/    /'
    status=1
  fi
  msgfmt --check -o /dev/null "$po" || status=1
done
exit $status
