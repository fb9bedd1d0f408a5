// guangdong-2025-draft: 《广东省基本医疗保险参保管理经办规程（2025版征求意见稿）》 (draft for comment,
// date left blank in art 40; data/texts/003_3d2feb708d8fe1ff.txt). Over national-2024 and
// national-2021 (its art 1 cites 国办发〔2024〕38号 and 医保办函〔2021〕11号). It carries the 2025
// national waiting-period rules in its own words (arts 17–20).
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "guangdong-2025-draft";
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }
const std::string kProvince = "440000";

std::optional<Finding> registration(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  const bool same_province = in_province(r.region, c.region);
  if (employee_action(c.action)) {
    // 第七条（一）"需进行人员省内有效参保状态校验…已在广东地区其他用人单位，或自行以灵活就业人员身份参保缴费的，
    // …办理停保后，再次办理缴费登记" — the province check; out-of-province records: national-2021 art 7.
    if (employee_valid(r) && same_province) return step("suspend_employee_elsewhere", cite("art-7/1"));
    // 第七条（二）"如人员存在省内居民医保有效参保状态，在其完成新的职工医保参保登记缴费后，立即暂停原居民医保参保关系"
    if (r.scheme == Scheme::resident && r.status == Status::normal && same_province && r.year_paid(c.date.y))
      return effect({"previous_resident_suspended"}, cite("art-7/2"));
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident) {
    // 第十条（一）灵活就业: 中止后再申请; 以职工身份参保: 符合暂停条件的可停保后办理.
    if (employee_valid(r))
      return step("suspend_employee_elsewhere", cite("art-10/1"), {}, cite(r.flexible ? "art-10/1#flexible" : "art-10/1#employer"));
    if (r.scheme != Scheme::resident || r.status != Status::normal || !elsewhere(ctx, r)) return std::nullopt;
    if (same_province) {
      // 第十条（二）"原则上不再办理同一年度内跨统筹区居民医保参保手续…确需重新参加…按所在地区规定执行"
      if (r.year_paid(y)) return refuse("resident_valid_elsewhere_this_year", cite("art-10/2"));
      return std::nullopt;
    }
    // 第十条（三）"原为省外居民医保参保人…需先通过线上或线下渠道申请暂停原参保关系，或签订知情同意书"
    return step("suspend_resident_elsewhere_or_consent", cite("art-10/3"), {"previous_resident_suspended"});
  }
  if (c.action == Action::enroll_resident_next_year) {
    // 第十一条（一）
    if (employee_valid(r))
      return step("suspend_employee_elsewhere", cite("art-11/1"), {}, cite(r.flexible ? "art-11/1#flexible" : "art-11/1#employer"));
    if (r.scheme != Scheme::resident || !elsewhere(ctx, r) || r.status == Status::terminated) return std::nullopt;
    // 第十一条（三）"如已存在其他统筹区下一年度居民医保参保登记或有效参保状态，…取消原参保登记或申请退费后再申请办理"
    if (r.year_due_or_paid(y)) return step("cancel_next_year_elsewhere", cite("art-11/3"));
    // 第十一条（二）已参加当前年度居民医保: 无需暂停本年度参保关系.
    if (r.status == Status::normal && r.year_paid(y - 1)) {
      if (same_province) return effect({"previous_resident_suspended_after_year_end"}, cite("art-11/2"), cite("art-11/2#province"));
      return step("request_previous_resident_suspended_dec31", cite("art-11/2"), {}, cite("art-11/2#other_province"));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Finding> clear(const Ctx& ctx) {
  switch (ctx.cs().action) {
    case Action::enroll_employee:
    case Action::enroll_flexible: return ok(cite("art-7"), cite("art-7#clear"));
    case Action::enroll_resident: return ok(cite("art-10"), cite("art-10#clear"));
    case Action::enroll_resident_next_year: return ok(cite("art-11"), cite("art-11#clear"));
    case Action::none: break;
  }
  return std::nullopt;
}

// 第三十六条 "本规程所称居民医保集中参保期按国家和省有关规定执行": named, no dates.
std::optional<Period> art_36(const Ctx&, int) {
  Period p;
  p.rule = cite("art-36");
  return p;
}

// 第十九条 "两个等待期"校验; 第九条（一）新生儿; 第二十三条（一）（三）.
std::optional<WaitingPeriod> art_19(const Ctx& ctx, const std::optional<Period>& period) {
  const Case& c = ctx.cs();
  WaitingPeriod w;
  const bool resident = c.action == Action::enroll_resident || c.action == Action::enroll_resident_next_year;
  // 第二十三条（一）"资助参保救助对象在职工医保和居民医保之间切换参保险种、转移接续参保关系时，不设等待期"
  if (c.person.has(Group::medical_assistance)) {
    w.outcome = "none";
    w.exemption = "medical_assistance";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-23/1"));
    return w;
  }
  // 第二十三条（三）退役军人等
  if (c.person.has(Group::veteran) || (c.person.has(Group::military_spouse) && employee_action(c.action))) {
    w.outcome = "none";
    w.exemption = c.person.has(Group::veteran) ? "veteran" : "military_spouse";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-23/3"));
    return w;
  }
  if (!resident) return std::nullopt;  // employee waiting periods: national-2021 art 9 (local rules)
  // 第十九条（一）"属于新生儿等特殊群体的，不设置待遇等待期"; 第九条（一）"新生儿按规定缴纳出生当年居民医保费后，
  // 符合规定的医疗费用均纳入医保报销范围"
  if (c.action == Action::enroll_resident && is_newborn(c.person, c.date)) {
    w.outcome = "none";
    w.exemption = "newborn";
    // "新生儿未在规定时间内参加居民医保的，按所在统筹区规定执行": the time limit in force in the chain
    // is the national 90 days (national-2021 art 15(3)).
    const int window = ctx.int_param("newborn_window_days");
    if (c.person.birth_date && c.person.birth_date->y == c.date.y &&
        days_between(*c.person.birth_date, c.date) <= window) {
      w.benefit_start = *c.person.birth_date;
      w.notes.cite(cite("art-9/1"));
    } else {
      if (c.person.birth_date && c.person.birth_date->y == c.date.y) w.notes.cite(cite("art-9/1"), cite("art-9/1#late"));
      ctx.warn("benefit_start_local", "the newborn was not enrolled within the time limit (90 days, in the birth year): when benefits start is set by local rules (art 9(1) 按所在统筹区规定执行)");
    }
    w.notes.cite(cite("art-19/1"));
    return w;
  }
  // 第十九条（二）（三）"当年未在集中参保期参保或未连续参保，设置3个月固定待遇等待期，每多断保1年，
  // 在固定待遇等待期基础上，增加变动等待期1个月"
  WaitRule rule;
  rule.fixed_cite = cite("art-19/3");
  rule.variable_cite = cite("art-19/3");
  rule.variable_text = cite("art-19/3#variable");
  rule.exempt_cite = cite("art-19/2");
  rule.count_cite = "national-2024/art-1/2";
  rule.count_text = "national-2024/art-1/2#count";
  rule.fixed = ctx.int_param("waiting_fixed_months");
  rule.per_year = ctx.int_param("waiting_variable_months_per_year");
  rule.count_from = ctx.int_param("broken_years_count_from");
  return fixed_variable_wait(ctx, period, rule);
}

// 第二十条 "待遇等待期"缴费修复.
std::optional<Repair> art_20(const Ctx& ctx, const WaitingPeriod& w) {
  if (!w.fixed_months) return std::nullopt;
  RepairRule rule;
  rule.repair_cite = cite("art-20/1");
  rule.floor_cite = cite("art-20/1");
  rule.price_cite = cite("art-20/1");
  rule.per_year = ctx.int_param("repair_months_per_year");
  rule.floor_years = ctx.int_param("repair_floor_broken_years");
  rule.floor_total = ctx.int_param("repair_floor_total_months");
  auto r = fixed_variable_repair(ctx, w, rule);
  if (r.outcome == "available") r.notes.cite(cite("art-20/2"));
  return r;
}

std::optional<int> year_before_benefits(const Record& r, const Date& on) {
  for (const auto& [y, p] : r.years)
    if (p == Pay::paid && y >= on.y && on < resident_benefit_start(r, y)) return y;
  return std::nullopt;
}

// 第二十五条 退费处理.
std::optional<Refund> art_25(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  if (r.scheme == Scheme::employee) {
    // "职工医保退费情形按照现行国家、省，以及各统筹区有关规定执行"
    if (e.kind == EventKind::employed_after_flexible_annual) return std::nullopt;  // national-2021 art 16
    out.outcome = "local_rules";
    out.notes.cite(cite("art-25"), cite("art-25#employee"));
    return out;
  }
  const bool listed = e.kind == EventKind::death || e.kind == EventKind::duplicate_payment ||
                      e.kind == EventKind::joined_employee || e.kind == EventKind::joined_resident_elsewhere;
  if (!listed) return std::nullopt;
  if (auto y = year_before_benefits(r, e.date)) {
    // "参保人缴纳居民医保费后，未进入居民医保待遇享受期前，符合下列情况之一的，经办机构可在暂停或终止相关
    //  居民医保参保关系的同时，依申请为个人办理退费"
    out.outcome = "eligible";
    out.amount = r.paid;
    out.conditions = {"on_application", "terminate_resident_relationship"};
    out.notes.cite(cite("art-25"), cite("art-25#before"), {{"year", *y}, {"event", Word(name(e.kind))}});
    if (r.subsidized) {
      out.conditions.push_back("return_assistance_subsidy");
      ctx.warn("subsidy_rule_not_stated", "the 2025 draft does not restate the subsidy return of national-2021 art 16: the national rule applies");
      out.notes.cite("national-2021/art-16/2");
    }
    return out;
  }
  // "参保人在居民医保待遇享受期开始后，个人缴费不再退回，各统筹区规定的其他情形除外"
  out.outcome = "not_eligible";
  out.notes.cite(cite("art-25"), cite("art-25#started"));
  return out;
}


// 第二十一、二十二条 重复参保; 第二十三条（一） assisted; 第二十五条 the refund that follows.
std::optional<DuplicatesSection> art_21_22(const Ctx& ctx) {
  if (ctx.cs().records.size() < 2) return std::nullopt;
  KeepCites k;
  k.detect = cite("art-21");
  k.employee = cite("art-22/1");
  k.resident = cite("art-22/2");
  k.student = cite("art-22/3");
  k.cross_system = cite("art-22/4");
  k.flexible = cite("art-22/5");
  k.assisted = cite("art-23/1#assisted");
  k.refund_rules = {cite("art-25")};
  return duplicates(ctx, k);
}

// 第十八条 "两个激励"校验 — "上一年度医保基金零报销，按规定由系统自动提高限额…连续参保4年以上，逐年按规定由系统
// 自动提高限额，上一年度出现断保情况，连续参保积累年限清零，前期激励额度继续保留"
std::optional<Incentives> art_18(const Ctx& ctx) {
  return incentives(ctx, cite("art-18/3"), cite("art-18/2"), ctx.int_param("incentive_continuity_years"));
}

}  // namespace

Ruleset guangdong_2025_draft() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = registration;
  rs.registration_clear = clear;
  rs.centralized_period = art_36;
  rs.waiting_period = art_19;
  rs.repair = art_20;
  rs.refund = art_25;
  rs.duplicates = art_21_22;
  rs.incentives = art_18;
  return rs;
}

}  // namespace canbao
