// Opening /#case=<base64url> with each scenario case of tests/cases/**/*.json renders the same
// outcome in every section (data-outcome) as the native CLI `canbao assess` for that case.
// All cases run, in one page: the first by a full load, the rest by changing the fragment
// (the portal reads a new #case= on hashchange too). PORTAL_CASES_LIMIT=n runs a sample.
// The extension sections (continuity, employee_gap, retirement, duplicates, incentives) have a
// panel of their own exactly when the CLI says they apply, with the CLI's outcome.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { caseHash, cliAssess, DESKTOP, hasCli, launch, scenarioCases, shownOutcomes, startServer, watchedPage } from './lib.mjs';

const SECTIONS = ['registration', 'waiting_period', 'repair', 'refund'];
const EXTENSIONS = ['continuity', 'employee_gap', 'retirement', 'duplicates', 'incentives'];
let browser;
let srv;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

function sample(all) {
  const limit = Number(process.env.PORTAL_CASES_LIMIT || 0);
  if (!limit || limit >= all.length) return all;
  // an even spread over the files, so every ruleset is represented
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]);
}

test('#case= renders the CLI outcomes for the scenario cases', { skip: !hasCli() && 'needs build/native/canbao' }, async (t) => {
  const cases = sample(scenarioCases());
  assert.ok(cases.length > 0, 'tests/cases has scenario cases');
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  let first = true;
  let compared = 0;
  const failures = [];
  let hashChecked = false;
  let extensionPanels = 0;
  for (const sc of cases) {
    let cli;
    try { cli = cliAssess(sc.case); } catch (e) {
      // an invalid case: the portal shows the error instead of a result
      cli = null;
    }
    const hash = caseHash(sc.case);
    if (first) { await page.goto(`${srv.url}${hash}`); first = false; } else await page.evaluate((h) => { document.querySelector('.page--result')?.remove(); location.hash = h; }, hash);
    await page.waitForFunction((expectError) => {
      const r = document.querySelector('.page--result');
      if (!r) return false;
      return expectError ? !!r.querySelector('.error-summary') : !!r.querySelector('section[data-section="refund"]');
    }, !cli, { timeout: 10000 }).catch(() => {});
    if (!cli) {
      if (!(await page.locator('.page--result .error-summary').count())) failures.push(`${sc.file} — ${sc.name}: the CLI refused the case, the portal did not`);
      continue;
    }
    if (!hashChecked) {
      const wasmHash = await page.locator('.page--result').getAttribute('data-rules-hash');
      assert.equal(wasmHash, cli.engine.rules_hash, 'the WebAssembly engine and the CLI were built from different rule data: rebuild build/wasm and build/native');
      hashChecked = true;
    }
    const shown = await shownOutcomes(page);
    const want = Object.fromEntries(SECTIONS.map((k) => [k, cli[k].outcome]));
    const got = Object.fromEntries(SECTIONS.map((k) => [k, shown[k]]));
    // an extension panel appears exactly when the section applies
    for (const k of EXTENSIONS) {
      if (!cli[k]) continue;
      want[k] = cli[k].outcome === 'not_applicable' ? undefined : cli[k].outcome;
      got[k] = shown[k];
      if (want[k]) extensionPanels++;
    }
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${sc.file} — ${sc.name}: shown ${JSON.stringify(got)}, CLI ${JSON.stringify(want)}`);
    compared++;
  }
  t.diagnostic(`${compared} of ${cases.length} cases compared (of ${scenarioCases().length} in tests/cases); ${extensionPanels} extension panels`);
  assert.deepEqual(failures, []);
  assert.deepEqual(w.problems(), []);
  assert.deepEqual(w.foreign(), []);
  await context.close();
});

test('a case the engine refuses shows its error, and a broken link starts afresh', async () => {
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
  const w = await watchedPage(context, srv.url);
  const { page } = w;
  try {
    await page.goto(`${srv.url}${caseHash({ date: '2026-01-01', action: 'none' })}`);
    await page.waitForSelector('.page--result .error-summary');
    assert.match(await page.locator('.page--result .error-summary').innerText(), /\/region/);
    assert.equal(await page.locator('section[data-section]').count(), 0, 'no partial result');
    await page.goto(`${srv.url}#case=@@not-base64@@`);
    await page.waitForSelector('[data-start]');
    await page.goto(`${srv.url}#case=${Buffer.from('{"region":').toString('base64url')}`);
    await page.waitForSelector('.notice');
    assert.match(await page.locator('.notice').innerText(), /无法读取|could not be read/);
    assert.deepEqual(w.problems(), []);
  } finally {
    await context.close();
  }
});
