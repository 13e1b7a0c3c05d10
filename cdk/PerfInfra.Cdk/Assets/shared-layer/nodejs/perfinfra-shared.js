'use strict';
// Layers unpack under /opt; an absolute require keeps this file out of the repo's ignored node_modules/.
// Shared by every reference function through the Lambda layer (seed: "Lambda layers for shared
// dependencies"). Keep-alive agents live at module scope so warm invocations reuse connections
// (seed: "Connection pooling", "Connection reuse").
const https = require('node:https');

const keepAliveAgent = new https.Agent({ keepAlive: true, maxSockets: 50 });

function json(statusCode, body, headers = {}) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

module.exports = { json, keepAliveAgent };
