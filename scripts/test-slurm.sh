#!/bin/bash
# Tests the Slurm scripts for real (issue 7): installs slurm-wlm if missing, starts a single-node
# Slurm on localhost in a temporary folder (auth/none, free ports, every path inside the folder),
# submits scripts/slurm/submit.sh (a learn job on the whole list, an afterok array of 3 align shards
# with its model, an afterok merge job) on the dev set ../shared/data/align/lohelp-vi-en
# (presegmented), and FAILS unless the merged TMX equals, byte for byte, one unsharded
# `songngu align --batch` run merged the same way (SOURCE_DATE_EPOCH fixes the dates). It also
# checks that the jobs ran what they should (learn once, shards with --model), and that a failed
# learn job or a failed shard cancels what depends on it without hanging. The daemons are always
# stopped (trap). Exit 0 pass, 1 fail, 77 skipped (no dev set).
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

# Single machine: the reference memory, one unsharded run.
export SOURCE_DATE_EPOCH=1767225600  # fixed creation dates, so TMX files compare byte for byte
"$bin" align -s vi -t en --presegmented --batch "$data" --format tmx -o "$tmp/single" -j 2 2>"$tmp/single.err" || fail "single-machine batch"
"$bin" tm merge $(find "$tmp/single" -name '*.tmx' | LC_ALL=C sort) -o "$tmp/single.tmx" >/dev/null || fail "single-machine merge"

# wait_jobs ID...: until none of the jobs is queued or running (120 s at most).
wait_jobs() {
  local ids left
  ids=$(IFS=,; echo "$*")
  for _ in $(seq 1 240); do
    left=$(timeout 5 squeue -h -j "$ids" 2>/dev/null | wc -l)
    [[ $left -eq 0 ]] && return 0
    sleep 0.5
  done
  fail "jobs still queued after 120 s: $(squeue -h)"
}
# The jobs run songngu through a wrapper that logs each command line, to check what they ran.
cat >"$tmp/songngu-logged" <<WRAP
#!/bin/bash
echo "\$*" >>"$tmp/calls"
exec "$bin" "\$@"
WRAP
chmod +x "$tmp/songngu-logged"

# The cluster: learn job, array of shards with its model, dependent merge.
export SONGNGU=$tmp/songngu-logged SONGNGU_LANGS="-s vi -t en"
read -r learn array merge <<<"$("$src/scripts/slurm/submit.sh" "$shards" "$data" "$tmp/work" "$tmp/merged.tmx" --presegmented 2>&1)" \
  || fail "submit.sh: $learn $array $merge"
[[ $learn =~ ^[0-9]+$ && $array =~ ^[0-9]+$ && $merge =~ ^[0-9]+$ ]] || fail "submit.sh printed '$learn $array $merge'"
echo "ok   submitted learn job $learn, array job $array ($shards tasks, afterok) and merge job $merge (afterok)"
wait_jobs "$learn" "$array" "$merge"
[[ -f $tmp/merged.tmx ]] || { tail -5 "$tmp"/work/*.out 2>/dev/null; fail "no merged TMX (the jobs failed)"; }
[[ $(grep -c -- '--learn-only' "$tmp/calls") -eq 1 ]] && echo "ok   the learn job ran once" \
  || fail "$(grep -c -- '--learn-only' "$tmp/calls") learn runs, expected 1"
n_model=$(grep -c -- "--shard [0-9]*/$shards .*--model $tmp/work/align.model" "$tmp/calls")
[[ $n_model -eq $shards ]] && echo "ok   $n_model shard tasks aligned with the learned model" \
  || fail "$n_model shard tasks used --model, expected $shards: $(cat "$tmp/calls")"
n_shards=$(ls -d "$tmp"/work/shard-* | wc -l)
[[ $n_shards -eq $shards ]] && echo "ok   $n_shards shard folders" || fail "$n_shards shard folders, expected $shards"
n_single=$(find "$tmp/single" -name '*.tmx' | wc -l); n_cluster=$(find "$tmp/work" -name '*.tmx' | wc -l)
[[ $n_single -eq $n_cluster ]] && echo "ok   $n_cluster document TMX files, as on one machine" || fail "$n_cluster TMX files from shards, $n_single on one machine"
# The model is the one a local learn step writes.
"$bin" align -s vi -t en --presegmented --batch "$data" --model-out "$tmp/local.model" --learn-only 2>/dev/null || fail "local learn step"
cmp -s "$tmp/local.model" "$tmp/work/align.model" && echo "ok   the learn job's model equals a local --learn-only run's" \
  || fail "the learn job's model differs from a local --learn-only run's"
# The check that matters: the merged shards are the memory of one unsharded run.
if cmp -s "$tmp/single.tmx" "$tmp/merged.tmx"; then
  echo "ok   merged TMX equals one unsharded --batch run byte for byte ($(grep -c '<tu[ >]' "$tmp/merged.tmx") units)"
else
  diff "$tmp/single.tmx" "$tmp/merged.tmx" | head -20
  fail "merged shards differ from one unsharded --batch run in $(diff "$tmp/single.tmx" "$tmp/merged.tmx" | grep -c '^[<>]') lines"
fi

# A failing learn job cancels the array and the merge (afterok + kill_invalid_depend); nothing hangs.
read -r learn2 array2 merge2 <<<"$(SONGNGU=/bin/false "$src/scripts/slurm/submit.sh" 2 "$data" "$tmp/work2" "$tmp/merged2.tmx" 2>&1)"
wait_jobs "$learn2" "$array2" "$merge2"
[[ ! -e $tmp/merged2.tmx && -z $(ls -d "$tmp"/work2/shard-* 2>/dev/null) ]] && echo "ok   a failed learn job cancels the shards and the merge" \
  || fail "failed learn job: shards or merge ran"
# A failing shard (the learn step succeeds) cancels the merge.
cat >"$tmp/songngu-no-shards" <<WRAP
#!/bin/bash
[[ " \$* " == *" --shard "* ]] && exit 1
exec "$bin" "\$@"
WRAP
chmod +x "$tmp/songngu-no-shards"
read -r learn3 array3 merge3 <<<"$(SONGNGU=$tmp/songngu-no-shards "$src/scripts/slurm/submit.sh" 2 "$data" "$tmp/work3" "$tmp/merged3.tmx" --presegmented 2>&1)"
wait_jobs "$learn3" "$array3" "$merge3"
[[ -s $tmp/work3/align.model && ! -e $tmp/merged3.tmx ]] && echo "ok   a failed shard cancels the merge job" \
  || fail "failed shard: no model, or the merge ran"
echo "all Slurm checks passed"
