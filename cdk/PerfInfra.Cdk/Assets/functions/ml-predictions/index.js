'use strict';
// Stand-in for the platform's ML prediction functions (sized at 4 GB per the seed). The real model
// code replaces this file; the memory, concurrency and timeout settings are what this app owns.
const { json } = require('/opt/nodejs/perfinfra-shared');

exports.handler = async (event) => {
  const features = Array.isArray(event.features) ? event.features : [];
  const score = features.reduce((sum, x, i) => sum + Number(x || 0) * (i + 1), 0);
  return json(200, { score: 1 / (1 + Math.exp(-score / 100)) });
};
