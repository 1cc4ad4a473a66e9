-- dossier tables, postgres DDL generated from schemas/tables/*.schema.json (`dossier schema --sql postgres`).
-- Dates are DATE columns; JSON text columns hold arrays or objects as JSON strings.

-- key: article_id
CREATE TABLE IF NOT EXISTS articles (
  article_id          TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes, or of a feed item's own markup); joins every table to articles.
  source_path         TEXT NOT NULL, -- Path of the input file, relative to the input folder it was found in (for a feed item, the feed file: several rows share it).
  title               TEXT, -- Title, when one was found.
  published_value     TEXT, -- Publication date as found (YYYY-MM-DD), or null.
  published_start     DATE, -- Publication date as a DATE (first day of the interval).
  published_end       DATE, -- Last day of the publication date interval (the same day).
  published_precision TEXT, -- Precision of the publication date (day), or null when unknown.
  published_time      TEXT, -- Time of day (HH:MM) when the source gives one.
  published_source    TEXT NOT NULL, -- Where the date was read: dateline, front-matter, html-meta, header, posted-on, filename, config or none.
  bytes               BIGINT NOT NULL, -- Size of the input file in bytes (of a feed item: of its markup).
  sha256              TEXT NOT NULL, -- sha256 of the input file bytes (of a feed item: of its markup).
  pipeline_version    TEXT NOT NULL, -- dossier version that wrote the record.
  schema_version      TEXT NOT NULL, -- Record schema version.
  n_entities          BIGINT NOT NULL, -- Entities in the article.
  n_mentions          BIGINT NOT NULL, -- Entity mentions in the article.
  n_timexes           BIGINT NOT NULL, -- Time expressions in the article.
  n_events            BIGINT NOT NULL, -- Events in the article.
  n_warnings          BIGINT NOT NULL, -- Warnings on the record.
  processed_at        TIMESTAMPTZ NOT NULL, -- When the run that wrote this row processed the article (UTC).
  run_id              TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: article_id, entity_id
CREATE TABLE IF NOT EXISTS entities (
  article_id     TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id      TEXT NOT NULL, -- Entity id, stable across articles; joins to entity_dim.
  entity_type    TEXT NOT NULL, -- person, group or place.
  name           TEXT NOT NULL, -- Fullest name of the entity in this article.
  aliases        JSONB NOT NULL, -- JSON text: JSON array of the other surface forms in this article, sorted.
  n_mentions     BIGINT NOT NULL, -- Mentions in this article.
  first_offset   BIGINT NOT NULL, -- Offset of the first mention.
  geonames_id    BIGINT, -- GeoNames id of the place (place entities), when linked.
  lat            DOUBLE PRECISION, -- Latitude of the place (place entities) (WGS84), when linked.
  lon            DOUBLE PRECISION, -- Longitude of the place (place entities) (WGS84), when linked.
  country_code   TEXT, -- ISO 3166-1 alpha-2 country of the place (place entities), when linked.
  geo_level      TEXT, -- Feature level of the linked place: country, admin1, admin2, city or other.
  geo_confidence DOUBLE PRECISION, -- Confidence of the place link in [0, 1].
  run_id         TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: entity_id
CREATE TABLE IF NOT EXISTS entity_dim (
  entity_id    TEXT NOT NULL, -- Entity id, stable across articles; joins to entity_dim.
  entity_type  TEXT NOT NULL, -- person, group or place.
  name         TEXT NOT NULL, -- Canonical name: the name most articles use (ties: the longer, then the alphabetically first).
  aliases      JSONB NOT NULL, -- JSON text: JSON array of every other name or alias any article uses for the entity, sorted.
  n_articles   BIGINT NOT NULL, -- Articles that mention the entity.
  n_mentions   BIGINT NOT NULL, -- Mentions over all articles.
  geonames_id  BIGINT, -- GeoNames id of the place (place entities; the link most articles agree on), when linked.
  lat          DOUBLE PRECISION, -- Latitude of the place (place entities; the link most articles agree on) (WGS84), when linked.
  lon          DOUBLE PRECISION, -- Longitude of the place (place entities; the link most articles agree on) (WGS84), when linked.
  country_code TEXT, -- ISO 3166-1 alpha-2 country of the place (place entities; the link most articles agree on), when linked.
  geo_level    TEXT, -- Feature level of the linked place: country, admin1, admin2, city or other.
  name_counts  JSONB NOT NULL, -- JSON text: JSON object: each name articles give the entity → how many articles give it.
  form_counts  JSONB NOT NULL, -- JSON text: JSON object: each name or alias → how many articles use it.
  geo_links    JSONB NOT NULL, -- JSON text: JSON array of the place links articles made, most chosen first: {geonames_id, lat, lon, country_code, geo_level, n} with n articles.
  run_id       TEXT NOT NULL -- Id of the last run that changed this row.
);

-- key: article_id, entity_id, start_offset
CREATE TABLE IF NOT EXISTS mentions (
  article_id     TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id      TEXT NOT NULL, -- Entity id, stable across articles; joins to entity_dim.
  start_offset   BIGINT NOT NULL, -- Start offset (UTF-16 code units into the record text).
  end_offset     BIGINT NOT NULL, -- End offset, exclusive.
  mention_text   TEXT NOT NULL, -- The mention as written: the record text from start_offset to end_offset.
  sentence_index BIGINT NOT NULL, -- Sentence of the mention (0-based).
  run_id         TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: article_id, event_id
CREATE TABLE IF NOT EXISTS events (
  event_id             TEXT NOT NULL, -- Event id.
  article_id           TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  event_type           TEXT NOT NULL, -- Event type id from schemas/event-types.json.
  sub_type             TEXT, -- Event sub-type, where the type has one.
  cameo_code           TEXT, -- CAMEO root code (two digits).
  acled_event_type     TEXT, -- ACLED event type.
  acled_sub_event_type TEXT, -- ACLED sub-event type.
  kairos_type          TEXT, -- KAIROS event type.
  date_value           TEXT, -- The event date as a TimeML value (2025-03-14, 1998-W07, 2025-Q1, PRESENT_REF, …).
  date_start           DATE, -- First day of the interval the date denotes; null when it denotes none.
  date_end             DATE, -- Last day of that interval (inclusive).
  date_precision       TEXT, -- Unit of the date: day, week, month, quarter, half, season, year, decade or century.
  date_mod             TEXT, -- TimeML modifier of the date (EARLY, APPROX, BEFORE, …).
  date_source          TEXT NOT NULL, -- How the date was chosen: clause, sentence, relative, narrative, tense, publication or unknown.
  actor1_id            TEXT, -- Actor 1: the initiator (attacker, agent, source or first participant).
  actor1_name          TEXT, -- Name of actor 1 in this article.
  actor1_type          TEXT, -- person or group.
  actor2_id            TEXT, -- Actor 2: the other side (target, victim, patient, recipient or second participant).
  actor2_name          TEXT, -- Name of actor 2 in this article.
  actor2_type          TEXT, -- person or group.
  place_id             TEXT, -- Place entity of the event.
  place_name           TEXT, -- Name of the place in this article.
  geonames_id          BIGINT, -- GeoNames id of the event place, when linked.
  lat                  DOUBLE PRECISION, -- Latitude of the event place (WGS84), when linked.
  lon                  DOUBLE PRECISION, -- Longitude of the event place (WGS84), when linked.
  country_code         TEXT, -- ISO 3166-1 alpha-2 country of the event place, when linked.
  geo_precision        TEXT, -- Feature level of the place link: country, admin1, admin2, city or other.
  fatalities           BIGINT, -- People killed: the best figure (lowest stated, as ACLED counts).
  fatalities_min       BIGINT, -- Lowest figure for people killed.
  fatalities_max       BIGINT, -- Highest figure for people killed, null when open-ended.
  fatalities_precision TEXT, -- exact, lower-bound or vague.
  injured              BIGINT, -- People injured: the best figure.
  injured_min          BIGINT, -- Lowest figure for people injured.
  injured_max          BIGINT, -- Highest figure for people injured, null when open-ended.
  injured_precision    TEXT, -- exact, lower-bound or vague.
  status               TEXT NOT NULL, -- occurred, reported, claimed, planned, threatened, negated, hypothetical, generic, …
  salience             TEXT NOT NULL, -- news (count it), or told in passing: background (an earlier event), comment (a statement that only gives a view, a news medium's report, or a statement that only carries another event of the article), consequence (a death or injury counted on its cause). Count news with WHERE salience = 'news'. Schema 2.4; records older than 2.4 give news.
  confidence           DOUBLE PRECISION NOT NULL, -- Confidence of the event in [0, 1].
  trigger_text         TEXT NOT NULL, -- The trigger word(s).
  trigger_start        BIGINT NOT NULL, -- Start offset of the trigger.
  trigger_end          BIGINT NOT NULL, -- End offset of the trigger.
  sentence_index       BIGINT NOT NULL, -- Sentence of the trigger.
  evidence_text        TEXT NOT NULL, -- Evidence sentences, joined by " … ".
  reported_by_id       TEXT, -- Entity that reports or claims the event.
  reported_by_name     TEXT, -- Name of that entity in this article.
  n_participants       BIGINT NOT NULL, -- Participants (see event_participants).
  cause_event_id       TEXT, -- For a death or injury that resulted from another event of the same article (an attack, a disaster): that event's id. Its toll is counted on the cause, and its CAMEO and ACLED columns are null, so count events WHERE cause_event_id IS NULL to count each real event once (schema 2.2).
  published_date       DATE, -- Publication date of the article.
  run_id               TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: article_id, event_id, entity_id, role
CREATE TABLE IF NOT EXISTS event_participants (
  event_id    TEXT NOT NULL, -- Event id.
  article_id  TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id   TEXT NOT NULL, -- Entity id, stable across articles; joins to entity_dim.
  role        TEXT NOT NULL, -- Role of the entity: agent, attacker, target, victim, patient, recipient, source, participant, instrument, …
  entity_type TEXT NOT NULL, -- person, group or place.
  entity_name TEXT NOT NULL, -- Name of the entity in this article.
  run_id      TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: article_id, timex_id
CREATE TABLE IF NOT EXISTS timexes (
  article_id     TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  timex_id       TEXT NOT NULL, -- Id of the time expression within the article (t1, t2, …).
  timex_type     TEXT NOT NULL, -- TimeML type.
  timex_text     TEXT NOT NULL, -- The expression as written.
  start_offset   BIGINT NOT NULL, -- Start offset.
  end_offset     BIGINT NOT NULL, -- End offset, exclusive.
  sentence_index BIGINT NOT NULL, -- Sentence of the expression.
  date_value     TEXT, -- TimeML value (2025-03-14, P5M, PRESENT_REF, …), null when unresolved.
  date_start     DATE, -- First day of the interval the value denotes; null when it denotes none (durations, PRESENT_REF, …).
  date_end       DATE, -- Last day of that interval (inclusive).
  date_precision TEXT, -- Unit of the value: day, week, month, quarter, half, season, year, decade or century.
  date_mod       TEXT, -- TimeML modifier.
  anchor         TEXT NOT NULL, -- How the value was resolved: absolute, publication-date, publication-date+tense, narrative or unresolved.
  run_id         TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);

-- key: article_id, warning_index
CREATE TABLE IF NOT EXISTS warnings (
  article_id    TEXT NOT NULL, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  warning_index BIGINT NOT NULL, -- Position of the warning in the record.
  stage         TEXT NOT NULL, -- Stage that raised it.
  code          TEXT NOT NULL, -- Warning code (W_…).
  message       TEXT NOT NULL, -- What happened.
  start_offset  BIGINT, -- Start offset, when the warning points at text.
  end_offset    BIGINT, -- End offset, when the warning points at text.
  run_id        TEXT NOT NULL -- Id of the run that wrote this row (runs/<run_id>.json).
);
