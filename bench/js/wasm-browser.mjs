// WASM engine in headless Chromium: start-up (compile, instantiate, createEngine, first assess)
// and assess latency over the corpus and the generated cases, the same harness as in Node.
//   node bench/js/wasm-browser.mjs > bench/out/wasm-browser.json
import { readCases } from './cases.mjs';
import { launch, startServer, benchPage } from './chromium.mjs';
import { engineFiles, WASM_DIST } from './paths.mjs';

const { wasmName } = engineFiles();
const server = await startServer(WASM_DIST);
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await benchPage(context, server.url);
  const input = { corpus: readCases('corpus.jsonl'), generated: readCases('generated.jsonl') };
  const result = await page.evaluate(async ({ input, wasmName, reps }) => {
    const { createEngine } = await import('/canbao.mjs');
    const { answerable, measure, startups } = await import('/__bench/wasm-latency.mjs');
    const now = () => performance.now();
    const bytes = new Uint8Array(await (await fetch(`/${wasmName}`)).arrayBuffer());
    const startup = await startups(createEngine, bytes, now, input.corpus[0]);
    const t0 = now();
    const engine = await createEngine(); // the portal's way: fetch + instantiateStreaming
    const streaming = now() - t0;
    const sets = {};
    for (const [name, cases] of Object.entries(input)) {
      const ok = answerable(engine, cases);
      sets[name] = { ...measure(engine, ok, { now, reps }), left_out: cases.length - ok.length };
    }
    return { isolated: crossOriginIsolated, userAgent: navigator.userAgent, startup, streamingCreateEngine: streaming, sets };
  }, { input, wasmName, reps: Number(process.env.BENCH_REPS || 5) });
  console.log(JSON.stringify({ host: `chromium ${browser.version()}`, ...result }));
} finally {
  await browser.close();
  await server.close();
}
