// Plain language for each section of an assessment: one lead sentence, then the facts that
// explain it. Pure functions of the assessment (unit-tested for every contract outcome).
import { code, formatDate, formatMoney, formatMonth, list, t, type Lang } from './i18n';
import type { Assessment, SectionKey, TraceItem, WaitingPeriod } from './types';
import { SECTIONS } from './types';

export interface Summary { lead: string; points: string[]; steps?: string[]; effects?: string[]; conditions?: string[] }

export function waitTotal(w: WaitingPeriod, l: Lang): string {
  if (typeof w.total_days === 'number') return t('days_n', { n: w.total_days }, l);
  if (typeof w.total_months === 'number') return t('months_n', { n: w.total_months }, l);
  return '';
}

export function waitParts(w: WaitingPeriod, l: Lang): string {
  const broken = t('years_n', { n: w.broken_years ?? 0 }, l);
  if (typeof w.total_days === 'number' && typeof w.fixed_days === 'number') {
    return t('wait_parts', { fixed: t('days_n', { n: w.fixed_days }, l), variable: t('days_n', { n: w.variable_days ?? 0 }, l), broken }, l);
  }
  if (typeof w.fixed_months === 'number') {
    return t('wait_parts', { fixed: t('months_n', { n: w.fixed_months }, l), variable: t('months_n', { n: w.variable_months ?? 0 }, l), broken }, l);
  }
  return '';
}

export function summarize(a: Assessment, key: SectionKey, l: Lang): Summary {
  switch (key) {
    case 'registration': {
      const r = a.registration;
      const lead = t(`reg_${r.outcome}` as 'reg_allowed', undefined, l) ?? r.outcome;
      const points: string[] = [];
      if (r.reason) points.push(t('reg_reason', { reason: code(r.reason, l) }, l));
      return { lead: knownOr(lead, r.outcome), points, steps: r.steps_before.map((s) => code(s, l)), effects: r.effects_after.map((s) => code(s, l)) };
    }
    case 'waiting_period': {
      const w = a.waiting_period;
      const points: string[] = [];
      let lead: string;
      if (w.outcome === 'applies') {
        lead = w.benefit_start && w.counted_from
          ? t('wait_applies', { from: formatDate(w.counted_from, l), total: waitTotal(w, l), start: formatDate(w.benefit_start, l) }, l)
          : t('wait_applies_nostart', { total: waitTotal(w, l) }, l);
        const parts = waitParts(w, l);
        if (parts) points.push(parts);
      } else if (w.outcome === 'none') {
        lead = w.benefit_start ? t('wait_none_start', { start: formatDate(w.benefit_start, l) }, l) : t('wait_none', undefined, l);
      } else if (w.outcome === 'local_rules') {
        lead = t('wait_local_rules', undefined, l);
      } else if (w.outcome === 'not_applicable') {
        lead = t('wait_not_applicable', undefined, l);
      } else {
        lead = w.outcome;
      }
      if (w.exemption) points.push(t('wait_exemption', { x: code(w.exemption, l) }, l));
      return { lead, points };
    }
    case 'repair': {
      const p = a.repair;
      const points: string[] = [];
      let lead: string;
      const floor = typeof p.floor_days === 'number' ? t('days_n', { n: p.floor_days }, l) : typeof p.floor_months === 'number' ? t('months_n', { n: p.floor_months }, l) : '';
      if (p.outcome === 'available') {
        lead = t(p.options.some((o) => typeof o.total_days === 'number') ? 'repair_available_days' : 'repair_available', undefined, l);
        points.push(p.unit_cost_cny === null ? t('repair_unit_unknown', undefined, l) : t('repair_unit', { cost: formatMoney(p.unit_cost_cny, l) }, l));
        if (floor) points.push(t('repair_floor', { floor }, l));
      } else if (p.outcome === 'not_needed') lead = t('repair_not_needed', undefined, l);
      else if (p.outcome === 'at_floor') lead = t('repair_at_floor', { floor: floor || '—' }, l);
      else if (p.outcome === 'not_applicable') lead = t('repair_not_applicable', undefined, l);
      else lead = p.outcome;
      return { lead, points };
    }
    case 'refund': {
      const f = a.refund;
      const points: string[] = [];
      let lead: string;
      if (f.outcome === 'eligible') lead = typeof f.amount_cny === 'number' ? t('refund_eligible_amount', { amount: formatMoney(f.amount_cny, l) }, l) : t('refund_eligible', undefined, l);
      else if (f.outcome === 'not_eligible') lead = t('refund_not_eligible', undefined, l);
      else if (f.outcome === 'local_rules') lead = t('refund_local_rules', undefined, l);
      else if (f.outcome === 'not_applicable') lead = t('refund_not_applicable', undefined, l);
      else lead = f.outcome;
      if (f.reason) points.push(t('refund_reason', { reason: code(f.reason, l) }, l));
      if (typeof f.record === 'number') points.push(t('refund_record', { n: f.record + 1 }, l));
      if (f.months?.length) points.push(t('refund_months', { months: list(f.months.map((m) => formatMonth(m, l)), l) }, l));
      return { lead, points, conditions: f.conditions.map((c) => code(c, l)) };
    }
  }
}

function knownOr(s: string, fallback: string) { return s && !s.startsWith('reg_') ? s : fallback; }

export interface ExtraSection { key: string; outcome: string; basis: string[]; value: Record<string, unknown> }

/**
 * Sections the engine adds beyond the four of the contract (continuity, duplicates,
 * retirement, incentives, …): any object with an outcome, shown when it applies.
 */
export function extraSections(a: Assessment): ExtraSection[] {
  const skip = new Set<string>([...SECTIONS, 'ruleset', 'engine', 'trace', 'warnings']);
  return Object.entries(a as unknown as Record<string, unknown>)
    .filter(([k, v]) => !skip.has(k) && v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { outcome?: unknown }).outcome === 'string')
    .map(([k, v]) => ({ key: k, outcome: (v as { outcome: string }).outcome, basis: ((v as { basis?: string[] }).basis ?? []), value: v as Record<string, unknown> }))
    .filter((x) => x.outcome !== 'not_applicable');
}

/** The trace items of each section: an item belongs to the section whose basis cites its rule; others follow the item before. */
export function traceBySection(a: Assessment): Record<string, TraceItem[]> {
  const keys: string[] = [...SECTIONS, ...extraSections(a).map((x) => x.key)];
  const out: Record<string, TraceItem[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const basisOf = (k: string) => ((a as unknown as Record<string, { basis?: string[] }>)[k]?.basis ?? []);
  let last = 'registration';
  for (const item of a.trace ?? []) {
    const rule = item.rule.split('#')[0];
    const owner = keys.find((k) => basisOf(k).includes(rule));
    if (owner) last = owner;
    out[owner ?? last].push(item);
  }
  return out;
}

export interface NeededParams {
  contribution: boolean; period: boolean; day: boolean;
  /** employee back-payment (employee_gap): base, the individual rate, the employer rate (late fee) */
  employeeBase: boolean; employeeRate: boolean; employerRate: boolean;
  /** retirement: required years, the one-time payment's base and rate */
  requiredYears: boolean; lumpSum: boolean;
}

/** Which local values the citizen could supply, from the warnings (and values already given). */
export function missingParams(a: Assessment, given: Record<string, unknown> = {}): NeededParams {
  const codes = new Set(a.warnings.map((w) => w.code));
  const has = (k: string) => given[k] !== undefined && given[k] !== null && given[k] !== '';
  return {
    contribution: codes.has('unit_cost_unknown') || has('resident_contribution_cny'),
    period: codes.has('centralized_period_unknown') || codes.has('centralized_period_unchecked') || has('centralized_period_start') || has('centralized_period_end'),
    day: codes.has('day_convention_assumed') || has('waiting_day_convention'),
    employeeBase: codes.has('employee_cost_unknown') || codes.has('late_fee_unknown') || has('employee_base_cny'),
    employeeRate: codes.has('employee_cost_unknown') || has('employee_rate'),
    employerRate: codes.has('late_fee_unknown') || has('employer_rate'),
    requiredYears: codes.has('required_years_unknown') || has('retirement_required_years'),
    lumpSum: codes.has('lump_sum_base_unknown') || has('lump_sum_base_cny') || has('lump_sum_rate'),
  };
}

/** Months saved by each repair option, for the chart: [x (cost or years), y (months saved)]. */
export function repairPoints(a: Assessment): { x: number; y: number; years: number; cost: number | null }[] {
  const opts = a.repair.options ?? [];
  if (!opts.length) return [];
  const base = opts[0];
  const total = (o: (typeof opts)[number]) => (typeof o.total_days === 'number' ? o.total_days / 30 : (o.total_months ?? 0));
  return opts.map((o) => ({
    x: o.cost_cny ?? o.years,
    y: Math.round((total(base) - total(o)) * 10) / 10,
    years: o.years,
    cost: o.cost_cny,
  }));
}
