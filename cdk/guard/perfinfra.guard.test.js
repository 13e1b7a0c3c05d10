'use strict';
// The guard rules must be able to fail: a template breaking them is rejected, a compliant one passes.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.join(__dirname, '..', '..');
const guard = path.join(repo, 'node_modules', '@cdklabs', 'cdk-validator-cfnguard', 'bin', 'ubuntu', os.arch() === 'arm64' ? 'aarch64' : 'x86_64', 'cfn-guard');
const rules = path.join(__dirname, 'perfinfra.guard');

function validate(resources) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-test-'));
  const file = path.join(dir, 'Fixture.template.json');
  fs.writeFileSync(file, JSON.stringify({ Resources: resources }));
  const result = spawnSync(guard, ['validate', '--rules', rules, '--data', file, '--show-summary', 'fail'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

const logGroup = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } };
const fn = (arch) => ({ Type: 'AWS::Lambda::Function', Properties: { Architectures: [arch], LoggingConfig: { LogGroup: { Ref: 'Logs' } } } });
const stage = (postCaching) => ({
  Type: 'AWS::ApiGateway::Stage',
  Properties: {
    CacheClusterEnabled: true,
    AccessLogSetting: { DestinationArn: 'arn' },
    MethodSettings: [
      { HttpMethod: '*', ResourcePath: '/*', CachingEnabled: true, CacheDataEncrypted: true, ThrottlingBurstLimit: 5000, ThrottlingRateLimit: 2000 },
      { HttpMethod: 'POST', ResourcePath: '/~1orders', CachingEnabled: postCaching, CacheDataEncrypted: true, ThrottlingBurstLimit: 5000, ThrottlingRateLimit: 2000 },
    ],
  },
});

test('compliant resources pass', () => {
  const r = validate({ Logs: logGroup, Fn: fn('arm64'), Stage: stage(false) });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
});

test('an x86 function, a log group without retention and a cached write each fail', () => {
  const r = validate({ Logs: { Type: 'AWS::Logs::LogGroup', Properties: {} }, Fn: fn('x86_64'), Stage: stage(true) });
  assert.notStrictEqual(r.status, 0);
  assert.match(r.stdout, /lambda_on_graviton_with_own_log_group\s+FAIL/);
  assert.match(r.stdout, /log_groups_expire\s+FAIL/);
  assert.match(r.stdout, /api_writes_never_cached\s+FAIL/);
});
