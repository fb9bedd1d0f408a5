// libFuzzer target over canbao::assess (issue 6, hardening). Built by the `fuzz` preset
// (clang-14, -fsanitize=fuzzer,address,undefined); run by tests/fuzz/run.sh.
//
// Besides what the sanitizers catch (crashes, leaks, overflows, undefined behaviour) it
// aborts when an answer breaks one of the invariants in tests/fuzz/invariants.hpp: valid
// JSON; an assessment with all four sections or exactly {"error":{code,path,message}} with a
// known code and a path into the input; ok iff no "error"; the same bytes for the same input.
// Every finding is kept as a file in tests/fuzz/regressions/, replayed by tests/unit/limits.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string broken = canbao::fuzz::check(input);
  if (!broken.empty()) {
    std::fprintf(stderr, "canbao invariant broken: %s\n", broken.c_str());
    const auto answer = canbao::assess(input);
    std::fprintf(stderr, "output: %.2000s\n", answer.json.c_str());
    std::abort();
  }
  return 0;
}
