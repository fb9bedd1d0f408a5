// Offline and installable: after the first visit the service worker has precached everything
// (page, scripts, styles, the engine's .wasm, the article texts); with the network off a reload
// still renders a check, opens an article and runs the guided questions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseHash, DIST, launch, PHONE, startServer, waitForResult, watchedPage } from './lib.mjs';

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const CASE = { region: '440100', date: '2027-04-10', action: 'enroll_resident', person: { birth_date: '1985-02-03' }, coverage: { years: [2022, 2023, 2024] } };

test('the manifest makes the portal installable', async () => {
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(m.display, 'standalone');
  assert.ok(m.icons.some((i) => i.sizes === '192x192') && m.icons.some((i) => i.sizes === '512x512'));
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<link rel="manifest" href="\.\/manifest\.webmanifest">/);
});

test('the service worker precaches every file, the .wasm and the article texts included', async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /canbao-engine-[^"']+\.wasm/);
  for (const id of ['jilin-2022', 'national-2024', 'guangdong-2025-draft']) assert.ok(sw.includes(`articles/${id}.json`), id);
  assert.match(sw, /index\.html/);
});

test('with the network off after the first visit, everything still works', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  try {
    await page.goto(srv.url);
    await page.waitForSelector('body[data-engine="ready"]');
    // wait until the service worker is active and controls the page
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
    await page.waitForSelector('body[data-engine="ready"]');

    await context.setOffline(true);
    // a check from a link, reloaded offline
    await page.goto(`${srv.url}${caseHash(CASE)}`);
    await waitForResult(page);
    assert.equal(await page.locator('section[data-section="repair"]').getAttribute('data-outcome'), 'available');
    // an article text, fetched from the cache
    await page.locator('section[data-section="waiting_period"] .cite').first().click();
    await page.locator('dialog[open] .article-text p').first().waitFor();
    await page.keyboard.press('Escape');
    // a plain reload and the guided questions, still offline, also in kiosk mode
    await page.goto(`${srv.url}?kiosk=1&lang=en`);
    await page.waitForSelector('body[data-engine="ready"]');
    await page.click('[data-start]');
    await page.waitForSelector('form[data-question="region"]');
    assert.deepEqual(w.problems(), []);
    assert.deepEqual(w.foreign(), []);
  } finally {
    await context.setOffline(false);
    await context.close();
  }
});
