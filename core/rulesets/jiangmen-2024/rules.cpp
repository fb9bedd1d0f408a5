// jiangmen-2024: 《江门市基本医疗保险参保管理经办规程（征求意见稿）》 (draft for comment; its own
// term 2024-01-01 to 2028-12-31, art 31; data/texts/001_a041b2e30c3aebbc.txt). Over guangdong-2021.
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr const char* R = "jiangmen-2024";
std::string cite(const std::string& a) { return std::string(R) + "/" + a; }

bool employee_action(Action a) { return a == Action::enroll_employee || a == Action::enroll_flexible; }

// 第十三条 职工医保缴费登记: "如参保人已在本省其他用人单位参保缴费，税务部门应提醒用人单位及时告知参保人。
// …如存在其他地区有效参保状态，医保经办机构应告知参保人中止原参保关系"
std::optional<Finding> art_13(const Ctx& ctx, const Record& r, int) {
  const Case& c = ctx.cs();
  if (!employee_action(c.action)) return std::nullopt;  // resident validation: guangdong-2021 arts 8–9
  if (employee_valid(r)) return step("suspend_employee_elsewhere", cite("art-13"), {"apply_transfer"});
  if (resident_paid_for(r, c.date.y) && elsewhere(ctx, r))
    return step("suspend_resident_elsewhere", cite("art-13"), {"apply_transfer"}, cite("art-13#resident"));
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
      out.notes.cite(cite("art-17"), cite("art-17#started"), {{"start", format_date(*r.benefit_start)}});
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
                   {{"first", format_fee_month(first)}, {"months", std::to_string(out.months.size())}});
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
        out.notes.cite(cite("art-27"), "", {{"year", std::to_string(y)}});
        return out;
      }
      // 第二十三条 "参保人在居民医保待遇享受期开始后，暂停居民医保参保关系的，个人缴费不再退回"
      out.outcome = "not_eligible";
      out.notes.cite(cite("art-23"), cite("art-23#started"), {{"year", std::to_string(y)}});
      return out;
    }
    // Before the benefit period: "可按照省和本市相关文件规定办理退费手续" — guangdong-2021 art 19 decides.
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

Ruleset jiangmen_2024() {
  Ruleset rs;
  rs.id = R;
  rs.registration_record = art_13;
  rs.registration_clear = art_13_clear;
  rs.waiting_period = art_20_4;
  rs.refund = art_19_23_27;
  return rs;
}

}  // namespace canbao
