// guangdong-2021-draft: 《广东省基本医疗保险参保管理经办规程（征求意见稿）》 (2021 draft for comment,
// never in force; data/texts/000_23592db2f8887d51.txt). Over national-2021. The most detailed
// validation (arts 11–13), continuity (art 19), bridges (arts 18, 20), duplicates and refunds.
// Its cross-references are sometimes wrong (art 19 says 第十六条 for art 18; art 20 says 第十五条
// for art 18; art 27 says 第二十四条 for art 26; art 29 says 第二十四条 / 第二十三条 for arts 26 / 25):
// canbao cites the article that really holds the rule.
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "guangdong-2021-draft";
Cite cite(std::string_view a) { return Cite::join(R, "/", a); }
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }
bool resident_action(Action a) { return a == Action::enroll_resident || a == Action::enroll_resident_next_year; }

std::optional<Finding> art_11_12_13(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  if (employee_action(c.action)) {
    // 第十一条（一）1 "参保人员的职工医保参保状态为'正常参保'" → 校验不通过
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-11/1"), {}, cite("art-11/1#normal"));
    // 第十一条（一）2 "职工医保参保状态为'中止（暂停）参保'，…申报应征费款所属期月份已存在实缴数据" → 校验不通过,
    // "中止原职工参保关系或（及）办理相关职工医保费退费后再申请办理"
    if (r.scheme == Scheme::employee && r.status == Status::suspended && r.month_paid(fee_month_of(c.date)))
      return step("refund_employee_month_first", cite("art-11/1"), {}, cite("art-11/1#month_paid"));
    // 第十一条（二）居民医保 "中止（暂停）参保"或"正常参保" → 校验通过; "医保信息平台自动中止该参保人员的原居民医保参保关系"
    if (r.scheme == Scheme::resident && r.status == Status::normal)
      return effect({"previous_resident_suspended"}, cite("art-11/2"));
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident) {
    // 第十二条（一）
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-12/1"));
    if (r.scheme != Scheme::resident || r.status != Status::normal) return std::nullopt;
    // 第十二条（二）"居民医保参保状态为'正常参保'且同时有本城乡居民年度的实缴数据" → "本年度不予办理居民参保登记"
    if (r.year_paid(y))
      return refuse(elsewhere(ctx, r) ? "resident_valid_elsewhere_this_year" : "already_enrolled_this_year", cite("art-12/2"));
    // 第十二条（三）"其他统筹地区…'正常参保'，且无本城乡居民年度实缴数据的" → 校验通过, 自动中止原居民医保参保关系
    if (elsewhere(ctx, r)) return effect({"previous_resident_suspended"}, cite("art-12/3"));
    return std::nullopt;
  }
  if (c.action == Action::enroll_resident_next_year) {
    // 第十三条（一）
    if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-13/1"));
    if (r.scheme != Scheme::resident || !elsewhere(ctx, r)) return std::nullopt;
    if (r.status == Status::normal) {
      // 第十三条（二）"'正常参保'且有下年度的应缴或实缴数据" → 取消原下一年度参保登记或（及）申请退费
      if (r.year_due_or_paid(y)) return step("cancel_next_year_elsewhere", cite("art-13/2"), {"previous_resident_suspended_after_year_end"});
      // 第十三条（三）无下年度数据 → 校验通过; 本年度参保地不得重复缴纳; 第十三条（五）本年度结束后自动中止
      return effect({"no_double_charge_next_year", "previous_resident_suspended_after_year_end"}, cite("art-13/3"));
    }
    // 第十三条（四）"'中止（暂停）参保'且有下年度应缴数据" → 校验通过, 自动核销本年度参保地生成的下年度应缴数据
    if (r.status == Status::suspended && r.years.count(y) && !r.year_paid(y))
      return effect({"previous_next_year_due_written_off"}, cite("art-13/4"));
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Finding> clear(const Ctx& ctx) {
  switch (ctx.cs().action) {
    case Action::enroll_employee:
    case Action::enroll_flexible: return ok(cite("art-11"), cite("art-11#clear"));
    case Action::enroll_resident: return ok(cite("art-12"), cite("art-12#clear"));
    case Action::enroll_resident_next_year: return ok(cite("art-13"), cite("art-13#clear"));
    case Action::none: break;
  }
  return std::nullopt;
}

// 第八条 参保识别码: 身份证 / 港澳台通行证或居住证 / 外国护照或永久居留证 / 无合法证件者由省规定自动生成.
std::optional<Finding> art_8(const Ctx& ctx) {
  switch (ctx.cs().person.document) {
    case Document::resident_id_card: return std::nullopt;
    case Document::hk_macao_permit:
    case Document::taiwan_permit:
    case Document::hmt_residence_permit: return ok(cite("art-8/2"));
    case Document::foreign_passport:
    case Document::foreign_permanent_residence: return ok(cite("art-8/3"));
    case Document::none: return ok(cite("art-8/4"));
  }
  return std::nullopt;
}

// 第四十六条 "集中缴费期是指每年9月1日起至当年12月31日止"
std::optional<Period> art_46(const Ctx& ctx, int y) {
  Period p;
  p.rule = cite("art-46");
  const auto start = ctx.text_param("centralized_period_start");
  const auto end = ctx.text_param("centralized_period_end");
  if (start && end) {
    p.start = parse_date_in(y - 1, start->text);
    p.end = parse_date_in(y - 1, end->text);
  }
  p.text = cite("art-46");
  return p;
}

// Waiting: 第十五条 新生儿; 第二十七条（一）2 医疗救助对象; 第二十三条 退役军人等; 第十八～二十条 跨制度待遇衔接.
std::optional<WaitingPeriod> waiting(const Ctx& ctx, const std::optional<Period>&) {
  const Case& c = ctx.cs();
  WaitingPeriod w;
  if (c.action == Action::enroll_resident && c.person.birth_date && is_newborn(c.person, c.date)) {
    const int window = ctx.int_param("newborn_window_days");
    const auto age = days_between(*c.person.birth_date, c.date);
    if (age <= window) {
      w.outcome = "none";
      w.exemption = "newborn";
      w.benefit_start = *c.person.birth_date;
      w.notes.cite(cite("art-15"), "", {{"days", age}, {"window", window}});
      return w;
    }
    return std::nullopt;  // "按照所在统筹地区规定执行"
  }
  if (c.person.has(Group::medical_assistance)) {
    w.outcome = "none";
    w.exemption = "medical_assistance";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-27/1"));
    return w;
  }
  if (c.person.has(Group::veteran) || (c.person.has(Group::military_spouse) && employee_action(c.action))) {
    w.outcome = "none";
    w.exemption = c.person.has(Group::veteran) ? "veteran" : "military_spouse";
    w.benefit_start = c.date;
    w.notes.cite(cite("art-23"));
    return w;
  }
  // 第十八条 统筹地区内跨制度待遇衔接 — only for a switch between the schemes. The gap runs to
  // the month the new cover starts: the payment month, or January of the insurance year for a
  // next-year resident enrollment (the contribution buys that year).
  const FeeMonth paid_fm = fee_month_of(c.date);
  const FeeMonth fm = cover_start_month(c);
  const Continuity cont = continuity_before(c, fm);
  if (!cont.last_scheme) return std::nullopt;
  const bool to_employee = employee_action(c.action) && *cont.last_scheme == Scheme::resident;
  const bool to_resident = resident_action(c.action) && *cont.last_scheme == Scheme::employee;
  if (!to_employee && !to_resident) return std::nullopt;
  // The real hole before the month, even when the month itself is already covered.
  const int gap = cont.gap_months;
  const int need = ctx.int_param("bridge_continuity_months");
  const int max_gap = ctx.int_param("bridge_max_gap_months");
  Vars vars = {{"months", cont.months}, {"gap", gap},
                                             {"need", need}, {"max_gap", max_gap}};
  // 第十九条 "连续2年（含2年）以上参加基本医疗保险是指参保人员办理参保登记前，基本医疗保险参保无中断满24个月"
  if (cont.months < need) {
    // 第二十条 "参保人员连续参加基本医疗保险不足2年的，其统筹地区内跨制度待遇衔接按照所在统筹地区规定执行"
    w.outcome = "local_rules";
    w.notes.cite(cite("art-19"), cite("art-19#bridge"), vars);
    w.notes.cite(cite("art-20"));
    return w;
  }
  w.notes.cite(cite("art-19"), cite("art-19#bridge"), vars);
  if (gap == 0) {
    // 第十八条（一）无中断缴费期跨制度参保: 进入新制度待遇享受期前继续享受原待遇.
    w.outcome = "none";
    w.exemption = "cross_system_bridge";
    w.notes.cite(cite("art-18/1"), to_employee ? cite("art-18/1#to_employee") : cite("art-18/1#to_resident"));
    return w;
  }
  if (gap <= max_gap) {
    // 第十八条（二）中断缴费时间不超过3个月: "自缴纳职工医保费（居民医保费）的次月起进入其待遇享受期"
    w.outcome = "none";
    w.exemption = "cross_system_bridge";
    w.benefit_start = first_day(std::max(paid_fm + 1, fm));
    vars.set("start", *w.benefit_start);
    w.notes.cite(cite("art-18/2"), to_employee ? cite("art-18/2#to_employee") : cite("art-18/2#to_resident"), vars);
    return w;
  }
  // 第十八条（三）"中断缴费时间超过3个月的，其待遇衔接按照统筹地区规定执行"
  w.outcome = "local_rules";
  w.notes.cite(cite("art-18/3"), "", vars);
  return w;
}

std::optional<int> year_before_benefits(const Record& r, const Date& on) {
  for (const auto& [y, p] : r.years)
    if (p == Pay::paid && y >= on.y && on < resident_benefit_start(r, y)) return y;
  return std::nullopt;
}

// 第二十五条（三）跨制度重复参保: "每一居民医保待遇享受月份均有职工医保费实缴数据"
bool cross_system_duplicate(const Case& c, const Record& resident, int y) {
  const Date start = resident_benefit_start(resident, y);
  for (int m = start.m; m <= 12; ++m) {
    bool any = false;
    for (const auto& e : c.records)
      if (e.scheme == Scheme::employee && e.month_paid(fee_month(y, m))) any = true;
    if (!any) return false;
  }
  return true;
}

void subsidy(const Record& r, Refund& out) {
  if (!r.subsidized) return;
  // 第三十二条 "需按规定退回已经享受的参保缴费补贴…医疗救助资助参保人员退费按户籍地统筹地区规定执行"
  out.conditions.push_back("return_assistance_subsidy");
  out.notes.cite(cite("art-32"));
}

// 第二十八～三十四条 refunds.
std::optional<Refund> refund(const Ctx& ctx) {
  const Case& c = ctx.cs();
  const Event& e = *c.event;
  const Record& r = c.records[static_cast<std::size_t>(e.record)];
  Refund out;
  out.record = e.record;
  out.reason = name(e.kind);
  if (r.scheme == Scheme::resident) {
    if (e.kind == EventKind::employed_after_flexible_annual || e.kind == EventKind::lump_sum_then_death) return std::nullopt;
    if (auto y = year_before_benefits(r, e.date)) {
      const auto clause = [&] {
        switch (e.kind) {
          case EventKind::death: return cite("art-28/1");
          case EventKind::joined_employee: return cite("art-28/2");
          case EventKind::joined_resident_elsewhere: return cite("art-28/3");
          default: return cite("art-30");  // duplicate_payment (the other two kinds returned above)
        }
      };
      out.outcome = "eligible";
      out.amount = r.paid;
      out.conditions = {"on_application", "terminate_resident_relationship"};
      out.notes.cite(clause(), "", {{"year", *y}});
      subsidy(r, out);
      return out;
    }
    // In the benefit period.
    const int y = e.date.y;
    Vars vars = {{"year", y}};
    if (e.kind == EventKind::duplicate_payment) {
      // 第三十条 "因各种原因在统筹区同一年度内重复参保缴居民医保费或重复缴居民医保费的，…应当办理居民医保费退费"
      out.outcome = "eligible";
      out.amount = r.paid;
      out.conditions = {"on_application"};
      out.notes.cite(cite("art-30"), "", vars);
      subsidy(r, out);
      return out;
    }
    if (e.kind == EventKind::joined_resident_elsewhere || e.kind == EventKind::joined_employee) {
      const bool dup = e.kind == EventKind::joined_resident_elsewhere || cross_system_duplicate(c, r, y);
      const std::string clause = e.kind == EventKind::joined_resident_elsewhere ? "art-29/1" : "art-29/2";
      if (dup) {
        if (!r.benefits_used) {
          // "如参保人员未在不保留的参保地享受居民医保待遇的，不保留的参保地办理退费并在医保信息系统核销其实缴台账"
          out.outcome = "eligible";
          out.amount = r.paid;
          out.conditions = {"on_application", "terminate_resident_relationship"};
          if (e.kind == EventKind::joined_resident_elsewhere) out.conditions.push_back("keep_other_region_chosen");
          out.notes.cite(cite(clause), cite(clause + "#unused"), vars);
          subsidy(r, out);
          return out;
        }
        // "如参保人员已在不保留的参保地享受居民医保待遇的，其居民医保费退费按照参保地规定执行"
        out.outcome = "local_rules";
        out.notes.cite(cite(clause), cite(clause + "#used"), vars);
        return out;
      }
    }
    // 第三十一条 同时符合: 进入待遇享受期、不属于重复参保、未办理转移、中止参保 → 不退居民医保费
    out.outcome = "not_eligible";
    out.notes.cite(cite("art-31"), "", vars);
    return out;
  }
  // Employee records.
  if (e.kind == EventKind::duplicate_payment) {
    // 第三十三条（一）"参保人员因各种原因在统筹区同一月份内重复缴纳职工医保费的，税务部门按照规定办理医保费退费"
    for (const auto& [fm, p] : r.months) {
      if (p != Pay::paid) continue;
      for (std::size_t i = 0; i < c.records.size(); ++i) {
        const auto& o = c.records[i];
        if (static_cast<int>(i) != e.record && o.scheme == Scheme::employee && o.region == r.region && o.month_paid(fm)) {
          out.months.push_back(fm);
          break;
        }
      }
    }
    out.by_month = true;
    out.outcome = out.months.empty() ? "not_eligible" : "eligible";
    out.conditions = {"on_application"};
    out.notes.cite(cite("art-33/1"), out.months.empty() ? cite("art-33/1#none") : "",
                   {{"months", out.months.size()}});
    return out;
  }
  return std::nullopt;
}


// 第十九条 参保年限计算规则 (24 months; employee months by fee month, resident months by benefit month).
std::optional<ContinuitySection> art_19_continuity(const Ctx& ctx) {
  if (ctx.cs().records.empty() && ctx.cs().coverage_years.empty()) return std::nullopt;
  // Read one parameter at a time: argument evaluation order is unspecified, and a missing
  // parameter warns — the warnings' order must be the same in every build.
  const int need = ctx.int_param("bridge_continuity_months");
  const int max_gap = ctx.int_param("bridge_max_gap_months");
  return continuity(ctx, cite("art-19"), need, max_gap);
}

// 第二十五条 判断规则; 第二十六条 处理原则; 第二十九、三十、三十三条 the refunds that follow.
std::optional<DuplicatesSection> art_25_26(const Ctx& ctx) {
  if (ctx.cs().records.size() < 2) return std::nullopt;
  KeepCites k;
  k.detect = cite("art-25");
  k.detect_employee = cite("art-25/1");
  k.detect_resident = cite("art-25/2");
  k.detect_cross = cite("art-25/3");
  k.employee = cite("art-26/1");
  k.resident = cite("art-26/2");
  k.student = cite("art-26/3");
  k.cross_system = cite("art-26/4");
  k.cross_system_min_employee_months = 0;  // "跨制度重复参保的，原则上保留职工医保参保关系"
  k.assisted = cite("art-26/5");
  k.flexible = cite("art-26/6");
  k.flexible_keeps_employee = true;        // "原则上保留职工医保关系"
  k.refund_rules = {cite("art-29"), cite("art-30"), cite("art-33")};
  return duplicates(ctx, k);
}


// art-27/1 — medical-assistance recipients: "不受居民医保规定的中途参保限制".
std::optional<Finding> period_exempt(const Ctx& ctx) {
  if (!ctx.cs().person.has(Group::medical_assistance)) return std::nullopt;
  return ok(cite("art-27/1"), cite("art-27/1#period"));
}

}  // namespace

Ruleset guangdong_2021_draft() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = art_11_12_13;
  rs.registration_person = art_8;
  rs.registration_clear = clear;
  rs.centralized_period = art_46;
  rs.waiting_period = waiting;
  rs.refund = refund;
  rs.continuity = art_19_continuity;
  rs.duplicates = art_25_26;
  rs.period_exempt = period_exempt;
  return rs;
}

}  // namespace canbao
