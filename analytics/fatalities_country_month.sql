-- Fatalities by country and month: the best figure of people killed (ACLED-style: the lowest stated), over
-- events placed in a country and dated to a day, week or month (a week counts in the month of its Monday).
SELECT
  country_code,
  date_trunc('month', date_start)::DATE AS month,
  sum(fatalities) AS fatalities,
  count(*) AS n_events
FROM events
WHERE fatalities IS NOT NULL
  AND country_code IS NOT NULL
  AND date_precision IN ('day', 'week', 'month')
GROUP BY ALL
ORDER BY month, country_code;
