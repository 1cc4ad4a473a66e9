#!/usr/bin/env bash
# System test: the shipped Slurm array script on a real Slurm. Starts a single-node cluster on localhost
# (munged, slurmctld -D, slurmd -D, a minimal slurm.conf generated here), submits deploy/slurm-array.sh with
# `sbatch --array=0-2 --wait` over a small corpus, merges the three shard folders with `dossier merge`, and
# compares the result with one `dossier run` over the same folder: records and failures byte for byte,
# table rows except the two columns naming the run (run_id, processed_at). Installs slurm-wlm and munge when
# missing (Debian). Needs root (the daemons run as root here). Exit 0 = proven; anything else says why.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="$REPO/dist/cli.js"
[ -f "$CLI" ] || { echo "slurm system test: build first (npm run build)" >&2; exit 2; }

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "== installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

WORK="$(mktemp -d /tmp/dossier-slurm-XXXXXX)"
chmod 755 "$WORK"
PIDS=()
STARTED_MUNGED=""
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  if [ -n "$STARTED_MUNGED" ]; then kill "$STARTED_MUNGED" 2>/dev/null || true; fi
  wait 2>/dev/null || true
}
trap cleanup EXIT

# munge: one key, one daemon (reused when already running).
if ! munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  [ -s /etc/munge/munge.key ] || { mkdir -p /etc/munge; dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 2>/dev/null; }
  chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
  munged --force
  sleep 1
  STARTED_MUNGED="$(cat /run/munge/munged.pid 2>/dev/null || pgrep -n -x munged)"
  munge -n </dev/null | unmunge >/dev/null || { echo "slurm system test: munged did not start" >&2; exit 1; }
fi

HOST="$(hostname -s)"
CPUS="$(nproc)"
mkdir -p "$WORK/state" "$WORK/spool" "$WORK/log"
export SLURM_CONF="$WORK/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=dossier-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=26817
SlurmdPort=26818
AuthType=auth/munge
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE
CONF

slurmctld -D -f "$SLURM_CONF" >"$WORK/log/slurmctld.out" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" >"$WORK/log/slurmd.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then break; fi
  sleep 1
done
if ! sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
  echo "slurm system test: the node never became idle" >&2
  sinfo >&2 || true
  tail -n 20 "$WORK/log/"*.log "$WORK/log/"*.out >&2 || true
  exit 1
fi
echo "== slurm $(sinfo -V) up: $(sinfo -h -o '%P %D %T')"

# Corpus: the bundled sample articles, a duplicate and an empty file (a failure to carry through the merge).
IN="$WORK/in"
mkdir -p "$IN/a" "$IN/b"
cp "$REPO"/data/articles/*.txt "$IN/a/"
cp "$(ls "$REPO"/data/articles/*.txt | head -1)" "$IN/b/copy.txt"
: >"$IN/b/empty.txt"

OUT="$WORK/shards"
export DOSSIER_INPUT="$IN" DOSSIER_OUTPUT="$OUT" DOSSIER_HOME="$REPO"
echo "== sbatch --array=0-2 --wait deploy/slurm-array.sh"
set +e
sbatch --array=0-2 --wait --cpus-per-task=1 --chdir="$WORK" --output="$WORK/log/task-%a.out" "$REPO/deploy/slurm-array.sh"
status=$?
set -e
# Exit 1 from a task is dossier's "some articles failed" (the empty file): expected for exactly one shard.
for i in 0 1 2; do
  [ -d "$OUT/shard-$i/records" ] || { echo "slurm system test: shard $i wrote no output" >&2; cat "$WORK/log/task-$i.out" >&2 || true; exit 1; }
done
echo "   sbatch exit $status; per task: $(for i in 0 1 2; do node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").filter(l=>l.startsWith("{")).pop());process.stdout.write(`shard ${j.shard.index}/${j.shard.count}: ${j.counts.processed} processed, ${j.counts.failed} failed; `)' "$WORK/log/task-$i.out"; done)"

node "$CLI" merge -o "$WORK/merged" "$OUT"/shard-0 "$OUT"/shard-1 "$OUT"/shard-2
set +e
node "$CLI" run -i "$IN" -o "$WORK/single" --workers 1 --progress never >/dev/null
set -e

snapshot() {
  (cd "$1" && for f in records/* failed/*; do echo "== $f"; cat "$f"; done)
  (cd "$1" && find tables -name '*.ndjson' | sort | while read -r t; do
    dir="$(dirname "$t")"
    sed -e 's/,"processed_at":"[^"]*"//' -e 's/,"run_id":"[^"]*"//' "$t" | sed "s|^|$dir: |"
  done | sort)
}
if diff <(snapshot "$WORK/single") <(snapshot "$WORK/merged") >"$WORK/diff.txt"; then
  echo "== slurm system test passed: 3 array tasks merged = one run ($(ls "$WORK/single/records" | wc -l) records, $(ls "$WORK/single/failed" | wc -l) failures)"
  node "$CLI" validate "$WORK/merged"
  rm -rf "$WORK"
else
  echo "slurm system test: merged output differs from a single run" >&2
  head -40 "$WORK/diff.txt" >&2
  exit 1
fi
