#!/usr/bin/env bash
# System test: the tables load into PostgreSQL typed, and come back out value for value. Starts a throwaway
# PostgreSQL cluster on a Unix socket in a temporary folder, runs `dossier run` over the bundled articles
# plus one article written to be awkward for loaders (tests/fixtures/sql: quotes, backslashes, a tab,
# non-ASCII; and an apostrophe and a space in the output folder's name), creates the tables from
# `dossier schema --sql postgres`, loads them with the psql script of `--load`, and checks:
#   1. every table's rows in PostgreSQL equal its NDJSON rows (src/dev/sql/roundtrip.ts), and the check
#      fails when one value in the engine is changed (so it can fail);
#   2. every id joins: events, mentions, entities and participants resolve to their articles and entities;
#   3. an output folder with a field the DDL lacks stops the load with the field's name and changes nothing.
# Installs postgresql when missing (Debian). Needs root (the cluster runs as the postgres user).
# Exit 0 = proven; anything else says why.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="$REPO/dist/cli.js"
[ -f "$CLI" ] || { echo "postgres system test: build first (npm run build)" >&2; exit 2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== installing postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
id postgres >/dev/null 2>&1 || { echo "postgres system test: no postgres user after installing postgresql" >&2; exit 1; }

WORK="$(mktemp -d /tmp/dossier-pg-XXXXXX)"
chmod 755 "$WORK"
PG_PID=""
cleanup() {
  if [ -n "$PG_PID" ]; then kill "$PG_PID" 2>/dev/null || true; wait "$PG_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

NAME="postgres system test"
# shellcheck source=tests/system/sql-corpus.sh
source "$REPO/tests/system/sql-corpus.sh"

# A cluster of our own on a socket in $WORK (no TCP), trusting local connections.
mkdir -p "$WORK/pg" "$WORK/sock"
chown postgres "$WORK/pg" "$WORK/sock"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -A trust -U dossier >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; echo "postgres system test: initdb failed" >&2; exit 1; }
runuser -u postgres -- "$PGBIN/postgres" -D "$WORK/pg" -k "$WORK/sock" -c listen_addresses='' -c fsync=off \
  >"$WORK/pg.log" 2>&1 &
PG_PID=$!
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$WORK/sock" -U dossier -d postgres)
for _ in $(seq 1 60); do
  "$PGBIN/pg_isready" -q -h "$WORK/sock" && break
  sleep 0.5
done
"$PGBIN/pg_isready" -q -h "$WORK/sock" || { cat "$WORK/pg.log" >&2; echo "postgres system test: the server did not start" >&2; exit 1; }

node "$CLI" schema --sql postgres --load "$OUT" | "${PSQL[@]}" >/dev/null

# The table names, from the build (src/schema/validators.ts).
TABLES="$(cd "$REPO" && node --input-type=module -e "const m = await import('./dist/schema/validators.js'); console.log(m.TABLES.join(' '))")"
export_rows() {
  mkdir -p "$1"
  for t in $TABLES; do
    "${PSQL[@]}" -At -c "SELECT row_to_json(t)::text FROM $t t" >"$1/$t.jsonl"
  done
}

echo "== 1. rows in PostgreSQL equal the NDJSON rows"
export_rows "$WORK/exported"
node "$REPO/dist/dev/sql/roundtrip.js" "$OUT" "$WORK/exported"
n_events="$("${PSQL[@]}" -At -c 'SELECT count(*) FROM events WHERE fatalities IS NOT NULL')"
[ "$n_events" -gt 0 ] || { echo "postgres system test: no event with a fatality count was loaded" >&2; exit 1; }
# The check can fail: one changed value in the engine must be reported.
"${PSQL[@]}" -c "UPDATE events SET fatalities = fatalities + 1 WHERE event_id = (SELECT min(event_id) FROM events WHERE fatalities IS NOT NULL)"
export_rows "$WORK/changed"
if node "$REPO/dist/dev/sql/roundtrip.js" "$OUT" "$WORK/changed" >"$WORK/changed.log"; then
  echo "postgres system test: the round-trip check missed a changed value" >&2; exit 1
fi
grep -q '^events: DIFFERS' "$WORK/changed.log" || { cat "$WORK/changed.log" >&2; exit 1; }
"${PSQL[@]}" -c "UPDATE events SET fatalities = fatalities - 1 WHERE event_id = (SELECT min(event_id) FROM events WHERE fatalities IS NOT NULL)"

echo "== 2. every id joins"
orphans="$("${PSQL[@]}" -At <<'SQL'
SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = e.article_id))
     + (SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = e.article_id))
     + (SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_dim d WHERE d.entity_id = e.entity_id))
     + (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = m.article_id AND e.entity_id = m.entity_id))
     + (SELECT count(*) FROM event_participants p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id))
     + (SELECT count(*) FROM event_participants p WHERE NOT EXISTS (SELECT 1 FROM entity_dim d WHERE d.entity_id = p.entity_id))
     + (SELECT count(*) FROM events e WHERE e.place_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entity_dim d WHERE d.entity_id = e.place_id))
     + (SELECT count(*) FROM events e WHERE e.cause_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events c WHERE c.event_id = e.cause_event_id));
SQL
)"
[ "$orphans" = "0" ] || { echo "postgres system test: $orphans ids do not join" >&2; exit 1; }
echo "0 ids without a row to join"

echo "== 3. a field the DDL lacks stops the load and changes nothing"
NEWER="$WORK/newer"
cp -r "$OUT" "$NEWER"
part="$(ls "$NEWER"/tables/events/*.ndjson | head -1)"
sed -i '1s/^{/{"a_future_column":1,/' "$part"
before="$("${PSQL[@]}" -At -c 'SELECT count(*) FROM events')"
if node "$CLI" schema --sql postgres --load "$NEWER" | "${PSQL[@]}" >/dev/null 2>"$WORK/newer.log"; then
  echo "postgres system test: a load with an unknown field succeeded" >&2; exit 1
fi
grep -q 'a_future_column' "$WORK/newer.log" || { cat "$WORK/newer.log" >&2; echo "postgres system test: the error does not name the field" >&2; exit 1; }
after="$("${PSQL[@]}" -At -c 'SELECT count(*) FROM events')"
[ "$before" = "$after" ] || { echo "postgres system test: a failed load changed the tables ($before → $after rows)" >&2; exit 1; }
echo "the load stopped naming a_future_column; events still $after rows"

echo "postgres system test: passed ($("${PSQL[@]}" -At -c 'SELECT version()' | cut -d' ' -f1-2))"
