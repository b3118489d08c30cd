#!/bin/bash
# The include layering of ../shared/DESIGN.md, checked: a module may include only itself and the
# modules below it. Every #include "X/..." in src/M/ and tests/M/ whose X is a layer must name a
# layer at or below M (other includes: system headers, the generated songngu/version.h, a test's
# own helpers, are not layers and pass). A folder of src/ that is not a layer is an error too, so
# a new module has to take its place in the order first.
#
#   scripts/check-layering.sh ROOT LAYER...    LAYERs lowest first (CMakeLists.txt: SONGNGU_LAYERS)
# Prints every violation as FILE:LINE: ... and exits 1 when there is one.
set -uo pipefail
root=${1:?usage: check-layering.sh ROOT LAYER...}
shift
(( $# > 0 )) || { echo "check-layering: no layers given" >&2; exit 2; }
declare -A rank
i=0
for layer in "$@"; do rank[$layer]=$((i++)); done
order="$*"
status=0
for top in src tests; do
  [[ -d $root/$top ]] || continue
  for dir in "$root/$top"/*/; do
    module=$(basename "$dir")
    if [[ -z ${rank[$module]+x} ]]; then
      [[ $top == src ]] && { echo "$top/$module: not a layer of the module order ($order)"; status=1; }
      continue  # tests/data, tests/e2e, tests/conventions: not code of a module
    fi
    while IFS=: read -r file line text; do
      included=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^/"]+)\/.*/\1/' <<<"$text")
      [[ -n ${rank[$included]+x} ]] || continue
      if (( rank[$included] > rank[$module] )); then
        echo "${file#"$root"/}:$line: $module may not include $included, a layer above it (order: $order)"
        status=1
      fi
    done < <(grep -rnH --include='*.h' --include='*.cc' -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^/"]+/' "$dir")
  done
done
(( status == 0 )) && echo "layering: every include points down ($order)"
exit $status
