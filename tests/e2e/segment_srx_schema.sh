#!/bin/bash
# The shipped SRX rules are valid SRX 2.0: validated against srx20.xsd from OmegaT's jar (Debian
# package omegat) with xmllint. Skipped (77) when the jar, unzip or xmllint is missing.
set -u
src=${SONGNGU_SOURCE_DIR:-}
jar=/usr/share/omegat/OmegaT.jar
[[ -d $src ]] || { echo "SONGNGU_SOURCE_DIR not set: skipped"; exit 77; }
[[ -f $jar ]] || { echo "$jar not installed: skipped"; exit 77; }
command -v unzip >/dev/null && command -v xmllint >/dev/null || { echo "unzip or xmllint missing: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -p "$jar" schemas/srx20.xsd >"$tmp/srx20.xsd" || { echo "no schemas/srx20.xsd in $jar: skipped"; exit 77; }
# The schema imports xml.xsd from the web for xml:lang; the SRX files use no xml:* attribute, so
# the import is dropped to validate offline.
sed -i '/<xs:import namespace="http:\/\/www.w3.org\/XML\/1998\/namespace"/,/\/>/d' "$tmp/srx20.xsd"
fail=0
for f in "$src"/data/srx/*.srx; do
  if xmllint --noout --nonet --schema "$tmp/srx20.xsd" "$f"; then echo "ok   $f"; else echo "FAIL $f"; fail=1; fi
done
exit $fail
