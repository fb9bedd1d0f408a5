// Helpers for clauses that several texts word alike. Each caller cites its own article.
#include "ruleset.hpp"

namespace canbao::clause {

bool employee_valid(const Record& r) { return r.scheme == Scheme::employee && r.status == Status::normal; }

bool resident_paid_for(const Record& r, int y) {
  return r.scheme == Scheme::resident && r.status == Status::normal && r.year_paid(y);
}

bool elsewhere(const Ctx& ctx, const Record& r) { return r.region != ctx.cs().region; }

bool in_province(const std::string& a, const std::string& b) {
  return a.size() >= 2 && b.size() >= 2 && a[0] == b[0] && a[1] == b[1];
}

Finding step(std::string code, std::string rule, std::vector<std::string> effects, std::string text) {
  Finding f;
  f.kind = Finding::Kind::step;
  f.code = std::move(code);
  f.rule = std::move(rule);
  f.effects = std::move(effects);
  f.text = std::move(text);
  return f;
}

Finding refuse(std::string code, std::string rule, std::string text) {
  Finding f;
  f.kind = Finding::Kind::refuse;
  f.code = std::move(code);
  f.rule = std::move(rule);
  f.text = std::move(text);
  return f;
}

Finding effect(std::vector<std::string> effects, std::string rule, std::string text) {
  Finding f;
  f.kind = Finding::Kind::effect;
  f.effects = std::move(effects);
  f.rule = std::move(rule);
  f.text = std::move(text);
  return f;
}

Finding ok(std::string rule, std::string text) {
  Finding f;
  f.kind = Finding::Kind::ok;
  f.rule = std::move(rule);
  f.text = std::move(text);
  return f;
}

Date months_after(const Date& from, int months, DayConvention conv) {
  Date d = add_months(from, months);
  return conv == DayConvention::next_day ? add_days(d, 1) : d;
}

}  // namespace canbao::clause

namespace canbao::clause {

std::optional<bool> in_period(const std::optional<Period>& p, const Date& d) {
  if (!p || !p->end) return std::nullopt;
  if (d > *p->end) return false;
  if (p->start) return d >= *p->start;
  return d.y >= p->end->y - 1;  // the start is not known: any date from the year before on
}

DayConvention day_convention(const Ctx& ctx, std::string* cite_out) {
  const Case& c = ctx.cs();
  if (c.params.waiting_day_convention) {
    if (cite_out) *cite_out = "params";
    return *c.params.waiting_day_convention;
  }
  if (auto hit = ctx.local_param("waiting_day_convention", std::nullopt)) {
    if (cite_out) *cite_out = hit->citation;
    return hit->text == "next_day" ? DayConvention::next_day : DayConvention::same_day;
  }
  ctx.warn("day_convention_assumed",
           "no sourced day convention for region " + c.region +
               ": benefit start assumed on the same calendar day the months end (supply params.waiting_day_convention)");
  if (cite_out) *cite_out = "";
  return DayConvention::same_day;
}

namespace {
Date start_after(const WaitingPeriod& w, int total, bool days, DayConvention conv) {
  const Date from = *w.counted_from;
  if (days) return add_days(from, w.in_centralized_period ? total : total + 1);
  if (w.in_centralized_period) return add_months(from, total);
  return months_after(from, total, conv);
}
}  // namespace

WaitingPeriod fixed_variable_wait(const Ctx& ctx, const std::optional<Period>& period, const WaitRule& rule) {
  const Case& c = ctx.cs();
  const int y = insurance_year(c);
  WaitingPeriod w;
  auto inside = in_period(period, c.date);
  if (!inside) {
    if (c.action == Action::enroll_resident_next_year) {
      inside = true;
      ctx.warn("centralized_period_assumed", "the centralized period is not known: next-year enrollment is assumed to be made inside it");
    } else {
      inside = false;
      ctx.warn("centralized_period_unknown",
               "the centralized period for " + std::to_string(y) +
                   " is not known: the payment is treated as outside it (supply params.centralized_period_start/end)");
    }
  }
  w.in_centralized_period = *inside;
  const int n = broken_years_before(covered_years(c), y, rule.count_from);
  w.broken_years = n;
  const std::map<std::string, std::string> vars = {{"year", std::to_string(y)}, {"broken", std::to_string(n)},
                                                    {"from", std::to_string(rule.count_from)}};
  if (*inside && n == 0) {
    // Paid in the centralized period and continuously insured: no waiting period.
    w.outcome = "none";
    w.exemption = rule.exemption;
    w.benefit_start = Date{y, 1, 1};
    w.notes.cite(rule.exempt_cite, rule.exempt_text, vars);
    return w;
  }
  w.outcome = "applies";
  const int variable = (n > 1 ? n - 1 : 0) * rule.per_year;
  const int total = rule.fixed + variable;
  if (rule.days) {
    w.fixed_days = rule.fixed;
    w.variable_days = variable;
    w.total_days = total;
  } else {
    w.fixed_months = rule.fixed;
    w.variable_months = variable;
    w.total_months = total;
  }
  DayConvention conv = DayConvention::same_day;
  if (*inside) {
    w.counted_from = Date{y, 1, 1};  // the benefit year's first day (policy-facts §2.2 W2, §2.1 Q1)
  } else {
    w.counted_from = c.date;  // the payment date (policy-facts §2.2 W1, §2.3 G1)
    if (!rule.days) {
      std::string conv_cite;
      conv = day_convention(ctx, &conv_cite);
      w.day_convention = name(conv);
    } else {
      w.day_convention = "days_from_next_day";
    }
  }
  w.benefit_start = start_after(w, total, rule.days, conv);
  auto v = vars;
  v["fixed"] = std::to_string(rule.fixed);
  v["variable"] = std::to_string(variable);
  v["total"] = std::to_string(total);
  v["start"] = format_date(*w.benefit_start);
  v["from_date"] = format_date(*w.counted_from);
  w.notes.cite(rule.fixed_cite, rule.fixed_cite + (*inside ? "#broken" : "#outside"), v);
  if (variable > 0) w.notes.cite(rule.variable_cite, rule.variable_text, v);
  if (!rule.count_cite.empty()) w.notes.cite(rule.count_cite, rule.count_text, v);
  return w;
}

Repair fixed_variable_repair(const Ctx& ctx, const WaitingPeriod& w, const RepairRule& rule) {
  const Case& c = ctx.cs();
  Repair r;
  const int variable = rule.days ? w.variable_days.value_or(0) : w.variable_months.value_or(0);
  const int fixed = rule.days ? w.fixed_days.value_or(0) : w.fixed_months.value_or(0);
  const int n = w.broken_years.value_or(0);
  if (w.outcome != "applies" || variable == 0) {
    r.outcome = "not_needed";
    r.notes.cite(rule.repair_cite, rule.repair_cite + "#not_needed");
    return r;
  }
  // The floor: "连续断缴4年及以上的，修复后固定待遇等待期和变动待遇等待期之和原则上不少于6个月"
  int keep = 0;
  if (n >= rule.floor_years) {
    keep = rule.floor_total - fixed;
    if (keep < 0) keep = 0;
    if (rule.days) r.floor_days = rule.floor_total; else r.floor_months = rule.floor_total;
  }
  const int useful_units = variable > keep ? variable - keep : 0;
  const int max_years = useful_units / rule.per_year + (useful_units % rule.per_year ? 1 : 0);
  r.max_useful_years = max_years;
  // Price: "缴费参照当年参保地的个人缴费标准" (cited after the options it prices)
  const int y = insurance_year(c);
  Notes price;
  if (c.params.resident_contribution) {
    r.unit_cost = c.params.resident_contribution;
    price.cite(rule.price_cite, rule.price_cite + "#params", {{"year", std::to_string(y)}});
  } else {
    const std::string group = c.person.has(Group::student) ? "student" : "";
    if (auto hit = ctx.local_param("resident_contribution_cny", y, group)) {
      r.unit_cost = static_cast<Fen>(hit->number * 100 + 0.5);
      price.cite(rule.price_cite, rule.price_cite + "#sourced",
                   {{"year", std::to_string(y)}, {"source", hit->note}});
    } else {
      ctx.warn("unit_cost_unknown", "the " + std::to_string(y) + " individual resident contribution for region " +
                                        c.region + " is not in canbao's sourced data: supply params.resident_contribution_cny");
      price.cite(rule.price_cite, rule.price_cite + "#unknown", {{"year", std::to_string(y)}});
    }
  }
  for (int k = 0; k <= max_years; ++k) {
    RepairOption o;
    o.years = k;
    int cut = k * rule.per_year;
    if (cut > useful_units) cut = useful_units;
    const int total = fixed + variable - cut;
    if (rule.days) o.total_days = total; else o.total_months = total;
    if (r.unit_cost) o.cost = *r.unit_cost * k;
    if (w.counted_from) {
      DayConvention conv = DayConvention::same_day;
      if (w.day_convention && *w.day_convention == "next_day") conv = DayConvention::next_day;
      o.benefit_start = start_after(w, total, rule.days, conv);
    }
    r.options.push_back(o);
  }
  const std::map<std::string, std::string> vars = {{"years", std::to_string(max_years)},
                                                    {"unit_zh", rule.days ? "天" : "个月"},
                                                    {"unit_en", rule.days ? "days" : "months"},
                                                    {"per_year", std::to_string(rule.per_year)},
                                                    {"unit_step_en", rule.per_year == 1 ? (rule.days ? "day" : "month") : (rule.days ? "days" : "months")},
                                                    {"variable", std::to_string(variable)},
                                                    {"floor", std::to_string(rule.floor_total)},
                                                    {"broken", std::to_string(n)}};
  if (max_years == 0) {
    r.outcome = "at_floor";
    r.notes.cite(rule.floor_cite, rule.floor_cite + "#at_floor", vars);
  } else {
    r.outcome = "available";
    r.notes.cite(rule.repair_cite, "", vars);
    if (n >= rule.floor_years) r.notes.cite(rule.floor_cite, rule.floor_cite + "#floor", vars);
  }
  for (const auto& t : price.trace) r.notes.cite(t.rule, t.text, t.vars);
  return r;
}

}  // namespace canbao::clause
