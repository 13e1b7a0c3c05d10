-- Session funnel of a month: viewed → added to cart → purchased, with the step conversion rates.
WITH sessions AS (
  SELECT session_id,
         max(CASE WHEN event_type = 'view' THEN 1 ELSE 0 END) AS viewed,
         max(CASE WHEN event_type = 'add_to_cart' THEN 1 ELSE 0 END) AS carted,
         max(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) AS purchased
  FROM clickstream
  WHERE dt BETWEEN '2024-03-01' AND '2024-03-31'
  GROUP BY session_id
)
SELECT sum(viewed) AS viewed,
       sum(carted) AS added_to_cart,
       sum(purchased) AS purchased,
       CAST(sum(carted) AS DOUBLE) / nullif(sum(viewed), 0) AS view_to_cart,
       CAST(sum(purchased) AS DOUBLE) / nullif(sum(carted), 0) AS cart_to_purchase
FROM sessions
