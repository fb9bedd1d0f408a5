// The employee-scheme and record-history sections (issue 5): continuity, employee_gap,
// retirement, duplicates, incentives. Each is reached the way a citizen would — the new
// questions (employment and retirement, claims history) and the local values (base, rates,
// required years) — starting from a scenario case of tests/cases; every panel must show the
// figures and citations of the native CLI for the case the portal built, which is also the
// scenario's own case (the share link round-trips it). Every new screen passes axe; nothing is
// logged as an error; no request leaves this origin; nothing is stored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerAll, answerEmployment, assertAxe } from './driver.mjs';
import { caseHash, cliAssess, DESKTOP, hasCli, launch, PHONE, ROOT, sharedCase, startServer, waitForResult, watchedPage } from './lib.mjs';

let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Scenario `i` of a tests/cases file. */
function scenario(file, i) {
  const doc = JSON.parse(readFileSync(join(ROOT, 'tests/cases', file), 'utf8'));
  return doc.cases[i];
}

const clone = (x) => JSON.parse(JSON.stringify(x));

/**
 * The panel of section `key` shows the engine's outcome, every figure it lists with the
 * engine's own value, the figures `must` names, and the engine's citations.
 */
async function assertPanel(page, cli, key, must = []) {
  const sec = page.locator(`section[data-section="${key}"]`);
  assert.equal(await sec.count(), 1, `a ${key} panel`);
  assert.equal(await sec.getAttribute('data-outcome'), cli[key].outcome, `${key} outcome`);
  const figs = Object.fromEntries(await sec.locator('[data-figure]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-figure'), { raw: JSON.parse(e.getAttribute('data-value')), text: e.querySelector('dd').textContent }])));
  for (const [id, f] of Object.entries(figs)) if (id in cli[key]) assert.deepEqual(f.raw, cli[key][id], `${key}.${id}`);
  for (const id of must) assert.ok(id in figs, `${key} shows ${id}`);
  const cites = await sec.locator('.basis .cite').evaluateAll((els) => els.map((e) => e.getAttribute('data-cite')));
  for (const b of cli[key].basis) assert.ok(cites.includes(b), `${key} cites ${b}`);
  assert.ok(await sec.locator('h2').isVisible());
  return figs;
}

async function openCitation(page, key) {
  await page.locator(`section[data-section="${key}"] .basis .cite`).first().click();
  await page.locator('dialog[open] .article-text').first().waitFor();
  await assertAxe(page, `article of ${key}`);
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' }).catch(() => {});
}

async function stored(page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

describe('employee scheme and record history', { skip: !hasCli() && 'the native CLI (build/native/canbao) is needed as the reference' }, () => {
  test('retirement: the citizen adds employment from the check page and supplies the required years', async () => {
    // jiangmen-2024 art 17: a shortfall of 38 months paid at once on the sourced 2022 base
    const sc = scenario('jiangmen-2024/art-15-17-retirement.json', 0);
    const start = clone(sc.case);
    delete start.employment;
    delete start.params;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(`${srv.url}${caseHash(start)}`);
      await waitForResult(page);
      assert.equal(await page.locator('section[data-section="retirement"]').count(), 0, 'no retirement panel without a retirement date');
      await page.click('[data-action="edit"]');
      await page.waitForSelector('.page--check');
      await page.click('a[href="#/edit/employment"]');
      const form = page.locator('form[data-question="employment"]');
      await form.waitFor();
      await assertAxe(page, 'employment question');
      // validation: a retirement check needs the sex and the date; months are whole numbers
      await form.locator('input[name="check-retirement"][value="yes"]').check();
      await form.locator('input[data-field="other_months"]').fill('2.5');
      await form.locator('[data-continue]').click();
      await page.waitForSelector('.error-summary:not([hidden])');
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'the error summary takes focus');
      assert.equal(await form.locator('.error-summary li').count(), 3);
      assert.equal(await form.locator('input[data-field="other_months"]').getAttribute('aria-invalid'), 'true');
      await assertAxe(page, 'employment question with errors');
      await answerEmployment(form, sc.case.employment);
      await form.locator('[data-continue]').click();
      await page.waitForSelector('.page--check');
      assert.match(await page.locator('.summary').innerText(), /2022年8月1日/);
      await assertAxe(page, 'check page with employment');
      await page.click('[data-see-result]');
      await waitForResult(page);
      // no sourced requirement for Jiangmen in 2022: the engine says so and the portal asks
      assert.equal(await page.locator('section[data-section="retirement"]').getAttribute('data-outcome'), 'local_rules');
      assert.equal(await page.locator('section[data-section="retirement"] [data-warning="required_years_unknown"]').count(), 1);
      const field = page.locator('[data-param="retirement_required_years"] input');
      assert.match(await page.locator('[data-param="retirement_required_years"] label').innerText(), /没有可靠来源/);
      await field.fill('20');
      await page.click('[data-recompute]');
      await page.waitForSelector('section[data-section="retirement"][data-outcome="shortfall"]');
      await assertAxe(page, 'result with retirement');
      const shared = await sharedCase(page);
      assert.deepEqual(shared, sc.case, 'the case built through the portal is the scenario case');
      const cli = cliAssess(shared);
      for (const [k, v] of Object.entries(sc.expect.retirement)) assert.deepEqual(cli.retirement[k], v, `the CLI still gives retirement.${k}`);
      const figs = await assertPanel(page, cli, 'retirement', ['required_years', 'cumulative_months', 'shortfall_months', 'one_time_cost_cny', 'benefits_start', 'alternatives']);
      assert.match(figs.one_time_cost_cny.text, /13313\.30 元/);
      assert.match(figs.shortfall_months.text, /38 个月/);
      assert.match(figs.required_years.text, /你填写的/);
      await openCitation(page, 'retirement');
      // the print receipt cites the retirement articles too
      await page.emulateMedia({ media: 'print' });
      assert.match(await page.locator('.receipt').innerText(), /江门规程（征求意见稿） 第17条/);
      assert.ok(await page.locator('section[data-section="retirement"] .figures').isVisible(), 'the figures are printed');
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(await stored(page), { local: 0, session: 0 }, 'nothing stored without saving');
      assert.deepEqual(w.problems(), []);
      assert.deepEqual(w.foreign(), []);
    } finally {
      await context.close();
    }
  });

  test('employee gap: a guided employee check, then the base and rates price the back-payment and late fee [en, phone]', async () => {
    // jilin-2022 art 24: an employer stopped paying for 4 months; art 23 late fee
    const sc = scenario('jilin-2022/art-24-employee-gap.json', 0);
    const rec = sc.case.records[0];
    const answers = {
      region: sc.case.region, date: sc.case.date, action: sc.case.action, event: null, birth: '1985-01-01',
      records: [{ scheme: rec.scheme, region: rec.region, status: rec.status, months: { paid: ['2025-12', '2026-01'] } }],
    };
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(`${srv.url}?lang=en`);
      await page.click('[data-start]');
      const asked = await answerAll(page, answers, async (qid) => { if (qid === 'employment') await assertAxe(page, 'employment question [en]'); });
      assert.ok(asked.includes('employment'), 'an employee enrollment asks about employment and retirement');
      await page.click('[data-see-result]');
      await waitForResult(page);
      const gap = page.locator('section[data-section="employee_gap"]');
      assert.equal(await gap.getAttribute('data-outcome'), 'beyond_limit');
      assert.match(await gap.locator('[data-figure="back_pay_cost_cny"] dd').innerText(), /unknown/);
      assert.equal(await gap.locator('[data-warning="employee_cost_unknown"]').count(), 1);
      assert.equal(await page.locator('section[data-section="continuity"]').getAttribute('data-outcome'), 'computed');
      await assertAxe(page, 'result with employee gap [en]');
      // local values: refused when out of range, then supplied
      await page.locator('[data-param="employee_base_cny"] input').fill('6000');
      await page.locator('[data-param="employee_rate"] input').fill('150');
      await page.locator('[data-param="employer_rate"] input').fill('6');
      await page.click('[data-recompute]');
      await page.waitForSelector('[data-panel="params"] .error-summary:not([hidden])');
      assert.equal(await page.locator('[data-param="employee_rate"] input').getAttribute('aria-invalid'), 'true');
      await assertAxe(page, 'local values with an error [en]');
      await page.locator('[data-param="employee_rate"] input').fill('8');
      await page.click('[data-recompute]');
      await page.waitForSelector('section[data-section="employee_gap"] [data-figure="late_fee_cny"][data-value="40.32"]');
      const shared = await sharedCase(page);
      assert.deepEqual(shared.params, sc.case.params, 'the rates are sent as the engine\'s fractions');
      assert.deepEqual(shared.records, sc.case.records);
      const cli = cliAssess(shared);
      for (const [k, v] of Object.entries(sc.expect.employee_gap)) assert.deepEqual(cli.employee_gap[k], v, `the CLI gives the scenario's employee_gap.${k}`);
      const figs = await assertPanel(page, cli, 'employee_gap', ['gap_months', 'last_paid_month', 'months', 'back_pay_cost_cny', 'late_fee_cny', 'benefits_restart', 'gap_benefits_restored']);
      assert.match(figs.back_pay_cost_cny.text, /¥1920/);
      assert.match(figs.late_fee_cny.text, /¥40\.32/);
      assert.match(figs.months.text, /February 2026 to May 2026 \(4 months\)/);
      await assertPanel(page, cli, 'continuity', ['months', 'gap_months', 'bridge_eligible']);
      // the rates show again in percent
      assert.equal(await page.locator('[data-param="employee_rate"] input').inputValue(), '8');
      await assertAxe(page, 'result with priced employee gap [en]');
      await openCitation(page, 'employee_gap');
      assert.deepEqual(await stored(page), { local: 0, session: 0 });
      assert.deepEqual(w.problems(), []);
      assert.deepEqual(w.foreign(), []);
    } finally {
      await context.close();
    }
  });

  test('incentives: coverage and claims history raise the critical-illness cap', async () => {
    // national-2024 art 3: seven continuous years in Jilin, two years without claims
    const sc = scenario('national-2024/art-03-incentives.json', 0);
    const answers = {
      region: sc.case.region, date: sc.case.date, action: sc.case.action, event: null, birth: '1980-01-01', records: [],
      coverage: sc.case.coverage.years, history: sc.case.history,
    };
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(srv.url);
      await page.click('[data-start]');
      const asked = await answerAll(page, answers, async (qid) => { if (qid === 'history') await assertAxe(page, 'claims history question'); });
      assert.ok(asked.includes('history'), 'the claims history is asked where the incentives read it');
      assert.ok(!asked.includes('employment'), 'a resident without employee records is not asked about retirement');
      // the check page offers the optional employment step and shows the history
      assert.equal(await page.locator('a[href="#/edit/employment"]').count(), 1);
      assert.match(await page.locator('.summary').innerText(), /零报销年份：2025、2026/);
      await page.click('[data-see-result]');
      await waitForResult(page);
      const shared = await sharedCase(page);
      assert.deepEqual(shared.history, sc.case.history);
      assert.deepEqual(shared.coverage, sc.case.coverage);
      const cli = cliAssess(shared);
      for (const [k, v] of Object.entries(sc.expect.incentives)) assert.deepEqual(cli.incentives[k], v, `the CLI gives the scenario's incentives.${k}`);
      const figs = await assertPanel(page, cli, 'incentives', ['continuous_years', 'zero_claim_last_year', 'continuity_steps', 'zero_claim_steps', 'steps', 'amount_cny', 'cap_cny']);
      assert.match(figs.amount_cny.text, /20000 元/);
      assert.match(await page.locator('section[data-section="incentives"] .section__lead').innerText(), /5 次/);
      await assertAxe(page, 'result with incentives');
      await openCitation(page, 'incentives');
      assert.deepEqual(await stored(page), { local: 0, session: 0 });
      assert.deepEqual(w.problems(), []);
      assert.deepEqual(w.foreign(), []);
    } finally {
      await context.close();
    }
  });

  test('duplicates and continuity from a #case= link, in English; the link round-trips', async () => {
    // jilin-2022 art 51-52: a cross-system duplicate; which one is kept is not stated
    const sc = scenario('jilin-2022/art-51-52-duplicates.json', 0);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(`${srv.url}?lang=en${caseHash(sc.case)}`);
      await waitForResult(page);
      const cli = cliAssess(sc.case);
      const figs = await assertPanel(page, cli, 'duplicates', ['found-0', 'keep', 'keep_rule']);
      assert.match(figs['found-0'].text, /record 1, record 2/);
      const cites = await page.locator('section[data-section="duplicates"] .basis .cite').evaluateAll((els) => els.map((e) => e.getAttribute('data-cite')));
      for (const r of cli.duplicates.refund_rules) assert.ok(cites.includes(r), `the refund rule ${r} is cited`);
      await assertPanel(page, cli, 'continuity', ['months', 'last_month']);
      // the panels follow the four, numbered on
      const titles = await page.locator('section[data-section] h2').allInnerTexts();
      assert.match(titles[4], /^5\. /);
      await assertAxe(page, 'result with duplicates [en]');
      await openCitation(page, 'duplicates');
      assert.deepEqual(await sharedCase(page), sc.case);
      assert.deepEqual(w.problems(), []);
      assert.deepEqual(w.foreign(), []);
    } finally {
      await context.close();
    }
  });

  test('kiosk: the idle reset clears employment, history and the local values', async () => {
    const sc = scenario('jiangmen-2024/art-15-17-retirement.json', 0);
    const context = await browser.newContext({ viewport: DESKTOP });
    const w = await watchedPage(context, srv.url);
    const { page } = w;
    try {
      await page.goto(`${srv.url}?kiosk=1&idle=2${caseHash({ ...sc.case, history: { zero_claim_years: [2021] } })}`);
      await waitForResult(page);
      assert.equal(await page.locator('section[data-section="retirement"]').count(), 1);
      await page.waitForSelector('[data-start]', { timeout: 6000 });
      // nothing is left: the employment question sends you back to the start, the check is empty
      await page.evaluate(() => { location.hash = '#/edit/employment'; });
      await page.waitForSelector('[data-start]');
      await page.click('[data-start]');
      await page.waitForSelector('form[data-question="region"]');
      assert.equal(await page.locator('input[name="region"]:checked').count(), 0);
      assert.deepEqual(await stored(page), { local: 0, session: 0 });
      assert.deepEqual(w.problems(), []);
    } finally {
      await context.close();
    }
  });
});
