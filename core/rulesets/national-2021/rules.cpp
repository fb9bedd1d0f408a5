// national-2021: 医保办函〔2021〕11号《基本医疗保险参保管理经办规程》 (national text, in
// data/texts/002_f3429025d4a25f8b.txt after the Guangdong text). In force from 2021-12-01.
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "national-2021";
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }

// 第七条 — the platform's validation when registering (职工 / 本年度居民 / 下年度居民).
std::optional<Finding> art_7(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  if (employee_action(c.action)) {
    // "办理职工医保参保登记时，如存在其他地区有效参保状态，…应告知参保人中止原参保关系后再申请办理，
    //  办理成功后，参保人应及时申请基本医保关系转移接续"
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-7"), {"apply_transfer"}, cite("art-7#employee_employee"));
    if (resident_paid_for(r, c.date.y) && elsewhere(ctx, r))
      return step("suspend_resident_elsewhere", cite("art-7"), {"apply_transfer"}, cite("art-7#employee_resident"));
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident) {
    // "如存在其他地区职工医保有效参保状态，…中止原参保关系后再申请办理"
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-7"), {"apply_transfer"}, cite("art-7#resident_employee"));
    if (r.scheme == Scheme::resident && r.status == Status::normal) {
      // "如存在其他地区居民医保有效参保状态，本年度不予办理居民参保登记"
      if (r.year_paid(y))
        return elsewhere(ctx, r) ? refuse("resident_valid_elsewhere_this_year", cite("art-7"), cite("art-7#resident_resident"))
                                 : refuse("already_enrolled_this_year", cite("art-7"), cite("art-7#resident_same_region"));
      // "在新参保地办理居民参保登记后，原参保地应通过医保信息平台停止其居民参保关系"
      if (elsewhere(ctx, r)) return effect({"previous_resident_suspended"}, cite("art-7"), cite("art-7#resident_stop_old"));
    }
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident_next_year) {
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-7"), {"apply_transfer"}, cite("art-7#next_employee"));
    if (r.scheme != Scheme::resident || r.status == Status::terminated) return std::nullopt;
    if (!elsewhere(ctx, r)) {
      if (r.year_paid(y)) return refuse("already_enrolled_next_year", cite("art-7"), cite("art-7#next_same_region"));
      return std::nullopt;
    }
    // "如存在其他地区下年度居民医保参保登记或有效参保状态，…应告知参保人取消原参保登记或申请退费后再申请办理"
    if (r.year_due_or_paid(y)) return step("cancel_next_year_elsewhere", cite("art-7"), {}, cite("art-7#next_next"));
    // "如存在其他地区本年度居民医保有效参保状态，…本年度参保地不得为其重复缴纳或代扣下年度医保费"
    if (r.status == Status::normal && r.year_paid(y - 1))
      return effect({"no_double_charge_next_year", "previous_resident_suspended"}, cite("art-7"), cite("art-7#next_this_year"));
    if (r.status == Status::normal) return effect({"previous_resident_suspended"}, cite("art-7"), cite("art-7#resident_stop_old"));
  }
  return std::nullopt;
}

// 第七条 — identity: "原则上将身份证号码作为各类人员参保的唯一识别码（港澳台居民和外国人等按相关规定执行）"
std::optional<Finding> art_7_identity(const Ctx& ctx) {
  if (ctx.cs().person.document == Document::resident_id_card) return std::nullopt;
  return ok(cite("art-7"), cite("art-7#other_document"));
}

// 第九条 — "具体待遇享受起止时间及享受待遇标准等按照各统筹地区规定执行"; 第十五条 exemptions.
std::optional<WaitingPeriod> art_9_15(const Ctx& ctx, const std::optional<Period>&) {
  const Case& c = ctx.cs();
  WaitingPeriod w;
  const int window = ctx.int_param("newborn_window_days");
  // 第十五条（三）新生儿: "出生后90天内…办理参保登记，按规定缴纳出生当年居民医保费后，自出生之日起所发生的医疗费用均可纳入医保报销"
  if (c.action == Action::enroll_resident && is_newborn(c.person, c.date) && c.person.birth_date) {
    const auto age = days_between(*c.person.birth_date, c.date);
    if (age <= window) {
      w.outcome = "none";
      w.exemption = "newborn";
      w.benefit_start = *c.person.birth_date;
      w.notes.cite(cite("art-15/3"), "", {{"days", age}, {"window", window}});
      return w;
    }
    // "新生儿未在规定时间内参加居民医保的，按所在统筹地区具体规定执行"
    w.outcome = "local_rules";
    w.notes.cite(cite("art-15/3"), cite("art-15/3#late"), {{"days", age}, {"window", window}});
    return w;
  }
  // 第十五条（一）医疗救助对象: "不设等待期，不受居民医保规定缴费时间限制，在参保缴费后，即可享受相应待遇"
  if (c.person.has(Group::medical_assistance)) {
    w.outcome = "none";
    w.exemption = "medical_assistance";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-15/1"));
    return w;
  }
  // 第十五条（四）退役军人等: "军人退出现役后、由部队保障的随军未就业军人配偶实现就业后…不受待遇享受等待期限制"
  if (c.person.has(Group::veteran)) {
    w.outcome = "none";
    w.exemption = "veteran";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-15/4"));
    return w;
  }
  if (c.person.has(Group::military_spouse) && employee_action(c.action)) {
    w.outcome = "none";
    w.exemption = "military_spouse";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-15/4"), cite("art-15/4#spouse"));
    return w;
  }
  w.outcome = "local_rules";
  w.notes.cite(cite("art-9"));
  return w;
}

// The benefit period a resident payment belongs to, if it has not started by `on`.
std::optional<int> year_before_benefits(const Record& r, const Date& on) {
  for (const auto& [y, p] : r.years)
    if (p == Pay::paid && y >= on.y && on < resident_benefit_start(r, y)) return y;
  return std::nullopt;
}

// 第十六条 — refunds.
std::optional<Refund> art_16(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  const bool resident_event = e.kind == EventKind::death || e.kind == EventKind::duplicate_payment ||
                              e.kind == EventKind::joined_employee || e.kind == EventKind::joined_resident_elsewhere;
  if (r.scheme == Scheme::resident && resident_event) {
    // "参保人缴纳居民医保费后，未进入待遇享受期前因死亡、重复缴费、参加职工医保或在其他统筹地区参加居民医保的，
    //  可在终止相关居民医保参保关系的同时，依申请为个人办理退费。待遇享受期开始后，暂停居民医保参保关系的，个人缴费不再退回。"
    if (auto y = year_before_benefits(r, e.date)) {
      out.outcome = "eligible";
      out.amount = r.paid;
      out.conditions = {"on_application", "terminate_resident_relationship"};
      out.notes.cite(cite("art-16/1"), "", {{"year", *y}});
      if (r.subsidized) {
        // "已通过医疗救助渠道享受参保缴费补贴的救助对象办理退费，需按规定退回已经享受的参保缴费补贴"
        out.conditions.push_back("return_assistance_subsidy");
        out.notes.cite(cite("art-16/2"));
        out.notes.cite(cite("art-17"));
      }
      if (!r.paid) ctx.warn("amount_unknown", "records[" + std::to_string(e.record) + "].paid_cny not given: the refund amount is what was paid for that year");
      return out;
    }
    out.outcome = "not_eligible";
    out.notes.cite(cite("art-16/1"), cite("art-16/1#started"));
    return out;
  }
  if (e.kind == EventKind::employed_after_flexible_annual && r.scheme == Scheme::employee) {
    // "灵活就业人员按年度一次性缴纳职工医保费以后，中途就业随单位参加职工医保的，
    //  可依申请退回其就业后当年剩余月份以灵活就业人员身份缴纳的职工医保费"
    if (!r.flexible) {
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-16/2"), cite("art-16/2#not_flexible"));
      return out;
    }
    int paid_in_year = 0;
    for (int m = 1; m <= 12; ++m) paid_in_year += r.month_paid(fee_month(e.date.y, m)) ? 1 : 0;
    for (FeeMonth fm = fee_month_of(e.date) + 1; fm <= fee_month(e.date.y, 12); ++fm)
      if (r.month_paid(fm)) out.months.push_back(fm);
    out.by_month = true;
    out.outcome = out.months.empty() ? "not_eligible" : "eligible";
    out.conditions = {"on_application"};
    if (!out.months.empty() && r.paid && paid_in_year > 0)
      out.amount = *r.paid * static_cast<Fen>(out.months.size()) / paid_in_year;
    out.notes.cite(cite("art-16/2"), cite("art-16/2#flexible"), {{"months", out.months.size()}});
    return out;
  }
  // Anything else (employee contributions after a death, one-time payments) is left to
  // the detailed rules each region makes: "各地可结合实际制定实施细则" (第十九条).
  out.outcome = "local_rules";
  out.notes.cite(cite("art-19"), cite("art-19#refund"));
  return out;
}

// 第七条 — a registration with no conflict passes the platform's validation.
std::optional<Finding> art_7_clear(const Ctx&) { return ok(cite("art-7"), cite("art-7#clear")); }

// 第七条 — "在集中缴费期办理下年度居民参保登记时": the period is named, its dates are not.
std::optional<Period> art_7_period(const Ctx&, int) {
  Period p;
  p.rule = cite("art-7");
  return p;
}


// 第十三、十四条 重复参保 — definition and which relationship is kept; 第十六条 the refund that follows.
std::optional<DuplicatesSection> art_13_14(const Ctx& ctx) {
  if (ctx.cs().records.size() < 2) return std::nullopt;
  KeepCites k;
  k.detect = cite("art-13");
  k.employee = cite("art-14#employee");
  k.resident = cite("art-14#resident");
  k.student = cite("art-14#student");
  k.cross_system = cite("art-14#cross_system");
  k.flexible = cite("art-14#flexible");
  k.assisted = cite("art-14#assisted");
  k.refund_rules = {cite("art-16")};
  return duplicates(ctx, k);
}

// 第九条 — benefit timing after an interruption is the region's: "具体待遇享受起止时间…按照各统筹地区规定执行".
std::optional<EmployeeGap> art_9_gap(const Ctx& ctx) {
  auto facts = gap_facts(ctx);
  if (!facts) return std::nullopt;
  EmployeeGap& out = facts->section;
  const Gap* g = &facts->gap;
  if (g->months.empty()) {
    out.outcome = "no_gap";
    out.notes.cite(cite("art-9"), cite("art-9#no_gap"));
    return out;
  }
  out.outcome = "local_rules";
  out.back_pay_cost = back_pay_cost(ctx, *g);
  out.notes.cite(cite("art-9"), cite("art-9#gap"), {{"gap", g->months.size()}});
  return out;
}

// 第二条 "各类人员参加基本医疗保险条件按照国家和参保所在地相关规定执行": the required years are local.
std::optional<RetirementSection> art_2_retirement(const Ctx& ctx) {
  const Case& c = ctx.cs();
  if (!c.employment || !c.employment->retirement_date) return std::nullopt;
  RetirementSection r;
  r.outcome = "local_rules";
  r.cumulative_months = cumulative_employee_months(c);
  if (c.params.retirement_required_years) {
    r.required_years = c.params.retirement_required_years;
    const int need = *r.required_years * 12;
    r.shortfall_months = need > *r.cumulative_months ? need - *r.cumulative_months : 0;
    r.outcome = *r.shortfall_months == 0 ? "meets" : "shortfall";
  }
  r.notes.cite(cite("art-2"), cite("art-2#retirement"), {{"months", *r.cumulative_months}});
  return r;
}


// art-15/1 — medical-assistance recipients: "不受居民医保规定缴费时间限制".
std::optional<Finding> period_exempt(const Ctx& ctx) {
  if (!ctx.cs().person.has(Group::medical_assistance)) return std::nullopt;
  return ok(cite("art-15/1"), cite("art-15/1#period"));
}

}  // namespace

Ruleset national_2021() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = art_7;
  rs.registration_person = art_7_identity;
  rs.registration_clear = art_7_clear;
  rs.centralized_period = art_7_period;
  rs.waiting_period = art_9_15;
  rs.refund = art_16;
  rs.duplicates = art_13_14;
  rs.employee_gap = art_9_gap;
  rs.retirement = art_2_retirement;
  rs.period_exempt = period_exempt;
  return rs;
}

}  // namespace canbao
