#include "facts.hpp"

#include <algorithm>
#include <bitset>
#include <iterator>

namespace canbao {

int insurance_year(const Case& c) {
  return c.action == Action::enroll_resident_next_year ? c.date.y + 1 : c.date.y;
}

FeeMonth cover_start_month(const Case& c) {
  return c.action == Action::enroll_resident_next_year ? fee_month(insurance_year(c), 1) : fee_month_of(c.date);
}

YearSet covered_years(const Case& c) {
  YearSet out;
  for (int y : c.coverage_years) out.insert(y);
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

int broken_years_before(const YearSet& covered, int year, int count_from) {
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

namespace {

// The run of covered months ending at the greatest member of `months` strictly before `before`
// (shared by both ways of holding the covered months). `prev(m)` is the greatest covered month
// < m, or nullopt; `has(m)` whether m is covered.
template <typename Has, typename Prev>
Continuity run_before(const Case& c, FeeMonth before, Has has, Prev prev) {
  Continuity out;
  out.before_covered = has(before);
  const std::optional<FeeMonth> last = prev(before);
  if (!last) return out;
  out.last = *last;
  out.gap_months = before - *last - 1;
  for (FeeMonth m = *last; has(m); --m) ++out.months;
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

// Covered months as bits over the years of kBitYearFrom..kBitYearTo (a case outside them takes
// the std::set path): no allocation, and the same answers as covered_months().
constexpr FeeMonth kBitsFrom = kBitYearFrom * 12;
constexpr FeeMonth kBitsTo = kBitYearTo * 12;  // exclusive
using MonthBits = std::bitset<static_cast<std::size_t>(kBitsTo - kBitsFrom)>;

bool covered_month_bits(const Case& c, MonthBits& bits, FeeMonth& lowest) {
  bool inside = true;
  lowest = kBitsTo;
  auto add = [&](FeeMonth fm) {
    if (fm < kBitsFrom || fm >= kBitsTo) {
      inside = false;
      return;
    }
    bits.set(static_cast<std::size_t>(fm - kBitsFrom));
    lowest = std::min(lowest, fm);
  };
  for (const auto& r : c.records) {
    if (r.scheme == Scheme::employee) {
      for (const auto& [fm, p] : r.months)
        if (p == Pay::paid) add(fm);
    } else {
      for (const auto& [y, p] : r.years) {
        if (p != Pay::paid) continue;
        const Date start = resident_benefit_start(r, y);
        for (int m = start.m; m <= 12; ++m) add(fee_month(y, m));
      }
    }
  }
  for (int y : c.coverage_years)
    for (int m = 1; m <= 12; ++m) add(fee_month(y, m));
  return inside;
}

}  // namespace

Continuity continuity_before(const Case& c, FeeMonth before) {
  if (before >= kBitsFrom && before < kBitsTo) {
    MonthBits bits;
    FeeMonth lowest;
    if (covered_month_bits(c, bits, lowest)) {
      auto has = [&](FeeMonth m) { return m >= kBitsFrom && m < kBitsTo && bits.test(static_cast<std::size_t>(m - kBitsFrom)); };
      auto prev = [&](FeeMonth m) -> std::optional<FeeMonth> {
        for (FeeMonth x = m - 1; x >= lowest; --x)
          if (bits.test(static_cast<std::size_t>(x - kBitsFrom))) return x;
        return std::nullopt;
      };
      return run_before(c, before, has, prev);
    }
  }
  const auto months = covered_months(c);
  auto has = [&](FeeMonth m) { return months.count(m) != 0; };
  auto prev = [&](FeeMonth m) -> std::optional<FeeMonth> {
    auto it = months.lower_bound(m);
    if (it == months.begin()) return std::nullopt;
    return *std::prev(it);
  };
  return run_before(c, before, has, prev);
}

bool is_newborn(const Person& p, const Date& on) {
  if (p.has(Group::newborn)) return true;
  if (!p.birth_date) return false;
  return *p.birth_date <= on && on < add_months(*p.birth_date, 12);
}

}  // namespace canbao
