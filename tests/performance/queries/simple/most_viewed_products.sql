-- The ten most viewed products of one day, from the clickstream.
SELECT product_id,
       count(*) AS views
FROM clickstream
WHERE dt = '2024-03-15'
  AND event_type = 'view'
GROUP BY product_id
ORDER BY views DESC, product_id
LIMIT 10
