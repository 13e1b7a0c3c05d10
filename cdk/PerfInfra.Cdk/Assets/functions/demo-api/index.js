'use strict';
// Reference e-commerce API for the performance tests: deterministic data, no downstream calls, so
// what the tests measure is API Gateway + Lambda, the layers the optimizations change.
const { json } = require('/opt/nodejs/perfinfra-shared');

const categories = ['books', 'electronics', 'garden', 'toys'];
const products = Array.from({ length: 200 }, (_, i) => ({
  id: String(i + 1),
  name: `Product ${i + 1}`,
  category: categories[i % categories.length],
  priceCents: 500 + ((i * 37) % 9500),
}));

exports.handler = async (event) => {
  const method = event.httpMethod;
  const resource = event.resource;
  const query = event.queryStringParameters || {};
  if (method === 'GET' && resource === '/health') return json(200, { status: 'ok' });
  if (method === 'GET' && resource === '/categories') return json(200, categories);
  if (method === 'GET' && resource === '/products') {
    const page = Math.max(1, Number(query.page || 1));
    const filtered = query.category ? products.filter((p) => p.category === query.category) : products;
    return json(200, filtered.slice((page - 1) * 20, page * 20));
  }
  if (method === 'GET' && resource === '/products/{id}') {
    const product = products.find((p) => p.id === event.pathParameters.id);
    return product ? json(200, product) : json(404, { error: 'not found' });
  }
  if (method === 'GET' && resource === '/recommendations') {
    const seed = (event.requestContext.authorizer?.principalId || 'anon').length;
    return json(200, products.filter((_, i) => (i + seed) % 25 === 0));
  }
  if (method === 'POST' && resource === '/orders') {
    return json(201, { orderId: event.requestContext.requestId, status: 'accepted' });
  }
  return json(404, { error: `no route ${method} ${resource}` });
};
