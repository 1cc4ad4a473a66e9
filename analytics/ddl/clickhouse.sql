-- dossier tables, clickhouse DDL generated from schemas/tables/*.schema.json (`dossier schema --sql clickhouse`).
-- Dates are DATE columns; JSON text columns hold arrays or objects as JSON strings.

-- key: article_id
CREATE TABLE IF NOT EXISTS articles (
  article_id          String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes, or of a feed item's own markup); joins every table to articles.
  source_path         String, -- Path of the input file, relative to the input folder it was found in (for a feed item, the feed file: several rows share it).
  title               Nullable(String), -- Title, when one was found.
  published_value     Nullable(String), -- Publication date as found (YYYY-MM-DD), or null.
  published_start     Nullable(Date32), -- Publication date as a DATE (first day of the interval).
  published_end       Nullable(Date32), -- Last day of the publication date interval (the same day).
  published_precision Nullable(String), -- Precision of the publication date (day), or null when unknown.
  published_time      Nullable(String), -- Time of day (HH:MM) when the source gives one.
  published_source    String, -- Where the date was read: dateline, front-matter, html-meta, header, posted-on, filename, config or none.
  bytes               Int64, -- Size of the input file in bytes (of a feed item: of its markup).
  sha256              String, -- sha256 of the input file bytes (of a feed item: of its markup).
  pipeline_version    String, -- dossier version that wrote the record.
  schema_version      String, -- Record schema version.
  n_entities          Int64, -- Entities in the article.
  n_mentions          Int64, -- Entity mentions in the article.
  n_timexes           Int64, -- Time expressions in the article.
  n_events            Int64, -- Events in the article.
  n_warnings          Int64, -- Warnings on the record.
  processed_at        DateTime64(3, 'UTC'), -- When the run that wrote this row processed the article (UTC).
  run_id              String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id);

-- key: article_id, entity_id
CREATE TABLE IF NOT EXISTS entities (
  article_id     String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id      String, -- Entity id, stable across articles; joins to entity_dim.
  entity_type    String, -- person, group or place.
  name           String, -- Fullest name of the entity in this article.
  aliases        String, -- JSON text: JSON array of the other surface forms in this article, sorted.
  n_mentions     Int64, -- Mentions in this article.
  first_offset   Int64, -- Offset of the first mention.
  geonames_id    Nullable(Int64), -- GeoNames id of the place (place entities), when linked.
  lat            Nullable(Float64), -- Latitude of the place (place entities) (WGS84), when linked.
  lon            Nullable(Float64), -- Longitude of the place (place entities) (WGS84), when linked.
  country_code   Nullable(String), -- ISO 3166-1 alpha-2 country of the place (place entities), when linked.
  geo_level      Nullable(String), -- Feature level of the linked place: country, admin1, admin2, city or other.
  geo_confidence Nullable(Float64), -- Confidence of the place link in [0, 1].
  run_id         String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, entity_id);

-- key: entity_id
CREATE TABLE IF NOT EXISTS entity_dim (
  entity_id    String, -- Entity id, stable across articles; joins to entity_dim.
  entity_type  String, -- person, group or place.
  name         String, -- Canonical name: the name most articles use (ties: the longer, then the alphabetically first).
  aliases      String, -- JSON text: JSON array of every other name or alias any article uses for the entity, sorted.
  n_articles   Int64, -- Articles that mention the entity.
  n_mentions   Int64, -- Mentions over all articles.
  geonames_id  Nullable(Int64), -- GeoNames id of the place (place entities; the link most articles agree on), when linked.
  lat          Nullable(Float64), -- Latitude of the place (place entities; the link most articles agree on) (WGS84), when linked.
  lon          Nullable(Float64), -- Longitude of the place (place entities; the link most articles agree on) (WGS84), when linked.
  country_code Nullable(String), -- ISO 3166-1 alpha-2 country of the place (place entities; the link most articles agree on), when linked.
  geo_level    Nullable(String), -- Feature level of the linked place: country, admin1, admin2, city or other.
  name_counts  String, -- JSON text: JSON object: each name articles give the entity → how many articles give it.
  form_counts  String, -- JSON text: JSON object: each name or alias → how many articles use it.
  geo_links    String, -- JSON text: JSON array of the place links articles made, most chosen first: {geonames_id, lat, lon, country_code, geo_level, n} with n articles.
  run_id       String -- Id of the last run that changed this row.
)
ENGINE = MergeTree
ORDER BY (entity_id);

-- key: article_id, entity_id, start_offset
CREATE TABLE IF NOT EXISTS mentions (
  article_id     String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id      String, -- Entity id, stable across articles; joins to entity_dim.
  start_offset   Int64, -- Start offset (UTF-16 code units into the record text).
  end_offset     Int64, -- End offset, exclusive.
  mention_text   String, -- The mention as written: the record text from start_offset to end_offset.
  sentence_index Int64, -- Sentence of the mention (0-based).
  run_id         String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, entity_id, start_offset);

-- key: article_id, event_id
CREATE TABLE IF NOT EXISTS events (
  event_id             String, -- Event id.
  article_id           String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  event_type           String, -- Event type id from schemas/event-types.json.
  sub_type             Nullable(String), -- Event sub-type, where the type has one.
  cameo_code           Nullable(String), -- CAMEO root code (two digits).
  acled_event_type     Nullable(String), -- ACLED event type.
  acled_sub_event_type Nullable(String), -- ACLED sub-event type.
  kairos_type          Nullable(String), -- KAIROS event type.
  date_value           Nullable(String), -- The event date as a TimeML value (2025-03-14, 1998-W07, 2025-Q1, PRESENT_REF, …).
  date_start           Nullable(Date32), -- First day of the interval the date denotes; null when it denotes none.
  date_end             Nullable(Date32), -- Last day of that interval (inclusive).
  date_precision       Nullable(String), -- Unit of the date: day, week, month, quarter, half, season, year, decade or century.
  date_mod             Nullable(String), -- TimeML modifier of the date (EARLY, APPROX, BEFORE, …).
  date_source          String, -- How the date was chosen: clause, sentence, relative, narrative, tense, publication or unknown.
  actor1_id            Nullable(String), -- Actor 1: the initiator (attacker, agent, source or first participant).
  actor1_name          Nullable(String), -- Name of actor 1 in this article.
  actor1_type          Nullable(String), -- person or group.
  actor2_id            Nullable(String), -- Actor 2: the other side (target, victim, patient, recipient or second participant).
  actor2_name          Nullable(String), -- Name of actor 2 in this article.
  actor2_type          Nullable(String), -- person or group.
  place_id             Nullable(String), -- Place entity of the event.
  place_name           Nullable(String), -- Name of the place in this article.
  geonames_id          Nullable(Int64), -- GeoNames id of the event place, when linked.
  lat                  Nullable(Float64), -- Latitude of the event place (WGS84), when linked.
  lon                  Nullable(Float64), -- Longitude of the event place (WGS84), when linked.
  country_code         Nullable(String), -- ISO 3166-1 alpha-2 country of the event place, when linked.
  geo_precision        Nullable(String), -- Feature level of the place link: country, admin1, admin2, city or other.
  fatalities           Nullable(Int64), -- People killed: the best figure (lowest stated, as ACLED counts).
  fatalities_min       Nullable(Int64), -- Lowest figure for people killed.
  fatalities_max       Nullable(Int64), -- Highest figure for people killed, null when open-ended.
  fatalities_precision Nullable(String), -- exact, lower-bound or vague.
  injured              Nullable(Int64), -- People injured: the best figure.
  injured_min          Nullable(Int64), -- Lowest figure for people injured.
  injured_max          Nullable(Int64), -- Highest figure for people injured, null when open-ended.
  injured_precision    Nullable(String), -- exact, lower-bound or vague.
  status               String, -- occurred, reported, claimed, planned, threatened, negated, hypothetical, generic, …
  salience             String, -- news (count it), or told in passing: background (an earlier event), comment (a statement that only gives a view, a news medium's report, or a statement that only carries another event of the article), consequence (a death or injury counted on its cause). Count news with WHERE salience = 'news'. Schema 2.4; records older than 2.4 give news.
  confidence           Float64, -- Confidence of the event in [0, 1].
  trigger_text         String, -- The trigger word(s).
  trigger_start        Int64, -- Start offset of the trigger.
  trigger_end          Int64, -- End offset of the trigger.
  sentence_index       Int64, -- Sentence of the trigger.
  evidence_text        String, -- Evidence sentences, joined by " … ".
  reported_by_id       Nullable(String), -- Entity that reports or claims the event.
  reported_by_name     Nullable(String), -- Name of that entity in this article.
  n_participants       Int64, -- Participants (see event_participants).
  cause_event_id       Nullable(String), -- For a death or injury that resulted from another event of the same article (an attack, a disaster): that event's id. Its toll is counted on the cause, and its CAMEO and ACLED columns are null, so count events WHERE cause_event_id IS NULL to count each real event once (schema 2.2).
  published_date       Nullable(Date32), -- Publication date of the article.
  run_id               String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, event_id);

-- key: article_id, event_id, entity_id, role
CREATE TABLE IF NOT EXISTS event_participants (
  event_id    String, -- Event id.
  article_id  String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  entity_id   String, -- Entity id, stable across articles; joins to entity_dim.
  role        String, -- Role of the entity: agent, attacker, target, victim, patient, recipient, source, participant, instrument, …
  entity_type String, -- person, group or place.
  entity_name String, -- Name of the entity in this article.
  run_id      String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, event_id, entity_id, role);

-- key: article_id, timex_id
CREATE TABLE IF NOT EXISTS timexes (
  article_id     String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  timex_id       String, -- Id of the time expression within the article (t1, t2, …).
  timex_type     String, -- TimeML type.
  timex_text     String, -- The expression as written.
  start_offset   Int64, -- Start offset.
  end_offset     Int64, -- End offset, exclusive.
  sentence_index Int64, -- Sentence of the expression.
  date_value     Nullable(String), -- TimeML value (2025-03-14, P5M, PRESENT_REF, …), null when unresolved.
  date_start     Nullable(Date32), -- First day of the interval the value denotes; null when it denotes none (durations, PRESENT_REF, …).
  date_end       Nullable(Date32), -- Last day of that interval (inclusive).
  date_precision Nullable(String), -- Unit of the value: day, week, month, quarter, half, season, year, decade or century.
  date_mod       Nullable(String), -- TimeML modifier.
  anchor         String, -- How the value was resolved: absolute, publication-date, publication-date+tense, narrative or unresolved.
  run_id         String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, timex_id);

-- key: article_id, warning_index
CREATE TABLE IF NOT EXISTS warnings (
  article_id    String, -- Article id (a_ + 16 hex digits of the sha256 of the file bytes); joins every table to articles.
  warning_index Int64, -- Position of the warning in the record.
  stage         String, -- Stage that raised it.
  code          String, -- Warning code (W_…).
  message       String, -- What happened.
  start_offset  Nullable(Int64), -- Start offset, when the warning points at text.
  end_offset    Nullable(Int64), -- End offset, when the warning points at text.
  run_id        String -- Id of the run that wrote this row (runs/<run_id>.json).
)
ENGINE = MergeTree
ORDER BY (article_id, warning_index);
