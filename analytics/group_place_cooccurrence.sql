-- Co-occurrence of groups and places: how many articles name both, by canonical name.
SELECT
  g.entity_id AS group_id,
  dg.name AS group_name,
  pl.entity_id AS place_id,
  dp.name AS place_name,
  dp.country_code,
  count(DISTINCT g.article_id) AS n_articles
FROM entities g
JOIN entities pl ON pl.article_id = g.article_id AND pl.entity_type = 'place'
JOIN entity_dim dg ON dg.entity_id = g.entity_id
JOIN entity_dim dp ON dp.entity_id = pl.entity_id
WHERE g.entity_type = 'group'
GROUP BY ALL
ORDER BY n_articles DESC, group_name, place_name, group_id, place_id;
