// Private by design: after a check nothing about the person is in localStorage, IndexedDB or
// cookies, and no request goes anywhere but this origin; saving is a choice and "forget"
// removes it; the address never keeps the answers; a strict CSP is in force.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerAll } from './driver.mjs';
import { caseHash, launch, PHONE, startServer, waitForResult, watchedPage } from './lib.mjs';

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const ANSWERS = { region: '445200', date: '2025-12-28', action: 'none', event: { kind: 'death', date: '2025-12-20' }, birth: '1950-01-01', records: [{ scheme: 'resident', region: '445200', status: 'normal', years: { 2026: 'paid' }, paid_cny: 400 }] };

async function stored(page, context) {
  return page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    cacheKeys: (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat(),
  })).then(async (s) => ({ ...s, cookies: await context.cookies() }));
}

test('after a check without saving, nothing personal is stored and nothing left this origin', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  try {
    await page.goto(srv.url);
    await page.click('[data-start]');
    await answerAll(page, ANSWERS);
    await page.click('[data-see-result]');
    await waitForResult(page);
    const s = await stored(page, context);
    assert.deepEqual(s.local, {}, 'localStorage empty');
    assert.equal(s.session, 0, 'sessionStorage empty');
    assert.deepEqual(s.idb.filter((n) => !/^workbox/.test(n)), [], 'no IndexedDB of the portal');
    assert.deepEqual(s.cookies, [], 'no cookies');
    const personal = s.cacheKeys.filter((u) => /case=|1950|445200/.test(u));
    assert.deepEqual(personal, [], 'the service worker cache holds only the portal files');
    assert.doesNotMatch(page.url(), /case=/, 'the address keeps no answers');
    const hist = await page.evaluate(() => history.length);
    assert.ok(hist >= 1);
    assert.deepEqual(w.foreign(), []);
    assert.deepEqual(w.problems(), []);
  } finally {
    await context.close();
  }
});

test('saving is a choice, and "forget" removes it', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const { page } = await watchedPage(context, srv.url);
  try {
    await page.goto(`${srv.url}${caseHash({ region: '440100', date: '2026-03-01', action: 'enroll_resident', person: { birth_date: '2026-02-01', groups: ['newborn'] } })}`);
    await waitForResult(page);
    assert.doesNotMatch(page.url(), /case=/, 'the fragment is dropped once read');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.click('[data-action="save"]');
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('canbao.saved')));
    assert.equal(saved.case.person.birth_date, '2026-02-01');
    // the start page offers it back, and forgets it
    await page.goto(srv.url);
    await page.waitForSelector('[data-action="open-saved"]');
    await page.click('[data-action="open-saved"]');
    await waitForResult(page);
    await page.click('[data-action="forget"]');
    assert.equal(await page.evaluate(() => localStorage.getItem('canbao.saved')), null);
  } finally {
    await context.close();
  }
});

test('a strict Content-Security-Policy, no third parties, system fonts only', async () => {
  const context = await browser.newContext();
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  try {
    const violations = [];
    await page.exposeFunction('__cspViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(`${srv.url}${caseHash({ region: '430100', date: '2030-05-01', action: 'enroll_resident', person: { birth_date: '1970-07-07' }, coverage: { years: [2022, 2023, 2024] } })}`);
    await waitForResult(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) assert.ok(csp.includes(d), d);
    assert.ok(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), 'no unsafe-inline / unsafe-eval');
    assert.equal(await page.locator('[style]').count(), 0, 'no style attributes');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
    const fonts = await page.evaluate(() => [...document.fonts].length);
    assert.equal(fonts, 0, 'no web fonts');
    assert.deepEqual(violations, []);
    assert.deepEqual(w.foreign(), []);
    assert.deepEqual(w.problems(), []);
  } finally {
    await context.close();
  }
});
