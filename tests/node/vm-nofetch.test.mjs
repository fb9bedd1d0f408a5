// The fetch-less path (issue 3): the ES modules run in a bare vm context with no fetch, window,
// document, URL, TextDecoder or global WebAssembly, instantiated through a WXWebAssembly-like
// path API, and answer exactly like the native CLI. vm.SourceTextModule needs
// --experimental-vm-modules, so the host runs in a child node with that flag: this file
// itself runs under a plain `node --test tests/node/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assertSameBuild, nativeBatch } from './lib/native.mjs';
import { requireBuilds, root } from './lib/paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

test('runs in a vm context without fetch/window/document/WebAssembly, like a WeChat mini-program', async () => {
  requireBuilds({ native: true, wasm: true });
  const { stdout } = await promisify(execFile)(process.execPath,
    ['--experimental-vm-modules', '--no-warnings', path.join(here, 'lib/vm-host.mjs')], { timeout: 60000 });
  const result = JSON.parse(stdout);
  for (const [name, type] of Object.entries(result.globals))
    assert.equal(type, 'undefined', `${name} must not exist in the bare context`);

  const exampleText = readFileSync(path.join(root, 'examples/contract-example.json'), 'utf8');
  const inputs = [exampleText, '{"region":"440100","date":"2026-03-01"}', 'not json',
    JSON.stringify({ region: '220100', date: '2026-05-10', action: 'enroll_resident', coverage: { years: [2025] } })];
  await assertSameBuild(result.version, result.rulesHash);
  const native = await nativeBatch(inputs.map((t) => t.replace(/\n/g, ' ')));
  assert.equal(result.answers.length, native.lines.length);
  result.answers.forEach((answer, i) => assert.ok(answer === native.lines[i], `answer ${i} differs from the CLI`));
  assert.equal(result.thrown.isCanbaoError, true);
  assert.equal(result.thrown.error.code, 'invalid_json');
  assert.equal(result.object, JSON.parse(native.lines[0]).registration.outcome);
  assert.match(result.rulesHash, /^sha256:/);
});
