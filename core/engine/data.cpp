#include "data.hpp"

#include "embedded_data.hpp"

namespace canbao {

namespace {
Ruleset decisions_for(const std::string& id) {
  if (id == "national-2021") return national_2021();
  if (id == "national-2024") return national_2024();
  if (id == "guangdong-2021") return guangdong_2021();
  if (id == "guangdong-2021-draft") return guangdong_2021_draft();
  if (id == "guangdong-2025-draft") return guangdong_2025_draft();
  if (id == "jiangmen-2024") return jiangmen_2024();
  if (id == "jieyang-2021") return jieyang_2021();
  if (id == "jilin-2022") return jilin_2022();
  Ruleset none;
  none.id = id;
  return none;
}

std::optional<Date> date_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return parse_date(it->get_ref<const std::string&>());
}

RuleData load() {
  RuleData d;
  d.rules_hash = data::kRulesHash;
  for (int i = 0; i < data::kBlobCount; ++i) {
    const std::string id = data::kBlobs[i].id;
    auto j = nlohmann::json::parse(data::kBlobs[i].json, nullptr, false);
    if (id == "local-params") {
      d.local = std::move(j);
    } else if (id == "default-table") {
      d.table = std::move(j);
    } else {
      RulesetData r;
      r.id = id;
      r.effective_from = date_field(j, "effective_from");
      r.effective_to = date_field(j, "effective_to");
      if (auto p = j.find("parents"); p != j.end() && p->is_array())
        for (const auto& x : *p)
          if (x.is_string()) r.parents.push_back(x.get<std::string>());
      r.meta = std::move(j);
      r.rules = decisions_for(id);
      d.rulesets.push_back(std::move(r));
    }
  }
  return d;
}
}  // namespace

const RulesetData* RuleData::find(const std::string& id) const {
  for (const auto& r : rulesets)
    if (r.id == id) return &r;
  return nullptr;
}

const RuleData& rule_data() {
  static const RuleData d = load();
  return d;
}

}  // namespace canbao
