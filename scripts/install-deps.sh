#!/bin/bash
# Installs the Debian packages songngu needs to build, and with --test to test, --bench to benchmark or
# --fuzz to fuzz,
# only those missing. Uses sudo when not root; prints the apt-get line when neither works. Quiet when all are present.
set -euo pipefail
# libicu-dev and libboost-locale-dev also hold the static archives (libicu*.a, libboost_locale.a and,
# through libboost-thread1.74-dev, libboost_thread.a) that the songngu executable links (CMakeLists.txt).
build=(g++ make cmake pkg-config gettext libicu-dev libboost-locale-dev libtinyxml2-dev libgumbo-dev libzip-dev
       libxml2-dev libgtest-dev libgmock-dev googletest python3 libcpp-httplib-dev)
test=(chromium firefox-esr fonts-nanum libxml2-utils omegat python3-translate translate-toolkit default-jdk-headless unzip clang-format-14)
bench=(time bc gnuplot-nox hyperfine)
fuzz=(clang libclang-rt-14-dev)
want=("${build[@]}")
[[ ${1:-} == --test ]] && want+=("${test[@]}")
[[ ${1:-} == --bench ]] && want+=("${bench[@]}")
[[ ${1:-} == --fuzz ]] && want+=("${fuzz[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
(( ${#missing[@]} )) || exit 0
line="apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=900 ${missing[*]}"
if [[ $(id -u) == 0 ]]; then sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo)
else
  echo "songngu: missing Debian packages: ${missing[*]}" >&2
  echo "songngu: install them with: sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "songngu: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq -o DPkg::Lock::Timeout=900
"${sudo[@]}" $line -qq
