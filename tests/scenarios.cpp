// The data-driven runner: every scenario under tests/cases/<ruleset>/*.json and every
// invalid input under tests/invalid/*.json becomes its own Catch2 test (and so its own
// CTest test), named by the citation it tests.
//
// A scenario file: { "cases": [ { "name": "RULESET/art-N[/C]: a sentence", "case": {...},
//   "expect": { <partial assessment> } } ] }. Objects in "expect" match key by key; arrays
// and scalars must be equal. The citation the name starts with must appear in the basis of
// some section: a right answer for a wrong reason fails.
#include <catch2/catch.hpp>

#include <deque>
#include <set>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "engine/canbao.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Partial match; returns "" or the JSON pointer where it differs.
std::string differs_at(const json& expect, const json& got, const std::string& path) {
  if (expect.is_object()) {
    if (!got.is_object()) return path + " (expected an object)";
    for (auto it = expect.begin(); it != expect.end(); ++it) {
      if (!got.contains(it.key())) return path + "/" + it.key() + " (missing)";
      auto m = differs_at(it.value(), got.at(it.key()), path + "/" + it.key());
      if (!m.empty()) return m;
    }
    return "";
  }
  if (expect != got) return path + " (expected " + expect.dump() + ", got " + got.dump() + ")";
  return "";
}

std::set<std::string> all_basis(const json& out) {
  std::set<std::string> s;
  for (const char* sec : {"registration", "waiting_period", "repair", "refund", "continuity", "employee_gap",
                          "retirement", "duplicates", "incentives"})
    if (out.contains(sec))
      for (const auto& b : out[sec]["basis"]) s.insert(b.get<std::string>());
  return s;
}

struct Scenario : Catch::ITestInvoker {
  fs::path file;
  json spec;
  void invoke() const override {
    INFO("file: " << file.string());
    const std::string name = spec.at("name").get<std::string>();
    const json input = spec.at("case");
    const auto answer = canbao::assess(input.dump());
    INFO("output: " << answer.json);
    REQUIRE(answer.ok);
    const json out = json::parse(answer.json);
    // Deterministic: the same input gives the same bytes.
    CHECK(canbao::assess(input.dump()).json == answer.json);
    const std::string where = differs_at(spec.at("expect"), out, "");
    INFO("differs at " << where);
    CHECK(where.empty());
    // The test's name cites the article it tests, and the article is in a basis.
    std::smatch m;
    const std::regex cite_re("^([a-z0-9-]+/art-[0-9]+(/[0-9]+)?):");
    REQUIRE(std::regex_search(name, m, cite_re));
    const auto basis = all_basis(out);
    INFO("basis: " << json(basis).dump());
    CHECK(basis.count(m[1].str()) == 1);
    // Every citation is well formed and every decision explains itself in both languages.
    const std::regex basis_re("^[a-z0-9-]+/art-[0-9]+(/[0-9]+)?$");
    for (const auto& b : basis) CHECK(std::regex_match(b, basis_re));
    for (const auto& t : out["trace"]) {
      INFO("trace rule " << t["rule"]);
      CHECK(std::regex_match(t["rule"].get<std::string>(), basis_re));
      CHECK(!t["zh"].get<std::string>().empty());
      CHECK(!t["en"].get<std::string>().empty());
      CHECK(t["zh"].get<std::string>().find('{') == std::string::npos);
      CHECK(t["en"].get<std::string>().find('{') == std::string::npos);
    }
    for (const auto& w : out["warnings"]) CHECK(w["code"] != "param_missing");
  }
};

struct Invalid : Catch::ITestInvoker {
  fs::path file;
  json spec;
  void invoke() const override {
    INFO("file: " << file.string());
    const std::string input = spec.at("input").is_string() ? spec.at("input").get<std::string>() : spec.at("input").dump();
    const auto answer = canbao::assess(input);
    INFO("output: " << answer.json);
    REQUIRE_FALSE(answer.ok);
    const json out = json::parse(answer.json);
    REQUIRE(out.size() == 1);
    REQUIRE(out.contains("error"));
    CHECK(out["error"]["code"] == spec["error"]["code"]);
    CHECK(out["error"]["path"] == spec["error"]["path"]);
    CHECK(!out["error"]["message"].get<std::string>().empty());
  }
};

std::deque<std::string>& names() {
  static std::deque<std::string> n;
  return n;
}

std::string ctest_safe(std::string s) {
  for (char& ch : s)
    if (ch == '[' || ch == ']' || ch == ',' || ch == ';' || ch == '"' || ch == '\\') ch = ' ';
  return s;
}

int register_all() {
  const fs::path root = CANBAO_TEST_DIR;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root / "cases"))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const json doc = json::parse(read_file(f));
    for (const auto& c : doc.at("cases")) {
      auto* s = new Scenario;
      s->file = f;
      s->spec = c;
      names().push_back(ctest_safe(c.at("name").get<std::string>()));
      static std::deque<std::string> files_kept;
      files_kept.push_back(f.string());
      Catch::AutoReg(s, Catch::SourceLineInfo(files_kept.back().c_str(), 1), "",
                     Catch::NameAndTags{names().back(), "[scenario]"});
    }
  }
  std::vector<fs::path> bad;
  for (const auto& e : fs::directory_iterator(root / "invalid"))
    if (e.is_regular_file() && e.path().extension() == ".json") bad.push_back(e.path());
  std::sort(bad.begin(), bad.end());
  for (const auto& f : bad) {
    const json doc = json::parse(read_file(f));
    for (const auto& c : doc.at("cases")) {
      auto* s = new Invalid;
      s->file = f;
      s->spec = c;
      names().push_back(ctest_safe("error " + c.at("error").at("code").get<std::string>() + ": " +
                                   c.at("name").get<std::string>()));
      static std::deque<std::string> files_kept;
      files_kept.push_back(f.string());
      Catch::AutoReg(s, Catch::SourceLineInfo(files_kept.back().c_str(), 1), "",
                     Catch::NameAndTags{names().back(), "[invalid]"});
    }
  }
  return 0;
}

const int registered = register_all();

}  // namespace
