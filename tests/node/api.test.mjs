// The JS API of the wasm engine (issue 3): createEngine, assess, assessJson, rulesets,
// version, rulesHash, and the contract's errors, checked against the native CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadApi, loadEngine } from './lib/engine.mjs';
import { nativeRun } from './lib/native.mjs';
import { root, wasmFile } from './lib/paths.mjs';

const exampleText = await readFile(path.join(root, 'examples/contract-example.json'), 'utf8');
const example = JSON.parse(exampleText);
const engine = await loadEngine();

test('version and rulesHash match the native CLI', async () => {
  const { stdout } = await nativeRun(['--version']);
  assert.equal(stdout.trim(), `canbao ${engine.version} (rules ${engine.rulesHash})`);
  assert.match(engine.rulesHash, /^sha256:[0-9a-f]{16}$/);
});

test('assess(object), assess(string) and assessJson agree with `canbao assess`', async () => {
  const { code, stdout } = await nativeRun(['assess', '-'], exampleText);
  assert.equal(code, 0);
  const native = stdout.replace(/\n$/, '');
  assert.equal(engine.assessJson(exampleText), native);
  assert.deepEqual(engine.assess(example), JSON.parse(native));
  assert.deepEqual(engine.assess(exampleText), JSON.parse(native));
});

test('every assessment carries the engine version and rules hash', () => {
  const a = engine.assess(example);
  assert.deepEqual(a.engine, { version: engine.version, rules_hash: engine.rulesHash });
  for (const section of ['ruleset', 'registration', 'waiting_period', 'repair', 'refund', 'trace', 'warnings'])
    assert.ok(section in a, `section ${section}`);
});

test('rulesets() equals `canbao rulesets`', async () => {
  const { stdout } = await nativeRun(['rulesets']);
  assert.deepEqual(engine.rulesets(), JSON.parse(stdout));
});

test('invalid input throws CanbaoError carrying the contract error object', async () => {
  const { CanbaoError } = await loadApi();
  const cases = [
    ['{not json', 'invalid_json', ''],
    [{ date: '2026-03-01', action: 'none' }, 'missing_field', '/region'],
    [{ region: 440100, date: '2026-03-01', action: 'none' }, 'invalid_value', '/region'],
    [{ ...example, ruleset: 'atlantis-2030' }, 'unknown_ruleset', '/ruleset'],
    ['x'.repeat(70000), 'input_too_large', ''],
    [undefined, 'invalid_json', ''],
    [{ toJSON() { throw new Error('no'); } }, 'invalid_json', ''],
    [42, 'invalid_value', ''],
  ];
  for (const [input, code, ptr] of cases) {
    let thrown;
    try {
      engine.assess(input);
    } catch (e) {
      thrown = e;
    }
    assert.ok(thrown instanceof CanbaoError, `throws CanbaoError for ${code}`);
    assert.ok(thrown instanceof Error);
    assert.equal(thrown.name, 'CanbaoError');
    assert.deepEqual(Object.keys(thrown.error), ['code', 'path', 'message']);
    assert.equal(thrown.error.code, code);
    assert.equal(thrown.error.path, ptr);
    assert.ok(thrown.message.startsWith(`${code}: `), thrown.message);
  }
  // A cycle cannot be serialized: the engine answers invalid_json like for any non-JSON.
  const cyclic = { region: '440100' };
  cyclic.self = cyclic;
  assert.throws(() => engine.assess(cyclic), (e) => e.error.code === 'invalid_json');
});

test('assessJson returns the error JSON exactly as the CLI prints it, and never throws on bad input', async () => {
  const bad = '{"region":"440100","date":"2026-03-01"}';
  const { code, stdout } = await nativeRun(['assess', '-'], bad);
  assert.equal(code, 2);
  assert.equal(engine.assessJson(bad), stdout.replace(/\n$/, ''));
  assert.equal(JSON.parse(engine.assessJson('')).error.code, 'invalid_json');
  assert.throws(() => engine.assessJson({}), TypeError);
});

test('wasmBinary may be a Buffer, a Uint8Array or an ArrayBuffer', async () => {
  const { createEngine } = await loadApi();
  const buf = await readFile(wasmFile);
  const u8 = new Uint8Array(buf);
  const ab = u8.slice().buffer;
  for (const wasmBinary of [buf, u8, ab]) {
    const e = await createEngine({ wasmBinary });
    assert.equal(e.assessJson(exampleText), engine.assessJson(exampleText));
  }
});

test('instantiateWasm lets the host instantiate the module itself', async () => {
  const { createEngine } = await loadApi();
  const bytes = await readFile(wasmFile);
  let called = 0;
  const e = await createEngine({
    instantiateWasm(imports, receiveInstance) {
      called++;
      WebAssembly.instantiate(bytes, imports).then(({ instance, module }) => receiveInstance(instance, module));
      return {};
    },
  });
  assert.equal(called, 1);
  assert.equal(e.assessJson(exampleText), engine.assessJson(exampleText));
});

test('a host hook that never delivers is turned into a rejection by timeoutMs', async () => {
  const { createEngine } = await loadApi();
  await assert.rejects(createEngine({ instantiateWasm: () => ({}), timeoutMs: 200 }), /did not load within 200 ms/);
});

test('engines are independent and the API object is frozen', async () => {
  const other = await loadEngine();
  assert.notEqual(other.module, engine.module);
  assert.ok(Object.isFrozen(engine));
  assert.equal(other.assessJson(exampleText), engine.assessJson(exampleText));
});

test("embind's name for a type it was not told about: siprintf(\"%p\") as emscripten's libc writes it", () => {
  // bindings.cpp replaces musl's printf (only embind's __getTypeName used it) with a "%p" writer.
  const m = engine.module;
  const name = (typeinfo) => {
    const p = m.___getTypeName(typeinfo);
    let s = '';
    for (let i = p; m.HEAPU8[i] !== 0; i++) s += String.fromCharCode(m.HEAPU8[i]);
    return s;
  };
  // What emscripten 3.1.6's own siprintf writes (measured with a C program under node).
  assert.equal(name(0x1234), '0x1234');
  assert.equal(name(0x7fabcdef), '0x7fabcdef');
  assert.equal(name(0), '0');
});
