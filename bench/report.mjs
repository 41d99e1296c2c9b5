// Prints the table of a benchmark run from its results file (one JSON line per target and size), and the comparison
// with issue 5's target: our gateway at least 1.5x the best peer's requests/s, with a lower p99, at every size, and
// downstream requests per query constant in N.
//
//   node bench/report.mjs RESULTS_FILE [--markdown]
import { readFileSync } from 'node:fs';

const [file, flag] = process.argv.slice(2);
const markdown = flag === '--markdown';
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const PEERS = ['hive-router', 'apollo'];
const fmt = (v, digits = 1) => (v === null || v === undefined ? '-' : Number(v).toFixed(digits));
const header = ['target', 'N', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'downstream/query (load)', 'downstream/query (alone)',
  'RSS MB'];
const lines = rows.map((r) => (r.failure || r.unavailable
  ? [r.target, String(r.n), r.unavailable ? 'unavailable' : 'FAILED', '-', '-', '-', '-', '-', '-', r.failure ?? r.unavailable]
  : [r.target, String(r.n), fmt(r.rps), fmt(r.p50, 0), fmt(r.p99, 0), String(r.errors), fmt(r.downstreamPerQuery, 2),
    fmt(r.downstreamAlone, 2), r.rssMb === null ? '-' : String(r.rssMb)]));

if (markdown) {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const l of lines) console.log(`| ${l.slice(0, header.length).join(' | ')} |`);
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const pad = (cells) => cells.slice(0, header.length).map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(pad(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(pad(l) + (l[header.length] ? `   ${l[header.length]}` : ''));
}

// Against the target, for each of our gateway's rows.
const verdicts = [];
for (const ours of rows.filter((r) => r.target === 'gateway' && r.rps !== undefined)) {
  const peers = rows.filter((r) => PEERS.includes(r.target) && r.n === ours.n && r.rps !== undefined);
  if (peers.length === 0) continue;
  const best = peers.reduce((a, b) => (b.rps > a.rps ? b : a));
  const ratio = ours.rps / best.rps;
  const ok = ratio >= 1.5 && ours.p99 < best.p99;
  verdicts.push(`N=${ours.n}: ${fmt(ratio, 2)}x ${best.target}'s req/s, p99 ${fmt(ours.p99, 0)} vs ${fmt(best.p99, 0)} ms: `
    + (ok ? 'meets the target' : 'MISSES the target (>= 1.5x and lower p99)'));
}
if (!rows.some((r) => r.target === 'gateway' && r.rps !== undefined)) {
  verdicts.push('our gateway was not measured (see its rows): no comparison with the target');
}
// Constant in N: judged on one query alone (under load the share of coalesced requests varies with the rate).
const ourDownstream = rows.filter((r) => r.target === 'gateway' && r.downstreamAlone !== undefined).map((r) => r.downstreamAlone);
if (ourDownstream.length > 1) {
  const constant = Math.max(...ourDownstream) - Math.min(...ourDownstream) < 0.05;
  verdicts.push(`our gateway's downstream requests per query alone over N: ${ourDownstream.map((d) => fmt(d, 2)).join(', ')}: `
    + (constant ? 'constant' : 'NOT constant'));
}
if (verdicts.length) {
  console.log('');
  for (const v of verdicts) console.log(markdown ? `- ${v}` : v);
}
