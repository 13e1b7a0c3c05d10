// Runs a synthesized state machine definition locally: validates it with asl-validator, then executes
// it with aws-local-stepfunctions, routing every Lambda task to an invoke endpoint on loopback
// (the C# harness serves the real handlers there: POST /invoke/<handler> with the payload).
//
// AWS service integrations (athena:startQueryExecution.sync, batch:submitJob.sync, cloudwatch:getMetricData,
// lambda:invoke, …) answer from RECORDED.json when given: { "<state name>": response | [entry, …] } where an
// entry is { "match": { key: value, … }, "response": … } (picked when the state's input has those
// top-level values) or a bare response (consumed in order; the last one repeats). A response
// { "$error": "Name", "$cause": "…" } makes the state fail with that error, as the service would.
//
// Usage: node --require ./promise-with-resolvers.cjs run-state-machine.mjs DEFINITION.json INPUT.json EXECUTION_NAME INVOKE_URL [RECORDED.json]
// Prints one JSON line: { status: "SUCCEEDED" | "FAILED", output?, error?, cause? }. Exit 0 when it ran
// (whatever the verdict), 2 when the definition is invalid or the harness itself broke.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { StateMachine } from 'aws-local-stepfunctions';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator');

const [definitionPath, inputPath, executionName, invokeUrl, recordedPath] = process.argv.slice(2);
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
// Every suite branch ends in a Collect<Suite> state served by the collect handler.
for (const state of Object.keys(definitionStates(definition))) {
  if (state.startsWith('Collect')) taskResourceLocalHandlers[state] = (payload) => invoke('collect', payload);
}

const recorded = recordedPath ? JSON.parse(readFileSync(recordedPath, 'utf8')) : {};
const consumed = {};
for (const [state, spec] of Object.entries(recorded)) {
  taskResourceLocalHandlers[state] = async (payload) => answer(state, spec, payload);
}

function answer(state, spec, payload) {
  let response = spec;
  if (Array.isArray(spec)) {
    const matched = spec.find((e) => e && e.match && Object.entries(e.match).every(([k, v]) => JSON.stringify(payload?.[k]) === JSON.stringify(v)));
    if (matched) {
      response = matched.response;
    } else {
      const bare = spec.filter((e) => !(e && e.match));
      if (bare.length === 0) throw new Error(`recorded responses of ${state}: no entry matches input ${JSON.stringify(payload)}`);
      const i = consumed[state] ?? 0;
      consumed[state] = i + 1;
      response = bare[Math.min(i, bare.length - 1)];
    }
  }
  if (response && response.$error) {
    const error = new Error(response.$cause ?? response.$error);
    error.name = response.$error;
    throw error;
  }
  return structuredClone(response);
}

// All states, nested ones (Parallel branches, Map item processors) included.
function definitionStates(def, into = {}) {
  for (const [name, state] of Object.entries(def.States ?? {})) {
    into[name] = state;
    for (const branch of state.Branches ?? []) definitionStates(branch, into);
    if (state.ItemProcessor) definitionStates(state.ItemProcessor, into);
    if (state.Iterator) definitionStates(state.Iterator, into);
  }
  return into;
}

const machine = new StateMachine(definition, { validationOptions: { checkPaths: true, checkArn: true } });
const startTime = new Date().toISOString();
const execution = machine.run(input, {
  overrides: { taskResourceLocalHandlers, retryIntervalOverrides: {} },
  // aws-local-stepfunctions serves only the context it is given, once per execution: every state sees
  // the execution's start as $$.State.EnteredTime (suite branches read it for their time windows).
  context: { Execution: { Name: executionName, Input: input, StartTime: startTime }, State: { EnteredTime: startTime } },
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
