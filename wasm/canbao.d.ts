// TypeScript declarations for canbao.mjs, the WebAssembly engine's public API (contract v1 and
// the extensions in docs/contract.md; machine-readable schemas in docs/schema/).
// The contract may add fields and enum values; open unions (`| (string & {})`) keep code that
// switches on today's values compiling when new ones appear.

type Open<T extends string> = T | (string & {});

/** `YYYY-MM-DD` */
export type IsoDate = string;
/** `YYYY-MM` (an employee fee month) */
export type FeeMonth = string;
/** A 6-digit GB/T 2260 region code, e.g. `440700` (Jiangmen). */
export type RegionCode = string;

export type RulesetId = Open<
  | 'national-2021' | 'national-2024' | 'guangdong-2021' | 'guangdong-2021-draft'
  | 'guangdong-2025-draft' | 'jiangmen-2024' | 'jieyang-2021' | 'jilin-2022'>;

export type Action = 'enroll_resident' | 'enroll_resident_next_year' | 'enroll_employee' | 'enroll_flexible' | 'none';

export type DocumentKind =
  | 'resident_id_card' | 'hk_macao_permit' | 'taiwan_permit' | 'hmt_residence_permit'
  | 'foreign_passport' | 'foreign_permanent_residence' | 'none';

export type Group =
  | 'newborn' | 'student' | 'medical_assistance' | 'veteran' | 'military_spouse'
  | 'land_expropriated_farmer' | 'seasonal_or_flexible_worker' | 'unemployment_benefit' | 'disabled';

export type Pay = 'due' | 'paid';

export type EventKind =
  | 'death' | 'joined_employee' | 'joined_resident_elsewhere' | 'duplicate_payment'
  | 'employed_after_flexible_annual' | 'lump_sum_then_death';

// ---------------------------------------------------------------------------------------------
// The case (input)

export interface Person {
  birth_date?: IsoDate | null;
  document?: DocumentKind;
  groups?: Group[];
}

/** An existing enrollment record anywhere in China. */
export interface EnrollmentRecord {
  scheme: 'resident' | 'employee';
  region: RegionCode;
  status?: 'normal' | 'suspended' | 'terminated';
  /** Employee record enrolled as 灵活就业人员. */
  flexible?: boolean;
  /** Resident insurance year (`"2026"`) → due | paid. Resident records only. */
  years?: Record<string, Pay>;
  /** Employee fee month (`"2026-03"`) → due | paid. Employee records only. */
  months?: Record<FeeMonth, Pay>;
  benefits_used?: boolean;
  subsidized?: boolean;
  /** Yuan, at most 2 decimals. */
  paid_cny?: number | null;
  lump_sum?: boolean;
  benefit_start?: IsoDate | null;
}

export interface CaseEvent {
  kind: EventKind;
  date: IsoDate;
  /** Index into `records`. */
  record: number;
}

/** Values a document leaves to local rules, supplied by the caller (money in yuan, rates 0–1). */
export interface Params {
  resident_contribution_cny?: number | null;
  centralized_period_start?: IsoDate | null;
  centralized_period_end?: IsoDate | null;
  waiting_day_convention?: 'same_day' | 'next_day' | null;
  /** Monthly contribution base for an employee back-payment. */
  employee_base_cny?: number | null;
  employee_rate?: number | null;
  employer_rate?: number | null;
  retirement_required_years?: number | null;
  /** Monthly base and rate of a one-time payment at retirement. */
  lump_sum_base_cny?: number | null;
  lump_sum_rate?: number | null;
  [name: string]: unknown;
}

/** The employee side of the person (for `retirement` and `employee_gap`). */
export interface Employment {
  sex?: 'male' | 'female' | null;
  /** The day the person reaches statutory retirement age. */
  retirement_date?: IsoDate | null;
  /** 视同缴费 months (military service, years before the scheme). */
  deemed_months?: number | null;
  /** Paid employee months not listed in `records`. */
  other_months?: number | null;
  local_months?: number | null;
}

/** Claims history (for `incentives`). */
export interface History {
  /** Years with no reimbursement from the fund. */
  zero_claim_years?: number[];
  /** Years a critical-illness claim used the raised cap. */
  bonus_used_years?: number[];
}

export interface Case {
  /** Absent: resolved from region and date by the default table. */
  ruleset?: RulesetId | null;
  region: RegionCode;
  date: IsoDate;
  action: Action;
  person?: Person;
  records?: EnrollmentRecord[];
  coverage?: { years?: number[] } | null;
  event?: CaseEvent | null;
  params?: Params | null;
  employment?: Employment | null;
  history?: History | null;
}

// ---------------------------------------------------------------------------------------------
// The assessment (output)

/** `RULESET/art-N[/CLAUSE]`, e.g. `guangdong-2025-draft/art-19/3`. */
export type Citation = string;

export interface RulesetMeta {
  id: RulesetId;
  title: string;
  document_number: string;
  status: Open<'draft' | 'final'>;
  effective_from: IsoDate | null;
  effective_to: IsoDate | null;
}

export interface AppliedRuleset {
  id: RulesetId;
  /** The applied chain, most specific first (a city text, its province, the national texts). */
  chain: RulesetId[];
  title: string;
  status: Open<'draft' | 'final'>;
  resolved_by: Open<'explicit' | 'default_table'>;
  /** Why this chain applies (the default table's reason, or "explicit"). */
  why: string;
  rulesets: RulesetMeta[];
}

export interface Registration {
  outcome: Open<'allowed' | 'allowed_after_steps' | 'refused' | 'not_applicable'>;
  steps_before: Open<
    | 'suspend_employee_elsewhere' | 'refund_employee_month_first' | 'cancel_next_year_elsewhere'
    | 'suspend_resident_elsewhere' | 'suspend_resident_elsewhere_or_consent'
    | 'request_previous_resident_suspended_dec31'>[];
  effects_after: Open<
    | 'previous_resident_suspended' | 'previous_resident_suspended_after_year_end'
    | 'previous_resident_terminated' | 'previous_next_year_due_written_off' | 'apply_transfer'
    | 'no_double_charge_next_year' | 'no_double_charge_this_month'>[];
  /** Present on a refusal. */
  reason?: Open<
    | 'resident_valid_elsewhere_this_year' | 'outside_centralized_period' | 'document_not_accepted'
    | 'already_enrolled_this_year' | 'already_enrolled_next_year'>;
  basis: Citation[];
}

export interface WaitingPeriod {
  outcome: Open<'none' | 'applies' | 'local_rules' | 'not_applicable'>;
  exemption: Open<
    | 'newborn' | 'medical_assistance' | 'veteran' | 'military_spouse' | 'centralized_and_continuous'
    | 'cross_system_bridge' | 'continuous' | 'centralized_prepaid' | 'back_pay_within_3_months'> | null;
  fixed_months: number | null;
  variable_months: number | null;
  total_months: number | null;
  /** Present when a ruleset counts the wait in days. */
  fixed_days?: number | null;
  variable_days?: number | null;
  total_days?: number | null;
  broken_years: number | null;
  benefit_start: IsoDate | null;
  counted_from: IsoDate | null;
  day_convention: Open<'same_day' | 'next_day' | 'days_from_next_day'> | null;
  in_centralized_period: boolean;
  basis: Citation[];
}

export interface RepairOption {
  /** Years repaired (0 = no repair). */
  years: number;
  /** One of total_months / total_days, by the ruleset's unit. */
  total_months?: number | null;
  total_days?: number;
  cost_cny: number | null;
  benefit_start: IsoDate | null;
}

export interface Repair {
  outcome: Open<'available' | 'not_needed' | 'at_floor' | 'not_applicable'>;
  /** null when the local standard is unknown and not supplied in params. */
  unit_cost_cny: number | null;
  max_useful_years: number | null;
  floor_months?: number;
  floor_days?: number;
  options: RepairOption[];
  basis: Citation[];
}

export interface Refund {
  outcome: Open<'eligible' | 'not_eligible' | 'local_rules' | 'not_applicable'>;
  reason: Open<EventKind> | null;
  record: number | null;
  amount_cny: number | null;
  /** The refundable employee fee months, when the refund is by month. */
  months: FeeMonth[] | null;
  conditions: Open<
    | 'on_application' | 'return_assistance_subsidy' | 'terminate_resident_relationship'
    | 'return_excess_personal_account' | 'return_excess_benefits' | 'before_benefit_start'
    | 'keep_other_region_chosen'>[];
  basis: Citation[];
}

/** Continuous coverage (guangdong-2021-draft art 19, jilin-2022 art 13). */
export interface Continuity {
  outcome: Open<'computed' | 'not_applicable'>;
  /** The unbroken run of covered months ending at last_month. */
  months: number | null;
  last_month: FeeMonth | null;
  gap_months: number | null;
  last_scheme: Open<'resident' | 'employee'> | null;
  employee_months: number | null;
  resident_months: number | null;
  bridge_eligible: boolean | null;
  basis: Citation[];
}

/** Unpaid employee fee months before an employee/flexible enrollment. */
export interface EmployeeGap {
  outcome: Open<'no_gap' | 'within_limit' | 'beyond_limit' | 'local_rules' | 'not_applicable'>;
  gap_months: number | null;
  last_paid_month: FeeMonth | null;
  /** The unpaid fee months. */
  months: FeeMonth[];
  back_pay_allowed: boolean | null;
  gap_benefits_restored: boolean | null;
  back_pay_cost_cny: number | null;
  late_fee_cny: number | null;
  benefits_restart: IsoDate | null;
  basis: Citation[];
}

/** The retirement requirement (when employment.retirement_date is given). */
export interface Retirement {
  outcome: Open<'meets' | 'shortfall' | 'local_rules' | 'not_applicable'>;
  required_years: number | null;
  cumulative_months: number | null;
  shortfall_months: number | null;
  one_time_cost_cny: number | null;
  alternatives: Open<'one_time_payment' | 'monthly_payment_retiree_standard' | 'flexible_worker_enrollment'
    | 'resident_enrollment'>[];
  benefits_start: IsoDate | null;
  refund_limits: Open<'no_refund_after_benefits_start' | 'refund_on_death_before_benefits'>[];
  basis: Citation[];
}

export interface DuplicateFound {
  kind: Open<'employee_same_month' | 'resident_same_year' | 'cross_system'>;
  /** Indexes into the case's records. */
  records: number[];
  /** Fee months or years. */
  periods: string[];
  /** The record this duplicate keeps, where the rule and the case decide it. */
  keep: number | null;
  keep_rule: Open<'employment_place' | 'residence' | 'school' | 'employee_scheme' | 'one_with_benefits'
    | 'person_chooses' | 'not_stated'>;
}

/** Two or more records covering the same period; `found` is in precedence order, `found[0]` decides `keep`. */
export interface Duplicates {
  outcome: Open<'none' | 'found' | 'not_applicable'>;
  found: DuplicateFound[];
  keep: number | null;
  keep_rule: Open<'employment_place' | 'residence' | 'school' | 'employee_scheme' | 'one_with_benefits'
    | 'person_chooses' | 'not_stated'> | null;
  /** Citations of the refunds that follow. */
  refund_rules: Citation[];
  basis: Citation[];
}

/** Raises of the critical-illness cap (national-2024, guangdong-2025-draft arts 17–18). */
export interface Incentives {
  outcome: Open<'computed' | 'not_applicable'>;
  continuous_years: number | null;
  zero_claim_last_year: boolean | null;
  continuity_steps: number | null;
  zero_claim_steps: number | null;
  steps: number | null;
  amount_cny: number | null;
  cap_cny: number | null;
  basis: Citation[];
}

export interface TraceItem {
  rule: Citation;
  zh: string;
  en: string;
}

export interface Warning {
  code: Open<
    | 'unknown_key' | 'ignored_field' | 'draft_text' | 'not_in_force_on_date' | 'centralized_period_unchecked'
    | 'centralized_period_assumed' | 'centralized_period_unknown' | 'benefit_start_unknown' | 'benefit_start_local'
    | 'day_convention_assumed' | 'waiting_days_unknown' | 'param_missing' | 'amount_unknown'
    | 'unit_cost_unknown' | 'subsidy_rule_not_stated' | 'floor_converted' | 'no_rule' | 'employee_cost_unknown'
    | 'late_fee_unknown' | 'required_years_unknown' | 'lump_sum_base_unknown' | 'claims_unknown'
    | 'incentive_amount_unknown'>;
  message: string;
}

export interface EngineStamp {
  /** Engine version, e.g. "0.1.0". */
  version: string;
  /** Hash of the rule data that produced the answer, e.g. "sha256:25e80b6897780be2". */
  rules_hash: string;
}

export interface Assessment {
  ruleset: AppliedRuleset;
  registration: Registration;
  waiting_period: WaitingPeriod;
  repair: Repair;
  refund: Refund;
  continuity: Continuity;
  employee_gap: EmployeeGap;
  retirement: Retirement;
  duplicates: Duplicates;
  incentives: Incentives;
  trace: TraceItem[];
  warnings: Warning[];
  engine: EngineStamp;
}

// ---------------------------------------------------------------------------------------------
// Errors

export type ErrorCode = Open<
  | 'invalid_json' | 'missing_field' | 'invalid_value' | 'unknown_ruleset' | 'input_too_large'
  | 'no_ruleset_in_force' | 'internal_error'>;

/** The contract's error object: `{"error": {code, path, message}}` in JSON. */
export interface ContractError {
  code: ErrorCode;
  /** JSON pointer into the case ("" for the whole input). */
  path: string;
  message: string;
}

/** Thrown by `assess` on invalid input. `message` is `"<code>: <message>[ (at <path>)]"`. */
export declare class CanbaoError extends Error {
  constructor(error: ContractError);
  readonly name: 'CanbaoError';
  readonly error: ContractError;
}

// ---------------------------------------------------------------------------------------------
// Rulesets listing

export interface RulesetInfo {
  id: RulesetId;
  title: string;
  title_en?: string;
  document_number: string;
  issuer?: string;
  status: Open<'draft' | 'final'>;
  level?: Open<'national' | 'province' | 'city'>;
  /** `000000` for national texts. */
  region?: RegionCode;
  issued?: IsoDate;
  effective_from: IsoDate | null;
  effective_to: IsoDate | null;
  parents: RulesetId[];
  /** Where the project keeps the source text. */
  source_text?: string;
}

/** One row of the published default table: region + dates → the chain applied. */
export interface DefaultTableEntry {
  region: RegionCode;
  from: IsoDate | null;
  to: IsoDate | null;
  chain: RulesetId[];
  why: string;
}

export interface RulesetsListing {
  engine: EngineStamp;
  rulesets: RulesetInfo[];
  default_table: DefaultTableEntry[];
}

// ---------------------------------------------------------------------------------------------
// The API

/** The imports object and callback emscripten hands to `instantiateWasm`. */
export type InstantiateWasm = (
  imports: Record<string, Record<string, unknown>>,
  receiveInstance: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
) => Record<string, unknown> | false;

export interface EngineOptions {
  /** The bytes of canbao-engine.wasm, for hosts without fetch (Node, kiosks with local files). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Instantiate the module yourself (WeChat: `WXWebAssembly.instantiate(path, imports)`). */
  instantiateWasm?: InstantiateWasm;
  /** Where to fetch a file from (`'canbao-engine.wasm'` → URL). Default: next to canbao-engine.mjs. */
  locateFile?: (file: string, scriptDirectory: string) => string;
  /**
   * The host's WebAssembly namespace when there is no global `WebAssembly`
   * (WeChat mini-programs: `WXWebAssembly`).
   */
  WebAssembly?: unknown;
  /** Reject if the engine has not loaded after this many milliseconds (guards a stuck host hook). */
  timeoutMs?: number;
  /** Receives the runtime's rare diagnostic lines (default: dropped). */
  onLog?: (line: string) => void;
}

export interface Engine {
  /** Engine version (the C++ core's CANBAO_VERSION). */
  readonly version: string;
  /** Hash of the rule data compiled into this engine; every assessment repeats it in `engine`. */
  readonly rulesHash: string;
  /**
   * Assess one case, given as an object or as JSON text.
   * @throws {CanbaoError} on invalid input (`.error` is the contract error object).
   */
  assess(caseOrJson: Case | string | object): Assessment;
  /** The engine's exact JSON text: the assessment or `{"error":{...}}`. Never throws on bad input. */
  assessJson(json: string): string;
  /** Metadata of every bundled ruleset and the default table. */
  rulesets(): RulesetsListing;
  /** The underlying emscripten module, for diagnostics (e.g. `module.HEAP8.length`). */
  readonly module: { HEAP8: Int8Array; [name: string]: unknown };
}

export declare function createEngine(options?: EngineOptions): Promise<Engine>;
export default createEngine;
