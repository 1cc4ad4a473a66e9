-- Appends the tables of output folder output into the tables of `dossier schema --sql postgres`.
-- Run with psql (`dossier schema --sql postgres --load DIR | psql`); it needs find(1) and cat(1).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE dossier_ndjson (j JSONB) ON COMMIT DROP;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/articles'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('article_id', 'source_path', 'title', 'published_value', 'published_start', 'published_end', 'published_precision', 'published_time', 'published_source', 'bytes', 'sha256', 'pipeline_version', 'schema_version', 'n_entities', 'n_mentions', 'n_timexes', 'n_events', 'n_warnings', 'processed_at', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table articles: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO articles (article_id, source_path, title, published_value, published_start, published_end, published_precision, published_time, published_source, bytes, sha256, pipeline_version, schema_version, n_entities, n_mentions, n_timexes, n_events, n_warnings, processed_at, run_id)
  SELECT j->>'article_id',
         j->>'source_path',
         j->>'title',
         j->>'published_value',
         (j->>'published_start')::DATE,
         (j->>'published_end')::DATE,
         j->>'published_precision',
         j->>'published_time',
         j->>'published_source',
         (j->>'bytes')::BIGINT,
         j->>'sha256',
         j->>'pipeline_version',
         j->>'schema_version',
         (j->>'n_entities')::BIGINT,
         (j->>'n_mentions')::BIGINT,
         (j->>'n_timexes')::BIGINT,
         (j->>'n_events')::BIGINT,
         (j->>'n_warnings')::BIGINT,
         (j->>'processed_at')::TIMESTAMPTZ,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/entities'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('article_id', 'entity_id', 'entity_type', 'name', 'aliases', 'n_mentions', 'first_offset', 'geonames_id', 'lat', 'lon', 'country_code', 'geo_level', 'geo_confidence', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table entities: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO entities (article_id, entity_id, entity_type, name, aliases, n_mentions, first_offset, geonames_id, lat, lon, country_code, geo_level, geo_confidence, run_id)
  SELECT j->>'article_id',
         j->>'entity_id',
         j->>'entity_type',
         j->>'name',
         (j->>'aliases')::JSONB,
         (j->>'n_mentions')::BIGINT,
         (j->>'first_offset')::BIGINT,
         (j->>'geonames_id')::BIGINT,
         (j->>'lat')::DOUBLE PRECISION,
         (j->>'lon')::DOUBLE PRECISION,
         j->>'country_code',
         j->>'geo_level',
         (j->>'geo_confidence')::DOUBLE PRECISION,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/entity_dim'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('entity_id', 'entity_type', 'name', 'aliases', 'n_articles', 'n_mentions', 'geonames_id', 'lat', 'lon', 'country_code', 'geo_level', 'name_counts', 'form_counts', 'geo_links', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table entity_dim: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO entity_dim (entity_id, entity_type, name, aliases, n_articles, n_mentions, geonames_id, lat, lon, country_code, geo_level, name_counts, form_counts, geo_links, run_id)
  SELECT j->>'entity_id',
         j->>'entity_type',
         j->>'name',
         (j->>'aliases')::JSONB,
         (j->>'n_articles')::BIGINT,
         (j->>'n_mentions')::BIGINT,
         (j->>'geonames_id')::BIGINT,
         (j->>'lat')::DOUBLE PRECISION,
         (j->>'lon')::DOUBLE PRECISION,
         j->>'country_code',
         j->>'geo_level',
         (j->>'name_counts')::JSONB,
         (j->>'form_counts')::JSONB,
         (j->>'geo_links')::JSONB,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/mentions'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('article_id', 'entity_id', 'start_offset', 'end_offset', 'mention_text', 'sentence_index', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table mentions: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, mention_text, sentence_index, run_id)
  SELECT j->>'article_id',
         j->>'entity_id',
         (j->>'start_offset')::BIGINT,
         (j->>'end_offset')::BIGINT,
         j->>'mention_text',
         (j->>'sentence_index')::BIGINT,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/events'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('event_id', 'article_id', 'event_type', 'sub_type', 'cameo_code', 'acled_event_type', 'acled_sub_event_type', 'kairos_type', 'date_value', 'date_start', 'date_end', 'date_precision', 'date_mod', 'date_source', 'actor1_id', 'actor1_name', 'actor1_type', 'actor2_id', 'actor2_name', 'actor2_type', 'place_id', 'place_name', 'geonames_id', 'lat', 'lon', 'country_code', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max', 'fatalities_precision', 'injured', 'injured_min', 'injured_max', 'injured_precision', 'status', 'salience', 'confidence', 'trigger_text', 'trigger_start', 'trigger_end', 'sentence_index', 'evidence_text', 'reported_by_id', 'reported_by_name', 'n_participants', 'cause_event_id', 'published_date', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table events: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO events (event_id, article_id, event_type, sub_type, cameo_code, acled_event_type, acled_sub_event_type, kairos_type, date_value, date_start, date_end, date_precision, date_mod, date_source, actor1_id, actor1_name, actor1_type, actor2_id, actor2_name, actor2_type, place_id, place_name, geonames_id, lat, lon, country_code, geo_precision, fatalities, fatalities_min, fatalities_max, fatalities_precision, injured, injured_min, injured_max, injured_precision, status, salience, confidence, trigger_text, trigger_start, trigger_end, sentence_index, evidence_text, reported_by_id, reported_by_name, n_participants, cause_event_id, published_date, run_id)
  SELECT j->>'event_id',
         j->>'article_id',
         j->>'event_type',
         j->>'sub_type',
         j->>'cameo_code',
         j->>'acled_event_type',
         j->>'acled_sub_event_type',
         j->>'kairos_type',
         j->>'date_value',
         (j->>'date_start')::DATE,
         (j->>'date_end')::DATE,
         j->>'date_precision',
         j->>'date_mod',
         j->>'date_source',
         j->>'actor1_id',
         j->>'actor1_name',
         j->>'actor1_type',
         j->>'actor2_id',
         j->>'actor2_name',
         j->>'actor2_type',
         j->>'place_id',
         j->>'place_name',
         (j->>'geonames_id')::BIGINT,
         (j->>'lat')::DOUBLE PRECISION,
         (j->>'lon')::DOUBLE PRECISION,
         j->>'country_code',
         j->>'geo_precision',
         (j->>'fatalities')::BIGINT,
         (j->>'fatalities_min')::BIGINT,
         (j->>'fatalities_max')::BIGINT,
         j->>'fatalities_precision',
         (j->>'injured')::BIGINT,
         (j->>'injured_min')::BIGINT,
         (j->>'injured_max')::BIGINT,
         j->>'injured_precision',
         j->>'status',
         j->>'salience',
         (j->>'confidence')::DOUBLE PRECISION,
         j->>'trigger_text',
         (j->>'trigger_start')::BIGINT,
         (j->>'trigger_end')::BIGINT,
         (j->>'sentence_index')::BIGINT,
         j->>'evidence_text',
         j->>'reported_by_id',
         j->>'reported_by_name',
         (j->>'n_participants')::BIGINT,
         j->>'cause_event_id',
         (j->>'published_date')::DATE,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/event_participants'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('event_id', 'article_id', 'entity_id', 'role', 'entity_type', 'entity_name', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table event_participants: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO event_participants (event_id, article_id, entity_id, role, entity_type, entity_name, run_id)
  SELECT j->>'event_id',
         j->>'article_id',
         j->>'entity_id',
         j->>'role',
         j->>'entity_type',
         j->>'entity_name',
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/timexes'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('article_id', 'timex_id', 'timex_type', 'timex_text', 'start_offset', 'end_offset', 'sentence_index', 'date_value', 'date_start', 'date_end', 'date_precision', 'date_mod', 'anchor', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table timexes: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO timexes (article_id, timex_id, timex_type, timex_text, start_offset, end_offset, sentence_index, date_value, date_start, date_end, date_precision, date_mod, anchor, run_id)
  SELECT j->>'article_id',
         j->>'timex_id',
         j->>'timex_type',
         j->>'timex_text',
         (j->>'start_offset')::BIGINT,
         (j->>'end_offset')::BIGINT,
         (j->>'sentence_index')::BIGINT,
         j->>'date_value',
         (j->>'date_start')::DATE,
         (j->>'date_end')::DATE,
         j->>'date_precision',
         j->>'date_mod',
         j->>'anchor',
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

\copy dossier_ndjson (j) FROM PROGRAM 'find ''output/tables/warnings'' -name ''*.ndjson'' -exec cat {} +' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
DO $$ DECLARE k TEXT; BEGIN
  SELECT f INTO k FROM dossier_ndjson, jsonb_object_keys(j) AS f
    WHERE f NOT IN ('article_id', 'warning_index', 'stage', 'code', 'message', 'start_offset', 'end_offset', 'run_id') LIMIT 1;
  IF k IS NOT NULL THEN RAISE EXCEPTION 'table warnings: field % has no column (output newer than the DDL? regenerate it with dossier schema --sql postgres)', k; END IF;
END $$;
INSERT INTO warnings (article_id, warning_index, stage, code, message, start_offset, end_offset, run_id)
  SELECT j->>'article_id',
         (j->>'warning_index')::BIGINT,
         j->>'stage',
         j->>'code',
         j->>'message',
         (j->>'start_offset')::BIGINT,
         (j->>'end_offset')::BIGINT,
         j->>'run_id'
  FROM dossier_ndjson;
TRUNCATE dossier_ndjson;

COMMIT;
