// The assessment contract v1 (shared CONTRACT.md) as the portal reads it. Fields may be added
// by the engine; the portal renders what it knows and ignores the rest.

export type Action = 'enroll_resident' | 'enroll_resident_next_year' | 'enroll_employee' | 'enroll_flexible' | 'none';
export type DocumentKind =
  | 'resident_id_card' | 'hk_macao_permit' | 'taiwan_permit' | 'hmt_residence_permit'
  | 'foreign_passport' | 'foreign_permanent_residence' | 'none';
export type Group =
  | 'newborn' | 'student' | 'medical_assistance' | 'veteran' | 'military_spouse'
  | 'land_expropriated_farmer' | 'seasonal_or_flexible_worker' | 'unemployment_benefit' | 'disabled';
export type Scheme = 'resident' | 'employee';
export type Status = 'normal' | 'suspended' | 'terminated';
export type Pay = 'due' | 'paid';
export type EventKind =
  | 'death' | 'joined_employee' | 'joined_resident_elsewhere' | 'duplicate_payment'
  | 'employed_after_flexible_annual' | 'lump_sum_then_death';
export type DayConvention = 'same_day' | 'next_day';

export const ACTIONS: Action[] = ['enroll_resident', 'enroll_resident_next_year', 'enroll_employee', 'enroll_flexible', 'none'];
export const DOCUMENTS: DocumentKind[] = [
  'resident_id_card', 'hk_macao_permit', 'taiwan_permit', 'hmt_residence_permit',
  'foreign_passport', 'foreign_permanent_residence', 'none',
];
export const GROUPS: Group[] = [
  'newborn', 'student', 'medical_assistance', 'veteran', 'military_spouse',
  'land_expropriated_farmer', 'seasonal_or_flexible_worker', 'unemployment_benefit', 'disabled',
];
export const EVENT_KINDS: EventKind[] = [
  'death', 'joined_employee', 'joined_resident_elsewhere', 'duplicate_payment',
  'employed_after_flexible_annual', 'lump_sum_then_death',
];
export const STATUSES: Status[] = ['normal', 'suspended', 'terminated'];

export interface CaseRecord {
  scheme: Scheme;
  region: string;
  status?: Status;
  flexible?: boolean;
  years?: Record<string, Pay>;
  months?: Record<string, Pay>;
  benefits_used?: boolean;
  subsidized?: boolean;
  paid_cny?: number | null;
  lump_sum?: boolean;
  benefit_start?: string | null;
  [extra: string]: unknown;
}

export interface CaseParams {
  resident_contribution_cny?: number | null;
  centralized_period_start?: string | null;
  centralized_period_end?: string | null;
  waiting_day_convention?: DayConvention | null;
  /** employee back-payment: contribution base (yuan a month) and the two rates (0–1) */
  employee_base_cny?: number | null;
  employee_rate?: number | null;
  employer_rate?: number | null;
  /** retirement: required contribution years; the one-time payment's base (yuan a month) and rate (0–1) */
  retirement_required_years?: number | null;
  lump_sum_base_cny?: number | null;
  lump_sum_rate?: number | null;
  [extra: string]: unknown;
}

export type Sex = 'male' | 'female';

/** *extension*: the employee-scheme facts the retirement check needs */
export interface Employment {
  sex?: Sex;
  retirement_date?: string;
  deemed_months?: number;
  other_months?: number;
  local_months?: number;
  [extra: string]: unknown;
}

/** *extension*: claims history for the continuity and no-claim incentives */
export interface History {
  zero_claim_years?: number[];
  bonus_used_years?: number[];
  [extra: string]: unknown;
}

export interface CaseEvent { kind: EventKind; date: string; record: number }

export interface Case {
  ruleset?: string | null;
  region: string;
  date: string;
  action: Action;
  person?: { birth_date?: string | null; document?: DocumentKind; groups?: Group[]; [extra: string]: unknown };
  records?: CaseRecord[];
  coverage?: { years?: number[]; [extra: string]: unknown };
  event?: CaseEvent | null;
  params?: CaseParams;
  employment?: Employment | null;
  history?: History | null;
  [extra: string]: unknown;
}

export interface RulesetInfo {
  id: string;
  title: string;
  title_en?: string;
  document_number?: string;
  status: 'draft' | 'final' | string;
  effective_from: string | null;
  effective_to: string | null;
  region?: string;
  level?: string;
  parents?: string[];
  issuer?: string;
}

export interface Registration { outcome: string; steps_before: string[]; effects_after: string[]; reason?: string; basis: string[] }
export interface WaitingPeriod {
  outcome: string; exemption: string | null;
  fixed_months: number | null; variable_months: number | null; total_months: number | null;
  fixed_days?: number | null; variable_days?: number | null; total_days?: number | null;
  broken_years: number | null; benefit_start: string | null; counted_from: string | null;
  day_convention: string | null; in_centralized_period?: boolean; basis: string[];
}
export interface RepairOption { years: number; total_months?: number | null; total_days?: number; cost_cny: number | null; benefit_start?: string | null }
export interface Repair {
  outcome: string; unit_cost_cny: number | null; max_useful_years: number | null;
  floor_months?: number; floor_days?: number; options: RepairOption[]; basis: string[];
}
export interface Refund {
  outcome: string; reason: string | null; record: number | null; amount_cny: number | null;
  months: string[] | null; conditions: string[]; basis: string[];
}
// Extension sections (docs/contract.md "Extension sections"): each has an outcome and a basis.
export interface Continuity {
  outcome: string; months: number | null; last_month: string | null; gap_months: number | null;
  last_scheme: Scheme | null; employee_months: number | null; resident_months: number | null;
  bridge_eligible: boolean | null; basis: string[];
}
export interface EmployeeGap {
  outcome: string; gap_months: number | null; last_paid_month: string | null; months: string[];
  back_pay_allowed: boolean | null; gap_benefits_restored: boolean | null;
  back_pay_cost_cny: number | null; late_fee_cny: number | null; benefits_restart: string | null; basis: string[];
}
export interface Retirement {
  outcome: string; required_years: number | null; cumulative_months: number | null; shortfall_months: number | null;
  one_time_cost_cny: number | null; alternatives: string[]; benefits_start: string | null; refund_limits: string[]; basis: string[];
}
export interface DuplicateFound { kind: string; records: number[]; periods: string[]; keep?: number | null; keep_rule?: string }
export interface Duplicates { outcome: string; found: DuplicateFound[]; keep: number | null; keep_rule: string | null; refund_rules: string[]; basis: string[] }
export interface Incentives {
  outcome: string; continuous_years: number | null; zero_claim_last_year: boolean | null;
  continuity_steps: number | null; zero_claim_steps: number | null; steps: number | null;
  amount_cny: number | null; cap_cny: number | null; basis: string[];
}
export interface TraceItem { rule: string; zh: string; en: string }
export interface Warning { code: string; message: string }

export interface Assessment {
  ruleset: {
    id: string; chain: string[]; title: string; status: string;
    resolved_by?: string; why?: string; rulesets?: RulesetInfo[];
  };
  registration: Registration;
  waiting_period: WaitingPeriod;
  repair: Repair;
  refund: Refund;
  continuity?: Continuity;
  employee_gap?: EmployeeGap;
  retirement?: Retirement;
  duplicates?: Duplicates;
  incentives?: Incentives;
  trace: TraceItem[];
  warnings: Warning[];
  engine: { version: string; rules_hash: string };
}

export interface EngineError { code: string; path: string; message: string }

export interface RulesetsInfo {
  rulesets: RulesetInfo[];
  default_table?: { region: string; from: string; to: string | null; chain: string[]; why: string }[];
  engine?: { version: string; rules_hash: string };
}

/** What the portal needs from the engine module (build/wasm/dist/canbao.mjs). */
export interface Engine {
  assess(c: Case | string): Assessment;
  rulesets(): RulesetsInfo;
  version: string;
  rulesHash?: string;
}

export const SECTIONS = ['registration', 'waiting_period', 'repair', 'refund'] as const;
export type SectionKey = (typeof SECTIONS)[number];

/** The extension sections the portal renders in their own panels, in the contract's order. */
export const EXTENSION_SECTIONS = ['continuity', 'employee_gap', 'retirement', 'duplicates', 'incentives'] as const;
export type ExtensionKey = (typeof EXTENSION_SECTIONS)[number];
