// WASM engine latency, one case at a time. Runs unchanged in Node (bench/js/wasm-node.mjs) and in
// the page (bench/js/wasm-browser.mjs), handed the host's clock.
//   assess      JS object in, JS object out (JSON.stringify, embind, C++ assess, TextDecoder, JSON.parse)
//   assessJson  JSON text in, JSON text out (embind + C++ assess only)
// A sample is the mean of `batch` back-to-back calls on the same case (a browser's clock is too
// coarse for one call: 5 µs when cross-origin isolated, 100 µs otherwise); samples are pooled over
// cases and repetitions.
import { summarize, timeEach } from './stats.mjs';

/** Cases the engine answers without an error (an error answer is a different, shorter path). */
export function answerable(engine, cases) {
  return cases.filter((c) => !JSON.parse(engine.assessJson(JSON.stringify(c))).error);
}

export function measure(engine, cases, { now, reps = 5, batch = 10 } = {}) {
  const texts = cases.map((c) => JSON.stringify(c));
  const stats = timeEach({
    assess: (i) => engine.assess(cases[i]),
    assessJson: (i) => engine.assessJson(texts[i]),
  }, cases.length, { now, reps, batch });
  return { cases: cases.length, reps, batch, ...stats };
}

/**
 * Start-up of a fresh engine from the .wasm bytes: compile, instantiate (through the
 * instantiateWasm hook), createEngine as a whole (instantiate + runtime and embind start-up), and
 * the first assess (which parses the rule data compiled into the module). Milliseconds.
 */
export async function startup(createEngine, bytes, now, sampleCase) {
  const t0 = now();
  const module = await WebAssembly.compile(bytes);
  const compile = now() - t0;
  let instantiate = 0;
  const t1 = now();
  const engine = await createEngine({
    instantiateWasm(imports, receive) {
      const t = now();
      WebAssembly.instantiate(module, imports).then((instance) => {
        instantiate = now() - t;
        receive(instance, module);
      });
      return {};
    },
  });
  const create = now() - t1;
  const t2 = now();
  engine.assess(sampleCase);
  const firstAssess = now() - t2;
  return { compile, instantiate, createEngine: create, firstAssess, total: compile + create + firstAssess };
}

/** Summaries of several start-ups (each a fresh compile and instance). */
export async function startups(createEngine, bytes, now, sampleCase, runs = 10) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await startup(createEngine, bytes, now, sampleCase));
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, summarize(all.map((x) => x[k]))]));
}
