#include "facts.hpp"

namespace canbao {

int insurance_year(const Case& c) {
  return c.action == Action::enroll_resident_next_year ? c.date.y + 1 : c.date.y;
}

std::set<int> covered_years(const Case& c) {
  std::set<int> out(c.coverage_years.begin(), c.coverage_years.end());
  for (const auto& r : c.records) {
    if (r.scheme == Scheme::resident) {
      for (const auto& [y, p] : r.years)
        if (p == Pay::paid) out.insert(y);
    } else {
      for (const auto& [fm, p] : r.months)
        if (p == Pay::paid) out.insert(fee_month_year(fm));
    }
  }
  return out;
}

int broken_years_before(const std::set<int>& covered, int year, int count_from) {
  int n = 0;
  for (int y = year - 1; y >= count_from; --y) {
    if (covered.count(y)) break;
    ++n;
  }
  return n;
}

Date resident_benefit_start(const Record& r, int y) {
  if (r.benefit_start && r.benefit_start->y == y) return *r.benefit_start;
  return Date{y, 1, 1};
}

std::set<FeeMonth> covered_months(const Case& c) {
  std::set<FeeMonth> out;
  for (const auto& r : c.records) {
    if (r.scheme == Scheme::employee) {
      for (const auto& [fm, p] : r.months)
        if (p == Pay::paid) out.insert(fm);
    } else {
      for (const auto& [y, p] : r.years) {
        if (p != Pay::paid) continue;
        const Date start = resident_benefit_start(r, y);
        for (int m = start.m; m <= 12; ++m) out.insert(fee_month(y, m));
      }
    }
  }
  // coverage.years without records: whole calendar years of cover.
  for (int y : c.coverage_years)
    for (int m = 1; m <= 12; ++m) out.insert(fee_month(y, m));
  return out;
}

Continuity continuity_before(const Case& c, FeeMonth before) {
  const auto months = covered_months(c);
  Continuity out;
  auto it = months.lower_bound(before);
  out.before_covered = it != months.end() && *it == before;
  if (it == months.begin()) {
    return out;
  }
  --it;
  out.last = *it;
  out.gap_months = before - *it - 1;
  FeeMonth expect = *it;
  for (auto rit = std::make_reverse_iterator(std::next(it)); rit != months.rend(); ++rit) {
    if (*rit != expect) break;
    ++out.months;
    --expect;
  }
  // Which scheme held the last covered month (employee wins a shared month).
  for (const auto& r : c.records)
    if (r.scheme == Scheme::employee && r.month_paid(*out.last)) out.last_scheme = Scheme::employee;
  if (!out.last_scheme) {
    const int y = fee_month_year(*out.last);
    for (const auto& r : c.records)
      if (r.scheme == Scheme::resident && r.year_paid(y)) out.last_scheme = Scheme::resident;
  }
  return out;
}

bool is_newborn(const Person& p, const Date& on) {
  if (p.has(Group::newborn)) return true;
  if (!p.birth_date) return false;
  return *p.birth_date <= on && on < add_months(*p.birth_date, 12);
}

}  // namespace canbao
