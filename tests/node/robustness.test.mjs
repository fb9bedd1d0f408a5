// The module never aborts and keeps answering after any number of errors (issue 3):
// 10,000 bad inputs of every kind, then a good case gets the right answer, and the wasm
// heap has not grown without bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadApi, loadEngine } from './lib/engine.mjs';
import { generateBad } from './lib/gen.mjs';
import { nativeRun } from './lib/native.mjs';
import { root } from './lib/paths.mjs';

const CODES = new Set(['invalid_json', 'missing_field', 'invalid_value', 'unknown_ruleset', 'input_too_large',
  'no_ruleset_in_force']);

// Hand-written extremes on top of the generated ones.
function extremes() {
  const deep = (n) => '['.repeat(n) + ']'.repeat(n);
  return [
    '', ' ', '\t', '{', '}', '[', ']', '"', '\\', 'null', 'true', 'false', '0', '-0', '1e999', '[]', '{}',
    deep(9), deep(1000), deep(100000), '{"a":'.repeat(50000),
    '"' + 'x'.repeat(1 << 20) + '"', // 1 MiB string
    JSON.stringify({ region: '440100', date: '2026-03-01', action: 'none', pad: '中'.repeat(30000) }),
    JSON.stringify({ region: '440100', date: '2026-03-01', action: 'none', records: Array(5000).fill({}) }),
    '{"region":"440100","date":"2026-03-01","action":"none","x":"\\ud800"}',
    '{"region":"440100","date":"2026-03-01","action":"none","x":"\\u0000"}',
    '{"region":"\u0000"}',
    '\ufeff{"region":"440100","date":"2026-03-01","action":"none"}',
  ];
}

test('10,000 bad inputs, then a good case: right answer, bounded heap', async () => {
  const { CanbaoError } = await loadApi();
  const engine = await loadEngine();
  const heap = () => engine.module.HEAP8.length;
  const bad = [...extremes(), ...generateBad(20261124, 10000 - extremes().length)];
  assert.equal(bad.length, 10000);

  const exampleText = await readFile(path.join(root, 'examples/contract-example.json'), 'utf8');
  const { stdout } = await nativeRun(['assess', '-'], exampleText);
  const expected = stdout.replace(/\n$/, '');

  const startHeap = heap();
  const counts = {};
  let answered = 0;
  const round = (count) => {
    for (const input of bad) {
      const text = engine.assessJson(input);
      const obj = JSON.parse(text);
      if (!obj.error) continue; // a corruption can still leave a valid case (e.g. an ignored key)
      assert.ok(CODES.has(obj.error.code), `contract error code, got ${text.slice(0, 200)}`);
      if (!count) continue;
      counts[obj.error.code] = (counts[obj.error.code] || 0) + 1;
      answered++;
    }
  };
  round(true);
  const afterFirst = heap();
  assert.ok(answered > 9000, `most inputs are errors (${answered} of 10,000; a corruption can leave a valid case)`);
  for (const code of ['invalid_json', 'missing_field', 'invalid_value', 'unknown_ruleset', 'input_too_large'])
    assert.ok(counts[code] > 0, `some ${code} (${JSON.stringify(counts)})`);

  // The same errors through assess(): each throws a CanbaoError, none kills the engine.
  for (const input of bad.slice(0, 2000)) {
    try {
      engine.assess(input);
    } catch (e) {
      assert.ok(e instanceof CanbaoError, `CanbaoError, got ${e && e.message}`);
    }
  }

  // The good case still gets exactly the native answer.
  assert.equal(engine.assessJson(exampleText), expected);

  // Heap: the first round may grow it once to fit the largest inputs (1 MiB and its copies);
  // a second full round must not grow it at all.
  round(false);
  const afterSecond = heap();
  assert.equal(engine.assessJson(exampleText), expected);
  assert.equal(afterSecond, afterFirst, `heap grew between rounds: ${afterFirst} -> ${afterSecond}`);
  assert.ok(afterFirst <= startHeap + 16 * 1024 * 1024, `heap ${startHeap} -> ${afterFirst}`);
  console.log(`errors by code: ${JSON.stringify(counts)}; heap ${startHeap} -> ${afterFirst} -> ${afterSecond} bytes`);
});
