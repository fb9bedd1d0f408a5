// canbao's WebAssembly door: embind bindings onto the public C++ API (engine/canbao.hpp).
// Bindings only: no rule logic here, and nothing the native CLI does not also do.
//   assess(json)  -> {ok, json}   the assessment or the contract's error object, never a throw
//   rulesets()    -> json         metadata of every ruleset and the default table
//   version()     -> "0.1.0"      engine version
//   rulesHash()   -> "sha256:…"   hash of the rule data compiled in
#include <emscripten/bind.h>

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "engine/canbao.hpp"

namespace {

std::string version() { return canbao::version(); }
std::string rules_hash() { return canbao::rules_hash(); }
canbao::Answer assess(const std::string& case_json) { return canbao::assess(case_json); }

// The wrapper's path (canbao.mjs): the answer stays here and JS decodes it straight from wasm
// memory (TextDecoder over HEAPU8). Returning the std::string through embind costs a copy into a
// fresh buffer and a JS loop over every byte (looking for NULs) before the decode: about a third
// of a call.
canbao::Answer last;
bool assess_in_place(const std::string& case_json) {
  last = canbao::assess(case_json);
  return last.ok;
}
std::size_t answer_data() { return reinterpret_cast<std::size_t>(last.json.data()); }
std::size_t answer_size() { return last.json.size(); }

}  // namespace

// embind's __getTypeName (emscripten/system/lib/embind/bind.cpp) names a type it was not told
// about with siprintf("%p", typeinfo) — the module's only printf, which would link musl's whole
// printf core (issue 7: about 2 KB of the brotli .wasm before the first answer). This siprintf
// writes "%p" as emscripten 3.1.6's libc does (measured: "0x" and the hex digits without leading
// zeros; a null pointer is "0"); no other format is used in this module: -1 and an empty string.
extern "C" int siprintf(char* out, const char* format, ...) {
  if (std::strcmp(format, "%p") != 0) {
    out[0] = '\0';
    return -1;
  }
  va_list args;
  va_start(args, format);
  const auto p = reinterpret_cast<std::uintptr_t>(va_arg(args, void*));
  va_end(args);
  char digits[2 * sizeof p];
  int n = 0;
  auto v = p;
  do {
    digits[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v != 0);
  char* w = out;
  if (p != 0) {
    *w++ = '0';
    *w++ = 'x';
  }
  while (n > 0) *w++ = digits[--n];
  *w = '\0';
  return static_cast<int>(w - out);
}

EMSCRIPTEN_BINDINGS(canbao) {
  emscripten::value_object<canbao::Answer>("Answer")
      .field("ok", &canbao::Answer::ok)
      .field("json", &canbao::Answer::json);
  emscripten::function("assess", &assess);
  emscripten::function("assessInPlace", &assess_in_place);
  emscripten::function("answerData", &answer_data);
  emscripten::function("answerSize", &answer_size);
  emscripten::function("rulesets", &canbao::rulesets_json);
  emscripten::function("version", &version);
  emscripten::function("rulesHash", &rules_hash);
}
