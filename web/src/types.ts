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
export interface Incentives { continuous_years?: number; zero_claim_last_year?: boolean; steps?: number; amount_cny?: number | null; basis?: string[] }
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
