// Native latency of canbao's stages, one case at a time (bench/run.sh builds and runs it).
//   latency FILE.jsonl [REPS]           JSON summary on stdout (µs): assess end to end, and apart:
//                                       json_parse (nlohmann's DOM, for reference: not on the path),
//                                       parse_case (core's reader + validation into a Case),
//                                       decision (resolve_chain + decide), serialize.
//                                       Each stage's output is destroyed after its clock stops.
//                                       best_of_reps: the same over each case's fastest repetition.
//   latency FILE.jsonl --callgrind STAGE   each case once, callgrind collecting only around STAGE
//                                       (run under valgrind --tool=callgrind --collect-atstart=no)
// Only cases the engine answers without an error are measured (the count left out is printed).
#include <valgrind/callgrind.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>  // json_parse: nlohmann's DOM, for reference (the core no longer uses it)

#include "engine/canbao.hpp"
#include "engine/engine.hpp"
#include "stats.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double us(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::micro>(b - a).count(); }

// Keep the optimiser from dropping a result.
template <typename T>
void keep(const T& v) { asm volatile("" : : "g"(&v) : "memory"); }

struct Prepared {
  std::string text;
  canbao::Case c;
  std::vector<canbao::Warning> warnings;
  canbao::ChainInfo chain;
  canbao::Assessment a;
};

std::vector<Prepared> load(const char* path, std::size_t& left_out) {
  std::ifstream in(path);
  std::vector<Prepared> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Prepared p;
    p.text = line;
    if (canbao::parse_case(p.text, p.c, p.warnings) || canbao::resolve_chain(p.c, p.chain)) {
      ++left_out;
      continue;
    }
    p.a = canbao::decide(p.c, p.chain, p.warnings);
    out.push_back(std::move(p));
  }
  return out;
}

// What a stage produces. The clock stops before its output is destroyed (reset()): a stage's
// figure is the work to produce the output, as the next stage would receive it.
struct Outputs {
  std::optional<canbao::Answer> answer;
  std::optional<nlohmann::json> dom;
  std::optional<canbao::Case> c;
  std::vector<canbao::Warning> warnings;
  std::optional<canbao::InputError> error;
  std::optional<canbao::ChainInfo> chain;
  std::optional<canbao::Assessment> assessment;
  std::optional<std::string> json;
  void reset() { *this = Outputs{}; }
};

// Inputs a stage consumes, copied before the clock starts (decide takes its warnings by value).
void prepare(const std::string& stage, const Prepared& p, Outputs& o) {
  if (stage == "decision") o.warnings = p.warnings;
}

// One run of a stage on a prepared case.
void run_stage(const std::string& stage, const Prepared& p, Outputs& o) {
  if (stage == "assess") {
    o.answer = canbao::assess(p.text);
  } else if (stage == "json_parse") {
    o.dom = nlohmann::json::parse(p.text, nullptr, false);
  } else if (stage == "parse_case") {
    o.c.emplace();
    o.error = canbao::parse_case(p.text, *o.c, o.warnings);
  } else if (stage == "decision") {
    o.chain.emplace();
    o.error = canbao::resolve_chain(p.c, *o.chain);
    o.assessment = canbao::decide(p.c, *o.chain, std::move(o.warnings));
  } else if (stage == "serialize") {
    o.json = canbao::serialize(p.a, p.c);
  }
  keep(o);
}

const char* const kStages[] = {"assess", "json_parse", "parse_case", "decision", "serialize"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: latency FILE.jsonl [REPS] | FILE.jsonl --callgrind STAGE\n";
    return 64;
  }
  // First call in this process: the rule data (embedded JSON) is parsed once, here.
  const auto t0 = Clock::now();
  keep(canbao::assess(R"({"region":"440100","date":"2026-03-01","action":"enroll_resident"})"));
  const double first_call = us(t0, Clock::now());

  std::size_t left_out = 0;
  const auto cases = load(argv[1], left_out);
  if (argc > 3 && std::strcmp(argv[2], "--callgrind") == 0) {
    const std::string stage = argv[3];
    Outputs o;
    for (const auto& p : cases) {
      prepare(stage, p, o);
      CALLGRIND_TOGGLE_COLLECT;
      run_stage(stage, p, o);
      CALLGRIND_TOGGLE_COLLECT;
      o.reset();
    }
    std::cout << R"({"cases":)" << cases.size() << "}\n";
    return 0;
  }
  const int reps = argc > 2 ? std::atoi(argv[2]) : 20;

  // Cost of reading the clock twice (subtracted from nothing; reported).
  std::vector<double> overhead;
  for (int i = 0; i < 10000; ++i) {
    const auto a = Clock::now();
    overhead.push_back(us(a, Clock::now()));
  }
  Outputs o;
  for (const auto& p : cases)  // warm-up: caches, branch predictors, allocator
    for (const char* s : kStages) {
      prepare(s, p, o);
      run_stage(s, p, o);
      o.reset();
    }

  std::vector<std::vector<double>> samples(std::size(kStages));
  // The fastest of each case's repetitions: a figure the other work on a shared machine hardly moves.
  std::vector<std::vector<double>> best(std::size(kStages), std::vector<double>(cases.size(), 1e300));
  for (int r = 0; r < reps; ++r)
    for (std::size_t i = 0; i < cases.size(); ++i)
      for (std::size_t s = 0; s < std::size(kStages); ++s) {
        prepare(kStages[s], cases[i], o);
        const auto a = Clock::now();
        run_stage(kStages[s], cases[i], o);
        const auto b = Clock::now();
        samples[s].push_back(us(a, b));
        best[s][i] = std::min(best[s][i], us(a, b));
        o.reset();
      }

  std::cout << "{\"file\":\"" << argv[1] << "\",\"cases\":" << cases.size() << ",\"left_out\":" << left_out
            << ",\"reps\":" << reps << ",\"first_call_us\":" << first_call
            << ",\"clock_overhead\":" << bench::to_json(bench::summarize(overhead)) << ",\"stages\":{";
  for (std::size_t s = 0; s < std::size(kStages); ++s)
    std::cout << (s ? "," : "") << '"' << kStages[s] << "\":" << bench::to_json(bench::summarize(samples[s]));
  std::cout << "},\"best_of_reps\":{";
  for (std::size_t s = 0; s < std::size(kStages); ++s)
    std::cout << (s ? "," : "") << '"' << kStages[s] << "\":" << bench::to_json(bench::summarize(best[s]));
  std::cout << "}}\n";
  return 0;
}
