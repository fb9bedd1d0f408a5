import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildArticleSets } from '../build/articles';
import fixtures from './__fixtures__/assessments.json';
import { parseCitation } from './citations';
import { NEXT_STEP_CITATIONS, nextSteps } from './nextsteps';
import type { Assessment, Case } from './types';

const sets = Object.fromEntries(buildArticleSets(join(__dirname, '..', '..')).map((s) => [s.id, s]));
const all = fixtures as unknown as { name: string; case: Case; assessment: Assessment }[];

function exists(cite: string): boolean {
  const c = parseCitation(cite);
  const art = c && sets[c.ruleset]?.articles[`art-${c.article}`];
  return !!art && (c!.clause === undefined || !!art.clauses[String(c!.clause)]);
}

describe('next steps', () => {
  it('cites only articles that exist in the bundled texts', () => {
    expect(NEXT_STEP_CITATIONS.filter((c) => !exists(c))).toEqual([]);
    for (const f of all) for (const s of nextSteps(f.case, f.assessment)) for (const c of s.cite) expect(exists(c), `${f.name}: ${c}`).toBe(true);
  });
  it('sends Jiangmen residents to 粤医保 or the office (jiangmen art 20) and Jilin residents per art 35', () => {
    const jm = all.find((f) => f.assessment.ruleset.chain.includes('jiangmen-2024') && f.case.action === 'enroll_resident')!;
    const s = nextSteps(jm.case, jm.assessment);
    expect(s[0].zh).toContain('粤医保');
    expect(s[0].cite).toContain('jiangmen-2024/art-20/1');
    const jl = all.find((f) => f.assessment.ruleset.chain.includes('jilin-2022') && f.case.action?.startsWith('enroll_resident') && f.assessment.registration.outcome !== 'refused')!;
    expect(nextSteps(jl.case, jl.assessment)[0].cite).toEqual(['jilin-2022/art-35']);
  });
  it('explains a refund where one is possible', () => {
    const f = all.find((x) => x.assessment.refund.outcome === 'eligible')!;
    expect(nextSteps(f.case, f.assessment).some((s) => /退费/.test(s.zh))).toBe(true);
  });
});
