// Hostile input (issue 6, docs/security.md): the input limits of core/engine/limits.hpp at
// their boundaries, unknown keys, and the replay of every fuzzing finding.
//
// - tests/invalid/limits.json holds the failing side of each limit (limit + 1) as data; this
//   file holds the passing side (the limit itself), built from the same constants, and the two
//   limits whose inputs are too big to write there (64 KiB of input, 1200 fee months).
// - Every answer here is also checked against the fuzzer's invariants (tests/fuzz/invariants.hpp).
// - tests/fuzz/regressions/<file>: an input the fuzzer (or a reader) found once; each is its own
//   test and must keep every invariant. tests/fuzz/regressions/open/<file>: a finding whose fix
//   in core/ is still pending; each is its own test tagged [!shouldfail], so it passes while the
//   bug is there and fails the day the fix lands — then move the file up to regressions/.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "../fuzz/invariants.hpp"
#include "engine/canbao.hpp"
#include "engine/limits.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
namespace lim = canbao::limits;

namespace {

json base_case() {
  return {{"region", "440700"}, {"date", "2026-03-15"}, {"action", "enroll_resident"}};
}

json resident_record() {
  return {{"scheme", "resident"}, {"region", "430100"}, {"status", "normal"}, {"years", {{"2026", "paid"}}}};
}

json employee_record() {
  return {{"scheme", "employee"}, {"region", "440100"}, {"status", "normal"}, {"months", {{"2026-01", "paid"}}}};
}

// Assesses `input`; the answer must keep every invariant of tests/fuzz/invariants.hpp.
canbao::Answer run(const std::string& input) {
  INFO("input (first 300 bytes): " << input.substr(0, 300));
  const std::string broken = canbao::fuzz::check(input);
  INFO("invariant: " << broken);
  CHECK(broken.empty());
  return canbao::assess(input);
}

// The limit itself passes: an assessment, not an error.
void passes(const json& c) {
  const auto a = run(c.dump());
  INFO("output: " << a.json.substr(0, 400));
  CHECK(a.ok);
}

// limit + 1 fails with input_too_large at `path`.
void too_large(const std::string& input, const std::string& path) {
  const auto a = run(input);
  INFO("output: " << a.json.substr(0, 400));
  REQUIRE_FALSE(a.ok);
  const json out = json::parse(a.json);
  CHECK(out["error"]["code"] == "input_too_large");
  CHECK(out["error"]["path"] == path);
}

std::string year(int y) { return std::to_string(y); }
std::string date(int y, const char* md) { return std::to_string(y) + "-" + md; }

std::string fee_month(int serial) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", serial / 12, serial % 12 + 1);
  return buf;
}

}  // namespace

TEST_CASE("limits: kMaxInputBytes — a case of exactly 64 KiB passes, one byte more is input_too_large", "[limits]") {
  const std::string body = base_case().dump();
  REQUIRE(body.size() < lim::kMaxInputBytes);
  // JSON allows any amount of whitespace: pad the case to the limit exactly.
  std::string at_limit = body;
  at_limit.insert(1, lim::kMaxInputBytes - body.size(), ' ');
  REQUIRE(at_limit.size() == lim::kMaxInputBytes);
  CHECK(run(at_limit).ok);
  std::string over = body;
  over.insert(1, lim::kMaxInputBytes + 1 - body.size(), ' ');
  REQUIRE(over.size() == lim::kMaxInputBytes + 1);
  too_large(over, "");
  // The size is checked before anything else: 64 KiB + 1 of garbage is too large, not invalid JSON.
  too_large(std::string(lim::kMaxInputBytes + 1, '{'), "");
  too_large(std::string(lim::kMaxInputBytes + 1, 'x'), "");
}

TEST_CASE("limits: kMaxDepth — 8 levels of nesting pass, 9 are input_too_large", "[limits]") {
  // The case object is level 1; an unknown key carries the nesting (it only warns).
  json v = 1;
  for (int d = 2; d <= lim::kMaxDepth; ++d) v = json::array({v});
  json c = base_case();
  c["nested"] = v;
  passes(c);
  c["nested"] = json::array({v});
  too_large(c.dump(), "");
  // Brackets inside strings are not nesting.
  json s = base_case();
  s["note"] = std::string(64, '[') + std::string(64, '{');
  passes(s);
}

TEST_CASE("limits: kMaxRecords — 32 records pass, 33 are input_too_large at /records", "[limits]") {
  json c = base_case();
  c["action"] = "none";
  c["records"] = json::array();
  for (std::size_t i = 0; i < lim::kMaxRecords; ++i) c["records"].push_back(i % 2 ? employee_record() : resident_record());
  passes(c);
  c["records"].push_back(resident_record());
  too_large(c.dump(), "/records");
}

TEST_CASE("limits: kMaxYearsPerRecord — 120 resident years pass, 121 are input_too_large", "[limits]") {
  json c = base_case();
  json r = resident_record();
  r["years"] = json::object();
  for (std::size_t i = 0; i < lim::kMaxYearsPerRecord; ++i) r["years"][year(lim::kMinYear + static_cast<int>(i))] = "paid";
  c["records"] = json::array({r});
  passes(c);
  r["years"][year(lim::kMinYear + static_cast<int>(lim::kMaxYearsPerRecord))] = "due";
  c["records"] = json::array({r});
  too_large(c.dump(), "/records/0/years");
}

TEST_CASE("limits: kMaxYearsPerRecord — 120 coverage years pass, 121 are input_too_large", "[limits]") {
  json c = base_case();
  c["coverage"]["years"] = json::array();
  for (std::size_t i = 0; i < lim::kMaxYearsPerRecord; ++i) c["coverage"]["years"].push_back(lim::kMinYear + static_cast<int>(i));
  passes(c);
  c["coverage"]["years"].push_back(2025);
  too_large(c.dump(), "/coverage/years");
}

TEST_CASE("limits: kMaxMonthsPerRecord — 1200 fee months pass, 1201 are input_too_large", "[limits]") {
  json c = base_case();
  c["action"] = "enroll_employee";
  json r = employee_record();
  r["months"] = json::object();
  const int first = lim::kMinYear * 12;
  for (std::size_t i = 0; i < lim::kMaxMonthsPerRecord; ++i) r["months"][fee_month(first + static_cast<int>(i))] = "paid";
  c["records"] = json::array({r});
  passes(c);
  r["months"][fee_month(first + static_cast<int>(lim::kMaxMonthsPerRecord))] = "paid";
  c["records"] = json::array({r});
  too_large(c.dump(), "/records/0/months");
}

TEST_CASE("limits: person.groups — 16 entries pass, 17 are input_too_large", "[limits]") {
  json c = base_case();
  c["person"]["groups"] = json::array();
  for (int i = 0; i < 16; ++i) c["person"]["groups"].push_back("student");
  passes(c);
  c["person"]["groups"].push_back("student");
  too_large(c.dump(), "/person/groups");
}

TEST_CASE("limits: kMinYear and kMaxYear — every date, year and fee month at 1950 and 2100 passes", "[limits]") {
  // The default table starts on 2021-12-01: at the edges, a ruleset is named explicitly.
  const int lo = lim::kMinYear, hi = lim::kMaxYear;
  SECTION("the case date") {
    for (const auto& d : {date(lo, "01-01"), date(hi, "12-31")}) {
      json c = base_case();
      c["ruleset"] = "national-2024";
      c["date"] = d;
      passes(c);
    }
    json c = base_case();
    c["date"] = date(hi, "12-31");  // resolved by the default table
    passes(c);
  }
  SECTION("next year's enrollment on the last accepted date concerns insurance year 2101") {
    json c = base_case();
    c["date"] = date(hi, "12-31");
    c["action"] = "enroll_resident_next_year";
    passes(c);
  }
  SECTION("birth date, benefit start, event date, period dates") {
    json c = base_case();
    c["person"]["birth_date"] = date(lo, "01-01");
    json r = resident_record();
    r["benefit_start"] = date(lo, "01-01");
    c["records"] = json::array({r});
    c["event"] = {{"kind", "death"}, {"date", date(hi, "12-31")}, {"record", 0}};
    c["params"] = {{"centralized_period_start", date(lo, "01-01")}, {"centralized_period_end", date(hi, "12-31")}};
    passes(c);
  }
  SECTION("resident years, fee months, coverage years") {
    json c = base_case();
    json r = resident_record();
    r["years"] = {{year(lo), "paid"}, {year(hi), "due"}};
    json e = employee_record();
    e["months"] = {{date(lo, "01").substr(0, 7), "paid"}, {std::to_string(hi) + "-12", "paid"}};
    c["records"] = json::array({r, e});
    c["coverage"]["years"] = json::array({lo, hi});
    passes(c);
  }
}

TEST_CASE("limits: kMinBirthYear — a citizen born before 1950 (aged 76+ in 2026) can be assessed, back to 1900",
          "[limits]") {
  // Issue 6 found kMinYear (1950) bounding birth dates too: every resident aged 76 or more got
  // input_too_large. Birth dates now reach back to kMinBirthYear; 1899-12-31 fails
  // (tests/invalid/limits.json).
  REQUIRE(lim::kMinBirthYear <= 1900);
  for (const char* birth : {"1949-12-31", "1945-06-01", "1930-01-01", "1900-01-01"}) {
    json c = base_case();
    c["person"]["birth_date"] = birth;
    INFO("birth_date " << birth);
    CHECK(canbao::assess(c.dump()).ok);
  }
}

TEST_CASE("limits: employment counts at 1200 months and history at 120 years pass", "[limits]") {
  json c = base_case();
  c["employment"] = {{"deemed_months", 1200}, {"other_months", 1200}, {"local_months", 1200},
                     {"retirement_date", date(lim::kMaxYear, "12-31")}};
  c["history"] = {{"zero_claim_years", json::array()}, {"bonus_used_years", json::array()}};
  for (std::size_t i = 0; i < lim::kMaxYearsPerRecord; ++i) {
    c["history"]["zero_claim_years"].push_back(lim::kMinYear + static_cast<int>(i));
    c["history"]["bonus_used_years"].push_back(lim::kMaxYear - static_cast<int>(i));
  }
  passes(c);
}

TEST_CASE("limits: kMaxYuan — 10000000 yuan passes, 10000000.01 is input_too_large", "[limits]") {
  json c = base_case();
  json r = resident_record();
  r["paid_cny"] = lim::kMaxYuan;
  c["records"] = json::array({r});
  c["params"]["resident_contribution_cny"] = lim::kMaxYuan;
  passes(c);
  r["paid_cny"] = 9999999.99;
  c["records"] = json::array({r});
  passes(c);
  r["paid_cny"] = lim::kMaxYuan + 0.01;
  c["records"] = json::array({r});
  too_large(c.dump(), "/records/0/paid_cny");
}

TEST_CASE("limits: money — 0, whole yuan, and 2 decimals pass (contract §Conventions)", "[limits]") {
  for (double v : {0.0, 1.0, 0.01, 0.1, 400.5, 380.25, 19.99, 1234567.89}) {
    json c = base_case();
    json r = resident_record();
    r["paid_cny"] = v;
    c["records"] = json::array({r});
    INFO("paid_cny " << v);
    passes(c);
  }
}

TEST_CASE("contract §Case: unknown keys are ignored with a warning naming them, never an error", "[limits]") {
  struct Where {
    const char* pointer;
    json (*make)();
  };
  const Where places[] = {
      {"/nickname", [] { json c = base_case(); c["nickname"] = "小明"; return c; }},
      {"/person/name", [] { json c = base_case(); c["person"] = {{"name", "张三"}, {"birth_date", "1990-05-01"}}; return c; }},
      {"/records/0/note", [] { json c = base_case(); json r = resident_record(); r["note"] = {1, 2}; c["records"] = {r}; return c; }},
      {"/coverage/source", [] { json c = base_case(); c["coverage"] = {{"years", {2025}}, {"source", "app"}}; return c; }},
      {"/event/note", [] {
         json c = base_case();
         c["records"] = {resident_record()};
         c["event"] = {{"kind", "death"}, {"date", "2026-03-15"}, {"record", 0}, {"note", nullptr}};
         return c;
       }},
      {"/params/discount", [] { json c = base_case(); c["params"] = {{"discount", 0.5}}; return c; }},
      {"/employment/employer", [] { json c = base_case(); c["employment"] = {{"employer", "某公司"}}; return c; }},
      {"/history/claims", [] { json c = base_case(); c["history"] = {{"claims", 3}}; return c; }},
  };
  for (const auto& w : places) {
    const json with = w.make();
    INFO("unknown key at " << w.pointer);
    const auto a = run(with.dump());
    REQUIRE(a.ok);
    const json out = json::parse(a.json);
    int hits = 0;
    for (const auto& x : out["warnings"])
      if (x["code"] == "unknown_key" && x["message"].get<std::string>().find(w.pointer) != std::string::npos) ++hits;
    CHECK(hits == 1);
    // Without the key: the same answer but for that one warning.
    json without = with;
    const json::json_pointer ptr(w.pointer);
    without[ptr.parent_pointer()].erase(ptr.back());
    const auto b = run(without.dump());
    REQUIRE(b.ok);
    json out_b = json::parse(b.json);
    json out_a = out;
    auto& wa = out_a["warnings"];
    wa.erase(std::remove_if(wa.begin(), wa.end(), [](const json& x) { return x["code"] == "unknown_key"; }), wa.end());
    CHECK(out_a == out_b);
  }
}

TEST_CASE("contract §Case: a months object on a resident record (or years on an employee one) is ignored with a warning",
          "[limits]") {
  json c = base_case();
  json r = resident_record();
  r["months"] = {{"2026-01", "paid"}};
  json e = employee_record();
  e["years"] = {{"2026", "paid"}};
  c["records"] = {r, e};
  const auto a = run(c.dump());
  REQUIRE(a.ok);
  const json out = json::parse(a.json);
  int ignored = 0;
  for (const auto& x : out["warnings"]) ignored += x["code"] == "ignored_field" ? 1 : 0;
  CHECK(ignored == 2);
}

TEST_CASE("fuzz invariants hold for every tests/invalid input, example and scenario case", "[limits][fuzz]") {
  const fs::path root = CANBAO_TEST_DIR;
  std::vector<fs::path> files;
  for (const auto& dir : {root / "invalid", root / "cases", root / ".." / "examples"})
    if (fs::exists(dir))
      for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::size_t inputs = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const json doc = json::parse(ss.str(), nullptr, false);
    if (doc.is_discarded()) continue;
    std::vector<std::string> cases;
    if (doc.contains("cases") && doc["cases"].is_array()) {
      for (const auto& c : doc["cases"]) {
        if (c.contains("case")) cases.push_back(c["case"].dump());
        if (c.contains("input")) cases.push_back(c["input"].is_string() ? c["input"].get<std::string>() : c["input"].dump());
      }
    } else {
      cases.push_back(ss.str());
    }
    for (const auto& input : cases) {
      INFO("file: " << f.string());
      INFO("input: " << input.substr(0, 300));
      const std::string broken = canbao::fuzz::check(input);
      INFO("invariant: " << broken);
      CHECK(broken.empty());
      ++inputs;
    }
  }
  CHECK(inputs > 100);
}

// ---- tests/fuzz/regressions/: every finding, one test each ----------------------------------

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Regression : Catch::ITestInvoker {
  fs::path file;
  void invoke() const override {
    const std::string input = slurp(file);
    INFO("file: " << file.string());
    INFO("output: " << canbao::assess(input).json.substr(0, 400));
    const std::string broken = canbao::fuzz::check(input);
    INFO("invariant: " << broken);
    CHECK(broken.empty());
  }
};

std::deque<std::string>& kept() {
  static std::deque<std::string> k;
  return k;
}

void register_dir(const fs::path& dir, const char* prefix, const char* tags) {
  if (!fs::exists(dir)) return;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto* r = new Regression;
    r->file = f;
    kept().push_back(f.string());
    const char* file_name = kept().back().c_str();
    kept().push_back(std::string(prefix) + f.filename().string());
    Catch::AutoReg(r, Catch::SourceLineInfo(file_name, 1), "", Catch::NameAndTags{kept().back(), tags});
  }
}

int register_regressions() {
  const fs::path root = fs::path(CANBAO_TEST_DIR) / "fuzz" / "regressions";
  register_dir(root, "fuzz regression: ", "[fuzz]");
  register_dir(root / "open", "fuzz finding (open, fix pending in core/): ", "[fuzz][!shouldfail]");
  return 0;
}

const int registered = register_regressions();

}  // namespace
