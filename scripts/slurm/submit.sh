#!/bin/bash
# Submits a sharded batch alignment as three dependent jobs and prints their ids:
#   LEARN  learn.sbatch: the model learned from the whole list -> OUTDIR/align.model
#   ARRAY  align-array.sbatch, N tasks: shard K of N aligned with that model (afterok:LEARN)
#   MERGE  merge.sbatch: the shards' TMX files joined into MERGED.tmx (afterok:ARRAY)
# The merged memory equals one unsharded `songngu align --batch` run byte for byte (with
# SOURCE_DATE_EPOCH set, which fixes the TMX dates).
#   scripts/slurm/submit.sh N LIST_OR_DIR OUTDIR MERGED.tmx [songngu align options, e.g. --presegmented]
# sbatch options come from sbatch's own environment variables (SBATCH_PARTITION, SBATCH_ACCOUNT, ...);
# SONGNGU_LEARN_CPUS (default 1) sets the learn job's --cpus-per-task (its -j).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:?usage: submit.sh N LIST_OR_DIR OUTDIR MERGED.tmx [songngu align options]}
batch=$(realpath -m "$2") out=$(realpath -m "$3") merged=$(realpath -m "$4")  # jobs run in OUTDIR
shift 4
model=$out/align.model
mkdir -p "$out"
learn=$(sbatch --parsable --cpus-per-task="${SONGNGU_LEARN_CPUS:-1}" --chdir="$out" "$here/learn.sbatch" "$batch" "$model" "$@")
learn=${learn%%;*}
array=$(sbatch --parsable --dependency="afterok:$learn" --array="1-$n" --chdir="$out" \
  "$here/align-array.sbatch" "$batch" "$out" --model "$model" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --chdir="$out" "$here/merge.sbatch" "$out" "$merged")
echo "$learn $array ${merge%%;*}"
