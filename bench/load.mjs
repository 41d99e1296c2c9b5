// Measures one target (a gateway, or the direct subgraph calls) for each dashboard size, and appends one JSON line per
// (target, N) to the results file. run.sh starts and stops the targets and calls this once per target.
//
//   node bench/load.mjs --target NAME --kind gateway|direct --url URL --token TOKEN --services URL,URL,URL
//        --results FILE --answers DIR [--pid PID] [--sizes 1,10,50] [--warmup 5] [--duration 15] [--connections 10]
//        [--rounds 1]
//   node bench/load.mjs --target services --kind direct --services URL,URL,URL --token TOKEN --warm-services S [--sizes ...]
//
// For each N: one checked request (the answer must have no `errors` and, once normalised, equal the direct answer
// saved in DIR, when there is one), a warm-up run, then `rounds` measured runs. The requests the services served on
// /graphql (their /q/metrics, read once the count stops moving) during the measured runs, divided by the dashboard
// requests sent, give the downstream requests per query under load (identical requests in flight together may be
// coalesced); ten queries one after the other then give the downstream requests of one query alone. The target's RSS
// (the process tree under --pid) is read right after the last measured run. Gateways are driven by autocannon (from gateway/peers); the direct calls by a loop of `connections`
// concurrent workers using fetch (keep-alive), timed per query.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, appendFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { dashboardQuery, directQueries } from './query.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'gateway', 'peers', 'package.json'));
const autocannon = require('autocannon');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const target = args.target;
const kind = args.kind ?? 'gateway';
const token = args.token;
const services = (args.services ?? '').split(',').filter(Boolean);
const sizes = (args.sizes ?? '1,10,50').split(',').map(Number);
const warmup = Number(args.warmup ?? 5);
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 10);
const rounds = Number(args.rounds ?? 1);
const pid = args.pid ? Number(args.pid) : null;
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };

const log = (msg) => console.error(`[load] ${target}: ${msg}`);

// ---------------------------------------------------------------------------------------------------------------------
// One dashboard query through the target; the direct kind makes the three subgraph calls and merges them.

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text };
}

async function direct(n) {
  const [personnelUrl, fiscalUrl, licenseUrl] = services.map((s) => `${s}/graphql`);
  const q = directQueries(n);
  const root = await post(personnelUrl, { query: q.personnel });
  if (root.status !== 200 || !root.json?.data || root.json.errors) return root;
  const edges = root.json.data.towns.edges;
  const representations = edges.map((e) => ({ __typename: 'Town', code: e.node.code }));
  const [fiscal, license] = await Promise.all([
    post(fiscalUrl, { query: q.fiscal, variables: { representations } }),
    post(licenseUrl, { query: q.license, variables: { representations } }),
  ]);
  for (const part of [fiscal, license]) {
    if (part.status !== 200 || !part.json?.data || part.json.errors) return part;
  }
  edges.forEach((e, i) => {
    e.node.fiscal = fiscal.json.data._entities[i]?.fiscal ?? null;
    e.node.licensing = license.json.data._entities[i]?.licensing ?? null;
  });
  return { status: 200, json: root.json, text: null };
}

async function once(n) {
  return kind === 'direct' ? direct(n) : post(args.url, { query: dashboardQuery(n) });
}

// Key order and number formatting differ between gateways (a JavaScript gateway re-prints 12.50 as 12.5): compare
// the parsed values with sorted keys.
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  if (typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) return String(Number(value));
  return value;
}

function firstDifference(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path || '/'}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function check(n) {
  const answer = await once(n);
  if (answer.status !== 200 || !answer.json?.data) {
    return `HTTP ${answer.status}: ${(answer.text ?? JSON.stringify(answer.json)).slice(0, 400)}`;
  }
  if (answer.json.errors) return `errors: ${JSON.stringify(answer.json.errors).slice(0, 400)}`;
  const edges = answer.json.data.towns?.edges ?? [];
  if (edges.length !== n) return `asked for ${n} towns, got ${edges.length}`;
  const mine = canonical(answer.json.data);
  writeFileSync(join(args.answers, `${target}-${n}.json`), JSON.stringify(answer.json.data, null, 1));
  const reference = join(args.answers, `direct-${n}.json`);
  if (kind !== 'direct' && existsSync(reference)) {
    const diff = firstDifference(mine, canonical(JSON.parse(readFileSync(reference, 'utf8'))));
    if (diff) return `answer differs from the direct calls' at ${diff}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Load: autocannon for gateways, a worker loop for the direct calls.

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function loopRun(n, seconds) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const t0 = process.hrtime.bigint();
      try {
        const answer = await direct(n);
        if (answer.status !== 200 || answer.json?.errors) errors++;
      } catch {
        errors++;
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length, // every worker finishes the query it started
    completed: latencies.length, rps: latencies.length / elapsed, p50: percentile(latencies, 50),
    p99: percentile(latencies, 99), errors,
  };
}

function cannonRun(n, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({
      url: args.url, method: 'POST', headers, body: JSON.stringify({ query: dashboardQuery(n) }),
      connections, duration: seconds, timeout: 10,
    }, (err, result) => {
      if (err) return reject(err);
      const completed = result['2xx'] + result.non2xx;
      resolve({
        // autocannon stops with one request in flight on every connection; the target still serves those.
        sent: completed + connections,
        completed, rps: completed / (result.duration || seconds), p50: result.latency.p50, p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
      });
    });
  });
}

const run = (n, seconds) => (kind === 'direct' ? loopRun(n, seconds) : cannonRun(n, seconds));

// ---------------------------------------------------------------------------------------------------------------------
// Downstream requests (the services' own count of /graphql requests) and RSS.

async function graphqlRequestsServed() {
  let total = 0;
  for (const base of services) {
    const text = await (await fetch(`${base}/q/metrics`)).text();
    for (const line of text.split('\n')) {
      if (line.startsWith('http_server_requests_seconds_count{') && line.includes('uri="/graphql"')) {
        total += Number(line.slice(line.lastIndexOf(' ') + 1));
      }
    }
  }
  return total;
}

// VmRSS of the process and all its descendants (a gateway may fork workers), in MB.
function rssMb(root) {
  if (!root) return null;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  try {
    if (!/VmRSS:/.test(readFileSync(`/proc/${root}/status`, 'utf8'))) return null; // exited (a zombie has no RSS)
  } catch {
    return null;
  }
  let kb = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(p) ?? []));
  }
  return Math.round(kb / 1024);
}

// The count once it stops moving: requests still in flight when a run ends (or the warm-up's) reach the services a
// little later, and belong to the run that sent them.
async function settledCount() {
  let last = await graphqlRequestsServed();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await graphqlRequestsServed();
    if (now === last) return now;
    last = now;
  }
  return last;
}

// Downstream requests of one query alone (sequential queries: nothing to coalesce or deduplicate): the plan's shape.
async function downstreamAlone(n, queries = 10) {
  const before = await settledCount();
  for (let i = 0; i < queries; i++) await once(n);
  return ((await settledCount()) - before) / queries;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --warm-services S: only warm the services up (their JIT, pools and caches) with the direct calls, S seconds per size,
// before any target is measured, so that the first target measured does not pay for it.
if (args['warm-services']) {
  for (const n of sizes) {
    log(`N=${n}: ${args['warm-services']} s of direct calls`);
    await loopRun(n, Number(args['warm-services']));
  }
  process.exit(0);
}

let failed = false;
for (const n of sizes) {
  const row = { target, n, connections, duration, rounds };
  try {
    const problem = await check(n);
    if (problem) throw new Error(`checked request refused: ${problem}`);
    log(`N=${n}: answer checked; warming up ${warmup} s`);
    if (warmup > 0) await run(n, warmup);
    const measured = [];
    let served = 0;
    for (let r = 0; r < rounds; r++) {
      const before = await settledCount();
      measured.push(await run(n, duration));
      served += (await settledCount()) - before;
    }
    const completed = measured.reduce((s, m) => s + m.completed, 0);
    const sent = measured.reduce((s, m) => s + m.sent, 0);
    const rss = rssMb(pid);
    Object.assign(row, {
      rps: median(measured.map((m) => m.rps)), p50: median(measured.map((m) => m.p50)),
      p99: median(measured.map((m) => m.p99)), errors: measured.reduce((s, m) => s + m.errors, 0), completed, sent,
      downstreamPerQuery: sent ? served / sent : null, downstreamAlone: await downstreamAlone(n), rssMb: rss,
    });
    log(`N=${n}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms, `
      + `${row.errors} errors, ${row.downstreamPerQuery.toFixed(2)} downstream requests per query under load, `
      + `${row.downstreamAlone.toFixed(2)} alone`);
  } catch (e) {
    failed = true;
    row.failure = e.message;
    log(`N=${n}: FAILED: ${e.message}`);
  }
  appendFileSync(args.results, `${JSON.stringify(row)}\n`);
}
process.exit(failed ? 1 : 0);
