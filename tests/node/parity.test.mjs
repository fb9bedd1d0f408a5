// Byte parity between the native CLI and the wasm module (contract: "byte-identical output for
// the same case and ruleset data"): every scenario file (tests/cases/**/*.json), the batch
// fixtures (tests/batch/*.jsonl) and 10,000 seeded generated cases, valid and invalid, go
// through one `canbao batch` process and through engine.assessJson, line by line.
//   CANBAO_PARITY_SEED=n CANBAO_PARITY_COUNT=n node --test tests/node/parity.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEngine } from './lib/engine.mjs';
import { generate } from './lib/gen.mjs';
import { assertSameBuild, nativeBatch, nativeRun } from './lib/native.mjs';
import { root } from './lib/paths.mjs';

const SEED = Number(process.env.CANBAO_PARITY_SEED ?? 20260315);
const COUNT = Number(process.env.CANBAO_PARITY_COUNT ?? 10000);

function files(dir, ext) {
  const base = path.join(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(base, f));
}

// Scenario cases as JSON Lines. A file other people are still writing may be broken: it is
// reported and skipped, not a parity failure.
function scenarioLines() {
  const lines = [];
  const broken = [];
  for (const file of files('tests/cases', '.json')) {
    let doc;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      broken.push(`${path.relative(root, file)}: ${e.message}`);
      continue;
    }
    for (const [i, c] of (Array.isArray(doc?.cases) ? doc.cases : []).entries()) {
      if (c && 'case' in c) lines.push({ where: `${path.relative(root, file)}#${i} ${c.name ?? ''}`, text: JSON.stringify(c.case) });
    }
  }
  for (const file of files('tests/batch', '.jsonl')) {
    readFileSync(file, 'utf8').split('\n').forEach((t, i) => {
      const text = t.replace(/\r$/, '');
      if (text !== '') lines.push({ where: `${path.relative(root, file)}:${i + 1}`, text });
    });
  }
  return { lines, broken };
}

async function compare(inputs) {
  let engine = await loadEngine();
  await assertSameBuild(engine.version, engine.rulesHash);
  const native = await nativeBatch(inputs.map((x) => x.text));
  assert.equal(native.lines.length, inputs.length, `native answered every line (stderr: ${native.stderr.slice(0, 200)})`);
  const diffs = [];
  let ok = 0;
  for (let i = 0; i < inputs.length; i++) {
    let wasm;
    try {
      wasm = engine.assessJson(inputs[i].text);
    } catch (e) {
      wasm = `<threw ${e.message}>`;
      // A stopped engine answers nothing more: count this line, go on with a fresh one.
      if (e.error?.code === 'internal_error') engine = await loadEngine();
    }
    if (wasm !== native.lines[i]) diffs.push({ where: inputs[i].where, input: inputs[i].text.slice(0, 300),
      native: native.lines[i].slice(0, 300), wasm: wasm.slice(0, 300) });
    else if (!wasm.startsWith('{"error":')) ok++;
  }
  return { diffs, ok, total: inputs.length };
}

function report(label, { diffs, ok, total }) {
  console.log(`${label}: ${total} lines (${ok} assessments, ${total - ok} errors), ${diffs.length} differ`);
  for (const d of diffs.slice(0, 5)) {
    console.log(`  ${d.where}`);
    console.log(`    in:     ${d.input}`);
    console.log(`    native: ${d.native}`);
    console.log(`    wasm:   ${d.wasm}`);
  }
}

test('scenario files and batch fixtures: wasm == native, byte for byte', async () => {
  const { lines, broken } = scenarioLines();
  for (const b of broken) console.log(`skipped unreadable scenario file ${b}`);
  const result = await compare(lines);
  report('scenarios', result);
  assert.equal(result.diffs.length, 0);
});

test(`${COUNT} generated cases (seed ${SEED}): wasm == native, byte for byte`, async () => {
  const inputs = generate(SEED, COUNT).map((text, i) => ({ where: `seed ${SEED} #${i}`, text }));
  const result = await compare(inputs);
  report('generated', result);
  assert.ok(result.ok > COUNT * 0.3, 'a good share are full assessments');
  assert.equal(result.diffs.length, 0);
});

// Inputs that must be refused, and every fuzz finding: each through its own `canbao assess`
// (some hold newlines, so not through batch) and engine.assessJson. The first fuzz finding
// aborted the wasm module while the CLI answered: parity over these is the guard.
test('every invalid input (tests/invalid) and fuzz regression: wasm == native, byte for byte', async () => {
  const engine = await loadEngine();
  await assertSameBuild(engine.version, engine.rulesHash);
  const inputs = [];
  for (const file of files('tests/invalid', '.json')) {
    for (const [i, c] of JSON.parse(readFileSync(file, 'utf8')).cases.entries()) {
      inputs.push({ where: `${path.relative(root, file)}#${i} ${c.name}`,
        text: typeof c.input === 'string' ? c.input : JSON.stringify(c.input) });
    }
  }
  for (const file of files('tests/fuzz/regressions', '.json')) {
    inputs.push({ where: path.relative(root, file), text: readFileSync(file, 'utf8') });
  }
  assert.ok(inputs.length > 150, `found the inputs (${inputs.length})`);
  const diffs = [];
  let errors = 0;
  for (const x of inputs) {
    const native = (await nativeRun(['assess'], x.text)).stdout.replace(/\n$/, '');
    const wasm = engine.assessJson(x.text);
    if (wasm !== native) diffs.push({ where: x.where, input: x.text.slice(0, 300), native: native.slice(0, 300), wasm: wasm.slice(0, 300) });
    if (native.startsWith('{"error":')) errors++;
  }
  report('invalid inputs and fuzz regressions', { diffs, ok: inputs.length - errors, total: inputs.length });
  assert.ok(errors > 150, 'nearly all of them are refused with an error object');
  assert.equal(diffs.length, 0);
});
