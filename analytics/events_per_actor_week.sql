-- Events per actor per week: people and groups taking part in events dated to a day or an ISO week,
-- counted per week (weeks start on Monday). Canonical names come from entity_dim. Only news counts
-- (salience): an earlier event told in passing, a comment, or a death or injury that resulted from another
-- event of the article (cause_event_id: part of that event) is not one more.
SELECT
  p.entity_id,
  d.name AS actor,
  d.entity_type,
  date_trunc('week', e.date_start)::DATE AS week,
  count(DISTINCT e.article_id || '/' || e.event_id) AS n_events
FROM events e
JOIN event_participants p ON p.article_id = e.article_id AND p.event_id = e.event_id
JOIN entity_dim d ON d.entity_id = p.entity_id
WHERE d.entity_type IN ('person', 'group')
  AND e.date_precision IN ('day', 'week')
  AND e.salience = 'news'
GROUP BY ALL
ORDER BY week, n_events DESC, actor, p.entity_id;
