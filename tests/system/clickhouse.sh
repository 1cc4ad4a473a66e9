#!/usr/bin/env bash
# System test: the tables load into ClickHouse typed, and come back out value for value. ClickHouse runs
# in-process through chDB (npm `chdb`, pinned below; ~550 MB, so it is installed into a cache folder on the
# first run instead of being a dependency of every install). Runs `dossier run` over the bundled articles plus
# one article written to be awkward for loaders (tests/fixtures/sql; an apostrophe and a space in the output
# folder's name), creates the tables from `dossier schema --sql clickhouse`, loads them with its `--load`
# statements (the README's recipe), and checks:
#   1. every table's rows in ClickHouse equal its NDJSON rows (src/dev/sql/roundtrip.ts);
#   2. an output folder with a field the DDL lacks fails the load naming the field (ClickHouse's default is
#      to drop unknown fields silently), and puts no row in that table (ClickHouse has no transactions:
#      the tables loaded before it keep their rows).
# Exit 0 = proven; anything else says why.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="$REPO/dist/cli.js"
[ -f "$CLI" ] || { echo "clickhouse system test: build first (npm run build)" >&2; exit 2; }

CHDB_VERSION=3.4.0
CACHE="${DOSSIER_CHDB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier/chdb-$CHDB_VERSION}"
if [ ! -f "$CACHE/node_modules/chdb/index.mjs" ]; then
  echo "== installing chdb@$CHDB_VERSION into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-save --no-audit --no-fund --no-package-lock "chdb@$CHDB_VERSION" >"$CACHE/install.log" 2>&1 \
    || { tail -20 "$CACHE/install.log" >&2; echo "clickhouse system test: npm could not install chdb@$CHDB_VERSION" >&2; exit 1; }
fi

WORK="$(mktemp -d /tmp/dossier-ch-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
NAME="clickhouse system test"
# shellcheck source=tests/system/sql-corpus.sh
source "$REPO/tests/system/sql-corpus.sh"

echo "== 1. rows in ClickHouse equal the NDJSON rows"
node "$REPO/tests/system/clickhouse.mjs" "$CACHE/node_modules/chdb" "$CLI" "$OUT" "$WORK/exported"
node "$REPO/dist/dev/sql/roundtrip.js" "$OUT" "$WORK/exported"

echo "== 2. a field the DDL lacks fails the load"
NEWER="$WORK/newer"
cp -r "$OUT" "$NEWER"
part="$(ls "$NEWER"/tables/events/*.ndjson | head -1)"
sed -i '1s/^{/{"a_future_column":1,/' "$part"
node "$REPO/tests/system/clickhouse.mjs" "$CACHE/node_modules/chdb" "$CLI" "$NEWER" "$WORK/unused" --expect-fail a_future_column
echo "clickhouse system test: passed"
