-- An entity's timeline: every event it takes part in, in date order, with its role, the place and the
-- article. Set the entity by its canonical name (entity_dim.name).
SET VARIABLE entity_name = 'Airbus';
SELECT
  e.date_start,
  e.date_end,
  e.date_precision,
  e.date_value,
  e.event_type,
  p.role,
  e.trigger_text,
  e.place_name,
  e.article_id,
  e.event_id
FROM entity_dim d
JOIN event_participants p ON p.entity_id = d.entity_id
JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id
WHERE d.name = getvariable('entity_name')
ORDER BY e.date_start NULLS LAST, e.article_id, e.event_id, p.role;
