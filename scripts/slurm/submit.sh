#!/bin/bash
# Submits a sharded batch alignment: an array of N align tasks and a merge job that starts only
# when every task succeeded (afterok). Prints the two job ids.
#   scripts/slurm/submit.sh N LIST_OR_DIR OUTDIR MERGED.tmx [songngu align options, e.g. --presegmented]
# sbatch options come from sbatch's own environment variables (SBATCH_PARTITION, SBATCH_ACCOUNT, ...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:?usage: submit.sh N LIST_OR_DIR OUTDIR MERGED.tmx [sbatch options]}
batch=$(realpath -m "$2") out=$(realpath -m "$3") merged=$(realpath -m "$4")  # jobs run in OUTDIR
shift 4
mkdir -p "$out"
array=$(sbatch --parsable --array="1-$n" --chdir="$out" "$here/align-array.sbatch" "$batch" "$out" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --chdir="$out" "$here/merge.sbatch" "$out" "$merged")
echo "$array ${merge%%;*}"
