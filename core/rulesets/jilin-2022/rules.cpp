// jilin-2022: 吉医保联〔2022〕11号《吉林省基本医疗保险参保管理经办规程》 (final, from 2022-05-26,
// art 62; data/texts/004_8d506e14c1f818dd.txt). Over national-2021.
// Waiting periods here are counted in days "从缴费成功次日起计算" (arts 19, 37, 47, 48); their
// length is not in the text: canbao uses the sourced provincial values (local-params.json).
// Art 36 has two numbered lists (this year, next year); canbao cites the second list's items
// as art-36/4 to art-36/6.
#include <algorithm>

#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "jilin-2022";
Cite cite(std::string_view a) { return Cite::join(R, "/", a); }
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }
bool resident_action(Action a) { return a == Action::enroll_resident || a == Action::enroll_resident_next_year; }

std::optional<Finding> registration(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  if (employee_action(c.action)) {
    // 第二十条（一）"职工医保参保状态为'正常参保'的，…告知参保人员暂停（中止）原职工参保关系后再申请办理"
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-20/1"), {}, cite("art-20/1#normal"));
    // "职工医保参保状态为'暂停（中止）参保'，…申报应征费款所属期月份已存在实缴数据，在待遇期未开始前…办理相关职工医保费
    //  退费后再申请办理，已进入待遇享受期的，当月不再重复核定缴费"
    if (r.scheme == Scheme::employee && r.status == Status::suspended && r.month_paid(fee_month_of(c.date))) {
      if (r.benefit_start && c.date < *r.benefit_start)
        return step("refund_employee_month_first", cite("art-20/1"), {}, cite("art-20/1#month_paid"));
      return effect({"no_double_charge_this_month"}, cite("art-20/1"), cite("art-20/1#in_benefit"));
    }
    // 第二十条（二）"存在居民医保参保状态为'正常参保'的，…可为参保人员直接办理职工参保登记，…原居民医保参保关系自动终止"
    if (r.scheme == Scheme::resident && r.status == Status::normal) return effect({"previous_resident_terminated"}, cite("art-20/2"));
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident) {
    // 第三十六条（一）
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-36/1"));
    if (r.scheme != Scheme::resident || r.status != Status::normal || !elsewhere(ctx, r)) return std::nullopt;
    // 第三十六条（二）"在其他统筹地区居民医保参保状态为'正常参保'且已实缴的，…在本年度不予重新办理居民参保登记"
    if (r.year_paid(y)) return refuse("resident_valid_elsewhere_this_year", cite("art-36/2"));
    // 第三十六条（三）"'正常参保'，但当年无应缴或实缴数据的，可直接跨统筹区办理…原居民医保参保关系自动终止"
    if (!r.year_due_or_paid(y)) return effect({"previous_resident_terminated"}, cite("art-36/3"));
    return std::nullopt;  // due but not paid: the text is silent (national-2021 art 7)
  }
  if (c.action == Action::enroll_resident_next_year) {
    // 第三十六条 下年度（一）
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-36/4"));
    if (r.scheme != Scheme::resident || !elsewhere(ctx, r)) return std::nullopt;
    if (r.status == Status::normal) {
      // 下年度（二）"如存在下年度的应缴数据的可直接办理暂停（中止）参保后再行办理；如存在下年度的实缴数据，…申请撤销下一年度
      // 居民医保费核定记录，已预缴下一年度医保费的，申请退费后再重新申请办理；如不存在应缴数据或实缴数据，可直接跨统筹区办理"
      if (r.year_paid(y)) return step("cancel_next_year_elsewhere", cite("art-36/5"), {}, cite("art-36/5#paid"));
      if (r.year_due_or_paid(y)) return effect({"previous_resident_suspended"}, cite("art-36/5"), cite("art-36/5#due"));
      return ok(cite("art-36/5"), cite("art-36/5#none"));
    }
    // 下年度（三）"'暂停（中止）参保'但有下年度应缴数据，无实缴数据的，可直接办理居民参保登记"
    if (r.status == Status::suspended && r.year_due_or_paid(y) && !r.year_paid(y)) return ok(cite("art-36/6"));
    if (r.status == Status::suspended && r.year_paid(y)) return step("cancel_next_year_elsewhere", cite("art-36/5"), {}, cite("art-36/5#paid"));
    return std::nullopt;
  }
  return std::nullopt;
}

// 第三十五条 非就业的港澳台居民持居住证、外籍人员持永久居留证及护照参加居民医保; 第七条（五）无证件人员.
std::optional<Finding> art_35(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Document d = c.person.document;
  if (resident_action(c.action)) {
    if (d == Document::hk_macao_permit || d == Document::taiwan_permit)
      return refuse("document_not_accepted", cite("art-35"), cite("art-35#hmt"));
    if (d == Document::foreign_passport) return refuse("document_not_accepted", cite("art-35"), cite("art-35#foreign"));
    if (d == Document::hmt_residence_permit || d == Document::foreign_permanent_residence) return ok(cite("art-35"), cite("art-35#ok"));
  }
  if (d == Document::none) return ok(cite("art-7/5"));
  return std::nullopt;
}

std::optional<Finding> clear(const Ctx& ctx) {
  if (employee_action(ctx.cs().action)) return ok(cite("art-20"), cite("art-20#clear"));
  if (resident_action(ctx.cs().action)) return ok(cite("art-36"), cite("art-36#clear"));
  return std::nullopt;
}

// 第十二条 "集中预缴期" is defined without dates: sourced values (local-params.json) or params give them.
std::optional<Period> art_12(const Ctx&, int) {
  Period p;
  p.rule = cite("art-12");
  return p;
}

// 第四十七、四十八条 continuity bridges; 第十九条 employees.
// A resident enrollment that misses art 48's 3 months is "按新参保相关政策执行": art 48 is cited
// into `late` and the new-enrollee rule of 第三十七条 decides (nullopt).
std::optional<WaitingPeriod> bridges(const Ctx& ctx, Notes& late) {
  const Case& c = ctx.cs();
  // The month the new cover starts: the payment month, or January of the insurance year for a
  // next-year resident enrollment (第三十七条: the contribution buys the next year's benefits),
  // so a gap is every uncovered month before the new cover, and no bridge starts benefits
  // before the year paid for.
  const FeeMonth fm = cover_start_month(c);
  const Continuity cont = continuity_before(c, fm);
  WaitingPeriod w;
  const int max_gap = ctx.int_param("back_pay_max_gap_months");
  if (!cont.last_scheme) {
    if (!employee_action(c.action)) return std::nullopt;
    // 第十九条 "首次参保…的职工，办理职工参保登记后按照相关规定设置待遇享受等待期，待遇享受等待期以天为单位，从缴费成功次日起计算"
    w.outcome = "local_rules";
    w.notes.cite(cite("art-19"), cite("art-19#first"));
    ctx.warn("waiting_days_unknown", "the employee waiting period's length in Jilin is set by 'relevant rules' canbao has no sourced value for");
    return w;
  }
  // The real hole before the new cover, even when that month is already covered.
  const int gap = cont.gap_months;
  Vars vars = {{"gap", gap}, {"months", cont.months},
                                             {"max_gap", max_gap}, {"limit", max_gap}};
  const bool switching = (employee_action(c.action) && *cont.last_scheme == Scheme::resident) ||
                         (resident_action(c.action) && *cont.last_scheme == Scheme::employee);
  const int need = ctx.int_param("bridge_continuity_months");
  vars.set("need", need);
  if (switching && cont.months >= need && gap <= max_gap) {
    // 第四十八条 连续2年以上、在职工医保和居民医保间切换: 3个月内补缴的不设待遇享受等待期，缴费当月即可享受待遇
    w.outcome = "none";
    w.exemption = "cross_system_bridge";
    // "缴费当月即可享受待遇": from the 1st of the month paid, with or without a gap.
    w.benefit_start = first_day(fm);
    const std::string clause = employee_action(c.action) ? (c.action == Action::enroll_flexible ? "art-48/4" : "art-48/3") : "art-48/5";
    w.notes.cite(cite("art-48"), cite("art-48#continuity"), vars);
    w.notes.cite(cite(clause), "", vars);
    return w;
  }
  if (switching && cont.months >= need && gap > max_gap) {
    // 第四十八条（三）（四）（五）"未在中断缴费3个月内（含）补缴的按新参保相关政策执行设置待遇享受等待期"
    const std::string clause = employee_action(c.action) ? (c.action == Action::enroll_flexible ? "art-48/4" : "art-48/3") : "art-48/5";
    Notes& n = employee_action(c.action) ? w.notes : late;
    n.cite(cite("art-48"), cite("art-48#continuity"), vars);
    n.cite(cite(clause), cite("art-48#late"), vars);
    if (!employee_action(c.action)) return std::nullopt;  // a new resident: 第三十七条 decides
    w.outcome = "local_rules";
    ctx.warn("waiting_days_unknown", "the new-enrollee waiting period's length in Jilin is set by 'relevant rules' canbao has no sourced value for");
    return w;
  }
  if (employee_action(c.action)) {
    // Was the last covered month in another pooling region (a transfer, art 47)?
    bool transfer = false;
    for (const auto& r : c.records)
      if (r.region != c.region && ((r.scheme == Scheme::employee && r.month_paid(*cont.last)) ||
                                   (r.scheme == Scheme::resident && r.year_paid(fee_month_year(*cont.last)))))
        transfer = true;
    if (gap <= max_gap) {
      w.outcome = "none";
      w.exemption = gap == 0 ? "continuous" : "back_pay_within_3_months";
      // Unbroken (第四十七条（一） 继续享受) or back-paid (缴费当月即可享受待遇): cover from the month paid.
      w.benefit_start = first_day(fm);
      if (transfer) {
        // 第四十七条: 未中断 → 继续享受原参保地待遇; 中断3个月内（含）补缴 → 不设等待期，缴费当月即可享受待遇
        w.notes.cite(cite(gap == 0 ? "art-47/1" : "art-47/2"), "", vars);
      } else if (gap == 0) {
        // 第十九条: only a first enrollment or a gap of more than 3 months has a waiting period.
        w.notes.cite(cite("art-19"), cite("art-19#continuous"), vars);
      } else {
        // 第二十四条 (employer) / 第三十一条 (flexible): back-paid within 3 months, the gap's benefits come back.
        const bool flexible = c.action == Action::enroll_flexible;
        w.notes.cite(cite(flexible ? "art-31" : "art-24"), cite(flexible ? "art-31#within" : "art-24#within"), vars);
      }
      return w;
    }
    // 第十九条 / 第四十七条第三款 / 第四十八条（六）中断缴费3个月以上: 按相关规定设置待遇享受等待期（以天为单位）
    w.outcome = "local_rules";
    w.notes.cite(cite(transfer ? "art-47/3" : "art-19"), transfer ? "" : cite("art-19#gap"), vars);
    ctx.warn("waiting_days_unknown", "the employee waiting period's length in Jilin is set by 'relevant rules' canbao has no sourced value for");
    return w;
  }
  return std::nullopt;
}

std::optional<WaitingPeriod> waiting(const Ctx& ctx, const std::optional<Period>& period) {
  const Case& c = ctx.cs();
  WaitingPeriod w;
  // 第四十九条 "医疗救助对象在职工医保和居民医保之间切换参保、转移接续参保关系时，不设待遇享受等待期，不受居民医保规定的
  // 集中缴费时间限制"
  if (c.person.has(Group::medical_assistance)) {
    w.outcome = "none";
    w.exemption = "medical_assistance";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-49"));
    return w;
  }
  // 第四十二条 "军人退出现役后、由部队保障的随军未就业军人配偶实现就业后，按规定参加职工医保并办理关系转移接续的，
  // 不受待遇享受等待期限制"
  if (employee_action(c.action) && (c.person.has(Group::veteran) || c.person.has(Group::military_spouse))) {
    w.outcome = "none";
    w.exemption = c.person.has(Group::veteran) ? "veteran" : "military_spouse";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-42"));
    return w;
  }
  // Veterans enrolling as residents: art 42 speaks of the employee scheme only and says nothing
  // against the national exemption (national-2021 art 15(4)), which then decides.
  if (resident_action(c.action) && c.person.has(Group::veteran)) return std::nullopt;
  bool newborn_late = false;
  if (c.action == Action::enroll_resident && c.person.birth_date && is_newborn(c.person, c.date)) {
    const int window = ctx.int_param("newborn_window_days");
    const auto age = days_between(*c.person.birth_date, c.date);
    // 第四十条 "新生儿出生后90天内…按规定缴纳出生当年居民医保费后，自出生之日所发生的医疗费用均可纳入医保报销。
    // 出生90天后办理参保缴费的不享受以上政策，并按新参保居民设置待遇享受等待期"
    if (age <= window) {
      w.outcome = "none";
      w.exemption = "newborn";
      w.benefit_start = *c.person.birth_date;
      w.notes.cite(cite("art-40"), "", {{"days", age}, {"window", window}});
      return w;
    }
    newborn_late = true;
  }
  Notes late;  // art 48 missed: cited before the new-enrollee rule that then decides
  if (!newborn_late) {
    if (auto b = bridges(ctx, late)) return b;
  }
  const auto with_late = [&](WaitingPeriod out) {
    if (late.trace.empty()) return out;
    for (auto& t : out.notes.trace) late.trace.push_back(std::move(t));
    out.notes = std::move(late);
    return out;
  };
  if (!resident_action(c.action)) return std::nullopt;
  // 第三十七条 "参保居民（含新参保）在集中预缴期内按规定标准足额缴费，可正常享受下一年度全年…的居民医保待遇。
  // 对于集中预缴期外缴费的参保居民，按照相关规定设置待遇享受等待期。待遇享受等待期以天为单位，从缴费成功次日起计算。"
  const int y = insurance_year(c);
  const auto fixed = ctx.local_param("waiting_fixed_days", y);
  if (!fixed) {
    w.outcome = "local_rules";
    w.notes.cite(cite("art-37"), cite("art-37#unknown"));
    return with_late(std::move(w));
  }
  WaitRule rule;
  rule.days = true;
  rule.fixed = static_cast<int>(fixed->number);
  rule.fixed_cite = cite("art-37");
  rule.exempt_cite = cite("art-37");
  rule.exempt_text = cite("art-37#prepaid");
  const bool national_2024 = ctx.in_chain("national-2024") && y >= ctx.int_param("start_year");
  if (national_2024) {
    // From 2025: 国办发〔2024〕38号 as Jilin sets it — "固定等待期90天…每多断保1年…增加变动待遇等待期30天"
    const auto per = ctx.local_param("waiting_variable_days_per_year", y);
    rule.per_year = per ? static_cast<int>(per->number) : 0;
    rule.variable_cite = "national-2024/art-1/2";
    rule.variable_text = cite("art-37#variable");
    rule.count_from = ctx.int_param("broken_years_count_from");
    rule.exempt_text = cite("art-37#continuous");
    rule.exemption = "centralized_and_continuous";
    if (!per) ctx.warn("waiting_days_unknown", "no sourced day count for Jilin's variable waiting period");
  } else {
    // Before 2025: in the prepayment period the whole next year is covered, new enrollees included.
    rule.per_year = 0;
    rule.count_from = y;  // broken years do not matter before 2025
    rule.exemption = "centralized_prepaid";
  }
  auto out = fixed_variable_wait(ctx, period, rule);
  if (out.outcome == "applies") {
    for (auto& t : out.notes.trace)
      if (t.text == cite("art-37#outside") || t.text == cite("art-37#broken")) t.vars.set("source", fixed->note);
  }
  if (newborn_late) out.notes.cite(cite("art-40"), cite("art-40#late"));
  return with_late(std::move(out));
}

// Repair in days, where national-2024 applies (its art-1 clauses 3–4 in Jilin's unit).
std::optional<Repair> repair(const Ctx& ctx, const WaitingPeriod& w) {
  if (!w.fixed_days) return std::nullopt;
  if (!ctx.in_chain("national-2024")) return std::nullopt;
  const int y = insurance_year(ctx.cs());
  const auto per = ctx.local_param("waiting_variable_days_per_year", y);
  if (!per) return std::nullopt;
  RepairRule rule;
  rule.days = true;
  rule.per_year = static_cast<int>(per->number);
  rule.repair_cite = "national-2024/art-1/3";
  rule.floor_cite = "national-2024/art-1/4";
  rule.price_cite = "national-2024/art-2/1";
  rule.floor_years = ctx.int_param("repair_floor_broken_years");
  // The national floor of 6 months, in Jilin's unit of 30 days a month (the variable period's own unit).
  rule.floor_total = ctx.int_param("repair_floor_total_months") * rule.per_year;
  if (w.broken_years.value_or(0) >= rule.floor_years)
    ctx.warn("floor_converted", "Jilin counts waiting periods in days; the national floor of 6 months is applied as " +
                                  std::to_string(rule.floor_total) + " days (30 days a month, as Jilin's variable period counts) — no Jilin text states it");
  return fixed_variable_repair(ctx, w, rule);
}

std::optional<int> year_before_benefits(const Record& r, const Date& on) {
  for (const auto& [y, p] : r.years)
    if (p == Pay::paid && y >= on.y && on < resident_benefit_start(r, y)) return y;
  return std::nullopt;
}

// 第三十七、五十三～五十七条 退费.
std::optional<Refund> refund(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  if ((e.kind == EventKind::lump_sum_then_death || (e.kind == EventKind::death && r.lump_sum)) && !r.flexible) {
    return std::nullopt;  // an employee's 趸缴 (art 27): art 55 covers flexible workers only; art 57 defers
  }
  if (e.kind == EventKind::lump_sum_then_death || (e.kind == EventKind::death && r.lump_sum)) {
    // 第五十五条 "灵活就业参保人员退休一次性趸缴后，在相应待遇享受期未开始前，因死亡等特殊原因，可…申请办理退费"
    if (r.benefit_start && *r.benefit_start <= e.date) {
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-55"), cite("art-55#started"));
      return out;
    }
    out.outcome = "eligible";
    out.amount = r.paid;
    out.conditions = {"on_application"};
    if (!r.benefit_start) {
      out.conditions.push_back("before_benefit_start");
      ctx.warn("benefit_start_unknown", "records[" + std::to_string(e.record) + "].benefit_start not given: the lump sum is refundable only before its benefit period begins");
    }
    out.notes.cite(cite("art-55"));
    return out;
  }
  if (e.kind == EventKind::death && r.scheme == Scheme::employee) {
    // 第五十四条 "参保职工因死亡未及时办理退保的，参保职工死亡次月起多缴的医保费，参保单位可申请办理退费，
    // 多划入的个人账户需返还至医保基金"
    const FeeMonth first = fee_month_of(e.date) + 1;
    for (const auto& [fm, p] : r.months)
      if (p == Pay::paid && fm >= first) out.months.push_back(fm);
    out.by_month = true;
    out.outcome = out.months.empty() ? "not_eligible" : "eligible";
    out.conditions = {"on_application", "return_excess_personal_account"};
    out.notes.cite(cite("art-54"), "", {{"first", format_fee_month(first)}, {"months", out.months.size()}});
    return out;
  }
  if (r.scheme == Scheme::resident) {
    if (auto y = year_before_benefits(r, e.date)) {
      // 第五十三条 "在进入居民医保待遇享受期前死亡的，…依个人申请办理居民医保费退费。…前，参加职工医保或其他统筹地区
      // 同一待遇享受年度居民医保的，可依个人申请办理居民医保费退费"
      if (e.kind == EventKind::duplicate_payment) return std::nullopt;  // 第五十七条: national-2021 art 16
      out.outcome = "eligible";
      out.amount = r.paid;
      out.conditions = {"on_application", "terminate_resident_relationship"};
      out.notes.cite(cite(e.kind == EventKind::death ? "art-53/1" : "art-53/2"), "", {{"year", *y}});
      if (r.subsidized) {
        // The premium subsidy's return is the national rule (art 57 defers to it).
        out.conditions.push_back("return_assistance_subsidy");
        out.notes.cite("national-2021/art-16/2");
      }
      return out;
    }
    if (e.kind == EventKind::joined_employee) {
      // 第三十七条 "按年度缴费的居民医保参保人员参加职工医保，当年缴纳的医保费不予退费"
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-37"), cite("art-37#no_refund"));
      return out;
    }
    return std::nullopt;  // 第五十七条: other cases per national and provincial rules
  }
  return std::nullopt;
}


// 第十三条 "职工医保参保月数按照职工医保费对应的费款所属期月数计算；居民医保参保月数按照实际已参加居民医保月数计算。
// 同一参保时间内，重复参保的缴费年限不累计计算"; the bridge of 第四十八条 (2 years, 3 months).
std::optional<ContinuitySection> art_13(const Ctx& ctx) {
  if (ctx.cs().records.empty() && ctx.cs().coverage_years.empty()) return std::nullopt;
  // Read one parameter at a time: argument evaluation order is unspecified, and a missing
  // parameter warns — the warnings' order must be the same in every build.
  const int need = ctx.int_param("bridge_continuity_months");
  const int max_gap = ctx.int_param("back_pay_max_gap_months");
  return continuity(ctx, cite("art-13"), need, max_gap);
}

// 第二十三条 late fee: "自费款所属期次月起按日加收单位缴费部分费款万分之五的滞纳金，滞纳金金额不超过单位缴费部分费款本金"
std::optional<Fen> late_fee(const Ctx& ctx, const Gap& g, Vars& vars) {
  const auto& p = ctx.cs().params;
  const auto daily = ctx.text_param("late_fee_daily_rate");
  if (!p.employee_base || !p.employer_rate || !daily) {
    ctx.warn("late_fee_unknown", "supply params.employee_base_cny and params.employer_rate to compute the late fee (0.05% a day of the employer part)");
    return std::nullopt;
  }
  const double principal = static_cast<double>(*p.employee_base) * *p.employer_rate;  // fen a month
  double total = 0;
  for (FeeMonth m : g.months) {
    const Date from = first_day(m + 1);  // the month after the fee month
    const auto days = days_between(from, ctx.cs().date) + 1;
    if (days <= 0) continue;
    double fee = principal * daily->number * static_cast<double>(days);
    if (fee > principal) fee = principal;
    total += fee;
  }
  vars.set("daily", "0.05%");
  return static_cast<Fen>(total + 0.5);
}

// 第二十四条 (employer interruption), 第三十一条 (flexible workers), 第四十七条 (transfers).
std::optional<EmployeeGap> art_24_31_47(const Ctx& ctx) {
  const Case& c = ctx.cs();
  auto facts = gap_facts(ctx);
  if (!facts) return std::nullopt;
  EmployeeGap& out = facts->section;
  const Gap* g = &facts->gap;
  const int n = *out.gap_months;
  const int limit = ctx.int_param("back_pay_max_gap_months");
  Vars vars = {{"gap", n}, {"limit", limit}};
  if (n == 0) {
    out.outcome = "no_gap";
    out.notes.cite(cite(g->transfer ? "art-47/1" : "art-24"), cite("art-24#no_gap"), vars);
    return out;
  }
  const bool within = n <= limit;
  out.outcome = within ? "within_limit" : "beyond_limit";
  if (g->transfer) {
    // 第四十七条: "中断缴费3个月内（含）…补缴后不设待遇享受等待期，缴费当月即可在转入地按规定享受待遇，中断期间的待遇可按规定追溯享受"
    out.back_pay_allowed = within ? std::optional<bool>(true) : std::nullopt;
    out.gap_benefits_restored = within;
    if (within) {
      out.back_pay_cost = back_pay_cost(ctx, *g);
      out.benefits_restart = first_day(fee_month_of(c.date));
    }
    out.notes.cite(cite(within ? "art-47/2" : "art-47/3"), "", vars);
    return out;
  }
  if (c.action == Action::enroll_flexible || g->flexible) {
    // 第三十一条: "中断缴费3个月内（含）补缴的（补缴不收取滞纳金），中断期间的待遇可追溯享受…中断缴费3个月以上的，
    // 需重新开始缴费，按人员新参保政策执行，中断缴费期间医保费不可补缴，中断期间医疗保障待遇不予追溯"
    out.back_pay_allowed = within;
    out.gap_benefits_restored = within;
    if (within) {
      out.back_pay_cost = back_pay_cost(ctx, *g);
      out.late_fee = 0;
      out.benefits_restart = c.date;
    }
    out.notes.cite(cite("art-31"), cite(within ? "art-31#within" : "art-31#beyond"), vars);
    return out;
  }
  // 第二十四条: "恢复缴费的，由医保部门核定参保单位中断缴费期间的医保费和滞纳金…足额补缴后，可恢复职工医保待遇。
  // 参保单位中断缴费3个月内（含）足额补缴的，职工可追溯中断期间的职工医保待遇；…超过3个月补缴的，可补记缴费年限及
  // 个人账户，补缴期间其他医疗保障待遇不予追溯"
  out.back_pay_allowed = true;
  out.gap_benefits_restored = within;
  out.back_pay_cost = back_pay_cost(ctx, *g);
  out.late_fee = late_fee(ctx, *g, vars);
  out.benefits_restart = c.date;
  out.notes.cite(cite("art-24"), cite(within ? "art-24#within" : "art-24#beyond"), vars);
  if (out.late_fee) out.notes.cite(cite("art-23"), "", {{"fee", *out.late_fee / 100}});
  return out;
}

// 第二十七条 (employees) and 第三十三条 (flexible workers): retirement with a shortfall.
std::optional<RetirementSection> art_27_33(const Ctx& ctx) {
  const Case& c = ctx.cs();
  if (!c.employment || !c.employment->retirement_date) return std::nullopt;
  RetirementSection r;
  r.cumulative_months = cumulative_employee_months(c);
  Vars vars = {{"months", *r.cumulative_months}};
  if (!c.params.retirement_required_years) {
    // "缴费达到规定年限" — the years are set elsewhere.
    r.outcome = "local_rules";
    ctx.warn("required_years_unknown", "Jilin's required contribution years are not in canbao's sourced data: supply params.retirement_required_years");
    r.notes.cite(cite("art-27"), cite("art-27#unknown"), vars);
    return r;
  }
  r.required_years = c.params.retirement_required_years;
  const int need = *r.required_years * 12;
  r.shortfall_months = need > *r.cumulative_months ? need - *r.cumulative_months : 0;
  vars.set("required", *r.required_years);
  vars.set("shortfall", *r.shortfall_months);
  if (*r.shortfall_months == 0) {
    r.outcome = "meets";
    r.notes.cite(cite("art-27"), cite("art-27#meets"), vars);
    return r;
  }
  r.outcome = "shortfall";
  // "需按办理时规定的缴费基数一次性足额趸缴（含单位缴费和个人缴费）至规定年限…不能一次性足额趸缴的，可选择…以灵活就业
  // 人员身份参加职工医保，或选择参加居民医保"
  r.alternatives = {"one_time_payment", "flexible_worker_enrollment", "resident_enrollment"};
  const bool flexible = c.action == Action::enroll_flexible ||
                        std::any_of(c.records.begin(), c.records.end(), [](const Record& x) { return x.flexible; });
  if (c.params.lump_sum_base && c.params.lump_sum_rate) {
    r.one_time_cost = static_cast<Fen>(static_cast<double>(*c.params.lump_sum_base) * *c.params.lump_sum_rate * *r.shortfall_months + 0.5);
  } else {
    ctx.warn("lump_sum_base_unknown", std::string("the one-time payment base (") +
                                          (flexible ? "the province's flexible-worker base at retirement, art 33" : "the base in force when paying, art 27") +
                                          ") and rate are not in canbao's sourced data: supply params.lump_sum_base_cny and params.lump_sum_rate");
  }
  r.refund_limits = {"refund_on_death_before_benefits"};
  r.notes.cite(cite("art-27"), cite("art-27#shortfall"), vars);
  if (flexible) r.notes.cite(cite("art-33"));
  r.notes.cite(cite("art-55"), cite("art-55#limit"));
  return r;
}

// 第五十一、五十二条 重复参保; 第五十三、五十七条 the refund that follows.
std::optional<DuplicatesSection> art_51_52(const Ctx& ctx) {
  if (ctx.cs().records.size() < 2) return std::nullopt;
  KeepCites k;
  k.detect = cite("art-51");
  k.detect_employee = cite("art-51/1");
  k.detect_resident = cite("art-51/2");
  k.detect_cross = cite("art-51/3");
  k.employee = cite("art-52/1");
  k.resident = cite("art-52/2");
  k.student = cite("art-52/3");
  k.cross_system = cite("art-52/4");
  k.assisted = cite("art-52/5");
  k.flexible = cite("art-52/6");
  k.refund_rules = {cite("art-53"), cite("art-57")};
  return duplicates(ctx, k);
}


// art-49 — medical-assistance recipients: "不受居民医保规定的集中缴费时间限制".
std::optional<Finding> period_exempt(const Ctx& ctx) {
  if (!ctx.cs().person.has(Group::medical_assistance)) return std::nullopt;
  return ok(cite("art-49"), cite("art-49#period"));
}

}  // namespace

Ruleset jilin_2022() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = registration;
  rs.registration_person = art_35;
  rs.registration_clear = clear;
  rs.centralized_period = art_12;
  rs.waiting_period = waiting;
  rs.repair = repair;
  rs.refund = refund;
  rs.continuity = art_13;
  rs.employee_gap = art_24_31_47;
  rs.retirement = art_27_33;
  rs.duplicates = art_51_52;
  rs.period_exempt = period_exempt;
  return rs;
}

}  // namespace canbao
