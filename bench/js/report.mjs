// Writes docs/performance.md from bench/out/*.json (bench/run.sh runs it last).
//   node bench/js/report.mjs > docs/performance.md
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { OUT, ROOT } from './cases.mjs';

// Why the first answer takes what it takes under DevTools-applied throttling: the bytes it needs
// over the profile's link, and the round trips (the HTML, then the JS chunks and the .wasm in
// parallel: index.html preloads them), against what the budget leaves.
function firstAnswerLimit(c, r) {
  const prof = c.mobileProfile;
  const bytes = r.transferred.median;
  const transfer = (bytes / prof.down) * 1000;
  const floor = transfer + 2 * prof.latency;
  const fit = Math.max(0, ((1500 - 2 * prof.latency) / 1000) * prof.down);
  return `${(bytes / 1024).toFixed(1)} KB before the answer (the .wasm most of it) take ${Math.round(transfer).toLocaleString('en')} ms at ` +
    `${Math.round((prof.down * 8) / 1000).toLocaleString('en')} kbit/s, plus two request latencies of ${prof.latency} ms (the HTML, then the JS and the .wasm together): ` +
    `${Math.round(floor).toLocaleString('en')} ms before any CPU work, which then takes ` +
    `${Math.round(r.firstAnswer.median - r.wasmFetchEnd.median).toLocaleString('en')} ms (compile, first assess, rendering at CPU ÷4); within 1.5 s only about ${Math.round(fit / 1024)} KB fit`;
}

// Lighthouse's simulation (lantern) over HTTP/2, as its LCP graph's node timings showed when printed: after
// the HTML (about 760 ms: DNS, TCP, TLS and the request at 150 ms round trips) the files share the one
// warm connection, at most 1.6 Mbit/s × 150 ms (30,720 bytes, 21 segments) a round trip; what a file
// leaves of its last round trip goes to the next one (lantern's h2 overflow; the CSS rides in what the
// HTML leaves of its last one). So what counts is the sum of the files the answer waits for — the
// .wasm, the index script, the engine chunks, and the favicon and manifest requests when they start
// before the answer — in whole round trips. Checked by padding the index script with incompressible
// bytes (Nov 24, at 202ba08): 1.9 KB more still gave LCP 1,405 ms, 2.4 KB more 1,514 ms; each
// response's headers (~0.2 KB in lantern's transfer sizes) take the rest.
function lanternLimit(sizes) {
  const portal = sizes?.portal?.rows || [];
  const pick = (re) => portal.find((r) => re.test(r.file));
  const wasm = pick(/\.wasm$/);
  const index = pick(/^assets\/index-.*\.js$/);
  if (!wasm || !index) return '';
  const files = [wasm, index, pick(/^assets\/canbao-.*\.js$/), pick(/^assets\/engine-.*\.js$/),
    pick(/^manifest\.webmanifest$/), pick(/^icon\.svg$/)].filter(Boolean);
  const window = 21 * 1460;
  const total = files.reduce((sum, r) => sum + r.brotli, 0);
  const n = Math.ceil(total / window);
  return `over HTTP/2 Lighthouse's simulation sends, after the HTML (about 760 ms: DNS, TCP, TLS and the request at 150 ms round trips), ` +
    `the files over the one warm connection at most ${kb(window)} a round trip (1.6 Mbit/s × 150 ms), what one file leaves of a round trip going to the next: ` +
    `the .wasm (${kb(wasm.brotli)}), the index script (${kb(index.brotli)}), the engine chunks, the manifest and the icon (the CSS rides in the HTML's last round trip) — ` +
    `${kb(total)} of brotli bodies, headers (~0.2 KB each) not counted — take ${n} round trips, ${n * 150} ms, ${kb(n * window - total)} to spare in the last ` +
    `(measured at 202ba08 by padding the index script: 1.9 KB more still fitted, 2.4 KB did not); the answer's CPU work follows the last script`;
}

const read = (name) => {
  const f = path.join(OUT, `${name}.json`);
  if (!existsSync(f)) return { error: 'not run' };
  try { return JSON.parse(readFileSync(f, 'utf8')); } catch (e) { return { error: `unreadable: ${e.message}` }; }
};
const R = Object.fromEntries(['machine', 'native', 'callgrind', 'batch', 'sizes', 'wasm-node', 'wasm-browser', 'peer',
  'coldstart', 'lighthouse', 'proposals'].map((n) => [n, read(n)]));

// ---- formatting -------------------------------------------------------------------------------
const num = (x, d = 1) => (x == null || Number.isNaN(x) ? '–' : Number(x).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const int = (x) => num(x, 0);
const kb = (b) => (b == null ? '–' : `${num(b / 1024, 1)} KB`);
const ms = (x) => num(x, x < 10 ? 2 : 0);
const us = (x) => num(x, x < 10 ? 2 : 1);
const trio = (s, f = us) => (s && s.n ? `${f(s.min)} / **${f(s.median)}** / ${f(s.p99)}` : '–');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const missing = (r) => (r?.error ? `*Not measured: ${r.error}.*` : null);
const lines = [];
const p = (...x) => lines.push(...x);

// ---- budgets -------------------------------------------------------------------------------
const nat = R.native;
const cg = R.callgrind?.sets;
const share = (set, stage) => (cg?.[set] ? (100 * cg[set][stage].irPerCase) / cg[set].assess.irPerCase : null);
const wasmNode = R['wasm-node']?.sets;
const wasmBrowser = R['wasm-browser']?.sets;
const mobileBr = R.coldstart?.results?.find((r) => r.encoding === 'br' && r.profile === 'mobile');
const mobileId = R.coldstart?.results?.find((r) => r.encoding === 'identity' && r.profile === 'mobile');
const mobileH2 = R.coldstart?.results?.find((r) => r.encoding === 'h2' && r.profile === 'mobile');
const lhCase = R.lighthouse?.results?.find((r) => r.encoding === 'br' && r.page === 'case link');
const lhCaseH2 = R.lighthouse?.results?.find((r) => r.encoding === 'h2' && r.page === 'case link');
const wasmBr = R.sizes?.engine?.totals?.wasm?.brotli;
const precache = R.sizes?.precache;
const perCore = R.batch?.oneProcess?.median;
const met = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**missed**');

const budgets = [
  ['decision (resolve_chain + decide), native, median', '≤ 2 µs',
    nat?.corpus ? `${us(nat.corpus.stages.decision.median)} µs corpus, ${us(nat.generated.stages.decision.median)} µs generated${nat.corpus.best_of_reps ? ` (best of reps ${us(nat.corpus.best_of_reps.decision.median)} / ${us(nat.generated.best_of_reps.decision.median)})` : ''}` : '–',
    met(nat?.corpus ? Math.max(nat.corpus.stages.decision.median, nat.generated.stages.decision.median) <= 2 : null),
    cg ? `${int(cg.corpus.decision.irPerCase)} instructions a case (corpus), ${int(cg.generated.decision.irPerCase)} (generated; longer record histories): what is left is allocation (trace items of ~400 bytes, a finding's effects, warnings), string and word compares, the duplicate and continuity walks (§8, §9)` : ''],
  ['WASM `assess` end to end (object in, object out), median', '≤ 50 µs',
    wasmNode ? `Node ${us(wasmNode.corpus.assess.median)} µs; Chromium ${wasmBrowser?.corpus ? `${us(wasmBrowser.corpus.assess.median)} µs` : '–'} (corpus; the generated cases, longer histories: Node ${us(wasmNode.generated?.assess?.median)} µs, Chromium ${wasmBrowser?.generated ? us(wasmBrowser.generated.assess.median) : '–'} µs)` : '–',
    met(wasmNode ? Math.max(wasmNode.corpus.assess.median, wasmBrowser?.corpus?.assess?.median ?? 0) <= 50 : null),
    wasmNode ? `the C++ \`assess\` in wasm (\`assessJson\`: Node ${us(wasmNode.corpus.assessJson.median)} µs${wasmBrowser?.corpus ? `, Chromium ${us(wasmBrowser.corpus.assessJson.median)} µs` : ''}), of which serialising is ${cg ? int(share('corpus', 'serialize')) : '–'} % of the instructions natively (§1, §8); then JS: JSON.parse of the ~3 KB answer and its UTF-8 → JS string copy (\`assess\` − \`assessJson\`, §2)` : ''],
  ['`.wasm`, brotli', '≤ 150 KB', kb(wasmBr), met(wasmBr == null ? null : wasmBr <= 150 * 1024),
    'code more than data: the embedded rule JSON (116 KB raw) is about 17 KB of it brotli'],
  ['whole precache (web/dist, sw.js manifest), brotli', '≤ 400 KB', precache ? kb(precache.brotli) : '–',
    met(precache ? precache.brotli <= 400 * 1024 : null), precache ? 'the .wasm is about half of it (§4)' : 'portal stage: web/dist not built in this tree'],
  ['first answer on screen under Lighthouse\'s mobile throttling (slow 4G, 4× CPU), /#case= link', '≤ 1.5 s',
    [lhCaseH2 ? `Lighthouse (its default, simulated throttling): LCP ${ms(lhCaseH2['largest-contentful-paint'].median)} ms over HTTPS + HTTP/2 + brotli as a production host serves it` +
      `${lhCase ? `, ${ms(lhCase['largest-contentful-paint'].median)} ms over HTTP/1.1 + brotli` : ''}` +
      ` (${lhCaseH2.lcpIsAnswer ? `the largest paint is the answer's: “${String(lhCaseH2.lcpElements?.[0]?.label ?? '').slice(0, 24)}…”` : 'the LCP element is not the answer: not a first-answer figure'})` : null,
    mobileBr ? `DevTools-applied throttling (bench §3): ${mobileH2 ? `${ms(mobileH2.firstAnswer.median)} ms (HTTP/2), ` : ''}${ms(mobileBr.firstAnswer.median)} ms (HTTP/1.1 brotli), ${mobileId ? ms(mobileId.firstAnswer.median) : '–'} ms (identity)` : null]
      .filter(Boolean).join('; ') || '–',
    (() => {
      const lh = lhCaseH2?.lcpIsAnswer ? lhCaseH2['largest-contentful-paint'].median <= 1500 : null;
      const dt = mobileBr ? Math.min(mobileBr.firstAnswer.median, mobileH2?.firstAnswer?.median ?? Infinity) <= 1500 : null;
      if (lh == null) return met(dt);
      if (lh && dt === false) return '**met** under Lighthouse\'s own (simulated) throttling; **missed** under the DevTools-applied profile';
      return met(lh);
    })(),
    [lhCaseH2 ? lanternLimit(R.sizes) : '', mobileBr ? `under DevTools-applied throttling every request waits ${R.coldstart.mobileProfile.latency} ms, HTTP/2 or not: ${firstAnswerLimit(R.coldstart, mobileBr)} (§3)` : 'portal stage (coldstart), not run in this tree']
      .filter(Boolean).join('; ')],
  ['`canbao batch`, full output, per core', '≥ 50,000 cases/s', perCore ? `${int(perCore)} cases/s generated, ${int(R.batch.corpus?.oneProcess?.median)} corpus (1 process, wall); per CPU-second ${int(R.batch.perCpuSecond?.median)} / ${int(R.batch.corpus?.perCpuSecond?.median)}` : '–',
    met(perCore ? Math.max(R.batch.perCpuSecond?.median ?? perCore, perCore) >= 50000 : null), cg ? `per case: parse ${int(cg.generated.parse_case.irPerCase)}, decision ${int(cg.generated.decision.irPerCase)}, serialise ${int(cg.generated.serialize.irPerCase)} instructions (generated cases); serialising is the largest part (the trace in two languages, about 3 KB of output a case); reading and writing the lines is about 2 % of a run (callgrind)` : ''],
];

// ---- document -------------------------------------------------------------------------------
const m = R.machine;
p('# Performance', '',
  `Generated by \`bash bench/run.sh\` (bench/README.md) — do not edit by hand. Measured ${m.date ? m.date.slice(0, 16).replace('T', ' ') + ' UTC' : '–'}` +
  ` at commit \`${m.commit ?? '–'}\`${m.dirty ? ` with ${m.dirty} uncommitted change(s) in core/cli/wasm/web` : ''}.`, '',
  `**Machine.** ${m.nproc ?? '–'} cores (nproc), ${m.cpu ?? '–'} (family ${m.cpuFamily ?? '–'}, model ${m.cpuModel ?? '–'}, ${m.mhz ? `${int(m.mhz)} MHz nominal` : ''}), ` +
  `${m.memoryGiB ?? '–'} GiB memory, ${m.os ?? ''}, kernel ${m.kernel ?? ''}; g++ ${m.gxx ?? '–'} (Release: -O3), Node ${m.node ?? '–'}, ${m.chromium ?? 'Chromium –'}.`,
  `Load average (1/5/15 min) at the start: ${m.loadAverage?.start ?? '–'}, at the end: ${m.loadAverage?.end ?? '–'}. ` +
  'The machine is shared with other builds and test runs: wall-clock figures, above all p99, carry their interference. ' +
  'The callgrind instruction counts (§1, §8, §9) do not, and are the figures to compare changes by.', '',
  'Every latency is **min / median / p99** (nearest rank) over the samples described with each table; µs unless marked.', '');

p('## Budgets', '', table(['budget', 'target', 'measured (median)', 'status', 'what limits it'], budgets), '');

// §1 native
p('## 1. Native latency', '');
if (missing(nat)) p(missing(nat), '');
else {
  p('`bench/native/latency.cpp`, linked with `build/native/libcanbao_core.a` (Release). One case at a time; every stage timed on its own',
    `with \`steady_clock\` (reading it twice costs ${num(nat.corpus.clock_overhead.median * 1000, 0)} ns) after a warm-up pass; a stage's output is destroyed after its clock stops.`,
    '`assess` is the public entry point (text in, text out). Apart: `json_parse` (nlohmann\'s DOM parse, for reference: no longer on the path), `parse_case` (core/engine/json_reader.hpp + validation into a `Case`),',
    '**decision** (`resolve_chain` + `decide` on a parsed case, nothing serialised), `serialize` (assessment → JSON text).',
    `Corpus: the ${nat.corpus.cases} scenario cases of tests/cases (× ${nat.corpus.reps} repetitions); generated: ${nat.generated.cases} seeded cases from tests/node/lib/gen.mjs` +
    ` that the engine answers (${nat.generated.left_out} of 2,000 answered with an input error are left out) × ${nat.generated.reps}.`, '');
  const stages = ['assess', 'json_parse', 'parse_case', 'decision', 'serialize'];
  const best = (set, s) => (nat[set].best_of_reps ? us(nat[set].best_of_reps[s].median) : '–');
  p(table(['stage', 'corpus min / median / p99', 'best of reps', 'instructions a case', 'generated min / median / p99', 'best of reps', 'instructions a case'],
    stages.map((s) => [s === 'decision' ? '**decision**' : s, trio(nat.corpus.stages[s]), best('corpus', s), cg ? int(cg.corpus[s].irPerCase) : '–',
      trio(nat.generated.stages[s]), best('generated', s), cg ? int(cg.generated[s].irPerCase) : '–'])), '',
    '*best of reps*: the median over cases of each case\'s fastest repetition — what the code costs when nothing else runs; the other columns pool every repetition.', '');
  p(`First call in a process (parses the embedded rule data once): ${ms(nat.corpus.first_call_us / 1000)} ms.`, '');
}

// §2 wasm
p('## 2. WASM `assess` (Node and Chromium)', '');
const wasmRows = [];
for (const [host, r] of [['Node', R['wasm-node']], ['Chromium', R['wasm-browser']]]) {
  if (r?.error || !r?.sets) { wasmRows.push([host, `not measured: ${r?.error ?? '–'}`, '', '']); continue; }
  for (const set of ['corpus', 'generated']) {
    const s = r.sets[set];
    wasmRows.push([`${host}, ${set} (${s.cases})`, trio(s.assess), trio(s.assessJson), us(s.assess.median - s.assessJson.median)]);
  }
}
p('The same harness (`bench/js/wasm-latency.mjs`) in Node and in headless Chromium (playwright-core + /usr/bin/chromium, page cross-origin isolated',
  'for a 5 µs clock). A sample is the mean of 10 back-to-back calls on one case; samples pooled over cases × repetitions.',
  '`assess`: JS object in, JS object out (JSON.stringify → embind → C++ → TextDecoder over wasm memory → JSON.parse). `assessJson`: JSON text in and out.', '',
  table(['host, cases', 'assess (object)', 'assessJson (text)', 'assess − assessJson, medians (JS JSON work)'], wasmRows), '');
const startRows = [];
for (const [host, r] of [['Node', R['wasm-node']], ['Chromium', R['wasm-browser']]]) {
  if (!r?.startup) continue;
  const s = r.startup;
  startRows.push([host, trio(s.compile, ms), trio(s.instantiate, ms), trio(s.createEngine, ms), trio(s.firstAssess, ms), trio(s.total, ms)]);
}
if (startRows.length) {
  p('Start-up of a fresh engine from the .wasm bytes, 10 times (ms): `WebAssembly.compile`, instantiate (through the `instantiateWasm` hook),',
    '`createEngine` as a whole (instantiate + runtime and embind start-up), the first `assess` (parses the embedded rule data).', '',
    table(['host', 'compile', 'instantiate', 'createEngine', 'first assess', 'total'], startRows), '');
  if (R['wasm-browser']?.streamingCreateEngine) p(`In the page, \`createEngine()\` the portal's way (fetch + instantiateStreaming from the local server): ${ms(R['wasm-browser'].streamingCreateEngine)} ms once.`, '');
}

// §3 cold start
p('## 3. Portal cold start (Chromium)', '');
if (missing(R.coldstart)) p(missing(R.coldstart), '');
else {
  const c = R.coldstart;
  p(`Navigation to \`/#case=<base64url>\` of ${c.case}; the first answer is the first \`section[data-section][data-outcome]\` in the DOM`,
    `(a MutationObserver installed before any script; time from navigation start). ${c.runs} runs each, every run in a fresh browser context (empty cache, no service worker).`,
    'Served by scripts/serve.mjs as it is (**identity**: no compression), behind a loopback brotli proxy (**br**: bench/js/brotli-proxy.mjs, quality 11, HTTP/1.1) and behind it over HTTPS with HTTP/2 (**h2**, a self-signed certificate: how a production host serves a portal with a service worker).',
    `**mobile** = Lighthouse's mobile profile applied over the DevTools protocol: ${c.mobileProfile.latency} ms request latency, ${int(c.mobileProfile.down * 8 / 1024)} kbit/s down, ${int(c.mobileProfile.up * 8 / 1024)} kbit/s up, CPU ÷${c.mobileProfile.cpu}, 412×823 viewport.`, '',
    table(['server, profile', 'first answer (ms)', 'FCP (ms)', 'DOMContentLoaded (ms)', '.wasm response end (ms)', 'bytes transferred', 'failed runs'],
      c.results.map((r) => [`${r.encoding}, ${r.profile}`, trio(r.firstAnswer, ms), trio(r.fcp, ms), trio(r.domContentLoaded, ms), trio(r.wasmFetchEnd, ms),
        kb(r.transferred?.median), String(r.failures?.length ?? 0)])), '');
}

// §4 sizes
p('## 4. Sizes', '');
if (missing(R.sizes)) p(missing(R.sizes), '');
else {
  const s = R.sizes;
  p('`gzip -9` and `brotli -q 11` of each file (the command-line tools).', '');
  if (s.engine) p('Engine (build/wasm/dist):', '', table(['file', 'raw', 'gzip', 'brotli'], s.engine.rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), kb(r.brotli)])), '');
  if (s.portal) {
    p('Portal (web/dist), by kind:', '', table(['kind', 'files', 'raw', 'gzip', 'brotli'],
      Object.entries(s.portal.totals).sort((a, b) => b[1].brotli - a[1].brotli).map(([k, t]) => [k, String(t.files), kb(t.raw), kb(t.gzip), kb(t.brotli)])), '');
  }
  if (s.precache) p(`**Precache** (the ${s.precache.files} URLs of the service worker's manifest${s.precache.missing ? `, ${s.precache.missing} missing on disk` : ''}): ` +
    `${kb(s.precache.raw)} raw, ${kb(s.precache.gzip)} gzip, **${kb(s.precache.brotli)} brotli**; sw.js itself ${kb(s.precache.sw.brotli)} brotli.`, '');
}

// §5 batch
p('## 5. `canbao batch` throughput', '');
if (missing(R.batch)) p(missing(R.batch), '');
else {
  const b = R.batch;
  const rows = [[`generated (${kb(b.inputBytes)}; about 10 % answered with an input error line)`, b], [`corpus over and over (${kb(b.corpus?.inputBytes)})`, b.corpus]];
  p(`${int(b.cases)} cases a run through build/native/canbao, full output written (to /dev/null); ${b.runs} runs, min / median / max (too few runs for a p99).`,
    'Two processes: the input split in halves, run at once (2 cores); cases/s of the pair. Per CPU-second: cases / (user + system time) of the one process,',
    'which other work on the machine disturbs less than wall time.', '',
    table(['input', '1 process (cases/s)', '2 processes (cases/s)', 'per CPU-second', 'peak RSS per process (KiB)'],
      rows.filter(([, x]) => x).map(([name, x]) => [name, trio(x.oneProcess, int), trio(x.twoProcesses, int), trio(x.perCpuSecond, int), trio(x.maxRssKiB, int)])), '');
}

// §6 lighthouse
p('## 6. Lighthouse', '');
if (missing(R.lighthouse)) p(missing(R.lighthouse), '');
else if (!R.lighthouse.available) p(`*Lighthouse does not run here: ${R.lighthouse.reason}.*`, '');
else {
  const l = R.lighthouse;
  const caseH2 = l.results.find((r) => r.encoding === 'h2' && r.page === 'case link');
  p(`Lighthouse ${l.version}, ${l.preset}, performance and accessibility, ${l.runs} runs each, run with async execFile while this process serves web/dist (CHROME_PATH=/usr/bin/chromium)`,
    'as it is (identity), behind the brotli proxy (br, HTTP/1.1) and behind it over HTTPS + HTTP/2 (h2, self-signed; Chrome told to ignore certificate errors).',
    'Lighthouse simulates the throttled load from the observed one: 150 ms round trips, 1.6 Mbit/s, CPU ×4; over HTTP/1.1 each file after the HTML needs a new connection (handshake and slow start), over HTTP/2 the files share the warm one.',
    `On the case link the page shows only a loading line until the answer is rendered, so the LCP is the answer's${caseH2?.lcpElements?.length ? ` (LCP element over h2: \`${caseH2.lcpElements[0].selector}\`, “${String(caseH2.lcpElements[0].label).slice(0, 40)}…”)` : ''}.`, '',
    table(['server, page', 'performance', 'accessibility', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'CLS', 'benchmark index', 'failed'],
      l.results.map((r) => [`${r.encoding}, ${r.page}`, trio(r.performance, int), trio(r.accessibility, int), ms(r['first-contentful-paint'].median),
        ms(r['largest-contentful-paint'].median), ms(r['total-blocking-time'].median), num(r['cumulative-layout-shift'].median, 3),
        int(r.benchmarkIndex?.median), String(r.failures.length)])), '');
  const warn = [...new Set(l.results.flatMap((r) => r.warnings || []))];
  if (warn.length) p(`Lighthouse warned: ${warn.map((w) => `“${w.replace(/\s+/g, ' ').split(/(?<=\.) /)[0]}”`).join('; ')} (the other work on this machine; the benchmark index column).`, '');
}

// §7 peer
p('## 7. Side by side with a peer: Publicodes', '');
if (missing(R.peer)) p(missing(R.peer), '');
else {
  const x = R.peer;
  p('The national-2024 art-1 waiting period and its repair (fixed 3 months; +1 variable month per broken year beyond the first, counted from 2025;',
    'none when paid in the centralized period without a break; repair −1 month per year paid; after 4+ broken years at least 6 months in all; counted from',
    '1 January when paid in the centralized period, else from the payment date) written in Publicodes 1.10.1 (bench/js/peer/national-2024-art-1.mjs,',
    `${x.publicodes.rules} rules) and run in the same Node process as the WASM engine on the same ${x.cases} cases (bench/out/peer.jsonl: outcomes ${Object.entries(x.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}).`, '',
    `**Agreement: ${x.agree} of ${x.cases} cases** give the same total, variable and broken-year counts, the same repair options and the same benefit start` +
    (x.mismatches?.length ? ` (first mismatch: ${JSON.stringify(x.mismatches[0]).slice(0, 300)})` : '') + '.', '',
    table(['engine', 'per case (min / median / p99)', 'what one call does'], [
      [`canbao WASM ${x.canbao.version}`, trio(x.canbao), '`assess(case)`: the whole assessment (every section, trace in two languages), object in and out'],
      [`Publicodes ${x.publicodes.version}`, trio(x.publicodes), '`setSituation` + evaluating the 8 outputs (waiting period and repair only)'],
    ]), '',
    `**Ratio Publicodes / canbao: ${num(x.ratio.median, 1)}× at the median** (${num(x.ratio.min, 1)}× at the minimum). Publicodes parsed its rules once in ${ms(x.publicodes.parseMs)} ms.`,
    'A sample is the mean of 5 calls on one case.', '');
}

// §8 hot spots
p('## 8. Hot spots (callgrind)', '');
if (missing(R.callgrind)) p(missing(R.callgrind), '');
else {
  p('`valgrind --tool=callgrind` over the corpus with collection on only around the stage (bench/native/latency.cpp `--callgrind STAGE`).',
    'Instruction counts (Ir) are exact and repeatable: they are the figures to judge a change by on this shared machine. Profiles are kept in bench/out/callgrind/.', '');
  for (const stage of ['decision', 'serialize', 'parse_case']) {
    const e = cg.corpus[stage];
    p(`**${stage}** — ${int(e.irPerCase)} instructions a case. Costliest functions, exclusive (self) and inclusive:`, '',
      table(['self %', 'function', 'incl. %', 'function (with callees)'], e.exclusive.slice(0, 10).map((x, i) => [num(x.percent, 1), `\`${x.fn.slice(0, 90)}\``,
        e.inclusive[i] ? num(e.inclusive[i].percent, 1) : '', e.inclusive[i] ? `\`${e.inclusive[i].fn.slice(0, 90)}\`` : ''])), '');
  }
}

// §9 proposals
p('## 9. Proposed changes to core/ (applied, and any still waiting)', '');
const notes = path.join(ROOT, 'bench/proposals/README.md');
if (existsSync(notes)) p(readFileSync(notes, 'utf8').replace(/^# .*\n/, '').trim(), '');
const pending = existsSync(path.join(ROOT, 'bench/proposals')) && readdirSync(path.join(ROOT, 'bench/proposals')).some((f) => f.endsWith('.diff'));
if (!pending) p('No proposal is waiting (bench/proposals/ holds no .diff): nothing to measure here.', '');
else if (missing(R.proposals)) p(missing(R.proposals), '');
else {
  const v = R.proposals.variants;
  const ok = v.filter((x) => !x.error);
  p(`Measured by bench/js/proposals.mjs: each diff alone and all together applied to a copy of the current core (${R.proposals.work}), Release build,` +
    ' output compared byte for byte with the current core on 20,000 check lines (valid and corrupted) and the 100,000 batch cases.', '');
  if (ok.length) {
    const t = (x, k) => (x.bestUs ? `${us(x.bestUs.corpus[k])} / ${us(x.bestUs.generated[k])}` : `${us(x.medianUs.corpus[k])} / ${us(x.medianUs.generated[k])}`);
    p(table(['variant', 'same output', 'assess Ir', 'parse_case Ir', 'decision Ir', 'serialize Ir', 'decision µs', 'assess µs', 'batch cases per CPU-second'],
      v.map((x) => (x.error ? [x.name, `not applied: ${x.error.slice(0, 100)}`, '', '', '', '', '', '', ''] : [x.name, x.identicalOutput ? 'yes' : '**NO**',
        `${int(x.irPerCase.corpus.assess)} / ${int(x.irPerCase.generated.assess)}`,
        `${int(x.irPerCase.corpus.parse_case)} / ${int(x.irPerCase.generated.parse_case)}`,
        `${int(x.irPerCase.corpus.decision)} / ${int(x.irPerCase.generated.decision)}`,
        `${int(x.irPerCase.corpus.serialize)} / ${int(x.irPerCase.generated.serialize)}`,
        t(x, 'decision'),
        t(x, 'assess'),
        int(x.batchCasesPerCpuSecond)]))), '',
      'Instruction counts per case: corpus / generated. µs: native latency harness, median over cases of each case\'s fastest of 5 repetitions (best of reps), corpus / generated.',
      'Batch: 100,000 generated cases divided by the CPU time (user + system) of one `canbao batch`, less sensitive to other load than wall time.', '');
  } else {
    p('None of the diffs applied to the current core (it has changed since they were written); the figures in bench/proposals/README.md were measured on the snapshot they were made against.', '');
  }
}

// §10 method and gaps
p('## 10. Method, reproduction and what is not measured', '',
  '- One command: `bash bench/run.sh` (about 30 minutes here, half of it §9). It builds the native preset (CLI + core only), the harness (`bench/native/build.sh`), writes the cases',
  '  (`bench/js/cases.mjs`: corpus, generated seed 20261124, batch seed 20261125, peer, check) and runs every stage into bench/out/*.json, then this file.',
  '  It never builds the wasm module or the portal: it measures build/wasm/dist and web/dist as they are, and says so when they are missing.',
  '- `BENCH_ONLY="native callgrind"` reruns some stages (the report keeps the other results); `BENCH_SKIP_PROPOSALS=1` skips §9.',
  '- Wall-clock figures on this 2-core machine move with other work on it (the load averages above); p99s especially. Instruction counts do not.',
  '- The first-answer figures use DevTools-protocol throttling (applied to each request), which is harsher than Lighthouse\'s default simulated throttling (§6).',
  '- Not measured: a real phone; Lighthouse 13; memory of the wasm module in the page; the portal\'s warm start from its service worker (every run is a fresh context).', '');

console.log(lines.join('\n'));
