// canbao's public API: one JSON case in, one JSON assessment out (contract v1).
// Never throws, never aborts on bad input: invalid input gives the contract's error
// object {"error": {"code", "path", "message"}} and ok = false.
#pragma once
#include <string>
#include <string_view>

namespace canbao {

struct Answer {
  bool ok = false;
  std::string json;  // the assessment, or the error object
};

Answer assess(std::string_view case_json);
std::string rulesets_json();  // metadata of every ruleset and the default table
const char* version();
const char* rules_hash();

}  // namespace canbao
