'use strict';
// The reference functions the load tests measure, invoked with API Gateway proxy events. Lambda
// mounts the shared layer at /opt/nodejs; here that path resolves to the layer's source in the repo.
const { test } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const assets = path.join(__dirname, '..', '..', '..', 'cdk', 'PerfInfra.Cdk', 'Assets');
const layerPath = '/opt/nodejs/perfinfra-shared';
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  const mapped = request === layerPath ? path.join(assets, 'shared-layer', 'nodejs', 'perfinfra-shared.js') : request;
  return originalResolve.call(this, mapped, ...rest);
};

const api = require(path.join(assets, 'functions', 'demo-api', 'index.js'));
const auth = require(path.join(assets, 'functions', 'auth', 'index.js'));

const event = (httpMethod, resource, extra = {}) => ({
  httpMethod, resource, queryStringParameters: null, pathParameters: null,
  requestContext: { requestId: 'req-1', authorizer: { principalId: 'user1234' } }, ...extra,
});

test('demo API: every route of DemoApiRoutes answers', async () => {
  const cases = [
    [event('GET', '/health'), 200],
    [event('GET', '/categories'), 200],
    [event('GET', '/products', { queryStringParameters: { category: 'books', page: '2' } }), 200],
    [event('GET', '/products/{id}', { pathParameters: { id: '7' } }), 200],
    [event('GET', '/products/{id}', { pathParameters: { id: '999' } }), 404],
    [event('GET', '/recommendations'), 200],
    [event('POST', '/orders'), 201],
  ];
  for (const [e, status] of cases) {
    const response = await api.handler(e);
    assert.strictEqual(response.statusCode, status, `${e.httpMethod} ${e.resource}`);
    JSON.parse(response.body);
  }
});

test('demo API: products are filtered by category and paged by 20', async () => {
  const response = await api.handler(event('GET', '/products', { queryStringParameters: { category: 'toys' } }));
  const products = JSON.parse(response.body);
  assert.strictEqual(products.length, 20);
  assert.ok(products.every((p) => p.category === 'toys'));
});

test('auth: allows a 16+ character bearer token for the whole API and denies a short one', async () => {
  const methodArn = 'arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/GET/products';
  const allowed = await auth.handler({ authorizationToken: 'Bearer 0123456789abcdef', methodArn });
  assert.strictEqual(allowed.policyDocument.Statement[0].Effect, 'Allow');
  assert.strictEqual(allowed.policyDocument.Statement[0].Resource, 'arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/*');
  const denied = await auth.handler({ authorizationToken: 'Bearer short', methodArn });
  assert.strictEqual(denied.policyDocument.Statement[0].Effect, 'Deny');
});
