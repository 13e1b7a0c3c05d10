-- Monthly cohort retention over a quarter: customers by the month of their first order, and how
-- many of them ordered again in each later month.
WITH firsts AS (
  SELECT customer_id, min(dt) AS first_dt
  FROM orders
  WHERE dt BETWEEN '2024-01-01' AND '2024-03-31'
  GROUP BY customer_id
),
activity AS (
  SELECT DISTINCT customer_id, substr(dt, 1, 7) AS active_month
  FROM orders
  WHERE dt BETWEEN '2024-01-01' AND '2024-03-31'
)
SELECT substr(f.first_dt, 1, 7) AS cohort,
       a.active_month,
       count(*) AS customers
FROM firsts f
JOIN activity a ON a.customer_id = f.customer_id
GROUP BY substr(f.first_dt, 1, 7), a.active_month
ORDER BY cohort, a.active_month
