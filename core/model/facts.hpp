// Facts derived from a case that several texts reason about: the insurance year an
// action concerns, which years were covered, broken years, continuous months.
// Each helper names the reading it implements; rulesets cite the article that uses it.
#pragma once
#include <bitset>
#include <optional>
#include <set>

#include "case.hpp"

namespace canbao {

// The resident insurance year an action concerns: the calendar year of the date, or
// the next one for enroll_resident_next_year (contract §Case `action`).
int insurance_year(const Case& c);

// The fee month the new cover starts: the date's month, or January of the insurance year for
// enroll_resident_next_year (the contribution buys that year). Gaps before a bridge and the
// continuity section are measured up to it.
FeeMonth cover_start_month(const Case& c);

// The years kept as bits where years or fee months are sets (YearSet, the covered-month bits):
// [kBitYearFrom, kBitYearTo) holds every year the JSON edge accepts (core/engine/limits.hpp);
// anything outside takes a std::set path, so the answers never depend on the range.
inline constexpr int kBitYearFrom = 1900, kBitYearTo = 2200;

// A set of years: bits over the years above, a std::set for any other, so a lookup is a bit
// test and building it allocates nothing.
class YearSet {
 public:
  void insert(int y) {
    if (inside(y)) bits_.set(static_cast<std::size_t>(y - kFrom));
    else other_.insert(y);
  }
  bool contains(int y) const { return inside(y) ? bits_.test(static_cast<std::size_t>(y - kFrom)) : other_.count(y) != 0; }
  std::size_t count(int y) const { return contains(y) ? 1 : 0; }

 private:
  static constexpr int kFrom = kBitYearFrom, kTo = kBitYearTo;
  static bool inside(int y) { return y >= kFrom && y < kTo; }
  std::bitset<kTo - kFrom> bits_;
  std::set<int> other_;
};

// Years with paid basic insurance anywhere: coverage.years, resident records' paid
// years, and employee records' years with a paid fee month (contract §Case `coverage`).
YearSet covered_years(const Case& c);

// Consecutive uncovered years immediately before `year`, counting no year before
// `count_from` (national-2024 reading, policy-facts §2.4: the official examples count
// break years from 2025 on).
int broken_years_before(const YearSet& covered, int year, int count_from);

// Months covered by basic insurance, each counted once (guangdong-2021-draft art 19;
// jilin-2022 art 13): employee months by paid fee month, resident months by the
// benefit months of each paid resident year.
std::set<FeeMonth> covered_months(const Case& c);

struct Continuity {
  int months = 0;                  // length of the last unbroken run before `before`
  std::optional<FeeMonth> last;    // last covered month before `before`
  int gap_months = 0;              // uncovered months between `last` and `before`
  std::optional<Scheme> last_scheme;
  bool before_covered = false;     // whether the month `before` itself is covered
};
// The run of covered months ending at the last covered month strictly before `before`.
Continuity continuity_before(const Case& c, FeeMonth before);

// The benefit period start of a record's year `y`: the record's own benefit_start when
// given, else 1 January of `y` (contract §Case `benefit_start`).
Date resident_benefit_start(const Record& r, int y);

// Age-derived newborn: under one year old on `on` (contract: newborn may be derived).
bool is_newborn(const Person& p, const Date& on);

}  // namespace canbao
