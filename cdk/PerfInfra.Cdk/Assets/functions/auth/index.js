'use strict';
// Token authorizer of the reference API. It is the function the seed puts on provisioned concurrency:
// it runs before every uncached request, so its cold start would be every user's cold start.
// Demo rule: a bearer token of 16+ characters is accepted; replace with real verification.
exports.handler = async (event) => {
  const token = (event.authorizationToken || '').replace(/^Bearer\s+/i, '');
  const effect = token.length >= 16 ? 'Allow' : 'Deny';
  // Allow the whole API (not just methodArn): the authorizer result is cached per token across routes.
  const apiArn = event.methodArn.split('/').slice(0, 2).join('/') + '/*';
  return {
    principalId: token.slice(0, 8) || 'anonymous',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: apiArn }],
    },
  };
};
