// Which questions a situation needs, and in what order. The basics are always asked; every
// other question is asked only when the engine says its answer can change the outcome: the
// portal assesses the case under each possible answer ("probes") and asks only when the
// results differ. So a resident-only case is never asked about employee fee months, a case
// without an event is never asked what was paid, and so on.
import './i18n-forms';
import { buildCase, type Draft, yearOf } from './draft';
import type { Assessment, Case, CaseRecord, Group } from './types';
import { DOCUMENTS, GROUPS } from './types';

export type Assess = (c: Case) => Assessment;

/** The outcome-bearing part of an assessment (trace and warnings left out). */
export function signature(a: Assessment): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (!['trace', 'warnings', 'ruleset', 'engine'].includes(k)) out[k] = v;
  return JSON.stringify(out);
}

// The engine is a pure function of the case: remember recent answers, since every page asks
// the same probes again (previous, next and the check page all list the questions).
const memo = new WeakMap<Assess, Map<string, string>>();
const MEMO_MAX = 2000;

function sig(assess: Assess, c: Case): string {
  let m = memo.get(assess);
  if (!m) { m = new Map(); memo.set(assess, m); }
  const key = JSON.stringify(c);
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  let out: string;
  try {
    out = signature(assess(c));
  } catch (e) {
    const err = (e as { error?: { code?: string; path?: string } }).error;
    out = `error:${err?.code ?? 'unknown'}:${err?.path ?? ''}`;
  }
  if (m.size >= MEMO_MAX) m.delete(m.keys().next().value as string);
  m.set(key, out);
  return out;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Do the variants of a case give different outcomes? */
export function differs(assess: Assess, variants: Case[]): boolean {
  const seen = new Set(variants.map((v) => sig(assess, v)));
  return seen.size > 1;
}

function baseReady(d: Draft): boolean {
  return !!(d.c.region && d.c.date && d.c.action);
}

export const RECORD_FIELDS = ['years', 'months', 'flexible', 'benefits_used', 'subsidized', 'lump_sum', 'paid_cny'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Plausible payment histories for record i, for probing the fields asked beside them. */
function paymentVariants(c: Case, i: number): Partial<CaseRecord>[] {
  const r = c.records![i];
  const y = yearOf(c.date);
  if (r.scheme === 'employee') {
    if (r.months && Object.keys(r.months).length) return [{}];
    const m = c.date!.slice(0, 7);
    const last12: Record<string, 'paid'> = {};
    for (let k = 0; k < 12; k++) {
      const d = new Date(Date.UTC(y, Number(m.slice(5)) - 1 - k, 1));
      last12[`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`] = 'paid';
    }
    return [{ months: {} }, { months: { [m]: 'paid' } }, { months: last12 }];
  }
  if (r.years && Object.keys(r.years).length) return [{}];
  return [{ years: {} }, { years: { [y]: 'paid' } }, { years: { [y]: 'due' } }, { years: { [y + 1]: 'paid' } }];
}

/** The detail fields of record i that can change the outcome (resident years are always asked). */
export function recordFields(d: Draft, i: number, assess?: Assess): RecordField[] {
  const r = d.c.records[i];
  if (!r) return [];
  const out: RecordField[] = [];
  if (r.scheme === 'resident') out.push('years');
  if (!assess || !baseReady(d)) {
    return r.scheme === 'employee' ? ['months', 'flexible', 'benefits_used', 'subsidized', 'lump_sum', 'paid_cny'] : ['years', 'benefits_used', 'subsidized', 'lump_sum', 'paid_cny'];
  }
  const base = buildCase(d);
  if (base.event) base.event.record = i;  // as if the event were about this record
  const with_ = (patch: Partial<CaseRecord>, extra: Partial<CaseRecord>) => {
    const c = clone(base);
    c.records![i] = { ...c.records![i], ...patch, ...extra };
    return c;
  };
  const variants = paymentVariants(base, i);
  const matters = (alts: Partial<CaseRecord>[]) => variants.some((v) => differs(assess, alts.map((a) => with_(v, a))));
  if (r.scheme === 'employee') {
    const m = base.date!.slice(0, 7);
    const y = yearOf(base.date);
    const prevYear: Record<string, 'paid'> = {};
    for (let k = 1; k <= 12; k++) prevYear[`${y - 1}-${String(k).padStart(2, '0')}`] = 'paid';
    const alts = [{ months: {} }, { months: { [m]: 'paid' as const } }, { months: { [m]: 'due' as const } }, { months: prevYear }];
    if (Object.keys(r.months ?? {}).length || differs(assess, alts.map((a) => with_({}, a)))) out.push('months');
    if (matters([{ flexible: false }, { flexible: true }])) out.push('flexible');
  }
  if (matters([{ benefits_used: false }, { benefits_used: true }])) out.push('benefits_used');
  if (matters([{ subsidized: false }, { subsidized: true }])) out.push('subsidized');
  if (matters([{ lump_sum: false }, { lump_sum: true }])) out.push('lump_sum');
  if (matters([{ paid_cny: null }, { paid_cny: 300 }])) out.push('paid_cny');
  // a value already given stays visible so it can be changed
  for (const f of ['flexible', 'benefits_used', 'subsidized', 'lump_sum'] as const) if (r[f] && !out.includes(f)) out.push(f);
  if (typeof r.paid_cny === 'number' && !out.includes('paid_cny')) out.push('paid_cny');
  return out;
}

export function documentMatters(d: Draft, assess?: Assess): boolean {
  if (d.c.person?.document && d.c.person.document !== 'resident_id_card') return true;
  if (!assess || !baseReady(d)) return true;
  const base = buildCase(d);
  return differs(assess, DOCUMENTS.map((doc) => ({ ...base, person: { ...(base.person ?? {}), document: doc } })));
}

/** The groups that change the outcome when added or removed (the ones chosen always show). */
export function relevantGroups(d: Draft, assess?: Assess): Group[] {
  const chosen = new Set(d.c.person?.groups ?? []);
  if (!assess || !baseReady(d)) return [...GROUPS];
  const base = buildCase(d);
  const baseSig = sig(assess, base);
  return GROUPS.filter((g) => {
    if (chosen.has(g)) return true;
    const groups = [...chosen, g];
    return sig(assess, { ...base, person: { ...(base.person ?? {}), groups } }) !== baseSig;
  });
}

export function coverageYears(d: Draft): number[] {
  const y = yearOf(d.c.date);
  const out: number[] = [];
  for (let k = y - 8; k <= y; k++) out.push(k);
  return out;
}

export function coverageMatters(d: Draft, assess?: Assess): boolean {
  if (d.c.coverage?.years?.length) return true;
  if (!assess || !baseReady(d)) return true;
  const base = buildCase(d);
  const ys = coverageYears(d);
  const variants = [[], ys, ys.slice(0, -1), ys.slice(0, -2), ys.slice(0, -4)].map((years) => ({ ...base, coverage: { years } }));
  return differs(assess, variants);
}

/**
 * The optional "employment and retirement" question: asked for an employee enrollment, when a
 * record is an employee one, or when the citizen opened it from the check page. (It is not
 * probed: the retirement check runs whenever a retirement date is given, so every answer
 * "changes the outcome".)
 */
export function employmentRelevant(d: Draft): boolean {
  if (d.employmentOpened || d.c.employment) return true;
  if (d.c.action === 'enroll_employee' || d.c.action === 'enroll_flexible') return true;
  return d.c.records.some((r) => r.scheme === 'employee');
}

/** The years the claims-history question offers (the coverage years and the next one). */
export function historyYears(d: Draft): number[] {
  const ys = coverageYears(d);
  return [...ys, ys[ys.length - 1] + 1];
}

/** Claims history: asked only where the incentives section reads it (the probes differ). */
export function historyMatters(d: Draft, assess?: Assess): boolean {
  if (d.c.history) return true;
  if (!assess || !baseReady(d)) return true;
  const base = buildCase(d);
  const ys = historyYears(d);
  const variants = [undefined, { zero_claim_years: [], bonus_used_years: [] }, { zero_claim_years: ys }, { zero_claim_years: ys, bonus_used_years: ys.slice(-2) }]
    .map((history) => ({ ...base, history }));
  return differs(assess, variants);
}

export interface FlowCtx { draft: Draft; assess?: Assess }

/** The questions this situation needs, in order. */
export function questions({ draft: d, assess }: FlowCtx): string[] {
  const q = ['region', 'date', 'ruleset', 'action', 'event', 'birth', 'records'];
  if (d.hasRecords) {
    d.c.records.forEach((_, i) => {
      q.push(`record-${i}`);
      if (recordFields(d, i, assess).length) q.push(`record-${i}-details`);
    });
    q.push('records-more');
  }
  if (employmentRelevant(d)) q.push('employment');
  if (documentMatters(d, assess)) q.push('document');
  if (relevantGroups(d, assess).length) q.push('groups');
  if (coverageMatters(d, assess)) q.push('coverage');
  if (historyMatters(d, assess)) q.push('history');
  return q;
}

/** Optional questions left out for this situation (the check page says why they were not asked). */
export function skipped(ctx: FlowCtx, asked: string[]): string[] {
  return ['employment', 'document', 'groups', 'coverage', 'history'].filter((id) => !asked.includes(id));
}

/** Where "Continue" goes from question `id`. In edit mode: the next unanswered question, else the check page. */
export function nextAfter(ctx: FlowCtx, id: string, editing: boolean): string {
  const q = questions(ctx);
  const i = q.indexOf(id);
  const rest = i < 0 ? q : q.slice(i + 1);
  if (editing) return rest.find((x) => !ctx.draft.answered.has(x)) ?? 'check';
  return rest[0] ?? 'check';
}

export function previousBefore(ctx: FlowCtx, id: string): string | null {
  const q = questions(ctx);
  const i = q.indexOf(id);
  if (i <= 0) return null;
  return q[i - 1];
}

/** The first relevant question not yet answered (or 'check'). */
export function firstUnanswered(ctx: FlowCtx): string {
  return questions(ctx).find((x) => !ctx.draft.answered.has(x)) ?? 'check';
}
