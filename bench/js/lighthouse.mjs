// Lighthouse 12.8.2, mobile preset (the default: simulated slow 4G + 4x CPU), performance and
// accessibility, on the portal's start page and on a /#case= link (the answer rendered directly),
// served by scripts/serve.mjs from this process (as is, behind the brotli proxy, and behind it
// over HTTPS + HTTP/2 as a production host would). On the case link the page shows only a
// loading line until the answer, so its largest contentful paint is the answer's; the LCP
// element is recorded to show it. Lighthouse runs through async execFile: a spawnSync would block
// this process's server (a deadlock).
//   node bench/js/lighthouse.mjs > bench/out/lighthouse.json
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './cases.mjs';
import { startServer } from './chromium.mjs';
import { CHROMIUM, CHROMIUM_ARGS, WEB_DIST } from './paths.mjs';
import { summarize } from './stats.mjs';

const run = promisify(execFile);
const LIGHTHOUSE = path.join(ROOT, 'node_modules/.bin/lighthouse');
const RUNS = Number(process.env.BENCH_LH_RUNS || 3);
const theCase = JSON.parse(readFileSync(path.join(ROOT, 'examples/contract-example.json'), 'utf8'));
const hash = `#case=${Buffer.from(JSON.stringify(theCase), 'utf8').toString('base64url')}`;
const AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time',
  'cumulative-layout-shift', 'interactive'];

// The loading line, the one text the case link shows before the answer, in both languages (read
// from the portal's dictionaries, so a reworded line cannot pass for the answer).
const LOADING = ['web/src/i18n.ts', 'web/src/i18n-en.ts'].map((f) => {
  const m = /^\s*loading_engine: '((?:[^'\\]|\\.)*)',?$/m.exec(readFileSync(path.join(ROOT, f), 'utf8'));
  if (!m) throw new Error(`${f}: no loading_engine text`);
  return m[1];
});

async function lighthouse(url) {
  const tls = url.startsWith('https:') ? ' --ignore-certificate-errors' : '';
  const { stdout } = await run(LIGHTHOUSE, [url, '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance,accessibility', `--chrome-flags=--headless=new${tls} ${CHROMIUM_ARGS.join(' ')}`],
  { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024, timeout: 180000 });
  const r = JSON.parse(stdout);
  if (r.runtimeError) throw new Error(`${r.runtimeError.code}: ${r.runtimeError.message}`);
  const lcpNode = r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  return {
    lcpElement: lcpNode ? { selector: lcpNode.selector, label: lcpNode.nodeLabel } : null,
    lcpIsAnswer: !!lcpNode && /\bmain#main\b/.test(lcpNode.selector) && !LOADING.includes(lcpNode.nodeLabel),
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    ...Object.fromEntries(AUDITS.map((a) => [a, r.audits[a]?.numericValue ?? null])),
    benchmarkIndex: r.environment?.benchmarkIndex ?? null,
    warnings: r.runWarnings,
  };
}

if (!existsSync(LIGHTHOUSE)) {
  console.log(JSON.stringify({ available: false, reason: 'node_modules/.bin/lighthouse is not installed (optional dependency)' }));
} else {
  const out = { available: true, version: '12.8.2', preset: 'mobile (default), simulated throttling', runs: RUNS, results: [] };
  for (const encoding of ['identity', 'br', 'h2']) {
    const server = await startServer(WEB_DIST, encoding);
    try {
      for (const [page, suffix] of [['start', ''], ['case link', hash]]) {
        const runs = [];
        const failures = [];
        for (let i = 0; i < RUNS; i++) {
          try {
            runs.push(await lighthouse(server.url + suffix));
          } catch (e) {
            failures.push(String(e.message).split('\n')[0].slice(0, 300));
          }
        }
        out.results.push({ encoding, page, failures, warnings: [...new Set(runs.flatMap((r) => r.warnings))],
          lcpElements: [...new Set(runs.map((r) => JSON.stringify(r.lcpElement)))].map((j) => JSON.parse(j)),
          lcpIsAnswer: runs.length > 0 && runs.every((r) => r.lcpIsAnswer),
          ...Object.fromEntries(['performance', 'accessibility', 'benchmarkIndex', ...AUDITS]
            .map((k) => [k, summarize(runs.map((r) => r[k]).filter((x) => x != null))])) });
      }
    } finally {
      await server.close();
    }
  }
  console.log(JSON.stringify(out));
}
