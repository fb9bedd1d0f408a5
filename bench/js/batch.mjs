// `canbao batch` throughput with full output: 100,000 generated cases (bench/out/batch.jsonl) and
// the scenario corpus over and over (batch-corpus.jsonl), each through one process and split in
// halves through two processes at once (2 cores), under /usr/bin/time -v (peak resident memory,
// CPU time). Output goes to /dev/null after being written in full.
//   node bench/js/batch.mjs > bench/out/batch.json
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OUT } from './cases.mjs';
import { CLI } from './paths.mjs';
import { summarize } from './stats.mjs';

const RUNS = Number(process.env.BENCH_BATCH_RUNS || 3);

// One `canbao batch` under /usr/bin/time -v: { seconds, maxRssKiB, exit }.
function batch(file) {
  return new Promise((resolve, reject) => {
    const stdin = openSync(file, 'r');
    const stdout = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-v', CLI, 'batch'], { stdio: [stdin, stdout, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(stdin); closeSync(stdout);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const cpu = ['User', 'System'].reduce((s, k) => s + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(err)?.[1] || 0), 0);
      resolve({ seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, maxRssKiB: rss ? Number(rss[1]) : null, exit: code });
    });
  });
}

// The input on one process, then split in halves on two processes at once.
async function measure(name) {
  const input = path.join(OUT, name);
  const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
  const half = Math.ceil(lines.length / 2);
  const parts = [lines.slice(0, half), lines.slice(half)].map((p, i) => {
    const f = path.join(OUT, `${name}.part${i}`);
    writeFileSync(f, p.join('\n') + '\n');
    return f;
  });
  const one = [], two = [], cpu = [], rss = [];
  await batch(parts[1]); // warm the page cache and the binary
  for (let i = 0; i < RUNS; i++) {
    const a = await batch(input);
    one.push(lines.length / a.seconds);
    cpu.push(lines.length / a.cpuSeconds);
    rss.push(a.maxRssKiB);
    const t0 = performance.now();
    const b = await Promise.all(parts.map(batch));
    two.push(lines.length / ((performance.now() - t0) / 1000));
    rss.push(...b.map((x) => x.maxRssKiB));
  }
  return { input: name, cases: lines.length, inputBytes: readFileSync(input).length, runs: RUNS,
    oneProcess: summarize(one), twoProcesses: summarize(two), perCpuSecond: summarize(cpu), maxRssKiB: summarize(rss) };
}

const generated = await measure('batch.jsonl');
const corpus = await measure('batch-corpus.jsonl');
console.log(JSON.stringify({
  note: 'exit status 2 is expected: some generated cases are answered with an error line',
  ...generated, corpus,
}));
