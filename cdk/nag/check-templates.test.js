'use strict';
// Proves the suppression bridge of check-templates.js on a two-resource template:
// an unencrypted SNS topic (AwsSolutions-SNS2/SNS3) and an IAM policy with Resource * (IAM5).
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const script = path.join(__dirname, 'check-templates.js');

function template(topicSuppressions, policySuppressions) {
  const withMetadata = (resource, rules) => (rules ? { ...resource, Metadata: { cdk_nag: { rules_to_suppress: rules } } } : resource);
  return {
    Resources: {
      Topic: withMetadata({ Type: 'AWS::SNS::Topic', Properties: {} }, topicSuppressions),
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } } },
      Policy: withMetadata({
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'p',
          Roles: [{ Ref: 'Role' }],
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' }] },
        },
      }, policySuppressions),
    },
  };
}

function run(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nag-test-'));
  fs.writeFileSync(path.join(dir, 'Fixture.template.json'), JSON.stringify(t));
  const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

const topicOk = [{ id: 'AwsSolutions-SNS3', reason: 'fixture: the TLS policy is not the point of this test' }];
const xray = 'fixture: X-Ray needs Resource *';

// Each run loads aws-cdk-lib (seconds): three runs cover the bridge's rules.
test('unsuppressed findings fail with exit code 1 and are listed', () => {
  const r = run(template(null, null));
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /AwsSolutions-SNS3 on Topic/);
  assert.match(r.stdout, /AwsSolutions-IAM5\[Resource::\*\] on Policy/);
});

test('suppressions with reasons, literal or regex applies_to, pass', () => {
  const t = template(topicOk, [{ id: 'AwsSolutions-IAM5', reason: xray, applies_to: ['Resource::*'] }]);
  t.Resources.Policy2 = {
    ...t.Resources.Policy,
    Metadata: { cdk_nag: { rules_to_suppress: [{ id: 'AwsSolutions-IAM5', reason: xray, applies_to: [{ regex: '/^Resource::\\*$/' }] }] } },
  };
  const r = run(t);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /3 suppressed with a reason/);
});

test('a reasonless suppression, or one for another finding, fails', () => {
  const r = run(template(
    [{ id: 'AwsSolutions-SNS3', reason: 'ok' }],
    [{ id: 'AwsSolutions-IAM5', reason: 'fixture: only s3 actions are justified', applies_to: ['Action::s3:*'] }]));
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /invalid suppression\] Topic/);
  assert.match(r.stdout, /AwsSolutions-IAM5\[Resource::\*\] on Policy/);
});
