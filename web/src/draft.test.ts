import { describe, expect, it } from 'vitest';
import { buildCase, caseFromHash, decodeCase, draftFromCase, emptyDraft, encodeCase, firstRun, isoDate, monthRange, monthsAreRanges, removeRecord } from './draft';
import type { Case } from './types';

const sample: Case = {
  region: '440700', date: '2026-03-15', action: 'enroll_resident',
  person: { birth_date: '1990-05-01', document: 'resident_id_card', groups: [] },
  records: [{ scheme: 'resident', region: '430100', status: 'normal', years: { 2026: 'paid' }, benefit_start: '2026-01-01' }],
  coverage: { years: [2019, 2020] }, event: null, params: {},
};

describe('#case= fragment', () => {
  it('round-trips a case through base64url of its UTF-8 JSON', () => {
    const c = { ...sample, note: '参保 ✓ 😀' } as Case;
    const s = encodeCase(c);
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCase(s)).toEqual(c);
    expect(caseFromHash(`#case=${s}`)).toEqual(c);
  });
  it('matches what Node writes (Buffer base64url)', () => {
    expect(encodeCase(sample)).toBe(Buffer.from(JSON.stringify(sample), 'utf8').toString('base64url'));
  });
  it('refuses what is not a case', () => {
    expect(caseFromHash('#/q/region')).toBeNull();
    expect(() => decodeCase(Buffer.from('[1,2]').toString('base64url'))).toThrow();
    expect(() => decodeCase('!!!')).toThrow();
    expect(() => decodeCase(Buffer.from([0xff, 0xfe]).toString('base64url'))).toThrow();
  });
});

describe('buildCase / draftFromCase', () => {
  it('keeps an imported case exactly (unknown keys included)', () => {
    const d = draftFromCase(sample);
    const c = buildCase(d);
    expect(c.records).toEqual(sample.records);
    expect(c.person).toEqual(sample.person);
    expect(c.coverage).toEqual(sample.coverage);
    expect(c.event).toBeNull();
    expect(d.answered.has('record-0-details')).toBe(true);
  });
  it('drops empty optional parts of a fresh draft', () => {
    const d = emptyDraft();
    d.c.region = '440100'; d.c.date = '2026-01-02'; d.c.action = 'enroll_resident';
    d.c.params = { resident_contribution_cny: null, centralized_period_start: '' };
    const c = buildCase(d);
    expect(c).toEqual({ region: '440100', date: '2026-01-02', action: 'enroll_resident' });
  });
  it('removes a record and keeps the event and answered pages in step', () => {
    const d = draftFromCase({ ...sample, records: [sample.records![0], { scheme: 'employee', region: '440700' }, { scheme: 'resident', region: '220100' }], event: { kind: 'death', date: '2026-01-01', record: 2 } });
    removeRecord(d, 1);
    expect(d.c.records.map((r) => r.region)).toEqual(['430100', '220100']);
    expect(d.c.event!.record).toBe(1);
    expect(d.answered.has('record-2')).toBe(false);
    expect(d.answered.has('record-1-details')).toBe(true);
  });
});

describe('dates and months', () => {
  it('validates calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2025, 13, 1)).toBeNull();
  });
  it('expands and compresses month ranges', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2025-11')).toEqual([]);
    const m = { '2025-11': 'paid', '2025-12': 'paid', '2026-01': 'paid', '2026-02': 'due' };
    expect(firstRun(m, 'paid')).toEqual(['2025-11', '2026-01']);
    expect(firstRun(m, 'due')).toEqual(['2026-02', '2026-02']);
    expect(monthsAreRanges(m)).toBe(true);
    expect(monthsAreRanges({ '2025-01': 'paid', '2025-03': 'paid' })).toBe(false);
  });
});

describe('employment, history and the employee parameters', () => {
  const employee: Case = {
    region: '440700', date: '2022-09-10', action: 'none', ruleset: 'jiangmen-2024',
    records: [{ scheme: 'employee', region: '440700', status: 'suspended', months: { '2022-06': 'paid', '2022-07': 'paid' } }],
    employment: { sex: 'female', retirement_date: '2022-08-01', deemed_months: 12, other_months: 200, local_months: 100 },
    history: { zero_claim_years: [2020, 2021], bonus_used_years: [] },
    params: { retirement_required_years: 20, employee_base_cny: 6000, employee_rate: 0.08, employer_rate: 0.06, lump_sum_base_cny: 6370, lump_sum_rate: 0.055 },
  };
  it('round-trip through #case= and a draft unchanged', () => {
    const d = draftFromCase(decodeCase(encodeCase(employee)));
    expect(buildCase(d)).toEqual(employee);
    expect(d.answered.has('employment')).toBe(true);
    expect(d.answered.has('history')).toBe(true);
    expect(d.employmentOpened).toBe(true);
  });
  it('drop an empty employment but keep an answered empty history ("claims every year")', () => {
    const d = emptyDraft();
    Object.assign(d.c, { region: '220100', date: '2026-11-10', action: 'enroll_resident_next_year', employment: { sex: undefined, retirement_date: undefined }, history: { zero_claim_years: [], bonus_used_years: [] } });
    const c = buildCase(d);
    expect(c.employment).toBeUndefined();
    expect(c.history).toEqual({ zero_claim_years: [], bonus_used_years: [] });
    d.c.history = undefined;
    expect('history' in buildCase(d)).toBe(false);
  });
});
