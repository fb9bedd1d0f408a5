// Kiosk mode (?kiosk=1): large type and touch-sized targets, no links off the page, no saving
// or sharing, and an idle reset (?idle=SECONDS, 2 s here) that clears every answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxe } from './driver.mjs';
import { caseHash, DESKTOP, launch, startServer, waitForResult, watchedPage } from './lib.mjs';

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('kiosk: touch-sized, no external links, no save or share, idle reset clears everything', async () => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  try {
    await page.goto(`${srv.url}?kiosk=1&idle=2`);
    await page.waitForSelector('body[data-engine="ready"]');
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('kiosk')));
    const fontPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(fontPx >= 22, `large type (${fontPx}px)`);
    await assertAxe(page, 'kiosk start');

    // answer two questions, then leave it alone
    await page.click('[data-start]');
    await page.check('input[name="region"][value="440700"]');
    await page.click('[data-continue]');
    await page.waitForSelector('form[data-question="date"]');
    const small = await page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select')]
      .filter((e) => e.offsetParent && !e.closest('.visually-hidden'))
      .map((e) => { const r = (e.matches('input[type=radio], input[type=checkbox]') ? e.closest('.radios__item, .checkboxes__item') : e).getBoundingClientRect(); return { tag: e.tagName, h: r.height, text: (e.textContent || e.getAttribute('name') || '').trim().slice(0, 20) }; })
      .filter((x) => x.h < 44));
    assert.deepEqual(small, [], 'touch targets at least 44 px high');
    await page.waitForSelector('[data-start]', { timeout: 6000 });
    assert.match(await page.locator('.notice').innerText(), /清除|cleared/);
    assert.equal(await page.evaluate(() => location.hash), '');
    // the answers are gone: the question pages send you back to the start
    await page.evaluate(() => { location.hash = '#/q/date'; });
    await page.waitForSelector('[data-start]');
    await page.click('[data-start]');
    await page.waitForSelector('form[data-question="region"]');
    assert.equal(await page.locator('input[name="region"]:checked').count(), 0, 'region no longer chosen');

    // a result on the kiosk: print only, no saving or sharing, no external links
    await page.goto(`${srv.url}?kiosk=1&idle=2${caseHash({ region: '220100', date: '2026-03-01', action: 'enroll_resident', person: { birth_date: '1990-01-01' } })}`);
    await waitForResult(page);
    assert.equal(await page.locator('[data-action="save"], [data-action="share"]').count(), 0);
    assert.equal(await page.locator('[data-action="print"]').count(), 1);
    const external = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((h) => new URL(h).origin !== location.origin));
    assert.deepEqual(external, []);
    await assertAxe(page, 'kiosk result');
    // and it is cleared too
    await page.waitForSelector('[data-start]', { timeout: 6000 });
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual(w.problems(), []);
    assert.deepEqual(w.foreign(), []);
  } finally {
    await context.close();
  }
});

test('the idle timer does not clear a kiosk that is in use', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page } = await watchedPage(context, srv.url);
  try {
    await page.goto(`${srv.url}?kiosk=1&idle=2`);
    await page.waitForSelector('body[data-engine="ready"]');
    await page.click('[data-start]');
    await page.waitForSelector('form[data-question="region"]');
    for (let i = 0; i < 5; i++) { await page.waitForTimeout(700); await page.keyboard.press('Shift'); }
    assert.equal(await page.locator('form[data-question="region"]').count(), 1, 'still on the question after 3.5 s of use');
  } finally {
    await context.close();
  }
});
