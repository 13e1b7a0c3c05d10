-- Order status mix of one day.
SELECT status,
       count(*) AS orders
FROM orders
WHERE dt = '2024-03-15'
GROUP BY status
ORDER BY orders DESC
