-- Appends the tables of output folder output into the tables of `dossier schema --sql duckdb`,
-- with every column type spelled out (`dossier schema --sql duckdb --load DIR` prints both).
INSERT INTO articles BY NAME SELECT * FROM read_json('output/tables/articles/*.ndjson',
  format = 'newline_delimited', columns = {'article_id': 'VARCHAR', 'source_path': 'VARCHAR', 'title': 'VARCHAR', 'published_value': 'VARCHAR', 'published_start': 'DATE', 'published_end': 'DATE', 'published_precision': 'VARCHAR', 'published_time': 'VARCHAR', 'published_source': 'VARCHAR', 'bytes': 'BIGINT', 'sha256': 'VARCHAR', 'pipeline_version': 'VARCHAR', 'schema_version': 'VARCHAR', 'n_entities': 'BIGINT', 'n_mentions': 'BIGINT', 'n_timexes': 'BIGINT', 'n_events': 'BIGINT', 'n_warnings': 'BIGINT', 'processed_at': 'TIMESTAMP', 'run_id': 'VARCHAR'});

INSERT INTO entities BY NAME SELECT * FROM read_json('output/tables/entities/*.ndjson',
  format = 'newline_delimited', columns = {'article_id': 'VARCHAR', 'entity_id': 'VARCHAR', 'entity_type': 'VARCHAR', 'name': 'VARCHAR', 'aliases': 'VARCHAR', 'n_mentions': 'BIGINT', 'first_offset': 'BIGINT', 'geonames_id': 'BIGINT', 'lat': 'DOUBLE', 'lon': 'DOUBLE', 'country_code': 'VARCHAR', 'geo_level': 'VARCHAR', 'geo_confidence': 'DOUBLE', 'run_id': 'VARCHAR'});

INSERT INTO entity_dim BY NAME SELECT * FROM read_json('output/tables/entity_dim/*.ndjson',
  format = 'newline_delimited', columns = {'entity_id': 'VARCHAR', 'entity_type': 'VARCHAR', 'name': 'VARCHAR', 'aliases': 'VARCHAR', 'n_articles': 'BIGINT', 'n_mentions': 'BIGINT', 'geonames_id': 'BIGINT', 'lat': 'DOUBLE', 'lon': 'DOUBLE', 'country_code': 'VARCHAR', 'geo_level': 'VARCHAR', 'name_counts': 'VARCHAR', 'form_counts': 'VARCHAR', 'geo_links': 'VARCHAR', 'run_id': 'VARCHAR'});

INSERT INTO mentions BY NAME SELECT * FROM read_json('output/tables/mentions/*.ndjson',
  format = 'newline_delimited', columns = {'article_id': 'VARCHAR', 'entity_id': 'VARCHAR', 'start_offset': 'BIGINT', 'end_offset': 'BIGINT', 'mention_text': 'VARCHAR', 'sentence_index': 'BIGINT', 'run_id': 'VARCHAR'});

INSERT INTO events BY NAME SELECT * FROM read_json('output/tables/events/*.ndjson',
  format = 'newline_delimited', columns = {'event_id': 'VARCHAR', 'article_id': 'VARCHAR', 'event_type': 'VARCHAR', 'sub_type': 'VARCHAR', 'cameo_code': 'VARCHAR', 'acled_event_type': 'VARCHAR', 'acled_sub_event_type': 'VARCHAR', 'kairos_type': 'VARCHAR', 'date_value': 'VARCHAR', 'date_start': 'DATE', 'date_end': 'DATE', 'date_precision': 'VARCHAR', 'date_mod': 'VARCHAR', 'date_source': 'VARCHAR', 'actor1_id': 'VARCHAR', 'actor1_name': 'VARCHAR', 'actor1_type': 'VARCHAR', 'actor2_id': 'VARCHAR', 'actor2_name': 'VARCHAR', 'actor2_type': 'VARCHAR', 'place_id': 'VARCHAR', 'place_name': 'VARCHAR', 'geonames_id': 'BIGINT', 'lat': 'DOUBLE', 'lon': 'DOUBLE', 'country_code': 'VARCHAR', 'geo_precision': 'VARCHAR', 'fatalities': 'BIGINT', 'fatalities_min': 'BIGINT', 'fatalities_max': 'BIGINT', 'fatalities_precision': 'VARCHAR', 'injured': 'BIGINT', 'injured_min': 'BIGINT', 'injured_max': 'BIGINT', 'injured_precision': 'VARCHAR', 'status': 'VARCHAR', 'salience': 'VARCHAR', 'confidence': 'DOUBLE', 'trigger_text': 'VARCHAR', 'trigger_start': 'BIGINT', 'trigger_end': 'BIGINT', 'sentence_index': 'BIGINT', 'evidence_text': 'VARCHAR', 'reported_by_id': 'VARCHAR', 'reported_by_name': 'VARCHAR', 'n_participants': 'BIGINT', 'cause_event_id': 'VARCHAR', 'published_date': 'DATE', 'run_id': 'VARCHAR'});

INSERT INTO event_participants BY NAME SELECT * FROM read_json('output/tables/event_participants/*.ndjson',
  format = 'newline_delimited', columns = {'event_id': 'VARCHAR', 'article_id': 'VARCHAR', 'entity_id': 'VARCHAR', 'role': 'VARCHAR', 'entity_type': 'VARCHAR', 'entity_name': 'VARCHAR', 'run_id': 'VARCHAR'});

INSERT INTO timexes BY NAME SELECT * FROM read_json('output/tables/timexes/*.ndjson',
  format = 'newline_delimited', columns = {'article_id': 'VARCHAR', 'timex_id': 'VARCHAR', 'timex_type': 'VARCHAR', 'timex_text': 'VARCHAR', 'start_offset': 'BIGINT', 'end_offset': 'BIGINT', 'sentence_index': 'BIGINT', 'date_value': 'VARCHAR', 'date_start': 'DATE', 'date_end': 'DATE', 'date_precision': 'VARCHAR', 'date_mod': 'VARCHAR', 'anchor': 'VARCHAR', 'run_id': 'VARCHAR'});

INSERT INTO warnings BY NAME SELECT * FROM read_json('output/tables/warnings/*.ndjson',
  format = 'newline_delimited', columns = {'article_id': 'VARCHAR', 'warning_index': 'BIGINT', 'stage': 'VARCHAR', 'code': 'VARCHAR', 'message': 'VARCHAR', 'start_offset': 'BIGINT', 'end_offset': 'BIGINT', 'run_id': 'VARCHAR'});
