// The proposed core changes (bench/proposals/NN-*.diff), measured against the current core: each diff
// alone and all of them together, each in its own copy of the tree under BENCH_WORK (default
// /tmp/canbao-proposals; core/ is never touched). For each variant: a Release build of the CLI and
// core, its batch output compared byte for byte with the current core's (check.jsonl: valid and
// corrupted lines; batch.jsonl), instructions per case per stage (callgrind), latency per stage
// (bench/native/latency.cpp) and `canbao batch` CPU time.
//   node bench/js/proposals.mjs > bench/out/proposals.json
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, openSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OUT, ROOT } from './cases.mjs';
import { profile } from './callgrind.mjs';

const WORK = process.env.BENCH_WORK || '/tmp/canbao-proposals';
const DIFFS = readdirSync(path.join(ROOT, 'bench/proposals')).filter((f) => f.endsWith('.diff')).sort();
const STAGES = ['assess', 'parse_case', 'decision', 'serialize'];
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });

function prepare(name, diffs) {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of ['CMakeLists.txt', 'cmake', 'core', 'cli']) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  for (const d of diffs) run('git', ['apply', '--whitespace=nowarn', path.join(ROOT, 'bench/proposals', d)], { cwd: dir });
  run('cmake', ['-S', dir, '-B', path.join(dir, 'build'), '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release', '-DBUILD_TESTING=OFF']);
  run('cmake', ['--build', path.join(dir, 'build'), '--target', 'canbao']);
  run('bash', [path.join(ROOT, 'bench/native/build.sh'), dir, path.join(dir, 'build'), path.join(dir, 'latency')]);
  return dir;
}

// sha256 of `canbao batch` on a file, and its CPU time (user + system, from /usr/bin/time).
function batch(dir, file) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %e', path.join(dir, 'build/canbao'), 'batch'],
      { stdio: [openSync(path.join(OUT, file), 'r'), 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    let err = '';
    child.stdout.on('data', (d) => hash.update(d));
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', () => {
      const [user, sys, wall] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve({ sha256: hash.digest('hex'), cpuSeconds: user + sys, wallSeconds: wall });
    });
  });
}

if (DIFFS.length === 0) {  // nothing waiting: say so rather than build the current core twice
  console.log(JSON.stringify({ work: WORK, diffs: [], variants: [], note: 'no .diff in bench/proposals' }));
  process.exit(0);
}
const variants = [['current core', []], ...DIFFS.map((d) => [d, [d]]), ['all together', DIFFS]];
const out = { work: WORK, diffs: DIFFS, variants: [] };
let reference = null;
for (const [name, diffs] of variants) {
  const v = { name, diffs };
  try {
    const dir = prepare(name.replace(/[^A-Za-z0-9.-]+/g, '_'), diffs);
    const check = await batch(dir, 'check.jsonl');
    const full = await batch(dir, 'batch.jsonl');
    reference ??= { check: check.sha256, batch: full.sha256 };
    v.identicalOutput = check.sha256 === reference.check && full.sha256 === reference.batch;
    v.batchCasesPerCpuSecond = Math.round(100000 / full.cpuSeconds);
    v.irPerCase = {};
    for (const set of ['corpus', 'generated']) {
      v.irPerCase[set] = Object.fromEntries(STAGES.map((s) => [s, profile(path.join(dir, 'latency'), set, s, path.join(dir, 'callgrind')).irPerCase]));
    }
    v.medianUs = {};
    for (const set of ['corpus', 'generated']) {
      const r = JSON.parse(run(path.join(dir, 'latency'), [path.join(OUT, `${set}.jsonl`), '5']));
      v.medianUs[set] = Object.fromEntries(Object.entries(r.stages).map(([k, s]) => [k, s.median]));
      v.bestUs ??= {};
      v.bestUs[set] = Object.fromEntries(Object.entries(r.best_of_reps).map(([k, s]) => [k, s.median]));
    }
  } catch (e) {
    v.error = String(e.stderr || e.message).split('\n').slice(0, 4).join(' ').slice(0, 400);
  }
  out.variants.push(v);
  console.error(`[proposals] ${name}: ${v.error ? `not measured (${v.error.slice(0, 120)})` : 'measured'}`);
}
console.log(JSON.stringify(out));
