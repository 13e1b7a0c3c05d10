// Runs a synthesized state machine definition locally: validates it with asl-validator, then executes
// it with aws-local-stepfunctions, routing every Lambda task to an invoke endpoint on loopback
// (the C# harness serves the real handlers there: POST /invoke/<handler> with the payload).
//
// Usage: node --require ./promise-with-resolvers.cjs run-state-machine.mjs DEFINITION.json INPUT.json EXECUTION_NAME INVOKE_URL
// Prints one JSON line: { status: "SUCCEEDED" | "FAILED", output?, error?, cause? }. Exit 0 when it ran
// (whatever the verdict), 2 when the definition is invalid or the harness itself broke.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { StateMachine } from 'aws-local-stepfunctions';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator');

const [definitionPath, inputPath, executionName, invokeUrl] = process.argv.slice(2);
if (!invokeUrl) {
  console.error('usage: run-state-machine.mjs DEFINITION.json INPUT.json EXECUTION_NAME INVOKE_URL');
  process.exit(2);
}

const definition = JSON.parse(readFileSync(definitionPath, 'utf8'));
const input = JSON.parse(readFileSync(inputPath, 'utf8'));

const validation = aslValidator(definition);
if (!validation.isValid) {
  console.error(`asl-validator: the definition is invalid:\n${JSON.stringify(validation.errors, null, 2)}`);
  process.exit(2);
}

// Task state name → handler name (the function's _HANDLER), as the CDK construct wires them.
const handlers = {
  Plan: 'plan',
  LoadWorker: 'load-worker',
  Aggregate: 'aggregate',
  Report: 'report',
  ReportError: 'report',
  ReportPlanError: 'report',
};

async function invoke(handler, payload) {
  const response = await fetch(`${invokeUrl}/invoke/${handler}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  if (response.ok) return JSON.parse(text);
  // The Lambda error document: errorType is what Retry and Catch match, as in Step Functions.
  const body = JSON.parse(text);
  const error = new Error(body.errorMessage);
  error.name = body.errorType;
  throw error;
}

const taskResourceLocalHandlers = Object.fromEntries(
  Object.entries(handlers).map(([state, handler]) => [state, (payload) => invoke(handler, payload)]));

const machine = new StateMachine(definition, { validationOptions: { checkPaths: true, checkArn: true } });
const execution = machine.run(input, {
  overrides: { taskResourceLocalHandlers, retryIntervalOverrides: {} },
  context: { Execution: { Name: executionName, Input: input, StartTime: new Date().toISOString() } },
});

try {
  const output = await execution.result;
  console.log(JSON.stringify({ status: 'SUCCEEDED', output }));
} catch (e) {
  // A Fail state or an uncaught error ends the execution FAILED: report its error and cause.
  const failure = e.cause ?? e;
  if (failure?.name === 'ExecutionError' || !failure) {
    console.error(e);
    process.exit(2);
  }
  console.log(JSON.stringify({ status: 'FAILED', error: failure.name, cause: failure.message }));
}
