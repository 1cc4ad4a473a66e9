#!/usr/bin/env bash
# One shard of a dossier run as a Slurm array task. Each task processes the articles whose content falls in
# its shard (dossier reads SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT itself) into its own output folder
# under $DOSSIER_OUTPUT; `dossier merge` joins the folders afterwards (see README, "A corpus too large for
# one machine").
#
#   export DOSSIER_INPUT=/shared/articles DOSSIER_OUTPUT=/shared/dossier DOSSIER_HOME=/opt/dossier
#   jid=$(sbatch --parsable --array=0-7 deploy/slurm-array.sh)
#   sbatch --dependency=afterany:$jid --wrap "node $DOSSIER_HOME/dist/cli.js merge -o $DOSSIER_OUTPUT/merged $DOSSIER_OUTPUT/shard-*"
#
# Use a contiguous range (0-7, or 1-8): the shard index is SLURM_ARRAY_TASK_ID minus SLURM_ARRAY_TASK_MIN.
# Exit codes are dossier's: 1 means some articles failed (listed in the shard's failed/), 4 an unwritable output.
#SBATCH --job-name=dossier
#SBATCH --cpus-per-task=2
#SBATCH --output=dossier-%A_%a.out
set -euo pipefail

: "${DOSSIER_INPUT:?set DOSSIER_INPUT to the input folder (a shared volume or object-store mount)}"
: "${DOSSIER_OUTPUT:?set DOSSIER_OUTPUT to the folder that receives one shard-<i> folder per task}"
: "${SLURM_ARRAY_TASK_ID:?submit with sbatch --array}"
DOSSIER_HOME="${DOSSIER_HOME:-$(cd "$(dirname "$0")/.." && pwd)}"

# glibc's malloc otherwise raises its trim threshold as the run frees large blocks, and its arenas keep
# what they once needed: with a fixed threshold the arenas of a 25,000-article run at 2 workers stopped
# growing and it peaked 13-44 MB lower (docs/reliability.md, "Where the rest of the slope lives").
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-131072}"

shard=$((SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-0}))
mkdir -p "$DOSSIER_OUTPUT"
exec node "$DOSSIER_HOME/dist/cli.js" run \
  --input "$DOSSIER_INPUT" \
  --output "$DOSSIER_OUTPUT/shard-$shard" \
  --workers "${SLURM_CPUS_PER_TASK:-0}" \
  --progress never --json ${DOSSIER_ARGS:-}
