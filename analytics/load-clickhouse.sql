-- Appends the tables of output folder output into the tables of `dossier schema --sql clickhouse`
-- (`dossier schema --sql clickhouse --load DIR` prints both).
INSERT INTO articles SELECT * FROM file('output/tables/articles/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO entities SELECT * FROM file('output/tables/entities/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO entity_dim SELECT * FROM file('output/tables/entity_dim/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO mentions SELECT * FROM file('output/tables/mentions/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO events SELECT * FROM file('output/tables/events/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO event_participants SELECT * FROM file('output/tables/event_participants/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO timexes SELECT * FROM file('output/tables/timexes/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;

INSERT INTO warnings SELECT * FROM file('output/tables/warnings/*.ndjson', JSONEachRow)
  SETTINGS date_time_input_format = 'best_effort', input_format_skip_unknown_fields = 0;
