-- Top products of a month by revenue of completed orders: a join of two partitioned tables,
-- both pruned to the month's 31 partitions.
SELECT i.product_id,
       sum(i.quantity) AS units,
       sum(i.quantity * i.price_cents) / 100.0 AS revenue
FROM order_items i
JOIN orders o
  ON o.order_id = i.order_id
 AND o.dt = i.dt
WHERE i.dt BETWEEN '2024-03-01' AND '2024-03-31'
  AND o.dt BETWEEN '2024-03-01' AND '2024-03-31'
  AND o.status = 'completed'
GROUP BY i.product_id
ORDER BY revenue DESC, i.product_id
LIMIT 20
