// canbao's WebAssembly door: embind bindings onto the public C++ API (engine/canbao.hpp).
// Bindings only: no rule logic here, and nothing the native CLI does not also do.
//   assess(json)  -> {ok, json}   the assessment or the contract's error object, never a throw
//   rulesets()    -> json         metadata of every ruleset and the default table
//   version()     -> "0.1.0"      engine version
//   rulesHash()   -> "sha256:…"   hash of the rule data compiled in
#include <emscripten/bind.h>

#include <string>

#include "engine/canbao.hpp"

namespace {

std::string version() { return canbao::version(); }
std::string rules_hash() { return canbao::rules_hash(); }
canbao::Answer assess(const std::string& case_json) { return canbao::assess(case_json); }

}  // namespace

EMSCRIPTEN_BINDINGS(canbao) {
  emscripten::value_object<canbao::Answer>("Answer")
      .field("ok", &canbao::Answer::ok)
      .field("json", &canbao::Answer::json);
  emscripten::function("assess", &assess);
  emscripten::function("rulesets", &canbao::rulesets_json);
  emscripten::function("version", &version);
  emscripten::function("rulesHash", &rules_hash);
}
