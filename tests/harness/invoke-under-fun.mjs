// Runs the Lambda `bootstrap` as a `provided` custom runtime under @vercel/fun (which serves the Lambda
// Runtime API on loopback and spawns the binary like the Lambda service does) and invokes its `plan`
// handler four times: a valid input, an invalid one, a plan document of the wrong shape (runId a number:
// the error names the field from the source-generated contract metadata, which Native AOT must keep),
// and a valid input after the kill switch flipped to "stop". The kill switch is an SSM parameter served by a small SSM JSON-protocol endpoint on loopback,
// so the binary's real AWS SDK client is exercised too.
//
// Usage: node invoke-under-fun.mjs FUNCTION_DIR CONFIG_FILE
// Prints one JSON line: { coldStartMs, warmMs, valid, invalid, wrongShape, stopped, ssmRequests } where each
// invocation is { functionError, payload }. Exit 0 when the invocations ran (whatever they answered).
import { createServer } from 'node:http';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createFunction } = require('@vercel/fun');

const [functionDir, configFile] = process.argv.slice(2);
if (!configFile) {
  console.error('usage: invoke-under-fun.mjs FUNCTION_DIR CONFIG_FILE');
  process.exit(2);
}

const switchName = '/perfinfra/local/kill-switch';
const parameters = new Map([[switchName, 'run']]);
let ssmRequests = 0;
const ssm = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  ssmRequests += 1;
  const name = body ? JSON.parse(body).Name : undefined;
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  if (req.headers['x-amz-target'] === 'AmazonSSM.GetParameter' && parameters.has(name)) {
    res.end(JSON.stringify({ Parameter: { Name: name, Type: 'String', Value: parameters.get(name), Version: 1 } }));
  } else {
    res.statusCode = 400;
    res.end(JSON.stringify({ __type: 'ParameterNotFound', message: `Parameter ${name} not found.` }));
  }
});
ssm.listen(0, '127.0.0.1');
await once(ssm, 'listening');

const fn = await createFunction({
  Code: { Directory: functionDir },
  Handler: 'plan',
  Runtime: 'provided',
  MemorySize: 256,
  Timeout: 30,
  Region: 'us-east-1',
  AccessKeyId: 'AKIDLOCALFUN',
  SecretAccessKey: 'local-fun-secret',
  Environment: {
    Variables: {
      REPORT_BUCKET: 'perfinfra-reports-local',
      CONFIG_FILE: configFile,
      KILL_SWITCH_PARAMETER: switchName,
      SSM_ENDPOINT_URL: `http://127.0.0.1:${ssm.address().port}/`,
      DOTNET_ROOT: process.env.DOTNET_ROOT ?? '/usr/share/dotnet',
    },
  },
});

async function invokeRaw(payload) {
  const result = await fn.invoke({ InvocationType: 'RequestResponse', Payload: JSON.stringify(payload) });
  return { functionError: result.FunctionError ?? null, payload: JSON.parse(String(result.Payload)) };
}

const invoke = (request) => invokeRaw({ runId: 'fun-run', request });

try {
  const valid = { suites: ['api'], users: 100, duration: '30s' };
  // The first invocation spawns the process: process start → first response is the cold start.
  let started = performance.now();
  const first = await invoke(valid);
  const coldStartMs = performance.now() - started;
  started = performance.now();
  const invalid = await invoke({ suites: ['api'], users: 'lots' });
  const warmMs = performance.now() - started;
  const wrongShape = await invokeRaw({ runId: 5, request: {} });
  parameters.set(switchName, 'stop');
  const stopped = await invoke(valid);
  console.log(JSON.stringify({ coldStartMs, warmMs, valid: first, invalid, wrongShape, stopped, ssmRequests }));
} finally {
  await fn.destroy();
  ssm.close();
}
