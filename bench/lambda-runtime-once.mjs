// A Lambda Runtime API on loopback that serves ONE invocation (the payload file) to a `bootstrap`, with a
// deadline 15 minutes away like a worker function's timeout, prints the function's answer as one JSON
// line ({ status: "response" | "error", body }), and keeps the bootstrap's next /next waiting (so the
// process stays alive for its /proc figures) until it is killed. For bench/worker-rss.sh: the load-worker
// measured outside any test host, as Lambda would run it.
//
// Usage: node lambda-runtime-once.mjs PORT PAYLOAD.json
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, payloadPath] = process.argv.slice(2);
const payload = readFileSync(payloadPath, 'utf8');
const deadlineMs = Date.now() + 15 * 60 * 1000;
let served = false;

const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const path = req.url ?? '';
  if (path.endsWith('/invocation/next')) {
    if (served) return; // later /next calls wait forever, as on an idle sandbox
    served = true;
    res.setHeader('Lambda-Runtime-Aws-Request-Id', 'bench-1');
    res.setHeader('Lambda-Runtime-Deadline-Ms', String(deadlineMs));
    res.setHeader('Lambda-Runtime-Invoked-Function-Arn', 'arn:aws:lambda:us-east-1:123456789012:function:bench');
    res.end(payload);
    return;
  }
  const status = path.endsWith('/response') ? 'response' : path.endsWith('/error') ? 'error' : null;
  res.statusCode = status ? 202 : 404;
  res.end();
  if (status) {
    console.log(JSON.stringify({ status, body }));
  }
});
server.listen(Number(port), '127.0.0.1');
