#!/bin/bash
# Tests the Slurm scripts for real (issue 7): installs slurm-wlm if missing, starts a single-node
# Slurm on localhost in a temporary folder (auth/none, free ports, every path inside the folder),
# submits scripts/slurm/submit.sh (an array of 3 align shards + an afterok merge job) on the dev set
# ../shared/data/align/lohelp-vi-en (presegmented), and checks that the merged TMX equals, byte for
# byte, the same shards run locally (and reports how it compares with one unsharded `align --batch` run; SOURCE_DATE_EPOCH fixes the
# dates). The daemons are always stopped (trap). Exit 0 pass, 1 fail, 77 skipped (no dev set).
set -uo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${SONGNGU_BINARY:-$src/build/songngu}")
data=$(realpath -m "$src/../shared/data/align/lohelp-vi-en")
shards=${SLURM_TEST_SHARDS:-3}
[[ -x $bin ]] || { echo "test-slurm: no songngu binary at $bin (make build)"; exit 1; }
[[ -d $data ]] || { echo "test-slurm: $data not found: skipped"; exit 77; }
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null; then
  sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
  echo "test-slurm: installing slurm-wlm"
  $sudo apt-get install -y -q -o DPkg::Lock::Timeout=900 slurm-wlm >/dev/null || { echo "test-slurm: cannot install slurm-wlm"; exit 1; }
fi
tmp=$(mktemp -d /tmp/songngu-slurm.XXXXXX)  # short: socket paths must stay short
chmod 755 "$tmp"
export SLURM_CONF=$tmp/slurm.conf
cleanup() {
  scontrol shutdown >/dev/null 2>&1
  for p in slurmctld slurmd; do
    [[ -s $tmp/$p.pid ]] && kill "$(cat "$tmp/$p.pid")" 2>/dev/null
  done
  sleep 1
  for p in slurmctld slurmd; do
    [[ -s $tmp/$p.pid ]] && kill -9 "$(cat "$tmp/$p.pid")" 2>/dev/null
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
user=$(id -un)
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/work"
cat >"$SLURM_CONF" <<CONF
ClusterName=songngutest
SlurmctldHost=localhost
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=$user
SlurmdUser=root
AuthType=auth/none
CredType=cred/none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
DependencyParameters=kill_invalid_depend
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
ReturnToService=2
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
if [[ $(id -u) -ne 0 ]]; then sed -i '/^SlurmdUser=/d' "$SLURM_CONF"; fi
fail() { echo "FAIL $*"; for l in slurmctld slurmd; do echo "--- $l.log (tail)"; tail -5 "$tmp/$l.log" 2>/dev/null; done; exit 1; }
slurmctld -i -f "$SLURM_CONF" || fail "slurmctld did not start"
slurmd -f "$SLURM_CONF" -N localhost || fail "slurmd did not start"
for _ in $(seq 1 60); do
  state=$(timeout 5 sinfo -h -N -o '%T' 2>/dev/null | head -1)
  [[ $state == idle ]] && break
  sleep 0.5
done
[[ $state == idle ]] || fail "the node did not become idle (state: ${state:-none})"
echo "ok   single-node Slurm up ($(sinfo -h -o '%P %D %T'))"

# Single machine: the reference memory.
export SOURCE_DATE_EPOCH=1767225600  # fixed creation dates, so TMX files compare byte for byte
export SONGNGU=$bin SONGNGU_LANGS="-s vi -t en"
"$bin" align -s vi -t en --presegmented --batch "$data" --format tmx -o "$tmp/single" -j 2 2>"$tmp/single.err" || fail "single-machine batch"
"$bin" tm merge $(find "$tmp/single" -name '*.tmx' | LC_ALL=C sort) -o "$tmp/single.tmx" >/dev/null || fail "single-machine merge"

# The cluster: array of shards + dependent merge.
read -r array merge <<<"$("$src/scripts/slurm/submit.sh" "$shards" "$data" "$tmp/work" "$tmp/merged.tmx" --presegmented 2>&1)" \
  || fail "submit.sh: $array $merge"
[[ $array =~ ^[0-9]+$ && $merge =~ ^[0-9]+$ ]] || fail "submit.sh printed '$array $merge'"
echo "ok   submitted array job $array ($shards tasks) and merge job $merge (afterok)"
for _ in $(seq 1 240); do
  left=$(timeout 5 squeue -h -j "$array,$merge" 2>/dev/null | wc -l)
  [[ $left -eq 0 ]] && break
  sleep 0.5
done
[[ $left -eq 0 ]] || fail "jobs still queued after 120 s: $(squeue -h)"
[[ -f $tmp/merged.tmx ]] || { cat "$tmp"/work/*.out 2>/dev/null | tail -5; fail "no merged TMX (the jobs failed)"; }
n_shards=$(ls -d "$tmp"/work/shard-* | wc -l)
[[ $n_shards -eq $shards ]] && echo "ok   $n_shards shard folders" || fail "$n_shards shard folders, expected $shards"
n_single=$(find "$tmp/single" -name '*.tmx' | wc -l); n_cluster=$(find "$tmp/work" -name '*.tmx' | wc -l)
[[ $n_single -eq $n_cluster ]] && echo "ok   $n_cluster document TMX files, as on one machine" || fail "$n_cluster TMX files from shards, $n_single on one machine"
# (a) The machinery: the same shards run here one after another, merged the same way.
for k in $(seq 1 "$shards"); do
  "$bin" align -s vi -t en --presegmented --batch "$data" --shard "$k/$shards" --format tmx -o "$tmp/local/shard-$k" 2>/dev/null || fail "local shard $k"
done
"$bin" tm merge $(find "$tmp/local" -name '*.tmx' | LC_ALL=C sort) -o "$tmp/local.tmx" >/dev/null || fail "local merge"
cmp -s "$tmp/local.tmx" "$tmp/merged.tmx" && echo "ok   Slurm result equals the same shards run locally, byte for byte" \
  || fail "the Slurm result differs from the same shards run locally"
# (b) Against one unsharded run. Not yet equal, by design of the aligner today: its word-translation
# table is learned from all documents of a run, so a shard that sees a third of the list learns a
# slightly different table (6 of 135 documents differ on lohelp-vi-en). Reported, not failed, until
# the lexicon can be trained once and shared by the shards (see issue 7's closing note).
if cmp -s "$tmp/single.tmx" "$tmp/merged.tmx"; then
  echo "ok   merged TMX equals the single-machine one byte for byte ($(grep -c '<tu[ >]' "$tmp/merged.tmx") units)"
else
  echo "note merged shards differ from one unsharded --batch run in $(diff "$tmp/single.tmx" "$tmp/merged.tmx" | grep -c '^[<>]') lines (per-run lexicon)"
fi
# A failing shard must not let the merge run (afterok + kill_invalid_depend), and nothing hangs.
read -r array2 merge2 <<<"$(SONGNGU=/bin/false "$src/scripts/slurm/submit.sh" 2 "$data" "$tmp/work2" "$tmp/merged2.tmx" 2>&1)"
for _ in $(seq 1 120); do
  left=$(timeout 5 squeue -h -j "$array2,$merge2" 2>/dev/null | wc -l); [[ $left -eq 0 ]] && break; sleep 0.5
done
[[ $left -eq 0 && ! -e $tmp/merged2.tmx ]] && echo "ok   a failed shard cancels the merge job" || fail "failed shard: merge ran or jobs hang"
[[ -z ${bad:-} ]] || { echo "some Slurm checks FAILED"; exit 1; }
echo "all Slurm checks passed"
