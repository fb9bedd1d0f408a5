import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/assessments.json';
import { code, dictionaries, hasCode, type Lang, loadLang, setLang } from './i18n';
import { extraSections, missingParams, repairPoints, summarize, traceBySection } from './summaries';
import type { Assessment, Case } from './types';
import { SECTIONS } from './types';

// English is a chunk of its own (i18n-en.ts): load it as the page does before showing English.
beforeAll(() => loadLang('en'));

const all = fixtures as unknown as { name: string; case: Case; assessment: Assessment }[];

describe('plain language for every fixture', () => {
  for (const l of ['zh', 'en'] as Lang[]) {
    it(`says every section in ${l} without raw codes or holes`, () => {
      setLang(l);
      for (const f of all) {
        for (const k of SECTIONS) {
          const s = summarize(f.assessment, k, l);
          expect(s.lead, `${f.name} ${k}`).toBeTruthy();
          const text = [s.lead, ...s.points, ...(s.steps ?? []), ...(s.effects ?? []), ...(s.conditions ?? [])].join(' ');
          expect(text, `${f.name} ${k}`).not.toMatch(/undefined|null|NaN|\{\w+\}/);
          if (l === 'zh') expect(text, `${f.name} ${k}`).not.toMatch(/_[a-z]/);
        }
      }
    });
  }
  it('says the waiting period with its dates and months', () => {
    const f = all.find((x) => x.assessment.waiting_period.outcome === 'applies' && x.assessment.waiting_period.benefit_start)!;
    const s = summarize(f.assessment, 'waiting_period', 'zh');
    expect(s.lead).toContain('年');
    expect(s.points.join('')).toMatch(/固定等待期/);
    expect(summarize(f.assessment, 'waiting_period', 'en').points.join('')).not.toMatch(/\b1 months\b/);
  });
  it('has plain language for every code the fixtures use, in both languages', () => {
    const codes = new Set<string>();
    for (const { assessment: a } of all) {
      a.registration.steps_before.forEach((c) => codes.add(c));
      a.registration.effects_after.forEach((c) => codes.add(c));
      if (a.registration.reason) codes.add(a.registration.reason);
      if (a.waiting_period.exemption) codes.add(a.waiting_period.exemption);
      if (a.refund.reason) codes.add(a.refund.reason);
      a.refund.conditions.forEach((c) => codes.add(c));
      a.warnings.forEach((w) => codes.add(w.code));
    }
    const missing = [...codes].filter((c) => !hasCode(c, 'zh') || !hasCode(c, 'en'));
    expect(missing).toEqual([]);
    expect(code('some_new_code', 'en')).toBe('some new code');
  });
  it('has the same keys in Chinese and English, none empty', async () => {
    await import('./i18n-forms'); // the questions' Chinese words (they come with the forms chunk)
    const { zh, en, codesZh, codesEn } = dictionaries();
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(codesEn).sort()).toEqual(Object.keys(codesZh).sort());
    for (const v of [...Object.values(zh), ...Object.values(en)]) expect(v.length).toBeGreaterThan(0);
  });
});

describe('sections', () => {
  it('gives every trace item to a section', () => {
    for (const { assessment: a } of all) {
      const by = traceBySection(a);
      expect(Object.values(by).flat().length).toBe(a.trace.length);
    }
  });
  it('lists engine sections beyond the four when they apply', () => {
    for (const { assessment: a } of all) {
      for (const x of extraSections(a)) {
        expect(SECTIONS as readonly string[]).not.toContain(x.key);
        expect(x.outcome).not.toBe('not_applicable');
      }
    }
  });
  it('charts repair options as months saved, never negative, growing with cost', () => {
    for (const { assessment: a } of all.filter((x) => x.assessment.repair.options.length > 1)) {
      const p = repairPoints(a);
      expect(p[0].y).toBe(0);
      for (let i = 1; i < p.length; i++) {
        expect(p[i].y).toBeGreaterThanOrEqual(p[i - 1].y);
        expect(p[i].x).toBeGreaterThan(p[i - 1].x);
      }
    }
  });
  it('offers a field for each unknown local value', () => {
    const a = all[0].assessment;
    const m = missingParams({ ...a, warnings: [{ code: 'unit_cost_unknown', message: '' }, { code: 'centralized_period_unchecked', message: '' }] });
    expect(m).toEqual({ contribution: true, period: true, day: false, employeeBase: false, employeeRate: false, employerRate: false, requiredYears: false, lumpSum: false });
    expect(missingParams({ ...a, warnings: [] }, { waiting_day_convention: 'next_day' }).day).toBe(true);
  });
});

// Every code the engine gives for the scenario cases (tests/cases) has plain language.

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'build', 'native', 'canbao');
const walk = (d: string): string[] => (existsSync(d) ? readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : f.endsWith('.json') ? [p] : []; }) : []);

describe.skipIf(!existsSync(CLI))('the engine\'s codes for every scenario case (native CLI)', () => {
  it('all have plain language in Chinese and English', () => {
    const input = walk(join(ROOT, 'tests', 'cases')).flatMap((f) => { try { return JSON.parse(readFileSync(f, 'utf8')).cases.map((c: { case: unknown }) => JSON.stringify(c.case)); } catch { return []; } });
    const out = execFileSync(CLI, ['batch'], { input: input.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
    const codes = new Set<string>();
    for (const line of out.split('\n').filter(Boolean)) {
      const a = JSON.parse(line);
      if (a.error) continue;
      [...a.registration.steps_before, ...a.registration.effects_after, a.registration.reason, a.waiting_period.exemption, a.refund.reason, ...a.refund.conditions, ...a.warnings.map((w: { code: string }) => w.code)]
        .filter(Boolean).forEach((c: string) => codes.add(c));
      for (const x of extraSections(a)) codes.add(x.outcome);
      // the codes the extension panels show
      if (a.duplicates) { a.duplicates.found.forEach((f: { kind: string }) => codes.add(f.kind)); if (a.duplicates.keep_rule) codes.add(a.duplicates.keep_rule); }
      if (a.retirement) [...a.retirement.alternatives, ...a.retirement.refund_limits].forEach((c: string) => codes.add(c));
    }
    expect([...codes].filter((c) => !hasCode(c, 'zh') || !hasCode(c, 'en'))).toEqual([]);
  });
});
