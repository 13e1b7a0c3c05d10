#!/usr/bin/env node
'use strict';
// Runs cdk-nag's AwsSolutions pack over synthesized CloudFormation templates.
//
// Why from Node: the C# app cannot run cdk-nag in-process (the Cdklabs.CdkNag NuGet package is not
// served here). Each template is loaded into a JS CDK app with cloudformation-include.
//
// Suppressions: the C# app writes them where cdk-nag 2 kept them in templates,
// Metadata.cdk_nag.rules_to_suppress = [{ id, reason, applies_to? }], and this script applies them with
// cdk-nag 2's meaning (cdk-nag 3 reads only in-process Validations acknowledgements, which a template
// cannot carry): a finding `Rule[finding]` (IAM4, IAM5) is suppressed by an entry for Rule whose
// applies_to lists that finding literally or as { regex: "/.../" }; an entry without applies_to
// suppresses every finding of its rule on that resource. A reason shorter than ten characters is an
// error, as in cdk-nag 2.
//
// Usage: node cdk/nag/check-templates.js <cdk.out dir or template.json> ...
// Exit codes: 0 no unsuppressed finding; 1 findings or an invalid suppression; 2 bad usage or a
// template that could not be loaded.
const fs = require('node:fs');
const path = require('node:path');
const { App, Stack } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks } = require('cdk-nag');

const MIN_REASON_LENGTH = 10;

function templatesOf(target) {
  if (fs.statSync(target).isFile()) return [target];
  return fs.readdirSync(target)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => path.join(target, f));
}

function toRegExp(text) {
  const m = /^\/(.*)\/([a-z]*)$/.exec(text);
  return m ? new RegExp(m[1], m[2].replace('g', '')) : null;
}

/** The template's suppressions by logical id; problems lists the invalid ones. */
function readSuppressions(template) {
  const byResource = new Map();
  const problems = [];
  for (const [logicalId, resource] of Object.entries(template.Resources || {})) {
    const rules = [];
    for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress || []) {
      if (typeof rule.id !== 'string' || typeof rule.reason !== 'string' || rule.reason.trim().length < MIN_REASON_LENGTH) {
        problems.push(`${logicalId}: suppression ${JSON.stringify(rule)} needs an id and a reason of ${MIN_REASON_LENGTH}+ characters`);
        continue;
      }
      const matchers = [];
      for (const entry of rule.applies_to || []) {
        if (typeof entry === 'string') matchers.push((f) => f === entry);
        else if (entry && typeof entry.regex === 'string' && toRegExp(entry.regex)) {
          const re = toRegExp(entry.regex);
          matchers.push((f) => re.test(f));
        } else problems.push(`${logicalId}: ${rule.id} has an applies_to entry that is neither a string nor { regex: "/.../" }`);
      }
      rules.push({ id: rule.id, matchers });
    }
    byResource.set(logicalId, rules);
  }
  return { byResource, problems };
}

function isSuppressed(rules, ruleName) {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(ruleName);
  const [, id, finding] = m;
  return (rules || []).some((r) => r.id === id && (r.matchers.length === 0 || (finding !== undefined && r.matchers.some((match) => match(finding)))));
}

function check(templateFile) {
  const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
  const { byResource, problems } = readSuppressions(template);
  const app = new App();
  const stack = new Stack(app, 'Checked');
  new CfnInclude(stack, 'Template', { templateFile });
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  const findings = [];
  let suppressed = 0;
  for (const violation of report.violations) {
    for (const resource of violation.violatingResources) {
      const logicalId = resource.constructPath.split('/').pop();
      if (isSuppressed(byResource.get(logicalId), violation.ruleName)) {
        suppressed++;
        continue;
      }
      findings.push({ severity: violation.severity, rule: violation.ruleName, logicalId, text: violation.description });
    }
  }
  return { findings, problems, suppressed };
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
    console.log(`${path.basename(template)}: ${findings.length} unsuppressed finding(s), ${suppressed} suppressed with a reason`);
    for (const p of problems) console.log(`  [invalid suppression] ${p}`);
    for (const f of findings) console.log(`  [${f.severity}] ${f.rule} on ${f.logicalId}: ${f.text}`);
  }
  console.log(total === 0 ? 'cdk-nag AwsSolutions: clean' : `cdk-nag AwsSolutions: ${total} unsuppressed finding(s)`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
