// Regenerates web/src/__fixtures__/assessments.json: native-CLI assessments the portal's unit
// tests read (the portal itself always uses the WebAssembly engine). Picks, from the scenario
// cases in tests/cases plus a few of the portal's own, one case for every outcome of every
// section, then the portal's own cases.   node web/scripts/make-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cli = join(root, 'build/native/canbao');
const assess = (c) => JSON.parse(execFileSync(cli, ['assess', '-'], { input: JSON.stringify(c), encoding: 'utf8' }));

const own = [
  { name: 'contract example (guangdong-2025-draft, out-of-province resident)', case: JSON.parse(readFileSync(join(root, 'examples/contract-example.json'), 'utf8')) },
  { name: 'jiangmen default chain, resident paid elsewhere in Hunan this year', case: { region: '440700', date: '2026-03-15', action: 'enroll_resident', person: { birth_date: '1990-05-01' }, records: [{ scheme: 'resident', region: '430100', status: 'normal', years: { 2026: 'paid' } }] } },
  { name: 'guangzhou 2026, two broken years', case: { region: '440100', date: '2026-04-10', action: 'enroll_resident', person: { birth_date: '1985-02-03' }, coverage: { years: [2022, 2023, 2024] } } },
  { name: 'jilin 2026, employee record normal, next year', case: { region: '220100', date: '2025-11-20', action: 'enroll_resident_next_year', person: { birth_date: '1980-01-01' }, records: [{ scheme: 'employee', region: '220100', status: 'normal', months: { '2025-10': 'paid', '2025-11': 'paid' } }] } },
  { name: 'jieyang death refund', case: { region: '445200', date: '2026-02-10', action: 'none', person: { birth_date: '1950-01-01' }, records: [{ scheme: 'resident', region: '445200', status: 'normal', years: { 2026: 'paid' }, paid_cny: 400 }], event: { kind: 'death', date: '2026-01-20', record: 0 } } },
  { name: 'elsewhere (Changsha) 2026, four broken years', case: { region: '430100', date: '2026-05-01', action: 'enroll_resident', person: { birth_date: '1970-07-07' }, coverage: { years: [2020, 2021] }, params: { resident_contribution_cny: 380 } } },
  { name: 'jilin foreign passport', case: { region: '220000', date: '2026-03-01', action: 'enroll_resident', person: { birth_date: '1990-01-01', document: 'foreign_passport' } } },
  { name: 'newborn in guangzhou', case: { region: '440100', date: '2026-03-01', action: 'enroll_resident', person: { birth_date: '2026-02-01', groups: ['newborn'] } } },
];

function walk(d) {
  return readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : f.endsWith('.json') ? [p] : []; });
}
const scenario = walk(join(root, 'tests/cases')).sort().flatMap((f) => {
  try { return JSON.parse(readFileSync(f, 'utf8')).cases.map((c) => ({ name: c.name, case: c.case })); } catch { return []; }
});

const out = [];
const seen = new Set();
for (const c of own) out.push({ name: c.name, case: c.case, assessment: assess(c.case) });
for (const c of scenario) {
  let a;
  try { a = assess(c.case); } catch { continue; }
  const keys = ['registration', 'waiting_period', 'repair', 'refund'].map((k) => `${k}:${a[k].outcome}`);
  // the extension sections too (docs/contract.md "Extension sections"), each outcome once
  for (const k of ['continuity', 'employee_gap', 'retirement', 'duplicates', 'incentives']) if (a[k]) keys.push(`${k}:${a[k].outcome}`);
  if (typeof a.waiting_period.total_days === 'number') keys.push('waiting_period:days');
  if (a.repair.options?.length && a.repair.unit_cost_cny !== null) keys.push('repair:costed');
  const fresh = keys.filter((k) => !seen.has(k));
  if (!fresh.length) continue;
  fresh.forEach((k) => seen.add(k));
  out.push({ name: c.name, case: c.case, assessment: a });
}
writeFileSync(join(root, 'web/src/__fixtures__/assessments.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.length} fixtures; outcomes covered: ${[...seen].sort().join(' ')}`);
