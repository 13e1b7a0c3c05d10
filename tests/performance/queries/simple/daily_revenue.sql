-- Revenue of one day: reads one dt partition of orders.
SELECT dt,
       count(*) AS orders,
       sum(total_cents) / 100.0 AS revenue
FROM orders
WHERE dt = '2024-03-15'
  AND status = 'completed'
GROUP BY dt
