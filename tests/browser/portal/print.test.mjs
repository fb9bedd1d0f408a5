// The print stylesheet: a one-page receipt with the date, the ruleset versions (engine version
// and rules hash) and the citations; plus the result in large-text mode and in English at
// phone width passing axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxe } from './driver.mjs';
import { caseHash, DESKTOP, launch, PHONE, startServer, waitForResult, watchedPage } from './lib.mjs';

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const CASES = {
  repair: { region: '440100', date: '2027-04-10', action: 'enroll_resident', person: { birth_date: '1985-02-03' }, coverage: { years: [2022, 2023, 2024] }, params: { resident_contribution_cny: 560 } },
  steps: { ruleset: 'guangdong-2025-draft', region: '440700', date: '2026-03-15', action: 'enroll_resident', person: { birth_date: '1990-05-01', document: 'resident_id_card', groups: [] }, records: [{ scheme: 'resident', region: '430100', status: 'normal', years: { 2026: 'paid' }, benefits_used: false, subsidized: false, paid_cny: 400 }], coverage: { years: [2019, 2020, 2021, 2022] }, event: null, params: {} },
  days: { region: '220100', date: '2028-03-01', action: 'enroll_resident', person: { birth_date: '1990-01-01' }, coverage: { years: [2022, 2023] } },
};

function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

// Both languages: English runs longer than Chinese, and with a CJK font installed (as on any
// phone or PC; scripts/setup.sh installs one) Chinese is wider than without one.
for (const [name, c] of Object.entries(CASES)) for (const q of ['', '?lang=en']) {
  test(`the print receipt is one page with date, versions and citations (${name}${q ? ', English' : ''})`, async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(`${srv.url}${q}${caseHash(c)}`);
      await waitForResult(page);
      const version = await page.locator('.page--result').getAttribute('data-engine-version');
      const hash = await page.locator('.page--result').getAttribute('data-rules-hash');
      await page.emulateMedia({ media: 'print' });
      const receipt = await page.locator('.receipt').innerText();
      assert.ok(receipt.includes(version) && receipt.includes(hash), 'engine version and rules hash on the receipt');
      assert.match(receipt, /生成日期|Made on/);
      assert.match(receipt, /第\d+条|art\. \d+|引文/);
      assert.equal(await page.locator('[data-panel="actions"]').isVisible(), false, 'buttons are not printed');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      assert.equal(pdfPages(pdf), 1, 'one page');
      assert.deepEqual(w.problems(), []);
    } finally {
      await context.close();
    }
  });
}

test('large-text high-contrast mode and English at phone width pass axe on a full result', async () => {
  for (const [q, vp] of [['?large=1', DESKTOP], ['?lang=en', PHONE], ['?lang=en&large=1', PHONE]]) {
    const context = await browser.newContext({ viewport: vp });
    const w = await watchedPage(context, srv.url);
    try {
      await w.page.goto(`${srv.url}${q}${caseHash(CASES.steps)}`);
      await waitForResult(w.page);
      await assertAxe(w.page, `result ${q}`);
      await w.page.locator('section[data-section="registration"] .cite').first().click();
      await w.page.locator('dialog[open] .article-text mark').first().waitFor();
      await assertAxe(w.page, `article ${q}`);
      assert.deepEqual(w.problems(), []);
    } finally {
      await context.close();
    }
  }
});
