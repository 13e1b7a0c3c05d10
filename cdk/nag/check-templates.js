#!/usr/bin/env node
'use strict';
// Runs cdk-nag's AwsSolutions pack over synthesized CloudFormation templates.
//
// Why from Node: the C# app cannot run cdk-nag in-process (the Cdklabs.CdkNag NuGet package is not
// served here). Each template is loaded into a JS CDK app with cloudformation-include.
//
// Suppressions: the C# app writes them where cdk-nag has always recorded them in templates,
// Metadata.cdk_nag.rules_to_suppress = [{ id, reason, applies_to? }]. cdk-nag 3 no longer reads that
// metadata (it honours Validations.of(x).acknowledge() only), so this script turns each entry into an
// acknowledgement on its resource: `applies_to` entries become finding ids `Rule[finding]`, which is
// how cdk-nag 3 names one finding of a multi-finding rule (IAM4, IAM5). A reason shorter than ten
// characters is an error, as it was in cdk-nag 2.
//
// Usage: node cdk/nag/check-templates.js <cdk.out dir or template.json> ...
// Exit codes: 0 no unsuppressed finding; 1 findings or an invalid suppression; 2 bad usage or a
// template that could not be loaded.
const fs = require('node:fs');
const path = require('node:path');
const { App, Stack, Validations } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks } = require('cdk-nag');

const MIN_REASON_LENGTH = 10;

function templatesOf(target) {
  if (fs.statSync(target).isFile()) return [target];
  return fs.readdirSync(target)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => path.join(target, f));
}

/** Acknowledges the template's recorded suppressions; returns the problems with them. */
function applySuppressions(include, template) {
  const problems = [];
  let count = 0;
  for (const [logicalId, resource] of Object.entries(template.Resources || {})) {
    const rules = resource.Metadata?.cdk_nag?.rules_to_suppress || [];
    for (const rule of rules) {
      if (typeof rule.id !== 'string' || typeof rule.reason !== 'string' || rule.reason.trim().length < MIN_REASON_LENGTH) {
        problems.push(`${logicalId}: suppression ${JSON.stringify(rule)} needs an id and a reason of ${MIN_REASON_LENGTH}+ characters`);
        continue;
      }
      const appliesTo = rule.applies_to || [];
      if (appliesTo.some((a) => typeof a !== 'string')) {
        problems.push(`${logicalId}: ${rule.id} applies_to must list literal findings (regex entries are not supported here)`);
        continue;
      }
      const ids = appliesTo.length > 0 ? appliesTo.map((a) => `${rule.id}[${a}]`) : [rule.id];
      const cfn = include.getResource(logicalId);
      for (const id of ids) Validations.of(cfn).acknowledge({ id, reason: rule.reason });
      count += ids.length;
    }
  }
  return { problems, count };
}

function check(templateFile) {
  const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
  const app = new App();
  const stack = new Stack(app, 'Checked');
  const include = new CfnInclude(stack, 'Template', { templateFile });
  const { problems, count } = applySuppressions(include, template);
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  const findings = [];
  for (const violation of report.violations) {
    for (const resource of violation.violatingResources) {
      const logicalId = resource.constructPath.split('/').pop();
      findings.push({ severity: violation.severity, rule: violation.ruleName, logicalId, text: violation.description });
    }
  }
  return { findings, problems, suppressed: count };
}

function main(argv) {
  if (argv.length === 0) {
    console.error('usage: check-templates.js <cdk.out dir or template.json> ...');
    return 2;
  }
  let templates;
  try {
    templates = argv.flatMap(templatesOf);
  } catch (e) {
    console.error(`cannot read ${argv.join(' ')}: ${e.message}`);
    return 2;
  }
  if (templates.length === 0) {
    console.error(`no *.template.json under ${argv.join(' ')}: run 'npx cdk synth' first`);
    return 2;
  }
  let total = 0;
  for (const template of templates) {
    let result;
    try {
      result = check(template);
    } catch (e) {
      console.error(`${template}: could not be checked: ${e.message}`);
      return 2;
    }
    const { findings, problems, suppressed } = result;
    total += findings.length + problems.length;
    console.log(`${path.basename(template)}: ${findings.length} unsuppressed finding(s), ${suppressed} acknowledged`);
    for (const p of problems) console.log(`  [invalid suppression] ${p}`);
    for (const f of findings) console.log(`  [${f.severity}] ${f.rule} on ${f.logicalId}: ${f.text}`);
  }
  console.log(total === 0 ? 'cdk-nag AwsSolutions: clean' : `cdk-nag AwsSolutions: ${total} unsuppressed finding(s)`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
