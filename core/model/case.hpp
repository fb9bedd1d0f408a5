// The case: what a citizen tells canbao (contract §Case). Parsed and validated at the
// JSON edge (core/engine/json_edge.cpp); everything here is already well-formed.
// Money is integer fen (分) inside C++; yuan only at the JSON edge.
#pragma once
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "date.hpp"

namespace canbao {

using Fen = std::int64_t;

enum class Action { enroll_resident, enroll_resident_next_year, enroll_employee, enroll_flexible, none };
enum class Document {
  resident_id_card, hk_macao_permit, taiwan_permit, hmt_residence_permit,
  foreign_passport, foreign_permanent_residence, none
};
enum class Group {
  newborn, student, medical_assistance, veteran, military_spouse, land_expropriated_farmer,
  seasonal_or_flexible_worker, unemployment_benefit, disabled
};
enum class Scheme { resident, employee };
enum class Status { normal, suspended, terminated };
enum class Pay { due, paid };
enum class EventKind {
  death, joined_employee, joined_resident_elsewhere, duplicate_payment,
  employed_after_flexible_annual, lump_sum_then_death
};
enum class DayConvention { same_day, next_day };

struct Person {
  std::optional<Date> birth_date;
  Document document = Document::resident_id_card;
  std::set<Group> groups;
  bool has(Group g) const { return groups.count(g) != 0; }
};

// A small ordered map on one sorted vector (a record's years and fee months): the std::map
// operations the rules use, without a heap node per entry. Keys are unique and in order.
template <typename K, typename V>
class FlatMap {
 public:
  using value_type = std::pair<K, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  const_iterator lower_bound(const K& k) const {
    return std::lower_bound(v_.begin(), v_.end(), k, [](const value_type& e, const K& x) { return e.first < x; });
  }
  iterator lower_bound(const K& k) {
    return std::lower_bound(v_.begin(), v_.end(), k, [](const value_type& e, const K& x) { return e.first < x; });
  }
  const_iterator find(const K& k) const {
    auto it = lower_bound(k);
    return it != v_.end() && it->first == k ? it : v_.end();
  }
  std::size_t count(const K& k) const { return find(k) != v_.end() ? 1 : 0; }
  V& operator[](const K& k) { return emplace_hint(v_.end(), k, V{})->second; }
  // Inserts (k, v) unless k is present; returns the entry of k. The hint is not needed: appending
  // in key order, the usual case, is checked first.
  iterator emplace_hint(const_iterator /*hint*/, const K& k, const V& v) {
    if (v_.empty() || v_.back().first < k) {
      v_.emplace_back(k, v);
      return v_.end() - 1;
    }
    auto it = lower_bound(k);
    if (it != v_.end() && it->first == k) return it;
    return v_.insert(it, value_type(k, v));
  }
  void reserve(std::size_t n) { v_.reserve(n); }
  std::size_t size() const { return v_.size(); }
  bool empty() const { return v_.empty(); }
  void clear() { v_.clear(); }
  iterator begin() { return v_.begin(); }
  iterator end() { return v_.end(); }
  const_iterator begin() const { return v_.begin(); }
  const_iterator end() const { return v_.end(); }

 private:
  std::vector<value_type> v_;
};

struct Record {
  Scheme scheme = Scheme::resident;
  std::string region;
  Status status = Status::normal;
  bool flexible = false;
  FlatMap<int, Pay> years;         // resident insurance year -> due/paid
  FlatMap<FeeMonth, Pay> months;   // employee fee month -> due/paid
  bool benefits_used = false;
  bool subsidized = false;
  bool lump_sum = false;
  std::optional<Fen> paid;  // what the person paid for the record's current year
  std::optional<Date> benefit_start;

  bool year_paid(int y) const { auto it = years.find(y); return it != years.end() && it->second == Pay::paid; }
  bool year_due_or_paid(int y) const { return years.count(y) != 0; }
  bool month_paid(FeeMonth fm) const { auto it = months.find(fm); return it != months.end() && it->second == Pay::paid; }
  bool any_month_paid_in(int y) const;
};

struct Event {
  EventKind kind = EventKind::death;
  Date date;
  int record = 0;  // index into Case::records (validated)
};

enum class Sex { male, female };

// Employee-scheme facts for retirement and gaps (contract extension `employment`).
struct Employment {
  std::optional<Sex> sex;
  std::optional<Date> retirement_date;  // the day the person reaches statutory retirement age
  int deemed_months = 0;                // 视同缴费: military service, years before the scheme
  int other_months = 0;                 // paid employee months not listed in records (e.g. elsewhere)
  std::optional<int> local_months;      // months paid in the retirement region, if known
};

// Claims history for the incentives (contract extension `history`).
struct History {
  bool given = false;               // the case says something about claims
  std::set<int> zero_claim_years;   // years with no fund reimbursement (零报销)
  std::set<int> bonus_used_years;   // years a critical-illness claim used the raised cap
};

// Values a document leaves to local rules, supplied by the caller (contract §params).
struct Params {
  std::optional<Fen> resident_contribution;       // resident_contribution_cny
  std::optional<Date> centralized_period_start;   // for the insurance year assessed
  std::optional<Date> centralized_period_end;
  std::optional<DayConvention> waiting_day_convention;
  // Employee scheme (extension): monthly contribution base, total and employer rates.
  std::optional<Fen> employee_base;            // employee_base_cny
  std::optional<double> employee_rate;         // e.g. 0.08 (employer + personal)
  std::optional<double> employer_rate;         // e.g. 0.06 (the part late fees are charged on)
  std::optional<int> retirement_required_years;
  std::optional<Fen> lump_sum_base;            // lump_sum_base_cny: the one-time payment base a month
  std::optional<double> lump_sum_rate;         // lump_sum_rate
};

struct Case {
  std::optional<std::string> ruleset;
  std::string region;
  Date date;
  Action action = Action::none;
  Person person;
  std::vector<Record> records;
  std::set<int> coverage_years;
  std::optional<Event> event;
  Params params;
  std::optional<Employment> employment;
  History history;
};

// Enum spellings shared by the JSON edge and the trace (snake_case, contract names).
const char* name(Action);
const char* name(Document);
const char* name(Group);
const char* name(Scheme);
const char* name(Status);
const char* name(Pay);
const char* name(EventKind);
const char* name(DayConvention);
const char* name(Sex);

}  // namespace canbao
