// jiangmen-2024: 《江门市基本医疗保险参保管理经办规程（征求意见稿）》 (draft for comment; its own
// term 2024-01-01 to 2028-12-31, art 31; data/texts/001_a041b2e30c3aebbc.txt). Over guangdong-2021.
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "jiangmen-2024";
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }

// 第十三条 职工医保缴费登记: "如参保人已在本省其他用人单位参保缴费，税务部门应提醒用人单位及时告知参保人。
// …如存在其他地区有效参保状态，医保经办机构应告知参保人中止原参保关系"
std::optional<Finding> art_13(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  if (!employee_action(c.action)) return std::nullopt;  // resident validation: guangdong-2021 arts 8–9
  if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-13"));
  if (resident_paid_for(r, c.date.y) && elsewhere(ctx, r))
    return step("suspend_resident_elsewhere", cite("art-13"), {}, cite("art-13#resident"));
  return std::nullopt;
}

std::optional<Finding> art_13_clear(const Ctx& ctx) {
  if (!employee_action(ctx.cs().action)) return std::nullopt;
  return ok(cite("art-13"), cite("art-13#clear"));
}

// 第二十条（四）困难居民: "实行'先登记参保、后补助缴费'，自完成参保登记、做好身份标识之日起即可享受医保待遇"
std::optional<WaitingPeriod> art_20_4(const Ctx& ctx, const std::optional<Period>&) {
  const Case& c = ctx.cs();
  if (!c.person.has(Group::medical_assistance)) return std::nullopt;
  if (c.action != Action::enroll_resident && c.action != Action::enroll_resident_next_year) return std::nullopt;
  WaitingPeriod w;
  w.outcome = "none";
  w.exemption = "medical_assistance";
  w.benefit_start = c.date;
  w.notes.cite(cite("art-20/4"));
  return w;
}

// 第十九条 employee contributions after a death, one-time payments; 第二十三条 and 第二十七条 residents.
std::optional<Refund> art_19_23_27(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  if ((e.kind == EventKind::lump_sum_then_death) || (e.kind == EventKind::death && r.lump_sum)) {
    // "参保人办理一次性缴费的，在未进入待遇享受期前，因死亡等特殊原因可申请办理退费" (第十九条);
    // "一次性缴费已完成足额缴纳的，从缴费完成的次月起享受待遇，进入待遇享受期后不作退费" (第十七条)
    if (r.benefit_start && *r.benefit_start <= e.date) {
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-17"), cite("art-17#started"), {{"start", *r.benefit_start}});
      return out;
    }
    out.outcome = "eligible";
    out.amount = r.paid;
    out.conditions = {"on_application"};
    if (!r.benefit_start) {
      out.conditions.push_back("before_benefit_start");
      ctx.warn("benefit_start_unknown", "records[" + std::to_string(e.record) +
                                            "].benefit_start not given: the one-time payment is refundable only if benefits had not started (art 17: from the month after the payment was completed)");
    }
    out.notes.cite(cite("art-19"), cite("art-19#lump_sum"));
    return out;
  }
  if (e.kind == EventKind::death && r.scheme == Scheme::employee) {
    // "参保人因死亡未及时办理停保的，参保人死亡当月起缴纳的基本医保费，参保单位或其直系亲属可申请办理退费"
    const FeeMonth first = fee_month_of(e.date);
    for (const auto& [fm, p] : r.months)
      if (p == Pay::paid && fm >= first) out.months.push_back(fm);
    out.by_month = true;
    out.outcome = out.months.empty() ? "not_eligible" : "eligible";
    out.conditions = {"on_application", "return_excess_benefits"};
    out.notes.cite(cite("art-19"), cite("art-19#death"),
                   {{"first", format_fee_month(first)}, {"months", out.months.size()}});
    return out;
  }
  if (r.scheme == Scheme::resident) {
    int y = e.date.y;
    bool started = false;
    for (const auto& [yy, p] : r.years)
      if (p == Pay::paid && yy == e.date.y && resident_benefit_start(r, yy) <= e.date) {
        started = true;
        y = yy;
      }
    if (started) {
      if (e.kind == EventKind::duplicate_payment) {
        // 第二十七条 "除国家和省规定的退费情形外，对进入待遇享受期后重复缴纳的医保费不予退费"
        out.outcome = "not_eligible";
        out.notes.cite(cite("art-27"), "", {{"year", y}});
        return out;
      }
      // 第二十三条 "参保人在居民医保待遇享受期开始后，暂停居民医保参保关系的，个人缴费不再退回"
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-23"), cite("art-23#started"), {{"year", y}});
      return out;
    }
    // Before the benefit period: "可按照省和本市相关文件规定办理退费手续" — guangdong-2021 art 19 decides.
    return std::nullopt;
  }
  return std::nullopt;
}


// 第十四条 "参保单位或参保人中断缴费的，参保人从中断缴费次月起，停止享受待遇，个人账户结余的资金可继续使用。
// 中断缴费3个月（不含第3个月）以上的，中断期间的待遇（个人账户待遇除外）不可追溯享受"
std::optional<EmployeeGap> art_14(const Ctx& ctx) {
  auto facts = gap_facts(ctx);
  if (!facts) return std::nullopt;
  EmployeeGap& out = facts->section;
  const Gap* g = &facts->gap;
  const int n = *out.gap_months;
  const int limit = ctx.int_param("gap_retroactive_max_months");
  Vars vars = {{"gap", n}, {"limit", limit},
                                             {"stop", format_fee_month(*g->last_paid + 1)}};
  if (n == 0) {
    out.outcome = "no_gap";
    out.notes.cite(cite("art-14"), cite("art-14#no_gap"), vars);
    return out;
  }
  out.back_pay_cost = back_pay_cost(ctx, *g);
  if (n <= limit) {
    out.outcome = "within_limit";
    out.gap_benefits_restored = true;
    out.notes.cite(cite("art-14"), cite("art-14#within"), vars);
  } else {
    out.outcome = "beyond_limit";
    out.gap_benefits_restored = false;
    out.notes.cite(cite("art-14"), cite("art-14#beyond"), vars);
  }
  return out;
}

// 第十五～十七条 退休: required years by the city's rule in force in the year of retirement; military
// service counted; a shortfall is paid at once (base: the city's average monthly wage of the year
// before last) or monthly at the retiree standard.
std::optional<RetirementSection> art_15_17(const Ctx& ctx) {
  const Case& c = ctx.cs();
  if (!c.employment || !c.employment->retirement_date) return std::nullopt;
  RetirementSection r;
  r.cumulative_months = cumulative_employee_months(c);
  Vars vars = {{"months", *r.cumulative_months},
                                             {"deemed", c.employment->deemed_months}};
  // "具体缴费年限按达到法定退休年龄当年相应规定的最低累计缴费年限计算"
  const int ry = c.employment->retirement_date->y;
  std::optional<int> required = c.params.retirement_required_years;
  std::string required_note = "params";
  if (!required && c.employment->sex) {
    if (auto hit = ctx.local_param("retirement_required_years", ry, name(*c.employment->sex))) {
      required = static_cast<int>(hit->number);
      required_note = hit->note;
    }
  }
  r.notes.cite(cite("art-15"), "", vars);
  if (!required) {
    r.outcome = "local_rules";
    ctx.warn("required_years_unknown", "Jiangmen's required contribution years for " + std::to_string(ry) +
                                           " are not in canbao's sourced data (Guangdong unifies them at 30 years for men and 25 for women from 2030): supply params.retirement_required_years");
    r.notes.cite(cite("art-15"), cite("art-15#unknown"), {{"year", ry}});
    return r;
  }
  r.required_years = required;
  const int need = *required * 12;
  r.shortfall_months = need > *r.cumulative_months ? need - *r.cumulative_months : 0;
  vars.set("required", *required);
  vars.set("shortfall", *r.shortfall_months);
  vars.set("source", required_note);
  if (*r.shortfall_months == 0) {
    r.outcome = "meets";
    r.notes.cite(cite("art-16"), "", vars);
    return r;
  }
  r.outcome = "shortfall";
  r.alternatives = {"one_time_payment", "monthly_payment_retiree_standard"};
  // "缴费基数为办理一次性缴费时退休后待遇享受地上上年度全口径城镇单位就业人员月平均工资"
  std::optional<Fen> base = c.params.lump_sum_base;
  std::optional<double> rate = c.params.lump_sum_rate;
  std::string base_note = "params";
  if (!base)
    if (auto hit = ctx.local_param("lump_sum_base_cny", std::nullopt)) {
      base = static_cast<Fen>(hit->number * 100 + 0.5);
      base_note = hit->note;
    }
  if (!rate)
    if (auto hit = ctx.local_param("lump_sum_rate", std::nullopt)) rate = hit->number;
  if (base && rate) {
    r.one_time_cost = static_cast<Fen>(static_cast<double>(*base) * *rate * *r.shortfall_months + 0.5);
    vars.set("base", *base / 100);
    vars.set("base_source", base_note);
    r.notes.cite(cite("art-17"), cite("art-17#cost"), vars);
  } else {
    ctx.warn("lump_sum_base_unknown", "the one-time payment base (the city's average monthly wage of the year before last) and rate for this date are not in canbao's sourced data: supply params.lump_sum_base_cny and params.lump_sum_rate");
    r.notes.cite(cite("art-17"), cite("art-17#no_cost"), vars);
  }
  // "一次性缴费已完成足额缴纳的，从缴费完成的次月起享受待遇，进入待遇享受期后不作退费"
  r.benefits_start = first_day(fee_month_of(c.date) + 1);
  r.refund_limits = {"no_refund_after_benefits_start", "refund_on_death_before_benefits"};
  r.notes.cite(cite("art-17"), cite("art-17#monthly"));
  r.notes.cite(cite("art-19"), cite("art-19#lump_sum_limit"));
  return r;
}

}  // namespace

Ruleset jiangmen_2024() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = art_13;
  rs.registration_clear = art_13_clear;
  rs.waiting_period = art_20_4;
  rs.refund = art_19_23_27;
  rs.employee_gap = art_14;
  rs.retirement = art_15_17;
  return rs;
}

}  // namespace canbao
