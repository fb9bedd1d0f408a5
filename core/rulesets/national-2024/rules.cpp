// national-2024: 国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》.
// A guidance opinion without numbered articles in the excerpt canbao ships
// (data/sources/policy-facts.md §1): canbao numbers its quoted paragraphs —
//   art-1  待遇等待期 (clause 1 fixed 3 months, 2 variable months, 3 repair, 4 floor of 6 months)
//   art-2  缴费参照当年参保地的个人缴费标准；等待期具体标准由各省份确定
//   art-3  连续参保激励和零报销激励 (not modelled yet)
// Layered on national-2021; its rules apply to insurance years from 2025 ("自2025年起").
#include "../ruleset.hpp"

namespace canbao {
namespace {
using namespace clause;
constexpr char R[] = "national-2024";
template <std::size_t N>
Cite cite(const char (&a)[N]) { return ruleset_cite<R>(a, N - 1); }  // a literal: cached by address

bool resident_action(Action a) { return a == Action::enroll_resident || a == Action::enroll_resident_next_year; }

// art-1 — "自2025年起，除新生儿等特殊群体外，对未在居民医保集中参保期内参保或未连续参保的人员，
// 设置参保后固定待遇等待期3个月；其中，未连续参保的，每多断保1年，原则上在固定待遇等待期基础上增加
// 变动待遇等待期1个月"
std::optional<WaitingPeriod> art_1(const Ctx& ctx, const std::optional<Period>& period) {
  const Case& c = ctx.cs();
  if (!resident_action(c.action)) return std::nullopt;  // the opinion's waiting periods are for residents
  const int y = insurance_year(c);
  if (y < ctx.int_param("start_year")) return std::nullopt;  // "自2025年起": the earlier text decides
  // "除新生儿等特殊群体外": the groups national-2021 art 15 exempts keep their rule there.
  if (c.person.has(Group::medical_assistance) || c.person.has(Group::veteran)) return std::nullopt;
  if (is_newborn(c.person, c.date) && c.action == Action::enroll_resident) {
    const int window = ctx.int_param("newborn_window_days");
    if (c.person.birth_date && days_between(*c.person.birth_date, c.date) <= window) return std::nullopt;
    WaitingPeriod w;
    w.outcome = "none";
    w.exemption = "newborn";
    w.notes.cite(cite("art-1/1"), cite("art-1/1#newborn"));
    ctx.warn("benefit_start_local", "a newborn enrolled after the 90-day window has no waiting period, but when benefits start is set by local rules");
    return w;
  }
  WaitRule rule;
  rule.fixed_cite = cite("art-1/1");
  rule.variable_cite = cite("art-1/2");
  rule.exempt_cite = cite("art-1/1");
  rule.exempt_text = cite("art-1/1#exempt");
  rule.count_cite = cite("art-1/2");
  rule.count_text = cite("art-1/2#count");
  rule.fixed = ctx.int_param("waiting_fixed_months");
  rule.per_year = ctx.int_param("waiting_variable_months_per_year");
  rule.count_from = ctx.int_param("broken_years_count_from");
  return fixed_variable_wait(ctx, period, rule);
}

// art-1 clauses 3–4 and art-2 — "参保人员可通过缴费修复变动待遇等待期，每多缴纳1年可减少1个月变动待遇等待期，
// 连续断缴4年及以上的，修复后固定待遇等待期和变动待遇等待期之和原则上不少于6个月" / "缴费参照当年参保地的个人缴费标准"
std::optional<Repair> art_1_3(const Ctx& ctx, const WaitingPeriod& w) {
  if (!w.fixed_months) return std::nullopt;  // only the month-based waiting period this text sets
  RepairRule rule;
  rule.repair_cite = cite("art-1/3");
  rule.floor_cite = cite("art-1/4");
  rule.price_cite = cite("art-2/1");
  rule.per_year = ctx.int_param("repair_months_per_year");
  rule.floor_years = ctx.int_param("repair_floor_broken_years");
  rule.floor_total = ctx.int_param("repair_floor_total_months");
  return fixed_variable_repair(ctx, w, rule);
}


// art-3 — "对连续参加居民医保满4年的参保人员，之后每连续参保1年，可适当提高大病保险最高支付限额。对当年基金零报销的
// 居民医保参保人员，次年可提高大病保险最高支付限额…原则上每次提高限额均不低于1000元，累计提高总额不超过所在统筹地区
// 大病保险原封顶线的20%"
std::optional<Incentives> art_3(const Ctx& ctx) {
  auto out = incentives(ctx, cite("art-3/2"), cite("art-3/3"), ctx.int_param("incentive_continuity_years"));
  if (out.outcome == "not_applicable") return std::nullopt;
  return out;
}

}  // namespace

Ruleset national_2024() {
  Ruleset rs;
  rs.id = R;
  rs.waiting_period = art_1;
  rs.repair = art_1_3;
  rs.incentives = art_3;
  return rs;
}

}  // namespace canbao
