// The assessment: canbao's answer (contract §Assessment). Each section records the
// citations it rests on; the trace says each decision in Chinese and English.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "case.hpp"

namespace canbao {

// One decision, named by its citation "RULESET/art-N[/CLAUSE]". `text` picks the
// explanation in the ruleset's data (the clause itself, or "clause#variant");
// `vars` fill {placeholders} in it.
struct TraceItem {
  std::string rule;
  std::string text;
  std::map<std::string, std::string> vars;
};

struct Warning {
  std::string code;
  std::string message;  // English, for developers and the trace
};

struct Notes {
  std::vector<std::string> basis;
  std::vector<TraceItem> trace;
  void cite(const std::string& rule, const std::string& text_key = "",
            std::map<std::string, std::string> vars = {}) {
    bool seen = false;
    for (const auto& b : basis) seen = seen || b == rule;
    if (!seen) basis.push_back(rule);
    trace.push_back(TraceItem{rule, text_key.empty() ? rule : text_key, std::move(vars)});
  }
};

struct Registration {
  std::string outcome = "not_applicable";  // allowed | allowed_after_steps | refused | not_applicable
  std::vector<std::string> steps_before;
  std::vector<std::string> effects_after;
  std::optional<std::string> reason;
  Notes notes;
};

struct WaitingPeriod {
  std::string outcome = "not_applicable";  // none | applies | local_rules | not_applicable
  std::optional<std::string> exemption;
  std::optional<int> fixed_months, variable_months, total_months;
  std::optional<int> fixed_days, variable_days, total_days;  // day-based regimes (jilin-2022)
  std::optional<int> broken_years;
  std::optional<Date> benefit_start;
  std::optional<Date> counted_from;  // the day the waiting period is counted from
  std::optional<std::string> day_convention;
  bool in_centralized_period = false;
  Notes notes;
};

struct RepairOption {
  int years = 0;
  std::optional<int> total_months;
  std::optional<int> total_days;
  std::optional<Fen> cost;
  std::optional<Date> benefit_start;
};

struct Repair {
  std::string outcome = "not_applicable";  // available | not_needed | at_floor | not_applicable
  std::optional<Fen> unit_cost;
  std::optional<int> max_useful_years;
  std::optional<int> floor_months;
  std::optional<int> floor_days;
  std::vector<RepairOption> options;
  Notes notes;
};

struct Refund {
  std::string outcome = "not_applicable";  // eligible | not_eligible | local_rules | not_applicable
  std::optional<std::string> reason;
  std::optional<int> record;
  std::optional<Fen> amount;
  std::vector<FeeMonth> months;
  bool by_month = false;
  std::vector<std::string> conditions;
  Notes notes;
};

struct ChainInfo {
  std::string id;
  std::vector<std::string> chain;
  std::string why;  // "explicit" | "default_table"
};

struct Assessment {
  ChainInfo chain;
  Registration registration;
  WaitingPeriod waiting;
  Repair repair;
  Refund refund;
  std::vector<Warning> warnings;
};

}  // namespace canbao
