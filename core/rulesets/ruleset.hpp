// What a ruleset is: one regulation text — its metadata, its parameters (data with a
// cited source, compiled in from core/rulesets/<id>/ruleset.json and
// core/rulesets/local-params.json) and its decisions (one function per clause, in
// core/rulesets/<id>/rules.cpp).
//
// A ruleset answers only what its own text says. Each hook returns nullopt where the
// text is silent, and the engine asks the next ruleset in the chain (city over province
// over national). Rulesets depend on core/model only, never on each other or the engine.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../model/assessment.hpp"
#include "../model/case.hpp"
#include "../model/facts.hpp"

namespace canbao {

// R + "/" + `a`, interned, for a ruleset's id R and a literal `a` (its rules' cite("art-7")).
// Each ruleset's table remembers the answer by the literal's address (a literal's bytes never
// change): citing an article again costs one compare, not Cite::concat's hash of three views.
template <const char* R>
Cite ruleset_cite(const char* a, std::size_t n) {
  struct Slot {
    const char* a;
    Cite out;
  };
  thread_local Slot slots[128] = {};
  const auto at = reinterpret_cast<std::uintptr_t>(a);
  Slot& s = slots[(at ^ (at >> 7)) & 127];
  if (s.a != a) s = Slot{a, Cite::join(R, "/", std::string_view(a, n))};
  return s.out;
}

// A parameter value found for a case, with the citation it rests on. The strings are views of
// the rule data, which lives as long as the process.
struct ParamHit {
  double number = 0;
  std::string_view text;       // string values (dates as "MM-DD" or full dates, enum names)
  std::string_view citation;   // "RULESET/art-N[/C]" for a text value, or "source:<id>" for local data
  std::string_view grade;      // "text", "A" or "B"
  std::string_view note;       // how it was found (region, insurance year), English
};

// The resolved chain as a ruleset sees it: parameters and the case.
class Ctx {
 public:
  virtual ~Ctx() = default;
  virtual const Case& cs() const = 0;
  // A parameter of the texts in the chain (most specific first) in force on the date.
  virtual std::optional<ParamHit> text_param(std::string_view name) const = 0;
  // A sourced local value (core/rulesets/local-params.json) for the case's region,
  // optionally for an insurance year and a group.
  virtual std::optional<ParamHit> local_param(std::string_view name, std::optional<int> insurance_year,
                                              std::string_view group = {}) const = 0;
  // The number of text_param(name) (0 when the value is not a number), without building the hit.
  virtual std::optional<double> text_number(std::string_view name) const = 0;
  virtual bool in_chain(std::string_view ruleset_id) const = 0;
  virtual void warn(std::string_view code, std::string_view message) const = 0;
  // A whole-number parameter of the chain. Missing data is a bug in the rule data: it warns
  // `param_missing` (every scenario test fails on that warning) and answers 0.
  int int_param(std::string_view name) const {
    auto n = text_number(name);
    return n ? static_cast<int>(*n) : 0;
  }
};

// One finding of the registration check about one existing record (or the person).
struct Finding {
  enum class Kind { ok, step, refuse, effect } kind = Kind::ok;
  std::string code;                 // step, reason or effect code
  std::vector<std::string> effects; // effects that follow a successful registration
  Cite rule;                        // citation
  Cite text;                        // text key (empty = the rule itself)
  Vars vars;
};

// The centralized enrollment period (集中缴费期/集中参保期/集中预缴期) for an insurance year.
struct Period {
  std::optional<Date> start;
  std::optional<Date> end;
  Cite rule;  // citation of the text or the source
  Cite text;
};

struct Ruleset {
  std::string id;
  // Registration: a finding about one existing record for the planned action.
  std::function<std::optional<Finding>(const Ctx&, const Record&, int index)> registration_record;
  // Registration: a finding about the person (identity document, ...).
  std::function<std::optional<Finding>(const Ctx&)> registration_person;
  // Registration: the article whose validation a registration with no conflict passes.
  std::function<std::optional<Finding>(const Ctx&)> registration_clear;
  // Registration: the article that frees the person from the centralized-period limit.
  std::function<std::optional<Finding>(const Ctx&)> period_exempt;
  // The centralized period the text sets for insurance year `y`: the citation, and the
  // dates where the text gives them (local sourced data or params may supply them).
  std::function<std::optional<Period>(const Ctx&, int y)> centralized_period;
  // Waiting period for the planned action. `period` is the chain's centralized period.
  std::function<std::optional<WaitingPeriod>(const Ctx&, const std::optional<Period>& period)> waiting_period;
  // Repair options for a waiting period with variable months.
  std::function<std::optional<Repair>(const Ctx&, const WaitingPeriod&)> repair;
  // Refund for the case's event.
  std::function<std::optional<Refund>(const Ctx&)> refund;
  // Extension sections: employee scheme and record history.
  std::function<std::optional<ContinuitySection>(const Ctx&)> continuity;
  std::function<std::optional<EmployeeGap>(const Ctx&)> employee_gap;
  std::function<std::optional<RetirementSection>(const Ctx&)> retirement;
  std::function<std::optional<DuplicatesSection>(const Ctx&)> duplicates;
  std::function<std::optional<Incentives>(const Ctx&)> incentives;
};

// The eight rulesets' decision tables (defined in core/rulesets/<id>/rules.cpp).
Ruleset national_2021();
Ruleset national_2024();
Ruleset guangdong_2021();
Ruleset guangdong_2021_draft();
Ruleset guangdong_2025_draft();
Ruleset jiangmen_2024();
Ruleset jieyang_2021();
Ruleset jilin_2022();

// Shared vocabulary of clause helpers used by several texts that say the same thing in
// their own words (each caller still cites its own article).
namespace clause {
bool employee_valid(const Record& r);                        // status normal
bool resident_paid_for(const Record& r, int y);               // normal and year y paid
bool elsewhere(const Ctx& ctx, const Record& r);               // another pooling region
bool in_province(const std::string& a, const std::string& b);  // same first two digits
Finding step(std::string code, Cite rule, std::vector<std::string> effects = {}, Cite text = {});
Finding refuse(std::string code, Cite rule, Cite text = {});
Finding effect(std::vector<std::string> effects, Cite rule, Cite text = {});
Finding ok(Cite rule, Cite text = {});
// Benefit start for a waiting period of `months` counted from `from` with a convention.
Date months_after(const Date& from, int months, DayConvention conv);
}  // namespace clause

}  // namespace canbao

namespace canbao::clause {
// The fixed + variable waiting period of 国办发〔2024〕38号 as a text words it (national-2024
// art-1, guangdong-2025-draft arts 19–20) or as a province sets it in days (jilin-2022 art 37
// with sourced day counts). Each caller passes its own citations and parameters.
struct WaitRule {
  Cite fixed_cite, variable_cite, exempt_cite, count_cite;
  Cite count_text;     // text key for the broken-year counting note
  Cite exempt_text;    // text key for the no-waiting answer
  Cite variable_text;  // text key for the variable part when it is not variable_cite's own
  std::string exemption = "centralized_and_continuous";
  int fixed = 3;       // months or days
  int per_year = 1;    // months or days per broken year beyond the first
  bool days = false;   // day-based: counted from the day after payment
  int count_from = 2025;
};
WaitingPeriod fixed_variable_wait(const Ctx& ctx, const std::optional<Period>& period, const WaitRule& rule);

struct RepairRule {
  Cite repair_cite, floor_cite, price_cite;
  int per_year = 1;          // months (or days) removed by each repaired year
  int floor_years = 4;       // broken years from which the floor applies
  int floor_total = 6;       // minimum total after repair (months, or days)
  bool days = false;
};
Repair fixed_variable_repair(const Ctx& ctx, const WaitingPeriod& w, const RepairRule& rule);

// Continuous months before the case date, each month counted once (guangdong-2021-draft art
// 19, jilin-2022 art 13), and whether the 24-month / 3-month bridge condition holds.
ContinuitySection continuity(const Ctx& ctx, Cite cite, int need_months, int max_gap);

// Duplicate enrollment as guangdong-2021-draft art 25 and jilin-2022 art 51 define it: two paid
// employee records for one fee month; two paid resident records for one year; employee
// payments in every resident benefit month of a paid resident year.
std::vector<DuplicateFound> find_duplicates(const Case& c);
struct KeepCites {
  Cite detect;           // the definition article (text variants "#none", "#<kind>")
  Cite detect_employee, detect_resident, detect_cross;  // per-kind clauses, where the text has them
  Cite employee, resident, student, cross_system, flexible, assisted;  // keep clauses
  int cross_system_min_employee_months = 12;  // 0: keep the employee scheme regardless
  bool flexible_keeps_employee = false;       // guangdong-2021-draft art 26(6)
  std::vector<Cite> refund_rules;
};
DuplicatesSection duplicates(const Ctx& ctx, const KeepCites& k);

// The employee interruption before the case date: the unpaid fee months between the last paid
// month (of any employee record) and the date's month.
struct Gap {
  std::optional<FeeMonth> last_paid;
  std::vector<FeeMonth> months;
  bool transfer = false;  // the last paid record is in another pooling region
  bool flexible = false;  // the last paid record is a flexible worker's
};
std::optional<Gap> employee_gap_of(const Case& c);
// The employee_gap section's facts for an employee enrollment after earlier employee months
// (the gap months filled in, the outcome left to the article); nullopt otherwise.
struct GapFacts {
  EmployeeGap section;
  Gap gap;
};
std::optional<GapFacts> gap_facts(const Ctx& ctx);

// Back-pay cost of the gap from params (base x total rate); nullopt when not supplied.
std::optional<Fen> back_pay_cost(const Ctx& ctx, const Gap& g);

// Cumulative employee months toward retirement: distinct paid fee months in records plus the
// deemed and other months the person states.
int cumulative_employee_months(const Case& c);

// The two incentives of 国办发〔2024〕38号 (continuity and zero-claim raises of the critical-illness
// cap), as national-2024 art-3 and guangdong-2025-draft art 18 word them.
Incentives incentives(const Ctx& ctx, Cite continuity_cite, Cite zero_cite,
                      int years_before_raise);

// Is `d` inside the centralized period? nullopt when the period is unknown.
std::optional<bool> in_period(const std::optional<Period>& p, const Date& d);
DayConvention day_convention(const Ctx& ctx, std::string* cite_out);
}  // namespace canbao::clause
