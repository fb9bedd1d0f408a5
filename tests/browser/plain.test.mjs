// The plain page (web/plain) in Debian's Chromium: it loads the wasm engine, shows the answer
// for the contract example (equal to the native CLI's), logs no console error, passes axe-core
// with 0 violations; the same module also answers inside a module Web Worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { axe, launchChromium, root, watch } from './lib/chromium.mjs';

const dist = path.join(root, 'build/wasm/dist');
let site;
let server;
let url;
let browser;

before(async () => {
  if (!existsSync(path.join(dist, 'canbao-engine.wasm'))) throw new Error('build the wasm module first (cmake --build --preset wasm)');
  // The folder as a host would deploy it: the page next to the engine files.
  site = mkdtempSync(path.join(os.tmpdir(), 'canbao-plain-'));
  for (const dir of [path.join(root, 'web/plain'), dist])
    for (const f of readdirSync(dir)) cpSync(path.join(dir, f), path.join(site, f), { recursive: true });
  ({ server, url } = await serve(site, 0));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (site) rmSync(site, { recursive: true, force: true });
});

// The expected answer: the same engine files, run in Node on examples/contract-example.json
// (the page carries a copy of that case; this also catches the copy going stale). Parity of
// the engine with the native CLI is tests/node/parity.test.mjs's job.
async function expectedAnswer() {
  const { createEngine } = await import(pathToFileURL(path.join(dist, 'canbao.mjs')).href);
  const engine = await createEngine({ wasmBinary: readFileSync(path.join(dist, 'canbao-engine.wasm')) });
  return engine.assess(readFileSync(path.join(root, 'examples/contract-example.json'), 'utf8'));
}

test('the page shows the contract example answer under its strict CSP, with no console error', async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#answer[data-state="done"]', { timeout: 15000 });

  const shown = JSON.parse(await page.textContent('#answer-json'));
  assert.deepEqual(shown, await expectedAnswer(), 'the page shows the engine\'s answer for examples/contract-example.json');
  assert.equal(shown.ruleset.id, 'guangdong-2025-draft');
  const summary = await page.textContent('#summary');
  assert.ok(summary.includes(shown.registration.outcome), 'the registration outcome is visible');
  assert.ok(summary.includes(shown.engine.rules_hash), 'the rules hash is visible');
  assert.match(await page.textContent('#engine'), new RegExp(shown.engine.rules_hash));

  // An invalid case shows the contract error, not a crash; a valid one works again after it.
  await page.fill('#case', '{"region":"440100","date":"2026-03-01"}');
  await page.click('#run');
  await page.waitForSelector('#answer[data-state="error"]');
  assert.match(await page.textContent('#error'), /missing_field @ \/action/);
  await page.fill('#case', JSON.stringify({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }));
  await page.click('#run');
  await page.waitForSelector('#answer[data-state="done"]');
  assert.deepEqual(problems, []);
  await page.close();
});

// axe-core is injected as an inline script (page.addScriptTag), which the page's CSP rightly
// blocks: this check runs in a context that bypasses CSP.
test('axe-core: 0 violations, before and after an answer and an error', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#answer[data-state="done"]', { timeout: 15000 });
  await page.click('summary'); // the full JSON open, too
  const { passes, violations } = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  assert.ok(passes > 10, `axe ran (${passes} rules passed)`);
  await page.fill('#case', '{');
  await page.click('#run');
  await page.waitForSelector('#answer[data-state="error"]');
  const again = await page.evaluate(async () => (await axe.run(document)).violations.map((v) => v.id)); // eslint-disable-line no-undef
  assert.deepEqual(again, []);
  assert.deepEqual(problems, []);
  console.log(`axe: ${passes} rules passed, ${violations.length} violations`);
  await context.close();
});

test('the engine answers inside a module Web Worker', async () => {
  const context = await browser.newContext({ bypassCSP: true }); // the test's blob: worker
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  const example = readFileSync(path.join(root, 'examples/contract-example.json'), 'utf8');
  const fromWorker = await page.evaluate(async ({ base, text }) => {
    const source = `import { createEngine } from '${base}canbao.mjs';
      const engine = createEngine();
      self.onmessage = async (e) => {
        const en = await engine;
        self.postMessage({ json: en.assessJson(e.data), isWorker: typeof importScripts === 'function' && typeof document === 'undefined' });
      };`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
    const reply = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
      worker.postMessage(text);
    });
    worker.terminate();
    return reply;
  }, { base: url, text: example });
  assert.equal(fromWorker.isWorker, true);
  assert.deepEqual(JSON.parse(fromWorker.json), await expectedAnswer());
  assert.deepEqual(problems, []);
  await context.close();
});
