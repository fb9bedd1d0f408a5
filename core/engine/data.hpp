// The rule data, parsed once: ruleset metadata, parameters, texts; sourced local values;
// the default table. Read-only after first use.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../rulesets/ruleset.hpp"

namespace canbao {

struct RulesetData {
  std::string id;
  nlohmann::json meta;  // the whole ruleset.json
  Ruleset rules;        // the decisions
  std::optional<Date> effective_from, effective_to;
  std::vector<std::string> parents;
};

struct RuleData {
  std::vector<RulesetData> rulesets;  // in the order of kRulesetOrder
  nlohmann::json local;               // local-params.json
  nlohmann::json table;               // default-table.json
  std::string rules_hash;
  const RulesetData* find(const std::string& id) const;
};

const RuleData& rule_data();

}  // namespace canbao
