// The cases every harness measures: the scenario corpus (tests/cases/**/*.json) and seeded
// generated cases (tests/node/lib/gen.mjs, the same generator the parity tests use).
//   node bench/js/cases.mjs OUTDIR   writes corpus.jsonl, generated.jsonl, batch.jsonl (generated),
//                                    batch-corpus.jsonl (the corpus over and over), peer.jsonl and
//                                    check.jsonl (valid and corrupted lines: output equality checks)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, rng, validCase } from '../../tests/node/lib/gen.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = process.env.BENCH_OUT || path.join(ROOT, 'bench/out');
export const SEED = Number(process.env.BENCH_SEED || 20261124);
export const GENERATED = Number(process.env.BENCH_GENERATED || 2000);
export const BATCH = Number(process.env.BENCH_BATCH || 100000);

/** Every case of the scenario corpus, in file order. */
export function corpusCases() {
  const dir = path.join(ROOT, 'tests/cases');
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json')) files.push(p);
    }
  };
  walk(dir);
  return files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')).cases ?? []).map((c) => c.case).filter(Boolean));
}

/** `count` valid cases (contract-shaped; the engine may still answer some with an error). */
export function generatedCases(seed = SEED, count = GENERATED) {
  const r = rng(seed);
  return Array.from({ length: count }, () => validCase(r));
}

// The peer comparison's cases: national-2024 art-1 resident enrollments with every local value
// supplied (centralized period Sep–Dec of the year before, day convention, contribution), so both
// engines decide from the same facts: next-year enrollments made inside the period (an enrollment
// outside it is refused, with no waiting period to compare) and current-year enrollments made after
// it. Coverage is a random subset of the eight years before the insurance year.
export function peerCases(seed = SEED, count = 500) {
  const r = rng(seed ^ 0x5eed);
  const pad = (n) => String(n).padStart(2, '0');
  return Array.from({ length: count }, () => {
    const next = r.chance(0.5);
    const y = r.int(2025, 2031);
    const date = next ? `${y - 1}-${pad(r.int(9, 12))}-${pad(r.int(1, 30))}` : `${y}-${pad(r.int(1, 12))}-${pad(r.int(1, 31))}`;
    const years = [];
    for (let t = y - 8; t < y; t++) if (r.chance(0.45)) years.push(t);
    return {
      ruleset: 'national-2024', region: '430100', date: validDate(date),
      action: next ? 'enroll_resident_next_year' : 'enroll_resident',
      coverage: { years },
      params: { centralized_period_start: `${y - 1}-09-01`, centralized_period_end: `${y - 1}-12-31`,
        waiting_day_convention: 'same_day', resident_contribution_cny: 400 },
    };
  });
}

function validDate(s) {
  const [y, m, d] = s.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Read a JSON Lines file written by this module back into case objects. */
export function readCases(name) {
  return readFileSync(path.join(OUT, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] || OUT;
  mkdirSync(out, { recursive: true });
  const lines = (cases) => cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
  const corpus = corpusCases();
  writeFileSync(path.join(out, 'corpus.jsonl'), lines(corpus));
  writeFileSync(path.join(out, 'generated.jsonl'), lines(generatedCases()));
  writeFileSync(path.join(out, 'batch.jsonl'), lines(generatedCases(SEED + 1, BATCH)));
  writeFileSync(path.join(out, 'batch-corpus.jsonl'), lines(Array.from({ length: BATCH }, (_, i) => corpus[i % corpus.length])));
  writeFileSync(path.join(out, 'peer.jsonl'), lines(peerCases()));
  writeFileSync(path.join(out, 'check.jsonl'), generate(SEED + 2, 20000).join('\n') + '\n');
  console.error(`[cases] corpus ${corpus.length}, generated ${GENERATED} (seed ${SEED}), batch ${BATCH} (seed ${SEED + 1}), peer 500, check 20000 (seed ${SEED + 2})`);
}
