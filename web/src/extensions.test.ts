import { beforeAll, describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/assessments.json';
import { monthList, SECTION_WARNINGS, shownExtensions, summarizeExtension } from './extensions';
import { hasCode, type Lang, loadLang, setLang } from './i18n';
import type { Assessment, Case, ExtensionKey } from './types';
import { EXTENSION_SECTIONS } from './types';

// English is a chunk of its own (i18n-en.ts): load it as the page does before showing English.
beforeAll(() => loadLang('en'));

const all = fixtures as unknown as { name: string; case: Case; assessment: Assessment }[];
const find = (k: ExtensionKey, outcome: string) => all.find((f) => (f.assessment[k] as { outcome: string } | undefined)?.outcome === outcome);

describe('the extension sections in plain language', () => {
  for (const l of ['zh', 'en'] as Lang[]) {
    it(`says every applicable section of every fixture in ${l}, without raw codes or holes`, () => {
      setLang(l);
      let n = 0;
      for (const f of all) {
        for (const k of shownExtensions(f.assessment)) {
          const s = summarizeExtension(f.assessment, k, l, f.case);
          const text = [s.lead, ...s.points, ...s.figures.flatMap((x) => [x.label, x.value])].join(' ');
          expect(s.lead, `${f.name} ${k}`).toBeTruthy();
          expect(text, `${f.name} ${k}`).not.toMatch(/undefined|null|NaN|\{\w+\}/);
          if (l === 'zh') expect(text, `${f.name} ${k}`).not.toMatch(/_[a-z]/);
          n++;
        }
      }
      expect(n).toBeGreaterThan(10);
    });
  }

  it('covers every extension section and the outcomes the fixtures hold', () => {
    for (const k of EXTENSION_SECTIONS) expect(all.some((f) => shownExtensions(f.assessment).includes(k)), k).toBe(true);
  });

  it('leaves out the sections that do not apply', () => {
    const f = find('retirement', 'not_applicable')!;
    expect(shownExtensions(f.assessment)).not.toContain('retirement');
  });

  it('shows the retirement shortfall with its months and one-time cost', () => {
    const f = all.find((x) => x.assessment.retirement?.outcome === 'shortfall' && typeof x.assessment.retirement.one_time_cost_cny === 'number')!;
    expect(f).toBeTruthy();
    const r = f.assessment.retirement!;
    const s = summarizeExtension(f.assessment, 'retirement', 'en', f.case);
    const byId = Object.fromEntries(s.figures.map((x) => [x.id, x]));
    expect(byId.shortfall_months.raw).toBe(r.shortfall_months);
    expect(byId.cumulative_months.value).toContain(`${r.cumulative_months} months`);
    expect(byId.one_time_cost_cny.raw).toBe(r.one_time_cost_cny);
    expect(s.lead).toMatch(/short of/);
    // a figure the citizen supplied says so; a sourced one says it is sourced
    expect(byId.required_years.value).toMatch(f.case.params?.retirement_required_years != null ? /you entered/ : /sourced/);
  });

  it('prices the employee gap, or says the base and rates are unknown', () => {
    const f = find('employee_gap', 'beyond_limit') ?? find('employee_gap', 'within_limit')!;
    const g = f.assessment.employee_gap!;
    const s = summarizeExtension(f.assessment, 'employee_gap', 'zh', f.case);
    const byId = Object.fromEntries(s.figures.map((x) => [x.id, x]));
    expect(byId.gap_months.raw).toBe(g.gap_months);
    expect(byId.back_pay_cost_cny.raw).toBe(g.back_pay_cost_cny);
    expect(byId.late_fee_cny.raw).toBe(g.late_fee_cny);
    const unknown: Assessment = { ...f.assessment, employee_gap: { ...g, back_pay_cost_cny: null, late_fee_cny: null }, warnings: [{ code: 'employee_cost_unknown', message: '' }, { code: 'late_fee_unknown', message: '' }] };
    const u = summarizeExtension(unknown, 'employee_gap', 'zh');
    expect(u.figures.find((x) => x.id === 'back_pay_cost_cny')!.value).toMatch(/补充当地数据/);
    expect(u.warnings).toEqual(['employee_cost_unknown', 'late_fee_unknown']);
  });

  it('names the kept record and the refunds of a duplicate', () => {
    const f = find('duplicates', 'found')!;
    const s = summarizeExtension(f.assessment, 'duplicates', 'en', f.case);
    expect(s.lead).toMatch(/Duplicate enrollment found/);
    expect(s.figures.some((x) => x.id.startsWith('found-'))).toBe(true);
    expect(s.moreBasis).toEqual(f.assessment.duplicates!.refund_rules);
  });

  it('with several duplicates, says what each one keeps (contract: found[].keep_rule, found[].keep)', () => {
    const f = find('duplicates', 'found')!;
    const a = structuredClone(f.assessment);
    const d = a.duplicates!;
    d.found = [...d.found, { kind: 'resident_same_year', records: [0, 1], periods: ['2025'], keep: 1, keep_rule: 'residence' }];
    const s = summarizeExtension(a, 'duplicates', 'en', f.case);
    const second = s.figures.find((x) => x.id === `found-${d.found.length - 1}`)!;
    expect(second.value).toContain('kept where you live');
    expect(second.value).toContain('kept where you live (household registration or residence permit): record 2');
    // Each duplicate names its own kept record: no single "Enrollment kept" figure then.
    expect(s.figures.some((x) => x.id === 'keep')).toBe(false);
    const one = summarizeExtension(f.assessment, 'duplicates', 'en', f.case);
    if (f.assessment.duplicates!.found.length === 1) {
      expect(one.figures.find((x) => x.id === 'found-0')!.value).not.toContain(' — ');
      expect(one.figures.some((x) => x.id === 'keep')).toBe(true);
    }
  });

  it('counts the incentive raises', () => {
    const f = find('incentives', 'computed')!;
    const i = f.assessment.incentives!;
    const s = summarizeExtension(f.assessment, 'incentives', 'en', f.case);
    expect(s.figures.find((x) => x.id === 'steps')!.raw).toBe(i.steps);
    expect(s.figures.find((x) => x.id === 'continuous_years')!.raw).toBe(i.continuous_years);
  });

  it('has plain language for every warning a section owns and for the codes it shows', () => {
    const codes = [...Object.values(SECTION_WARNINGS).flat(),
      'employee_same_month', 'resident_same_year', 'cross_system',
      'employment_place', 'residence', 'school', 'employee_scheme', 'one_with_benefits', 'person_chooses', 'not_stated',
      'one_time_payment', 'monthly_payment_retiree_standard', 'flexible_worker_enrollment', 'resident_enrollment',
      'no_refund_after_benefits_start', 'refund_on_death_before_benefits'];
    expect(codes.filter((c) => !hasCode(c, 'zh') || !hasCode(c, 'en'))).toEqual([]);
  });

  it('writes months as a run, a list or a count', () => {
    expect(monthList(['2026-02', '2026-03', '2026-04', '2026-05'], 'en')).toBe('February 2026 to May 2026 (4 months)');
    expect(monthList(['2026-02', '2026-05'], 'zh')).toBe('2026年2月、2026年5月');
    expect(monthList([], 'en')).toBe('none');
  });
});
