// Full guided checks through the portal (tests/browser/portal/scenarios.mjs): every page passes
// axe, nothing is logged as an error, no request leaves this origin, the result's outcomes equal
// the native CLI's for the case the portal built, citations open their article, an answer can be
// changed from the check page, and unknown local values can be supplied and recomputed.
//   npm run build:web && node --test tests/browser/portal/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerAll, assertAxe } from './driver.mjs';
import { cliAssess, DESKTOP, hasCli, launch, PHONE, sharedCase, shownOutcomes, startServer, waitForResult, watchedPage } from './lib.mjs';
import { FLOWS } from './scenarios.mjs';

const SHOTS = process.env.PORTAL_SCREENSHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const SECTIONS = ['registration', 'waiting_period', 'repair', 'refund'];

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function assertMatchesCli(page, c, label) {
  const cli = cliAssess(c);
  const shown = await shownOutcomes(page);
  const hash = await page.locator('.page--result').getAttribute('data-rules-hash');
  assert.equal(hash, cli.engine.rules_hash, `${label}: the WebAssembly engine and the CLI were built from different rule data (rebuild build/wasm and build/native)`);
  for (const k of SECTIONS) assert.equal(shown[k], cli[k].outcome, `${label}: ${k}`);
  const chain = await page.locator('[data-panel="chain"] [data-ruleset]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ruleset')));
  assert.deepEqual(chain, cli.ruleset.chain, `${label}: the chain shown`);
  return cli;
}

describe('guided check flows', { skip: !hasCli() && 'the native CLI (build/native/canbao) is needed as the reference' }, () => {
  for (const [n, flow] of FLOWS.entries()) {
    test(`${n + 1}. ${flow.name} [${flow.lang}, ${flow.viewport}]`, async () => {
      const context = await browser.newContext({ viewport: flow.viewport === 'phone' ? PHONE : DESKTOP, locale: flow.lang === 'zh' ? 'zh-CN' : 'en-US' });
      const w = await watchedPage(context, srv.url);
      const { page } = w;
      const shot = async (tag) => { if (SHOTS) await page.screenshot({ path: join(SHOTS, `flow${n + 1}-${flow.lang}-${flow.viewport}${flow.large ? '-large' : ''}-${tag}.png`), fullPage: true }); };
      try {
        await page.goto(`${srv.url}${flow.lang === 'en' ? '?lang=en' : ''}`);
        // ?lang=en: the English words are a chunk the page imports before it draws anything; the
        // load event does not wait for it, so wait for the start page (drawn after the words).
        await page.waitForSelector('[data-start]');
        assert.equal(await page.getAttribute('html', 'lang'), flow.lang === 'zh' ? 'zh-CN' : 'en');
        if (flow.large) {
          await page.click('[data-toggle="display"]');
          assert.equal(await page.getAttribute('[data-toggle="display"]', 'aria-pressed'), 'true');
          assert.ok(await page.evaluate(() => document.documentElement.classList.contains('large')));
        }
        await assertAxe(page, 'start');
        await shot('start');
        await page.click('[data-start]');
        const asked = await answerAll(page, flow.answers, async (qid) => {
          await assertAxe(page, qid);
          for (const sel of flow.neverShown ?? []) assert.equal(await page.locator(sel).count(), 0, `${qid} shows ${sel}`);
        });
        for (const q of flow.mustAsk ?? []) assert.ok(asked.includes(q), `asked ${q}`);
        for (const q of flow.mustNotAsk ?? []) assert.ok(!asked.includes(q), `did not ask ${q}`);
        assert.ok(!asked.some((q) => /^record-\d+-details$/.test(q)) || flow.answers.records.length, 'no record pages without records');
        await assertAxe(page, 'check');
        await shot('check');

        if (flow.edit) {
          // change an answer from the check page: the question, then straight back here
          await page.click(`a[href="#/edit/${flow.edit.question}"]`);
          await page.waitForSelector(`form[data-question="${flow.edit.question}"]`);
          const [y, m, d] = flow.edit.date.split('-');
          const fs = page.locator('fieldset[data-date="date"]');
          await fs.locator('[data-part="year"]').fill(y);
          await fs.locator('[data-part="month"]').fill(String(Number(m)));
          await fs.locator('[data-part="day"]').fill(String(Number(d)));
          await page.click('[data-continue]');
          await page.waitForSelector('.page--check');
          const text = await page.locator('.summary').innerText();
          assert.match(text, flow.lang === 'zh' ? new RegExp(`${Number(m)}月${Number(d)}日`) : new RegExp(`${Number(d)} `));
        }

        await page.click('[data-see-result]');
        await waitForResult(page);
        await page.waitForSelector('section[data-section="registration"]');
        await assertAxe(page, 'result');
        await shot('result');
        const shown = await shownOutcomes(page);
        for (const [k, v] of Object.entries(flow.expect)) assert.equal(shown[k], v, `expected ${k}`);

        // landmarks: four labelled sections with their outcome
        for (const k of SECTIONS) {
          const sec = page.locator(`section[data-section="${k}"]`);
          const labelled = await sec.getAttribute('aria-labelledby');
          assert.ok(labelled && await page.locator(`[id="${labelled}"]`).count(), `${k} is labelled by its heading`);
        }
        // the chain with each text's status; a draft is labelled
        const statuses = await page.locator('[data-panel="chain"] [data-ruleset]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
        assert.ok(statuses.every((s) => s === 'draft' || s === 'final'));
        if (statuses.includes('draft')) assert.equal(await page.locator('[data-draft]').count(), 1, 'draft banner');
        if (flow.draft) assert.ok(statuses.includes('draft'));

        const c = await sharedCase(page);
        await assertMatchesCli(page, c, 'result');

        // a citation shows its article, offline-bundled, in a dialog
        const cite = page.locator('section[data-section] .basis .cite').first();
        if (await cite.count()) {
          await cite.click();
          const dlg = page.locator('dialog.article-dialog[open]');
          await dlg.waitFor();
          await dlg.locator('.article-text p').first().waitFor();
          await assertAxe(page, 'article dialog');
          await page.keyboard.press('Escape');
          await page.waitForSelector('dialog.article-dialog[open]', { state: 'detached', timeout: 2000 }).catch(() => {});
          assert.equal(await page.locator('dialog.article-dialog[open]').count(), 0, 'dialog closed');
        }

        if (flow.params) {
          for (const [k, v] of Object.entries(flow.params)) await page.fill(`[data-field="${k}"]`, v);
          await page.click('[data-recompute]');
          await page.waitForSelector('.page--result .notice--success');
          const c2 = await sharedCase(page);
          for (const [k, v] of Object.entries(flow.params)) assert.equal(String(c2.params[k]), v);
          const cli2 = await assertMatchesCli(page, c2, 'recomputed');
          if ('resident_contribution_cny' in flow.params) {
            assert.equal(cli2.repair.unit_cost_cny, Number(flow.params.resident_contribution_cny));
            const costs = await page.locator('section[data-section="repair"] table td.num').allInnerTexts();
            assert.ok(costs.length && costs.every((x) => x !== '—'), `repair costs shown: ${costs}`);
          }
          await assertAxe(page, 'recomputed result');
          await shot('recomputed');
        }

        assert.deepEqual(w.problems(), [], 'no console errors or failed requests');
        assert.deepEqual(w.foreign(), [], 'no request to another origin');
      } finally {
        await context.close();
      }
    });
  }
});
