#!/bin/bash
# The shipped SRX rules are valid SRX 2.0: validated against srx20.xsd from OmegaT's jar (Debian
# package omegat) with xmllint. Skipped (77) when the jar, unzip or xmllint is missing.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
jar=/usr/share/omegat/OmegaT.jar
[[ -f $jar ]] || skip "$jar not installed"
command -v unzip >/dev/null && command -v xmllint >/dev/null || skip "unzip or xmllint missing"
unzip -p "$jar" schemas/srx20.xsd >"$tmp/srx20.xsd" || skip "no schemas/srx20.xsd in $jar"
# The schema imports xml.xsd from the web for xml:lang; the SRX files use no xml:* attribute, so
# the import is dropped to validate offline.
sed -i '/<xs:import namespace="http:\/\/www.w3.org\/XML\/1998\/namespace"/,/\/>/d' "$tmp/srx20.xsd"
fail=0
for f in "$src"/data/srx/*.srx; do
  if xmllint --noout --nonet --schema "$tmp/srx20.xsd" "$f"; then echo "ok   $f"; else echo "FAIL $f"; fail=1; fi
done
exit $fail
