import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromCase, emptyDraft, type Draft } from './draft';
import { coverageMatters, documentMatters, employmentRelevant, historyMatters, nextAfter, previousBefore, questions, recordFields, relevantGroups, signature, skipped, type Assess } from './flow';
import type { Assessment, Case } from './types';

/** A toy engine: Jilin refuses foreign passports; veterans skip the wait; coverage counts. */
const toy: Assess = (c: Case) => {
  const refused = c.region.startsWith('22') && c.person?.document === 'foreign_passport';
  const veteran = c.person?.groups?.includes('veteran');
  const broken = 3 - Math.min(3, (c.coverage?.years ?? []).length);
  const death = c.event?.kind === 'death';
  const rec = c.records?.[c.event?.record ?? 0];
  const paid = rec?.years ? Object.values(rec.years).includes('paid') : false;
  return {
    ruleset: { id: 'x', chain: ['x'], title: '', status: 'final' },
    registration: { outcome: refused ? 'refused' : 'allowed', steps_before: [], effects_after: [], basis: [] },
    waiting_period: { outcome: veteran ? 'none' : 'applies', exemption: veteran ? 'veteran' : null, fixed_months: 3, variable_months: broken, total_months: 3 + broken, broken_years: broken, benefit_start: null, counted_from: null, day_convention: null, basis: [] },
    repair: { outcome: 'not_needed', unit_cost_cny: null, max_useful_years: null, options: [], basis: [] },
    refund: { outcome: death && paid && !rec?.benefits_used ? 'eligible' : 'not_applicable', reason: null, record: null, amount_cny: death ? (rec?.paid_cny ?? null) : null, months: null, conditions: [], basis: [] },
    trace: [], warnings: [], engine: { version: 't', rules_hash: 't' },
  } as Assessment;
};

function draft(c: Partial<Case>): Draft {
  const d = emptyDraft();
  Object.assign(d.c, c);
  for (const q of ['region', 'date', 'ruleset', 'action', 'event', 'birth', 'records']) d.answered.add(q);
  return d;
}

describe('probes: ask only what changes the outcome', () => {
  it('asks the document only where a document can change the answer', () => {
    expect(documentMatters(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }), toy)).toBe(false);
    expect(documentMatters(draft({ region: '220100', date: '2026-03-01', action: 'enroll_resident' }), toy)).toBe(true);
  });
  it('lists only the groups that change the answer', () => {
    expect(relevantGroups(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }), toy)).toEqual(['veteran']);
  });
  it('asks coverage when broken years matter', () => {
    expect(coverageMatters(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }), toy)).toBe(true);
    const same: Assess = (c) => toy({ ...c, coverage: undefined });
    expect(coverageMatters(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }), same)).toBe(false);
  });
  it('asks about a record only what matters; never employee months for a resident record', () => {
    const d = draft({ region: '440100', date: '2026-03-01', action: 'none', event: { kind: 'death', date: '2026-02-01', record: 0 }, records: [{ scheme: 'resident', region: '440100', status: 'normal' }] });
    d.hasRecords = true;
    const f = recordFields(d, 0, toy);
    expect(f).toContain('years');
    expect(f).toContain('benefits_used');
    expect(f).toContain('paid_cny');
    expect(f).not.toContain('months');
    expect(f).not.toContain('subsidized');
  });
  it('asks everything when no engine is there to say otherwise', () => {
    const d = draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' });
    expect(documentMatters(d)).toBe(true);
    expect(relevantGroups(d).length).toBe(9);
  });
  it('treats an engine error as "it matters"', () => {
    const failing: Assess = (c) => { if (c.person?.document === 'none') throw Object.assign(new Error('x'), { error: { code: 'invalid_value', path: '/person/document' } }); return toy(c); };
    expect(documentMatters(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }), failing)).toBe(true);
  });
  it('asks the engine once per distinct case', () => {
    let calls = 0;
    const counting: Assess = (c) => { calls++; return toy(c); };
    const d = draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' });
    questions({ draft: d, assess: counting });
    const first = calls;
    questions({ draft: d, assess: counting });
    expect(calls).toBe(first);
  });
  it('ignores trace and warnings when comparing outcomes', () => {
    const a = toy({ region: '440100', date: '2026-01-01', action: 'enroll_resident' });
    expect(signature(a)).toBe(signature({ ...a, trace: [{ rule: 'x', zh: 'a', en: 'b' }], warnings: [{ code: 'w', message: 'm' }] }));
  });
});

describe('the order of questions and the edit loop', () => {
  const d = draft({ region: '220100', date: '2026-03-01', action: 'enroll_resident' });
  d.hasRecords = true;
  d.c.records.push({ scheme: 'resident', region: '430100', status: 'normal' });
  it('puts the basics first, then records, then what the probes ask', () => {
    expect(questions({ draft: d, assess: toy })).toEqual(['region', 'date', 'ruleset', 'action', 'event', 'birth', 'records', 'record-0', 'record-0-details', 'records-more', 'document', 'groups', 'coverage']);
    expect(previousBefore({ draft: d, assess: toy }, 'date')).toBe('region');
  });
  it('returns to the check page after an edit, unless a new question needs an answer', () => {
    const all = draftFromCase({ region: '220100', date: '2026-03-01', action: 'enroll_resident', records: [] });
    expect(nextAfter({ draft: all, assess: toy }, 'date', true)).toBe('check');
    all.answered.delete('coverage');
    expect(nextAfter({ draft: all, assess: toy }, 'date', true)).toBe('coverage');
    expect(nextAfter({ draft: all, assess: toy }, 'date', false)).toBe('ruleset');
  });
});

describe('employment and retirement, claims history', () => {
  it('asks employment for an employee enrollment, an employee record, or when opened', () => {
    expect(employmentRelevant(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' }))).toBe(false);
    expect(employmentRelevant(draft({ region: '440100', date: '2026-03-01', action: 'enroll_employee' }))).toBe(true);
    expect(employmentRelevant(draft({ region: '440100', date: '2026-03-01', action: 'enroll_flexible' }))).toBe(true);
    const rec = draft({ region: '440100', date: '2026-03-01', action: 'none', records: [{ scheme: 'employee', region: '440100' }] });
    expect(employmentRelevant(rec)).toBe(true);
    const opened = draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident' });
    opened.employmentOpened = true;
    expect(employmentRelevant(opened)).toBe(true);
    expect(employmentRelevant(draft({ region: '440100', date: '2026-03-01', action: 'enroll_resident', employment: { retirement_date: '2026-05-01' } }))).toBe(true);
  });
  it('puts employment after the records and history after coverage; the check page lists the ones not asked', () => {
    const d = draft({ region: '220100', date: '2026-03-01', action: 'enroll_employee' });
    const q = questions({ draft: d, assess: toy });
    expect(q.indexOf('employment')).toBe(q.indexOf('records') + 1);
    expect(q).not.toContain('history');
    expect(skipped({ draft: d, assess: toy }, q)).toContain('history');
    const withHistory = draft({ region: '220100', date: '2026-03-01', action: 'enroll_resident', history: { zero_claim_years: [2025] } });
    const q2 = questions({ draft: withHistory, assess: toy });
    expect(q2[q2.length - 1]).toBe('history');
    expect(skipped({ draft: withHistory, assess: toy }, q2)).toContain('employment');
  });
  it('asks the claims history only when the engine reads it', () => {
    const reads: Assess = (c) => ({ ...toy(c), incentives: { outcome: 'computed', zero_claim_last_year: c.history ? (c.history.zero_claim_years ?? []).length > 0 : null } as never });
    const d = draft({ region: '220100', date: '2026-11-10', action: 'enroll_resident_next_year' });
    expect(historyMatters(d, toy)).toBe(false);
    expect(historyMatters(d, reads)).toBe(true);
  });
});

// With the real rules (the native CLI, when built): what the engine says matters.
const CLI = join(__dirname, '..', '..', 'build', 'native', 'canbao');
const cli: Assess = (c) => {
  try {
    return JSON.parse(execFileSync(CLI, ['assess', '-'], { input: JSON.stringify(c), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }));
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? '{}';
    throw Object.assign(new Error('engine error'), JSON.parse(out));
  }
};

describe.skipIf(!existsSync(CLI))('probes against the real rules (native CLI)', () => {
  it('a resident-only enrollment is never asked about employee months or flexible work', () => {
    const d = draft({ region: '440700', date: '2026-03-15', action: 'enroll_resident', person: { birth_date: '1990-05-01' }, records: [{ scheme: 'resident', region: '430100', status: 'normal' }] });
    d.hasRecords = true;
    const f = recordFields(d, 0, cli);
    expect(f).toContain('years');
    expect(f).not.toContain('months');
    expect(f).not.toContain('flexible');
  });
  it('a death refund asks whether benefits were used and what was paid', () => {
    const d = draft({ region: '445200', date: '2026-02-10', action: 'none', person: { birth_date: '1950-01-01' }, event: { kind: 'death', date: '2026-01-20', record: 0 }, records: [{ scheme: 'resident', region: '445200', status: 'normal' }] });
    d.hasRecords = true;
    const f = recordFields(d, 0, cli);
    expect(f).toContain('paid_cny');
  });
  it('asks the claims history for a Jilin next-year enrollment (national-2024 incentives), not for a Changsha employee', () => {
    const jl = draft({ region: '220100', date: '2026-11-10', action: 'enroll_resident_next_year', person: { birth_date: '1980-01-01' }, coverage: { years: [2020, 2021, 2022, 2023, 2024, 2025, 2026] } });
    expect(historyMatters(jl, cli)).toBe(true);
    expect(historyMatters(draft({ region: '430100', date: '2026-03-10', action: 'enroll_employee', person: { birth_date: '1980-01-01' } }), cli)).toBe(false);
  });
  it('a Jilin resident enrollment asks the document (a foreign passport is refused there)', () => {
    expect(documentMatters(draft({ region: '220000', date: '2026-03-01', action: 'enroll_resident', person: { birth_date: '1990-01-01' } }), cli)).toBe(true);
  });
});
