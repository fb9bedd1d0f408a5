// Side by side with a peer: the national-2024 art-1 waiting period and repair in Publicodes
// (bench/js/peer/national-2024-art-1.mjs) against the WASM engine's assess, in the same Node
// process, on the same cases (bench/out/peer.jsonl). Checks both give the same months, repair
// options and benefit start, then times each (Publicodes: setSituation + the outputs; canbao:
// engine.assess, the full assessment, object in and out).
//   node bench/js/peer-publicodes.mjs > bench/out/peer.json
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Engine from 'publicodes';
import { readCases } from './cases.mjs';
import { engineFiles } from './paths.mjs';
import { answer, rules, situation } from './peer/national-2024-art-1.mjs';
import { timeEach } from './stats.mjs';

const { wrapper, wasm } = engineFiles();
const { createEngine } = await import(pathToFileURL(wrapper).href);
const canbao = await createEngine({ wasmBinary: await readFile(wasm) });
const quiet = { log() {}, warn() {}, error: (m) => console.error(m) };
const t0 = performance.now();
const publicodes = new Engine(rules, { logger: quiet });
const parseMs = performance.now() - t0;
const cases = readCases('peer.jsonl');
const situations = cases.map(situation);

// canbao's answer in the same terms (an exempt case has no months: 0).
function canbaoAnswer(a) {
  const w = a.waiting_period;
  const r = a.repair;
  return {
    total_months: w.total_months ?? 0,
    variable_months: w.variable_months ?? 0,
    broken_years: w.broken_years,
    max_useful_years: r.max_useful_years ?? 0,
    options: r.options.length ? r.options.map((o) => o.total_months) : [w.total_months ?? 0],
    benefit_start: w.benefit_start,
  };
}

const mismatches = [];
const outcomes = {};
cases.forEach((c, i) => {
  const a = canbao.assess(c);
  outcomes[a.waiting_period.outcome] = (outcomes[a.waiting_period.outcome] || 0) + 1;
  publicodes.setSituation(situations[i]);
  const want = canbaoAnswer(a);
  const got = answer(publicodes);
  if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push({ index: i, case: c, canbao: want, publicodes: got });
});

const now = () => performance.now();
const stats = timeEach({
  canbao: (i) => canbao.assess(cases[i]),
  publicodes: (i) => {
    publicodes.setSituation(situations[i]);
    return answer(publicodes);
  },
}, cases.length, { now, reps: Number(process.env.BENCH_REPS || 5), batch: 5 });

console.log(JSON.stringify({
  cases: cases.length, outcomes, agree: cases.length - mismatches.length, mismatches: mismatches.slice(0, 5),
  publicodes: { version: '1.10.1', rules: Object.keys(rules).length, parseMs, ...stats.publicodes },
  canbao: { version: canbao.version, ...stats.canbao },
  ratio: { median: stats.publicodes.median / stats.canbao.median, min: stats.publicodes.min / stats.canbao.min },
}));
