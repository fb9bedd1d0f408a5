// The rule data, parsed once: ruleset metadata, parameters, texts; sourced local values;
// the default table. Read-only after first use.
#pragma once
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "../rulesets/ruleset.hpp"
#include "json_reader.hpp"

namespace canbao {

// A dated window read once from the data ("effective_from"/"effective_to", "from"/"to"): a bound
// that is absent, not a string or not a date is no bound.
struct Window {
  std::optional<Date> from, to;
  bool contains(const Date& d) const { return (!from || *from <= d) && (!to || d <= *to); }
};

// One value of a ruleset parameter (ruleset.json "params"), parsed at load.
struct TextParam {
  Window window;
  std::optional<double> number;
  std::optional<std::string> text;
  std::string citation;  // "<ruleset>/<source.article>"
};

// One sourced local value (local-params.json), parsed at load. The flags keep the data's own
// shape: a key that is present but of the wrong type still takes its branch, as before.
struct LocalValue {
  std::optional<jr::Value> value;         // the entry's "value"
  std::string region;                     // "region" ("" when absent)
  std::size_t prefix = 0;                 // length of the region without trailing "00" pairs
  enum class Years { exact, from, none } years = Years::none;
  std::optional<int> year, year_to;       // insurance_year / insurance_year_from, insurance_year_to (integers)
  Window window;
  std::optional<std::string> group;
  std::optional<double> number;
  std::optional<std::string> text;
  std::string document, grade;            // source.document, source.grade
  std::string citation, note;             // "source:<document>", "<document> [<grade>]" (ParamHit)
};

// One default-table entry, parsed at load.
struct TableEntry {
  std::string region;
  std::size_t prefix = 0;  // length of the region without trailing "00" pairs
  std::optional<Date> from, to;
  std::vector<std::string> chain;
  std::vector<std::string_view> chain_ids;  // `chain` as views of the rulesets' own ids (decide
                                            // finds a ruleset by its id's address); else of `chain`
  std::string why;
};

// A trace text of the rule data ("texts": key -> {zh, en}), split at load into runs of literal
// text (kept JSON-escaped, ready to write) and {placeholders}.
struct TextTemplate {
  struct Part {
    std::string escaped;  // the literal run, or the placeholder's own "{name}", JSON-escaped
    std::string name;     // the placeholder's name; empty for a literal run
  };
  std::string source;  // the text as in the data
  std::vector<Part> parts;
  bool simple = true;  // every brace of the text belongs to a placeholder
};
struct TraceText {
  TextTemplate zh, en;  // empty when the data's entry has no such string
};

struct RulesetData {
  std::string id;
  std::unique_ptr<jr::Doc> doc;  // the whole ruleset.json
  jr::Value meta() const { return doc->root(); }
  Ruleset rules;        // the decisions
  std::optional<Date> effective_from, effective_to;
  std::vector<std::string> parents;
  bool draft = false;   // meta "status" == "draft"
  std::map<std::string, std::vector<TextParam>, std::less<>> params;
  std::map<std::string, TraceText, std::less<>> texts;  // meta "texts" entries that are objects
  std::string title, status;                            // meta strings ("" when absent)
  std::string summary_json;  // this ruleset's entry of the assessment's ruleset.rulesets, serialized
};

struct RuleData {
  std::vector<RulesetData> rulesets;  // in the order of kRulesetOrder
  std::unique_ptr<jr::Doc> local;     // local-params.json
  std::unique_ptr<jr::Doc> table;     // default-table.json
  std::string rules_hash;
  std::map<std::string, std::vector<LocalValue>, std::less<>> local_values;  // `local`, by name
  std::vector<TableEntry> entries;                                          // `table` "entries"
  // Each parameter name -> its values in each ruleset (by position in `rulesets`; null where that
  // text has none), sorted by name: a parameter costs one binary search (engine.cpp caches it by
  // the name's address), not a map look-up in every ruleset.
  using ParamRow = std::pair<std::string_view, std::vector<const std::vector<TextParam>*>>;
  std::vector<ParamRow> params_by_name;
  const ParamRow* find_param(std::string_view name) const;
  const RulesetData* find(std::string_view id) const;
};

// Region matching: "440700" covers 4407xx, "440000" covers 44xxxx, "000000" everything.
std::string_view region_prefix(std::string_view code);
inline bool region_covers(std::string_view entry_region, std::size_t prefix, std::string_view region) {
  return region.substr(0, prefix) == entry_region.substr(0, prefix);
}

const RuleData& rule_data();

class JsonWriter;
// A value of the rule data written as nlohmann's dump() wrote it (objects in key order).
void write_json(JsonWriter& w, jr::Value v);

}  // namespace canbao
