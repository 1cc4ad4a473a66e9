# Sourced by tests/system/postgres.sh and clickhouse.sh: runs dossier over the bundled articles plus one article
# written to be awkward for loaders (tests/fixtures/sql: quotes, backslashes, a tab, non-ASCII) into an output
# folder whose name holds an apostrophe and a space. Needs REPO, CLI, WORK and NAME (for messages) set;
# sets OUT.
mkdir -p "$WORK/in"
cp "$REPO"/data/articles/* "$WORK/in/"
cp "$REPO/tests/fixtures/sql/awkward quotes.txt" "$WORK/in/"
OUT="$WORK/out dir's"
node "$CLI" run -i "$WORK/in" -o "$OUT" --progress never >"$WORK/run.log" 2>&1 \
  || { cat "$WORK/run.log" >&2; echo "$NAME: dossier run failed" >&2; exit 1; }
