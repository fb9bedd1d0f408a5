// guangdong-2021: 粤医保函〔2021〕333号《广东省基本医疗保险参保管理经办规程》 (final, from
// 2021-12-01; data/texts/002_f3429025d4a25f8b.txt). Over national-2021.
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "guangdong-2021";
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

// 第六条 职工医保: "如存在其他地区有效参保状态，经办人员应告知参保人中止原参保关系"
// 第八条 本年度居民医保; 第九条 下年度居民医保 (集中缴费期).
std::optional<Finding> art_6_8_9(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  switch (c.action) {
    case Action::enroll_employee:
    case Action::enroll_flexible:
      if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-6"), {}, cite("art-6#employee"));
      if (resident_paid_for(r, c.date.y) && elsewhere(ctx, r))
        return step("suspend_resident_elsewhere", cite("art-6"), {}, cite("art-6#resident"));
      return std::nullopt;
    case Action::enroll_resident:
      // 第八条（一）"如存在其他地区职工医保有效参保状态，应告知参保人中止原职工医保参保关系后再申请办理，
      // 办理成功后，参保人应及时申请基本医保关系转移接续"
      if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-8/1"), {"apply_transfer"});
      // 第八条（二）"如存在其他地区居民医保有效参保状态，应告知参保人本年度不予办理居民参保登记"
      if (resident_paid_for(r, y) && elsewhere(ctx, r)) return refuse("resident_valid_elsewhere_this_year", cite("art-8/2"));
      return std::nullopt;
    case Action::enroll_resident_next_year:
      // 第九条（一）
      if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-9/1"), {"apply_transfer"});
      if (r.scheme != Scheme::resident || !elsewhere(ctx, r) || r.status == Status::terminated) return std::nullopt;
      // 第九条（三）"如存在其他地区下年度居民医保参保登记或有效参保状态，应告知参保人取消原参保登记或申请退费后再申请办理"
      if (r.year_due_or_paid(y)) return step("cancel_next_year_elsewhere", cite("art-9/3"));
      // 第九条（二）"如存在其他地区本年度居民医保有效参保状态，在为参保人办理参保登记的同时将参保缴费信息同步至
      // 医保信息平台，本年度参保地不得为其重复缴纳或代扣下年度医保费"
      if (resident_paid_for(r, y - 1)) return effect({"no_double_charge_next_year"}, cite("art-9/2"));
      return std::nullopt;
    case Action::none:
      break;
  }
  return std::nullopt;
}

std::optional<Finding> art_8_9_clear(const Ctx& ctx) {
  switch (ctx.cs().action) {
    case Action::enroll_resident: return ok(cite("art-8"), cite("art-8#clear"));
    case Action::enroll_resident_next_year: return ok(cite("art-9"), cite("art-9#clear"));
    case Action::enroll_employee:
    case Action::enroll_flexible: return ok(cite("art-6"), cite("art-6#clear"));
    case Action::none: break;
  }
  return std::nullopt;
}

// 第二十七条 "本规程所称城乡居民医疗保险集中缴费期是指每年9月1日起至当年12月31日止"
std::optional<Period> art_27(const Ctx& ctx, int y) {
  Period p;
  p.rule = cite("art-27");
  const auto start = ctx.text_param("centralized_period_start");
  const auto end = ctx.text_param("centralized_period_end");
  if (start && end) {
    p.start = parse_date_in(y - 1, start->text);
    p.end = parse_date_in(y - 1, end->text);
  }
  p.text = cite("art-27");
  return p;
}

// 第十条 新生儿; 第十八条（一）资助参保的医疗救助对象; 第十八条（三）退役军人等.
std::optional<WaitingPeriod> art_10_18(const Ctx& ctx, const std::optional<Period>&) {
  const Case& c = ctx.cs();
  WaitingPeriod w;
  if (c.action == Action::enroll_resident && c.person.birth_date && is_newborn(c.person, c.date)) {
    const int window = ctx.int_param("newborn_window_days");
    const auto age = days_between(*c.person.birth_date, c.date);
    // "原则上新生儿出生后90天内由监护人按相关规定办理参保登记，按规定缴纳出生当年居民医保费后，
    //  自出生之日起所发生的医疗费用均可纳入医保报销"
    if (age <= window) {
      w.outcome = "none";
      w.exemption = "newborn";
      w.benefit_start = *c.person.birth_date;
      w.notes.cite(cite("art-10"), "", {{"days", age}, {"window", window}});
      return w;
    }
    // "新生儿未在规定时间内参加居民医保的，按所在统筹地区具体规定执行": a deferral, the chain goes on.
    return std::nullopt;
  }
  // "资助参保救助对象…不设等待期，不受居民医保规定缴费时间限制，在参保缴费后，即可享受相应待遇"
  if (c.person.has(Group::medical_assistance)) {
    w.outcome = "none";
    w.exemption = "medical_assistance";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-18/1"));
    return w;
  }
  // "军人退出现役后、由部队保障的随军未就业军人配偶实现就业后…不受待遇享受等待期限制"
  const bool employee = c.action == Action::enroll_employee || c.action == Action::enroll_flexible;
  if (c.person.has(Group::veteran) || (c.person.has(Group::military_spouse) && employee)) {
    w.outcome = "none";
    w.exemption = c.person.has(Group::veteran) ? "veteran" : "military_spouse";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-18/3"));
    return w;
  }
  return std::nullopt;
}

std::optional<int> year_before_benefits(const Record& r, const Date& on) {
  for (const auto& [y, p] : r.years)
    if (p == Pay::paid && y >= on.y && on < resident_benefit_start(r, y)) return y;
  return std::nullopt;
}

// 第十九条 退费 (before the benefit period), 第二十条 救助对象, 第二十一条 灵活就业人员.
std::optional<Refund> art_19_21(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  const bool listed = e.kind == EventKind::death || e.kind == EventKind::duplicate_payment ||
                      e.kind == EventKind::joined_employee || e.kind == EventKind::joined_resident_elsewhere;
  if (r.scheme == Scheme::resident && listed) {
    const auto clause = [&] {
      switch (e.kind) {
        case EventKind::death: return cite("art-19/1");
        case EventKind::duplicate_payment: return cite("art-19/2");
        case EventKind::joined_employee: return cite("art-19/3");
        default: return cite("art-19/4");  // joined_resident_elsewhere (`listed`)
      }
    };
    if (auto y = year_before_benefits(r, e.date)) {
      // "参保人缴纳居民医保费后，未进入居民医保待遇享受期前，符合下列情况之一的，医保经办机构可在终止相关
      //  居民医保参保关系的同时，依申请为个人办理退费"
      out.outcome = "eligible";
      out.amount = r.paid;
      out.conditions = {"on_application", "terminate_resident_relationship"};
      out.notes.cite(clause(), "", {{"year", *y}});
      if (r.subsidized) {
        out.conditions.push_back("return_assistance_subsidy");
        out.notes.cite(cite("art-20"));
      }
      if (!r.paid) ctx.warn("amount_unknown", "records[" + std::to_string(e.record) + "].paid_cny not given: the refund amount is what was paid for that year");
      return out;
    }
    // "参保人在居民医保待遇享受期开始后，暂停居民医保参保关系的，个人缴费不再退回"
    out.outcome = "not_eligible";
    out.notes.cite(cite("art-19"), cite("art-19#started"));
    return out;
  }
  if (e.kind == EventKind::employed_after_flexible_annual && r.scheme == Scheme::employee && r.flexible) {
    // "灵活就业人员按年度一次性缴纳职工医保费以后，中途就业随单位参加职工医保的，可依申请退回其就业后当年
    //  剩余月份以灵活就业人员身份缴纳的职工医保费"
    int paid_in_year = 0;
    for (int m = 1; m <= 12; ++m) paid_in_year += r.month_paid(fee_month(e.date.y, m)) ? 1 : 0;
    for (FeeMonth fm = fee_month_of(e.date) + 1; fm <= fee_month(e.date.y, 12); ++fm)
      if (r.month_paid(fm)) out.months.push_back(fm);
    out.by_month = true;
    out.outcome = out.months.empty() ? "not_eligible" : "eligible";
    out.conditions = {"on_application"};
    if (!out.months.empty() && r.paid && paid_in_year > 0)
      out.amount = *r.paid * static_cast<Fen>(out.months.size()) / paid_in_year;
    out.notes.cite(cite("art-21"), "", {{"months", out.months.size()}});
    return out;
  }
  return std::nullopt;
}


// 第十六、十七条 重复参保; 第十八条（一） assisted; 第十九条 the refund that follows.
std::optional<DuplicatesSection> art_16_17(const Ctx& ctx) {
  if (ctx.cs().records.size() < 2) return std::nullopt;
  KeepCites k;
  k.detect = cite("art-16");
  k.employee = cite("art-17/1");
  k.resident = cite("art-17/2");
  k.student = cite("art-17/3");
  k.cross_system = cite("art-17/4");
  k.flexible = cite("art-17/5");
  k.assisted = cite("art-18/1#assisted");
  k.refund_rules = {cite("art-19")};
  return duplicates(ctx, k);
}


// art-18/1 — medical-assistance recipients: "不受居民医保规定缴费时间限制".
std::optional<Finding> period_exempt(const Ctx& ctx) {
  if (!ctx.cs().person.has(Group::medical_assistance)) return std::nullopt;
  return ok(cite("art-18/1"), cite("art-18/1#period"));
}

}  // namespace

Ruleset guangdong_2021() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = art_6_8_9;
  rs.registration_clear = art_8_9_clear;
  rs.centralized_period = art_27;
  rs.waiting_period = art_10_18;
  rs.refund = art_19_21;
  rs.duplicates = art_16_17;
  rs.period_exempt = period_exempt;
  return rs;
}

}  // namespace canbao
