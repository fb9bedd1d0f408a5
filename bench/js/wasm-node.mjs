// WASM engine in Node: start-up and assess latency over the corpus and the generated cases.
//   node bench/js/wasm-node.mjs > bench/out/wasm-node.json
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readCases } from './cases.mjs';
import { engineFiles } from './paths.mjs';
import { answerable, measure, startups } from './wasm-latency.mjs';

const { wrapper, wasm } = engineFiles();
const { createEngine } = await import(pathToFileURL(wrapper).href);
const bytes = await readFile(wasm);
const now = () => performance.now();
const corpus = readCases('corpus.jsonl');
const generated = readCases('generated.jsonl');

const start = await startups(createEngine, bytes, now, corpus[0]);
const engine = await createEngine({ wasmBinary: bytes });
const sets = {};
for (const [name, cases] of Object.entries({ corpus, generated })) {
  const ok = answerable(engine, cases);
  sets[name] = { ...measure(engine, ok, { now, reps: Number(process.env.BENCH_REPS || 5) }), left_out: cases.length - ok.length };
}
console.log(JSON.stringify({ host: `node ${process.version}`, wasm, version: engine.version, startup: start, sets }));
