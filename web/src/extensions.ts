// Plain language for the engine's extension sections (docs/contract.md "Extension sections"):
// continuity, employee_gap, retirement, duplicates, incentives. One lead sentence, the key
// figures as label/value pairs (each keeps the engine's raw value for tests and print), the
// facts that follow, and the warnings that belong to the section. Pure functions.
import { code, formatDate, formatMoney, formatMonth, list, t, type Key, type Lang } from './i18n';
import type { Assessment, Case, ExtensionKey } from './types';
import { EXTENSION_SECTIONS } from './types';

export interface Figure { id: string; label: string; value: string; raw: unknown }
export interface ExtSummary {
  lead: string;
  figures: Figure[];
  points: string[];
  /** warning codes of the assessment that concern this section */
  warnings: string[];
  /** further citations the section names (duplicates: the refunds that follow) */
  moreBasis?: string[];
}

/** Which warnings each section owns (contract §warnings). */
export const SECTION_WARNINGS: Record<ExtensionKey, string[]> = {
  continuity: [],
  employee_gap: ['employee_cost_unknown', 'late_fee_unknown'],
  retirement: ['required_years_unknown', 'lump_sum_base_unknown'],
  duplicates: [],
  incentives: ['claims_unknown', 'incentive_amount_unknown'],
};

/** The extension sections an assessment has and that apply to the case, in the contract's order. */
export function shownExtensions(a: Assessment): ExtensionKey[] {
  return EXTENSION_SECTIONS.filter((k) => {
    const s = a[k] as { outcome?: unknown } | undefined;
    return !!s && typeof s.outcome === 'string' && s.outcome !== 'not_applicable';
  });
}

const tt = (k: Key, l: Lang, v?: Record<string, string | number>) => t(k, v, l);

function months(n: number, l: Lang): string {
  if (n >= 12) {
    const y = Math.floor(n / 12);
    const m = n % 12;
    const ys = tt('years_n', l, { n: y });
    return m ? tt('months_as_years', l, { years: ys, months: tt('months_n', l, { n: m }), total: n }) : tt('months_as_years_even', l, { years: ys, total: n });
  }
  return tt('months_n', l, { n });
}

function yesNoUnknown(v: boolean | null | undefined, l: Lang, unknown: Key = 'value_not_stated'): string {
  if (v === true) return tt('yes', l);
  if (v === false) return tt('no', l);
  return tt(unknown, l);
}

function money(v: number | null | undefined, l: Lang, unknown: Key): string {
  return typeof v === 'number' ? formatMoney(v, l) : tt(unknown, l);
}

/** "2026年2月–2026年5月（4 个月）" for a run of months; a list when they are not contiguous. */
export function monthList(ms: string[], l: Lang): string {
  if (!ms.length) return tt('none', l);
  const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  const sorted = [...ms].sort();
  const contiguous = sorted.every((m, i) => i === 0 || idx(m) === idx(sorted[i - 1]) + 1);
  if (sorted.length > 2 && contiguous) return tt('month_run', l, { from: formatMonth(sorted[0], l), to: formatMonth(sorted[sorted.length - 1], l), n: sorted.length });
  if (sorted.length > 12) return tt('month_many', l, { first: formatMonth(sorted[0], l), last: formatMonth(sorted[sorted.length - 1], l), n: sorted.length });
  return list(sorted.map((m) => formatMonth(m, l)), l);
}

function period(p: string, l: Lang): string {
  return /^\d{4}-\d{2}$/.test(p) ? formatMonth(p, l) : (l === 'zh' ? `${p}年度` : p);
}

export function summarizeExtension(a: Assessment, key: ExtensionKey, l: Lang, c?: Case): ExtSummary {
  const codes = new Set(a.warnings.map((w) => w.code));
  const warnings = SECTION_WARNINGS[key].filter((w) => codes.has(w));
  const figures: Figure[] = [];
  const points: string[] = [];
  const fig = (id: string, label: Key, value: string, raw: unknown) => figures.push({ id, label: tt(label, l), value, raw });
  switch (key) {
    case 'continuity': {
      const s = a.continuity!;
      let lead: string;
      if (s.outcome === 'computed') {
        lead = s.months && s.last_month
          ? tt('cont_lead', l, { months: months(s.months, l), last: formatMonth(s.last_month, l) })
          : tt('cont_lead_none', l);
        if (typeof s.months === 'number') fig('months', 'fig_cont_months', months(s.months, l), s.months);
        if (s.last_month) fig('last_month', 'fig_cont_last', formatMonth(s.last_month, l), s.last_month);
        if (typeof s.gap_months === 'number') fig('gap_months', 'fig_cont_gap', tt('months_n', l, { n: s.gap_months }), s.gap_months);
        if (typeof s.employee_months === 'number') fig('employee_months', 'fig_cont_employee', tt('months_n', l, { n: s.employee_months }), s.employee_months);
        if (typeof s.resident_months === 'number') fig('resident_months', 'fig_cont_resident', tt('months_n', l, { n: s.resident_months }), s.resident_months);
        if (s.last_scheme) fig('last_scheme', 'fig_cont_scheme', tt(`scheme_${s.last_scheme}` as Key, l), s.last_scheme);
        if (typeof s.bridge_eligible === 'boolean') {
          fig('bridge_eligible', 'fig_cont_bridge', yesNoUnknown(s.bridge_eligible, l), s.bridge_eligible);
          points.push(tt(s.bridge_eligible ? 'cont_bridge_yes' : 'cont_bridge_no', l));
        }
      } else lead = tt('ext_not_applicable', l);
      return { lead, figures, points, warnings };
    }
    case 'employee_gap': {
      const s = a.employee_gap!;
      const n = s.gap_months ?? 0;
      const lead = s.outcome === 'no_gap' ? tt('gap_no_gap', l)
        : s.outcome === 'within_limit' ? tt('gap_within', l, { n: tt('months_n', l, { n }) })
          : s.outcome === 'beyond_limit' ? tt('gap_beyond', l, { n: tt('months_n', l, { n }) })
            : s.outcome === 'local_rules' ? tt('gap_local', l)
              : s.outcome === 'not_applicable' ? tt('ext_not_applicable', l) : code(s.outcome, l);
      if (typeof s.gap_months === 'number') fig('gap_months', 'fig_gap_months', tt('months_n', l, { n: s.gap_months }), s.gap_months);
      if (s.last_paid_month) fig('last_paid_month', 'fig_gap_last_paid', formatMonth(s.last_paid_month, l), s.last_paid_month);
      if (s.months?.length) fig('months', 'fig_gap_unpaid', monthList(s.months, l), s.months);
      if (s.outcome !== 'no_gap') {
        fig('back_pay_allowed', 'fig_gap_back_pay_allowed', yesNoUnknown(s.back_pay_allowed, l), s.back_pay_allowed);
        fig('gap_benefits_restored', 'fig_gap_restored', yesNoUnknown(s.gap_benefits_restored, l), s.gap_benefits_restored);
        fig('back_pay_cost_cny', 'fig_gap_cost', money(s.back_pay_cost_cny, l, 'value_unknown_supply'), s.back_pay_cost_cny);
        fig('late_fee_cny', 'fig_gap_late_fee', money(s.late_fee_cny, l, 'value_unknown_supply'), s.late_fee_cny);
      }
      if (s.benefits_restart) fig('benefits_restart', 'fig_gap_restart', formatDate(s.benefits_restart, l), s.benefits_restart);
      if (typeof s.back_pay_cost_cny === 'number' && c?.params?.employee_base_cny != null) points.push(tt('gap_cost_from_you', l));
      return { lead, figures, points, warnings };
    }
    case 'retirement': {
      const s = a.retirement!;
      const cum = typeof s.cumulative_months === 'number' ? months(s.cumulative_months, l) : '';
      const req = typeof s.required_years === 'number' ? tt('years_n', l, { n: s.required_years }) : '';
      const lead = s.outcome === 'meets' ? tt('ret_meets', l, { cum, req })
        : s.outcome === 'shortfall' ? tt('ret_shortfall', l, { cum, req, short: months(s.shortfall_months ?? 0, l) })
          : s.outcome === 'local_rules' ? tt('ret_local', l, { cum })
            : s.outcome === 'not_applicable' ? tt('ext_not_applicable', l) : code(s.outcome, l);
      const fromYou = c?.params?.retirement_required_years != null;
      fig('required_years', 'fig_ret_required', req ? `${req}${tt(fromYou ? 'source_you' : 'source_data', l)}` : tt('value_unknown_supply', l), s.required_years);
      if (typeof s.cumulative_months === 'number') fig('cumulative_months', 'fig_ret_cumulative', cum, s.cumulative_months);
      if (typeof s.shortfall_months === 'number') fig('shortfall_months', 'fig_ret_shortfall', months(s.shortfall_months, l), s.shortfall_months);
      if (s.outcome === 'shortfall') {
        const lumpYou = c?.params?.lump_sum_base_cny != null;
        fig('one_time_cost_cny', 'fig_ret_one_time', typeof s.one_time_cost_cny === 'number' ? `${formatMoney(s.one_time_cost_cny, l)}${tt(lumpYou ? 'source_you' : 'source_data', l)}` : tt('value_unknown_supply', l), s.one_time_cost_cny);
      }
      if (s.benefits_start) fig('benefits_start', 'fig_ret_benefits_start', formatDate(s.benefits_start, l), s.benefits_start);
      if (s.alternatives?.length) fig('alternatives', 'fig_ret_alternatives', list(s.alternatives.map((x) => code(x, l)), l), s.alternatives);
      for (const r of s.refund_limits ?? []) points.push(code(r, l));
      return { lead, figures, points, warnings };
    }
    case 'duplicates': {
      const s = a.duplicates!;
      const lead = s.outcome === 'found' ? tt('dup_found', l, { n: s.found.length })
        : s.outcome === 'none' ? tt('dup_none', l)
          : s.outcome === 'not_applicable' ? tt('ext_not_applicable', l) : code(s.outcome, l);
      s.found.forEach((f, i) => {
        const recs = list(f.records.map((r) => tt('record_n', l, { n: r + 1 })), l);
        const per = f.periods.length ? list(f.periods.map((p) => period(p, l)), l) : '';
        const base = per ? tt('dup_item', l, { records: recs, periods: per }) : recs;
        // With several duplicates each says what it keeps (found[0] also gives the figures below).
        const keeps = s.found.length > 1 && f.keep_rule
          ? tt('dup_item_keep', l, { rule: code(f.keep_rule, l),
            keep: typeof f.keep === 'number' ? tt('record_n', l, { n: f.keep + 1 }) : tt('dup_keep_undecided', l) })
          : '';
        figures.push({ id: `found-${i}`, label: code(f.kind, l), value: base + keeps, raw: f });
      });
      if (s.outcome === 'found' && s.found.length === 1) {
        fig('keep', 'fig_dup_keep', typeof s.keep === 'number' ? tt('record_n', l, { n: s.keep + 1 }) : tt('dup_keep_undecided', l), s.keep);
        if (s.keep_rule) fig('keep_rule', 'fig_dup_keep_rule', code(s.keep_rule, l), s.keep_rule);
      }
      if (s.outcome === 'found' && s.refund_rules?.length) points.push(tt('dup_refund_follows', l));
      return { lead, figures, points, warnings, moreBasis: s.refund_rules ?? [] };
    }
    case 'incentives': {
      const s = a.incentives!;
      let lead: string;
      if (s.outcome === 'computed') {
        const steps = s.steps ?? 0;
        lead = steps > 0
          ? (typeof s.amount_cny === 'number' ? tt('inc_lead_amount', l, { n: steps, amount: formatMoney(s.amount_cny, l) }) : tt('inc_lead', l, { n: steps }))
          : tt('inc_lead_zero', l);
        if (typeof s.continuous_years === 'number') fig('continuous_years', 'fig_inc_years', tt('years_n', l, { n: s.continuous_years }), s.continuous_years);
        fig('zero_claim_last_year', 'fig_inc_zero_last', yesNoUnknown(s.zero_claim_last_year, l, 'value_not_given'), s.zero_claim_last_year);
        if (typeof s.continuity_steps === 'number') fig('continuity_steps', 'fig_inc_cont_steps', tt('times_n', l, { n: s.continuity_steps }), s.continuity_steps);
        if (typeof s.zero_claim_steps === 'number') fig('zero_claim_steps', 'fig_inc_zero_steps', tt('times_n', l, { n: s.zero_claim_steps }), s.zero_claim_steps);
        if (typeof s.steps === 'number') fig('steps', 'fig_inc_steps', tt('times_n', l, { n: s.steps }), s.steps);
        fig('amount_cny', 'fig_inc_amount', money(s.amount_cny, l, 'value_unknown_nosource'), s.amount_cny);
        if (typeof s.cap_cny === 'number') fig('cap_cny', 'fig_inc_cap', formatMoney(s.cap_cny, l), s.cap_cny);
      } else lead = tt('ext_not_applicable', l);
      return { lead, figures, points, warnings };
    }
    default:
      return { lead: '', figures, points, warnings };
  }
}
