// The engine's internals shared by engine.cpp and json_edge.cpp.
#pragma once
#include <optional>
#include <string>

#include "../model/assessment.hpp"
#include "../model/case.hpp"

namespace canbao {

struct InputError {
  std::string code, path, message;
};

// JSON edge: parse and validate a case. Unknown keys become warnings.
std::optional<InputError> parse_case(std::string_view text, Case& out, std::vector<Warning>& warnings);
// The assessment as contract JSON (key order fixed; money in yuan).
std::string serialize(const Assessment& a, const Case& c);
std::string serialize_error(const InputError& e);

// Resolve the chain (explicit or default table); an error when nothing is in force.
std::optional<InputError> resolve_chain(const Case& c, ChainInfo& out);
Assessment decide(const Case& c, const ChainInfo& chain, std::vector<Warning> warnings);

}  // namespace canbao
