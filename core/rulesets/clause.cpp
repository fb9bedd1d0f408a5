// Helpers for clauses that several texts word alike. Each caller cites its own article.
#include <algorithm>
#include <bitset>
#include <set>
#include <string_view>
#include <tuple>

#include "model/small_sort.hpp"
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

Finding step(std::string code, Cite rule, std::vector<std::string> effects, Cite text) {
  Finding f;
  f.kind = Finding::Kind::step;
  f.code = std::move(code);
  f.rule = rule;
  f.effects = std::move(effects);
  f.text = text;
  return f;
}

Finding refuse(std::string code, Cite rule, Cite text) {
  Finding f;
  f.kind = Finding::Kind::refuse;
  f.code = std::move(code);
  f.rule = rule;
  f.text = text;
  return f;
}

Finding effect(std::vector<std::string> effects, Cite rule, Cite text) {
  Finding f;
  f.kind = Finding::Kind::effect;
  f.effects = std::move(effects);
  f.rule = rule;
  f.text = text;
  return f;
}

Finding ok(Cite rule, Cite text) {
  Finding f;
  f.kind = Finding::Kind::ok;
  f.rule = rule;
  f.text = text;
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
  Vars vars = {{"year", y}, {"broken", n},
                                              {"from", rule.count_from}};
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
  auto v = std::move(vars);
  v.set("fixed", rule.fixed);
  v.set("variable", variable);
  v.set("total", total);
  v.set("start", *w.benefit_start);
  v.set("from_date", *w.counted_from);
  const bool more = variable > 0 || !rule.count_cite.empty();  // the last citation takes `v`
  w.notes.cite(rule.fixed_cite, Cite::concat(rule.fixed_cite, *inside ? Cite("#broken") : Cite("#outside")), more ? v : std::move(v));
  if (variable > 0) w.notes.cite(rule.variable_cite, rule.variable_text, rule.count_cite.empty() ? std::move(v) : v);
  if (!rule.count_cite.empty()) w.notes.cite(rule.count_cite, rule.count_text, std::move(v));
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
    r.notes.cite(rule.repair_cite, Cite::concat(rule.repair_cite, "#not_needed"));
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
    price.cite(rule.price_cite, Cite::concat(rule.price_cite, "#params"), {{"year", y}});
  } else {
    const std::string group = c.person.has(Group::student) ? "student" : "";
    if (auto hit = ctx.local_param("resident_contribution_cny", y, group)) {
      r.unit_cost = static_cast<Fen>(hit->number * 100 + 0.5);
      price.cite(rule.price_cite, Cite::concat(rule.price_cite, "#sourced"),
                   {{"year", y}, {"source", hit->note}});
    } else {
      ctx.warn("unit_cost_unknown", "the " + std::to_string(y) + " individual resident contribution for region " +
                                        c.region + " is not in canbao's sourced data: supply params.resident_contribution_cny");
      price.cite(rule.price_cite, Cite::concat(rule.price_cite, "#unknown"), {{"year", y}});
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
  const Vars vars = {{"years", max_years},
                                                    {"unit_zh", Word(rule.days ? "天" : "个月")},
                                                    {"unit_en", Word(rule.days ? "days" : "months")},
                                                    {"per_year", rule.per_year},
                                                    {"unit_step_en", Word(rule.per_year == 1 ? (rule.days ? "day" : "month") : (rule.days ? "days" : "months"))},
                                                    {"variable", variable},
                                                    {"floor", rule.floor_total},
                                                    {"broken", n}};
  if (max_years == 0) {
    r.outcome = "at_floor";
    r.notes.cite(rule.floor_cite, Cite::concat(rule.floor_cite, "#at_floor"), vars);
  } else {
    r.outcome = "available";
    r.notes.cite(rule.repair_cite, "", vars);
    if (n >= rule.floor_years) r.notes.cite(rule.floor_cite, Cite::concat(rule.floor_cite, "#floor"), vars);
  }
  for (const auto& t : price.trace) r.notes.cite(t.rule, t.text, t.vars);
  return r;
}

}  // namespace canbao::clause

namespace canbao::clause {

ContinuitySection continuity(const Ctx& ctx, Cite cite, int need_months, int max_gap) {
  const Case& c = ctx.cs();
  ContinuitySection s;
  // Up to the month the new cover starts: the date's month, or January of the insurance year
  // for a next-year resident enrollment (the bridges measure the gap the same way).
  const FeeMonth fm = cover_start_month(c);
  const Continuity run = continuity_before(c, fm);
  s.outcome = "computed";
  s.months = run.months;
  s.last_month = run.last;
  // The real hole before the month, even when the month itself is covered (a coverage year
  // listed for the enrollment does not close a gap before it).
  s.gap_months = run.last ? run.gap_months : 0;
  if (run.last_scheme) s.last_scheme = name(*run.last_scheme);
  // Split the run by scheme (a month with employee fees counts as employee).
  int emp = 0, res = 0;
  if (run.last) {
    for (FeeMonth m = *run.last - run.months + 1; m <= *run.last; ++m) {
      bool e = false;
      for (const auto& r : c.records)
        if (r.scheme == Scheme::employee && r.month_paid(m)) e = true;
      (e ? emp : res) += 1;
    }
  }
  s.employee_months = emp;
  s.resident_months = res;
  s.bridge_eligible = run.last && run.months >= need_months && *s.gap_months <= max_gap;
  s.notes.cite(cite, "", {{"months", run.months},
                          {"last", run.last ? format_fee_month(*run.last) : "-"},
                          {"gap", *s.gap_months},
                          {"employee", emp},
                          {"resident", res},
                          {"need", need_months},
                          {"max_gap", max_gap}});
  return s;
}

std::vector<DuplicateFound> find_duplicates(const Case& c) {
  std::vector<DuplicateFound> out;
  const int n = static_cast<int>(c.records.size());
  // Employee: the same fee month paid in two records.
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) {
      const auto& a = c.records[static_cast<std::size_t>(i)];
      const auto& b = c.records[static_cast<std::size_t>(j)];
      // The found entry is made at the first shared period only: most pairs share none, and an
      // entry allocates its record list.
      // Both lists are sorted: one walk through the two finds the shared periods in order.
      const auto shared_paid = [](const auto& x, const auto& y, auto on_shared) {
        auto p = x.begin(), q = y.begin();
        while (p != x.end() && q != y.end()) {
          if (p->first < q->first) ++p;
          else if (q->first < p->first) ++q;
          else {
            if (p->second == Pay::paid && q->second == Pay::paid) on_shared(p->first);
            ++p, ++q;
          }
        }
      };
      // Counted first, so that the periods are allocated once.
      const auto add_shared = [&](Word kind, const auto& x, const auto& y, auto period_text) {
        std::size_t shared = 0;
        shared_paid(x, y, [&](auto) { ++shared; });
        if (!shared) return;
        DuplicateFound& d = out.emplace_back(DuplicateFound{kind, {i, j}, {}, {}, {}});
        d.periods.reserve(shared);
        shared_paid(x, y, [&](auto period) { d.periods.push_back(period_text(period)); });
      };
      if (a.scheme == Scheme::employee && b.scheme == Scheme::employee)
        add_shared("employee_same_month", a.months, b.months, [](FeeMonth fm) { return format_fee_month(fm); });
      if (a.scheme == Scheme::resident && b.scheme == Scheme::resident)
        add_shared("resident_same_year", a.years, b.years, [](int y) { return std::to_string(y); });
    }
  // Cross-system: every benefit month of a paid resident year also paid as an employee.
  for (int i = 0; i < n; ++i) {
    const auto& r = c.records[static_cast<std::size_t>(i)];
    if (r.scheme != Scheme::resident) continue;
    for (const auto& [paid_year, p] : r.years) {
      if (p != Pay::paid) continue;
      const int y = paid_year;  // a plain variable: clang 14 cannot capture a structured binding
      const Date start = resident_benefit_start(r, y);
      // The benefit months as bits (bit m-1 for month m, the date's month 1..12), and each
      // employee record's paid months of year y the same way.
      const unsigned benefit = 0xFFFu >> (start.m - 1) << (start.m - 1);  // months start.m..12
      const auto paid_in = [&](const Record& e) {
        unsigned bits = 0;
        if (e.scheme != Scheme::employee) return bits;
        for (auto it = e.months.lower_bound(fee_month(y, 1)); it != e.months.end() && it->first <= fee_month(y, 12); ++it)
          if (it->second == Pay::paid) bits |= 1u << (it->first - fee_month(y, 1));
        return bits;
      };
      unsigned paid_any = 0;
      std::size_t paying = 0;
      for (const auto& e : c.records) {
        const unsigned bits = paid_in(e);
        paid_any |= bits;
        paying += (bits & benefit) != 0;
      }
      if ((paid_any & benefit) != benefit) continue;  // a benefit month no employee record paid
      DuplicateFound d{"cross_system", {}, {std::to_string(y)}, {}, {}};
      d.records.reserve(1 + paying);
      d.records.push_back(i);
      for (int j = 0; j < n; ++j)
        if (paid_in(c.records[static_cast<std::size_t>(j)]) & benefit) d.records.push_back(j);
      out.push_back(std::move(d));
    }
  }
  return out;
}

namespace {
// A keep clause given as "RULESET/art-N[/C][#variant]": cite the rule, explain with the variant.
void cite_key(Notes& n, Cite key) { n.cite(key.before('#'), key); }
void cite_key(Notes& n, Cite key, Vars&& vars) { n.cite(key.before('#'), key, std::move(vars)); }
int employee_run_months(const Record& r) {
  // The longest run of consecutive paid months ending at the record's last paid month.
  int best = 0;
  std::optional<FeeMonth> prev;
  int run = 0;
  for (const auto& [fm, p] : r.months) {
    if (p != Pay::paid) continue;
    run = prev && fm == *prev + 1 ? run + 1 : 1;
    prev = fm;
    best = run;
  }
  return best;
}
std::optional<int> only_in_region(const Case& c, const std::vector<int>& idx) {
  std::optional<int> found;
  for (int i : idx)
    if (c.records[static_cast<std::size_t>(i)].region == c.region) {
      if (found) return std::nullopt;
      found = i;
    }
  return found;
}
}  // namespace

DuplicatesSection duplicates(const Ctx& ctx, const KeepCites& k) {
  const Case& c = ctx.cs();
  DuplicatesSection s;
  s.found = find_duplicates(c);
  if (s.found.empty()) {
    s.outcome = "none";
    cite_key(s.notes, Cite::concat(k.detect, "#none"));
    return s;
  }
  s.outcome = "found";
  // Precedence, whatever the order the records are listed in: by kind (employee months,
  // resident years, cross-system), then the earliest periods, then what the records are
  // (scheme, region, subsidized, flexible). found[0] decides the section's keep and keep_rule.
  // Each rank computed once (views of the periods and regions), then the same stable order.
  struct Rank {
    int kind;
    const std::vector<std::string>* periods;
    std::vector<std::tuple<int, std::string_view, bool, bool>> who;
    bool operator<(const Rank& o) const { return std::tie(kind, *periods, who) < std::tie(o.kind, *o.periods, o.who); }
  };
  const auto rank = [&](const DuplicateFound& x) {
    Rank out{x.kind == "employee_same_month" ? 0 : x.kind == "resident_same_year" ? 1 : 2, &x.periods, {}};
    for (int i : x.records) {
      const auto& r = c.records[static_cast<std::size_t>(i)];
      out.who.emplace_back(r.scheme == Scheme::employee ? 0 : 1, r.region, r.subsidized, r.flexible);
    }
    small_sort(out.who.begin(), out.who.end());
    return out;
  };
  if (s.found.size() > 1) {
    std::vector<std::pair<Rank, std::size_t>> ranked;
    ranked.reserve(s.found.size());
    for (std::size_t i = 0; i < s.found.size(); ++i) ranked.emplace_back(rank(s.found[i]), i);
    small_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<DuplicateFound> sorted;
    sorted.reserve(s.found.size());
    for (auto& e : ranked) sorted.push_back(std::move(s.found[e.second]));
    s.found = std::move(sorted);
  }
  // Each duplicate: its detection clause, then the relationship kept and the clause that says so.
  s.notes.trace.reserve(2 * s.found.size());
  for (auto& d : s.found) {
    std::string periods;
    std::size_t length = 0;
    for (const auto& x : d.periods) length += x.size() + 2;
    periods.reserve(length);
    for (const auto& x : d.periods) {
      if (!periods.empty()) periods += ", ";
      periods += x;
    }
    Vars vars = {{"kind", d.kind}, {"periods", periods}};
    const Cite detect = d.kind == "employee_same_month"  ? k.detect_employee
                        : d.kind == "resident_same_year" ? k.detect_resident
                                                         : k.detect_cross;
    const Cite variant = d.kind == "employee_same_month"  ? Cite("#employee_same_month")
                         : d.kind == "resident_same_year" ? Cite("#resident_same_year")
                                                          : Cite("#cross_system");
    cite_key(s.notes, detect.empty() ? Cite::concat(k.detect, variant) : detect, std::move(vars));
    const bool assisted = std::any_of(d.records.begin(), d.records.end(),
                                      [&](int i) { return c.records[static_cast<std::size_t>(i)].subsidized; });
    if (d.kind == "employee_same_month") {
      d.keep_rule = "employment_place";
      d.keep = only_in_region(c, d.records);
      cite_key(s.notes, k.employee);
    } else if (d.kind == "resident_same_year") {
      if (c.person.has(Group::student) && !k.student.empty()) {
        d.keep_rule = "school";
        cite_key(s.notes, k.student);
      } else if (assisted && !k.assisted.empty()) {
        d.keep_rule = "person_chooses";
        cite_key(s.notes, k.assisted);
      } else {
        d.keep_rule = "residence";
        d.keep = only_in_region(c, d.records);
        cite_key(s.notes, k.resident);
      }
    } else {
      // The longest employee run; between equal runs, employer-paid before flexible, then the
      // case's region, then the region code — never the record's position.
      const auto key = [&](int i) {
        const auto& r = c.records[static_cast<std::size_t>(i)];
        return std::make_tuple(employee_run_months(r), !r.flexible, r.region == c.region, r.region);
      };
      std::optional<int> emp_index;
      for (std::size_t x = 1; x < d.records.size(); ++x)
        if (!emp_index || key(d.records[x]) > key(*emp_index)) emp_index = d.records[x];
      const int emp_months = emp_index ? employee_run_months(c.records[static_cast<std::size_t>(*emp_index)]) : 0;
      const bool flexible = emp_index && c.records[static_cast<std::size_t>(*emp_index)].flexible;
      if (flexible && !k.flexible.empty() && !k.flexible_keeps_employee) {
        d.keep_rule = "one_with_benefits";
        cite_key(s.notes, k.flexible);
      } else if (flexible && !k.flexible.empty()) {
        d.keep_rule = "employee_scheme";
        d.keep = emp_index;
        cite_key(s.notes, k.flexible);
      } else if (emp_months >= k.cross_system_min_employee_months) {
        d.keep_rule = "employee_scheme";
        d.keep = emp_index;
        cite_key(s.notes, k.cross_system, {{"months", emp_months}});
      } else {
        d.keep_rule = "not_stated";
        cite_key(s.notes, Cite::concat(k.cross_system, "#short"), {{"months", emp_months}});
      }
    }
  }
  s.keep = s.found.front().keep;
  s.keep_rule = s.found.front().keep_rule;
  s.refund_rules = k.refund_rules;
  return s;
}

std::optional<Gap> employee_gap_of(const Case& c) {
  const FeeMonth now = fee_month_of(c.date);
  Gap g;
  const Record* last_rec = nullptr;
  for (const auto& r : c.records) {
    if (r.scheme != Scheme::employee) continue;
    for (const auto& [paid_month, p] : r.months) {
      const FeeMonth fm = paid_month;  // a plain variable: clang 14 cannot capture a structured binding
      if (p != Pay::paid || fm >= now) continue;
      // Two records paying the same last month: the one in the case's region, then the
      // employer-paid one, then the lower region code — not the order they are listed in.
      const auto better = [&] {
        if (!g.last_paid || fm > *g.last_paid) return true;
        if (fm < *g.last_paid) return false;
        const auto k = [&](const Record& x) { return std::make_tuple(x.region == c.region, !x.flexible, std::string_view(x.region)); };
        const auto a = k(r), b = k(*last_rec);
        return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a)
               : std::get<1>(a) != std::get<1>(b) ? std::get<1>(a)
                                                   : std::get<2>(a) < std::get<2>(b);
      };
      if (better()) {
        g.last_paid = fm;
        last_rec = &r;
      }
    }
  }
  if (!g.last_paid) return std::nullopt;
  for (FeeMonth m = *g.last_paid + 1; m < now; ++m) {
    bool paid = false;
    for (const auto& r : c.records)
      if (r.scheme == Scheme::employee && r.month_paid(m)) paid = true;
    if (!paid) g.months.push_back(m);
  }
  g.transfer = last_rec->region != c.region;
  g.flexible = last_rec->flexible;
  return g;
}

std::optional<GapFacts> gap_facts(const Ctx& ctx) {
  const Case& c = ctx.cs();
  if (c.action != Action::enroll_employee && c.action != Action::enroll_flexible) return std::nullopt;
  auto g = employee_gap_of(c);
  if (!g) return std::nullopt;
  GapFacts f;
  f.gap = std::move(*g);
  f.section.last_paid_month = f.gap.last_paid;
  f.section.gap = f.gap.months;
  f.section.gap_months = static_cast<int>(f.gap.months.size());
  return f;
}

std::optional<Fen> back_pay_cost(const Ctx& ctx, const Gap& g) {
  const auto& p = ctx.cs().params;
  if (!p.employee_base || !p.employee_rate) {
    if (!g.months.empty())
      ctx.warn("employee_cost_unknown", "supply params.employee_base_cny and params.employee_rate to price the back-payment");
    return std::nullopt;
  }
  const double monthly = static_cast<double>(*p.employee_base) * *p.employee_rate;
  return static_cast<Fen>(monthly * static_cast<double>(g.months.size()) + 0.5);
}

int cumulative_employee_months(const Case& c) {
  // Each paid fee month once: bits over the years of kBitYearFrom..kBitYearTo (facts.hpp), a
  // std::set for any other.
  constexpr FeeMonth kFrom = kBitYearFrom * 12, kTo = kBitYearTo * 12;
  std::bitset<static_cast<std::size_t>(kTo - kFrom)> bits;
  std::set<FeeMonth> other;
  int n = 0;
  for (const auto& r : c.records)
    if (r.scheme == Scheme::employee)
      for (const auto& [fm, p] : r.months) {
        if (p != Pay::paid) continue;
        if (fm < kFrom || fm >= kTo) {
          n += other.insert(fm).second ? 1 : 0;
        } else if (!bits.test(static_cast<std::size_t>(fm - kFrom))) {
          bits.set(static_cast<std::size_t>(fm - kFrom));
          ++n;
        }
      }
  if (c.employment) n += c.employment->deemed_months + c.employment->other_months;
  return n;
}

}  // namespace canbao::clause

namespace canbao::clause {

Incentives incentives(const Ctx& ctx, Cite continuity_cite, Cite zero_cite,
                      int years_before_raise) {
  const Case& c = ctx.cs();
  Incentives out;
  if (c.action != Action::enroll_resident && c.action != Action::enroll_resident_next_year) return out;
  const int y = insurance_year(c);
  const int start = ctx.int_param("start_year");
  if (y < start) return out;
  auto covered = covered_years(c);
  covered.insert(y);  // the year being enrolled
  auto run_before = [&](int t) {
    int n = 0;
    for (int x = t - 1; covered.count(x); --x) ++n;
    return n;
  };
  out.outcome = "computed";
  out.continuous_years = run_before(y);
  // "对连续参加居民医保满4年的参保人员，之后每连续参保1年，可适当提高大病保险最高支付限额"; a break restarts the count
  // but keeps the raises earned (policy-facts §1.5).
  // run_before(t + 1) follows from run_before(t): one set lookup per year, not a walk per year.
  int cont = 0;
  for (int t = start, run = run_before(start); t <= y; ++t) {
    const bool cov = covered.count(t) != 0;
    if (cov && run >= years_before_raise) ++cont;
    run = cov ? run + 1 : 0;
  }
  out.continuity_steps = cont;
  Vars vars = {{"years", *out.continuous_years},
                                             {"steps", cont},
                                             {"need", years_before_raise},
                                             {"year", y}};
  out.notes.cite(continuity_cite, "", vars);
  if (c.history.given) {
    // "对当年基金零报销的居民医保参保人员，次年可提高…居民发生大病报销并使用奖励额度后，前期积累的零报销激励额度清零"
    int z = 0;
    for (int t = start; t <= y; ++t) {
      if (c.history.bonus_used_years.count(t - 1)) z = 0;
      if (covered.count(t) && c.history.zero_claim_years.count(t - 1)) ++z;
    }
    out.zero_claim_last_year = c.history.zero_claim_years.count(y - 1) != 0;
    out.zero_claim_steps = z;
    out.steps = cont + z;
    vars.set("zero_steps", z);
    vars.set("last", y - 1);
    out.notes.cite(zero_cite, Cite::concat(zero_cite, *out.zero_claim_last_year ? Cite("#yes") : Cite("#no")), vars);
  } else {
    out.steps = cont;
    ctx.warn("claims_unknown", "history.zero_claim_years not given: the zero-claim raise is not counted");
  }
  if (auto step = ctx.local_param("incentive_step_cny", y)) {
    Fen amount = static_cast<Fen>(step->number * 100 + 0.5) * *out.steps;
    if (auto cap = ctx.local_param("incentive_cap_cny", y)) {
      out.cap = static_cast<Fen>(cap->number * 100 + 0.5);
      if (amount > *out.cap) amount = *out.cap;
    }
    out.amount = amount;
    out.notes.cite("national-2024/art-3/4", "national-2024/art-3/4#sourced", {{"source", step->note}, {"steps", *out.steps}});
  } else if (*out.steps > 0) {
    ctx.warn("incentive_amount_unknown", "no reliable source gives this region's raise per step (nationally at least 1000 yuan each, at most 20% of the cap in all)");
  }
  return out;
}

}  // namespace canbao::clause
