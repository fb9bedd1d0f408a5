// Drives the guided check like a citizen: answers whatever question the portal shows from a
// scenario's answers, until the "check your answers" page; then opens the result.
import assert from 'node:assert/strict';
import { axe, formatViolations } from './lib.mjs';

async function fillDate(scope, name, iso) {
  const fs = scope.locator(`fieldset[data-date="${name}"]`);
  const [y, m, d] = iso.split('-');
  await fs.locator('input[data-part="year"]').fill(y);
  await fs.locator('input[data-part="month"]').fill(String(Number(m)));
  if (d) await fs.locator('input[data-part="day"]').fill(String(Number(d)));
}

async function chooseRegion(form, name, region) {
  const known = await form.locator(`input[name="${name}"][value="${region}"]`).count();
  if (known) await form.locator(`input[name="${name}"][value="${region}"]`).check();
  else {
    await form.locator(`input[name="${name}"][value="other"]`).check();
    await form.locator(`input[data-field="${name}-code"]`).fill(region);
  }
}

const yesNo = (v) => (v ? 'yes' : 'no');

/** The optional employment and retirement page: `e` is the case's `employment` (or nothing: skip). */
export async function answerEmployment(form, e) {
  if (!e?.retirement_date) { await form.locator('input[name="check-retirement"][value="no"]').check(); return; }
  await form.locator('input[name="check-retirement"][value="yes"]').check();
  if (e.sex) await form.locator(`input[name="sex"][value="${e.sex}"]`).check();
  await fillDate(form, 'retirement-date', e.retirement_date);
  for (const k of ['deemed_months', 'other_months']) await form.locator(`input[data-field="${k}"]`).fill(e[k] === undefined ? '' : String(e[k]));
}

/** The claims-history page: `hs` is the case's `history` (or nothing: "not sure"). */
export async function answerHistory(form, hs) {
  if (!hs) { await form.locator('input[name="knows-history"][value="no"]').check(); return; }
  await form.locator('input[name="knows-history"][value="yes"]').check();
  for (const y of hs.zero_claim_years ?? []) await form.locator(`input[name="zero-claim"][value="${y}"]`).check();
  for (const y of hs.bonus_used_years ?? []) await form.locator(`input[name="bonus-used"][value="${y}"]`).check();
}

/**
 * Answer questions until the check page. `onPage(qid)` runs on every page (axe, screenshots).
 * Returns the question ids in the order they were asked.
 */
export async function answerAll(page, a, onPage = async () => {}) {
  const asked = [];
  let added = 1;
  for (let guard = 0; guard < 40; guard++) {
    await page.waitForSelector('form[data-question], .page--check', { timeout: 10000 });
    if (await page.locator('.page--check').count()) return asked;
    const form = page.locator('form[data-question]');
    const qid = await form.getAttribute('data-question');
    asked.push(qid);
    await onPage(qid);
    const rec = /^record-(\d+)(-details)?$/.exec(qid);
    if (qid === 'region') await chooseRegion(form, 'region', a.region);
    else if (qid === 'date') await fillDate(form, 'date', a.date);
    else if (qid === 'ruleset') await form.locator(`input[name="ruleset"][value="${a.ruleset ?? ''}"]`).check();
    else if (qid === 'action') await form.locator(`input[name="action"][value="${a.action}"]`).check();
    else if (qid === 'event') {
      if (!a.event) await form.locator('input[name="event"][value="no"]').check();
      else {
        await form.locator(`input[name="event"][value="${a.event.kind}"]`).check();
        await fillDate(form, 'event-date', a.event.date);
      }
    } else if (qid === 'birth') await fillDate(form, 'birth', a.birth);
    else if (qid === 'records') await form.locator(`input[name="has-records"][value="${yesNo(a.records?.length)}"]`).check();
    else if (rec && !rec[2]) {
      const i = Number(rec[1]);
      const r = a.records[i];
      await form.locator(`input[name="scheme-${i}"][value="${r.scheme}"]`).check();
      await chooseRegion(form, `rregion-${i}`, r.region);
      await form.locator(`input[name="status-${i}"][value="${r.status ?? 'normal'}"]`).check();
    } else if (rec) {
      const i = Number(rec[1]);
      const r = a.records[i];
      for (const [y, v] of Object.entries(r.years ?? {})) await form.locator(`select[data-field="year-${y}"]`).selectOption(v);
      if (r.months?.paid) { await fillDate(form, 'paid-from', r.months.paid[0]); await fillDate(form, 'paid-to', r.months.paid[1]); }
      if (r.months?.due) { await fillDate(form, 'due-from', r.months.due[0]); await fillDate(form, 'due-to', r.months.due[1]); }
      for (const f of ['flexible', 'benefits_used', 'subsidized', 'lump_sum']) {
        const loc = form.locator(`input[name="${f}-${i}"][value="${yesNo(r[f])}"]`);
        if (await loc.count()) await loc.check();
      }
      if (r.paid_cny !== undefined && await form.locator('input[data-field="paid_cny"]').count()) await form.locator('input[data-field="paid_cny"]').fill(String(r.paid_cny));
    } else if (qid === 'records-more') {
      const which = form.locator('input[name="event-record"]');
      if (await which.count()) await form.locator(`input[name="event-record"][value="${a.eventRecord ?? 0}"]`).check();
      const more = added < (a.records?.length ?? 0);
      await form.locator(`input[name="more"][value="${yesNo(more)}"]`).check();
      if (more) added++;
    } else if (qid === 'document') await form.locator(`input[name="document"][value="${a.document ?? 'resident_id_card'}"]`).check();
    else if (qid === 'groups') {
      for (const g of a.groups ?? []) {
        const loc = form.locator(`input[name="groups"][value="${g}"]`);
        assert.ok(await loc.count(), `group ${g} is not offered`);
        await loc.check();
      }
    } else if (qid === 'coverage') {
      for (const y of a.coverage ?? []) {
        const loc = form.locator(`input[name="coverage"][value="${y}"]`);
        if (await loc.count() && !(await loc.isDisabled())) await loc.check();
      }
    } else if (qid === 'employment') await answerEmployment(form, a.employment);
    else if (qid === 'history') await answerHistory(form, a.history);
    else throw new Error(`unexpected question ${qid}`);
    await form.locator('[data-continue]').click();
  }
  throw new Error('too many questions');
}

/** Fail with a readable list when axe finds violations. */
export async function assertAxe(page, where) {
  const v = await axe(page);
  assert.equal(v.length, 0, `axe violations on ${where}:\n${formatViolations(v)}`);
}
