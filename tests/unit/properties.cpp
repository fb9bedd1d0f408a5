// Property tests over generated cases (issue 6, hardening). A seeded generator
// (std::mt19937_64, raw draws only, so the cases are the same on every platform) builds a few
// thousand valid cases across the eight rulesets, the default table, the five actions, records
// of both schemes, coverage gaps, params and events; each property is checked on each of them,
// with the case printed on failure. Names cite the text (or the contract clause) they test.
//
// Set CANBAO_PROPERTY_SEED to explore other seeds: the default keeps CI deterministic.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/canbao.hpp"
#include "engine/limits.hpp"
#include "model/date.hpp"

using nlohmann::json;

namespace {

// 3,000 cases per property natively; under the sanitizers (the asan preset), whose job is to
// catch memory errors rather than to search, 500 keep that run short. CANBAO_PROPERTY_CASES=N
// overrides both (to search longer, with CANBAO_PROPERTY_SEED for other cases).
#if defined(__SANITIZE_ADDRESS__)
#define CANBAO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CANBAO_SANITIZED 1
#endif
#endif
int cases() {
  if (const char* s = std::getenv("CANBAO_PROPERTY_CASES")) return std::max(100, std::atoi(s));
#ifdef CANBAO_SANITIZED
  return 500;
#else
  return 3000;
#endif
}
const int kCases = cases();

std::uint64_t base_seed() {
  if (const char* s = std::getenv("CANBAO_PROPERTY_SEED")) return std::strtoull(s, nullptr, 10);
  return 20260315;
}

// Raw 64-bit draws only: std::uniform_int_distribution differs between standard libraries.
struct Rng {
  std::mt19937_64 g;
  explicit Rng(std::uint64_t seed) : g(seed) {}
  int between(int lo, int hi) { return lo + static_cast<int>(g() % static_cast<std::uint64_t>(hi - lo + 1)); }
  bool chance(int percent) { return between(0, 99) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))]; }
  template <typename T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<std::size_t>(g() % i)]);
  }
};

const std::vector<std::string> kRulesets = {"national-2021",       "national-2024", "guangdong-2021",
                                            "guangdong-2021-draft", "guangdong-2025-draft", "jiangmen-2024",
                                            "jieyang-2021",        "jilin-2022"};
const std::vector<std::string> kRegions = {"440700", "440100", "445200", "440500", "441581", "440000",
                                           "220100", "220200", "220000", "430100", "110000", "450400"};
const std::vector<std::string> kGroups = {"newborn", "student", "medical_assistance", "veteran", "military_spouse",
                                          "land_expropriated_farmer", "seasonal_or_flexible_worker",
                                          "unemployment_benefit", "disabled"};
const std::vector<std::string> kDocuments = {"resident_id_card", "hk_macao_permit", "taiwan_permit",
                                             "hmt_residence_permit", "foreign_passport",
                                             "foreign_permanent_residence", "none"};
const std::vector<std::string> kKinds = {"death", "joined_employee", "joined_resident_elsewhere", "duplicate_payment",
                                         "employed_after_flexible_annual", "lump_sum_then_death"};

std::string fmt(const canbao::Date& d) { return canbao::format_date(d); }
canbao::Date day_in(Rng& r, int y) {
  const int m = r.between(1, 12);
  return canbao::Date{y, m, r.between(1, canbao::days_in_month(y, m))};
}

// What to stress: any case, or cases where a waiting period with broken years can apply
// (resident enrollment for an insurance year from 2025, a chain with national-2024).
enum class Focus { any, waiting, refund };

json gen_record(Rng& r, const std::string& case_region, int y, Focus focus) {
  json rec = json::object();
  const bool resident = focus == Focus::refund ? r.chance(45) : r.chance(60);
  rec["scheme"] = resident ? "resident" : "employee";
  rec["region"] = r.chance(45) ? case_region : r.pick(kRegions);
  const int st = r.between(0, 99);
  rec["status"] = st < 70 ? "normal" : st < 90 ? "suspended" : "terminated";
  if (resident) {
    json years = json::object();
    for (int yy = y - 5; yy <= y + 1; ++yy)
      if (r.chance(45)) years[std::to_string(yy)] = r.chance(75) ? "paid" : "due";
    rec["years"] = years;
  } else {
    json months = json::object();
    int serial = focus == Focus::refund ? canbao::fee_month(y - 1, r.between(1, 12))
                                        : canbao::fee_month(y - r.between(0, 4), r.between(1, 12));
    const int len = focus == Focus::refund ? r.between(6, 30) : r.between(0, 36);
    for (int i = 0; i < len; ++i, ++serial)
      if (r.chance(92)) months[canbao::format_fee_month(serial)] = r.chance(85) ? "paid" : "due";
    rec["months"] = months;
    if (r.chance(45)) rec["flexible"] = r.chance(60);
  }
  if (r.chance(20)) rec["benefits_used"] = r.chance(50);
  if (r.chance(12)) rec["subsidized"] = r.chance(60);
  if (r.chance(6)) rec["lump_sum"] = true;
  if (r.chance(60)) rec["paid_cny"] = r.between(0, 300000) / 100.0;
  if (r.chance(15)) rec["benefit_start"] = fmt(day_in(r, r.between(y - 1, y + 1)));
  return rec;
}

json gen_case(Rng& r, Focus focus = Focus::any) {
  json c = json::object();
  // Broken years count from 2025 (national-2024/art-1/2): a waiting case reaches 2034 so
  // that repair (2+ broken years) and its floor (4+) are common.
  const int y = focus == Focus::waiting ? r.between(2025, 2034) : (r.chance(70) ? r.between(2025, 2027) : r.between(2022, 2029));
  canbao::Date date = day_in(r, y);
  if (date < canbao::Date{2021, 12, 1}) date = canbao::Date{2021, 12, 1};
  c["region"] = r.pick(kRegions);
  c["date"] = fmt(date);
  if (focus == Focus::waiting) {
    c["action"] = r.chance(70) ? "enroll_resident" : "enroll_resident_next_year";
    if (r.chance(35)) c["ruleset"] = r.pick(std::vector<std::string>{"national-2024", "guangdong-2025-draft"});
  } else {
    const int a = r.between(0, 99);
    c["action"] = a < 38   ? "enroll_resident"
                  : a < 56 ? "enroll_resident_next_year"
                  : a < 68 ? "enroll_employee"
                  : a < 80 ? "enroll_flexible"
                           : "none";
    if (r.chance(55)) c["ruleset"] = r.pick(kRulesets);
  }
  // The person.
  json person = json::object();
  if (r.chance(85)) {
    canbao::Date birth = r.chance(12) ? canbao::add_days(date, -r.between(0, 420))
                                      : day_in(r, r.between(canbao::limits::kMinYear, y - 1));
    if (date < birth) birth = date;
    person["birth_date"] = fmt(birth);
  }
  if (r.chance(15)) person["document"] = r.pick(kDocuments);
  json groups = json::array();
  const int g_odds = focus == Focus::waiting ? 8 : 25;
  if (r.chance(g_odds)) {
    groups.push_back(r.pick(kGroups));
    if (r.chance(30)) groups.push_back(r.pick(kGroups));
  }
  person["groups"] = groups;
  c["person"] = person;
  // Records.
  const int n = focus == Focus::refund    ? r.between(1, 4)
                : focus == Focus::waiting ? (r.chance(60) ? 0 : r.between(1, 2))
                                          : r.between(0, r.chance(20) ? 6 : 3);
  json records = json::array();
  for (int i = 0; i < n; ++i) records.push_back(gen_record(r, c["region"].get<std::string>(), y, focus));
  c["records"] = records;
  // Coverage: years with gaps, in random order. For waiting cases: cover up to a last
  // covered year, then nothing, so every number of broken years turns up.
  if (focus == Focus::waiting) {
    std::vector<int> years;
    if (r.chance(92)) {
      const int last = r.between(y - 9, y - 1);
      for (int yy = y - 12; yy <= last; ++yy)
        if (yy == last || r.chance(75)) years.push_back(yy);
    }
    r.shuffle(years);
    c["coverage"] = {{"years", years}};
  } else if (r.chance(70)) {
    std::vector<int> years;
    const int odds = r.between(20, 90);
    for (int yy = y - 10; yy <= y; ++yy)
      if (r.chance(odds)) years.push_back(yy);
    r.shuffle(years);
    c["coverage"] = {{"years", years}};
  }
  // An event about one record.
  const int event_odds = focus == Focus::refund ? 95 : 25;
  if (n > 0 && r.chance(event_odds)) {
    const int idx = r.between(0, n - 1);
    json e = {{"kind", r.pick(kKinds)}, {"record", idx}};
    if (focus == Focus::refund && records[static_cast<std::size_t>(idx)]["scheme"] == "employee") {
      // Refunds by fee month: a flexible worker employed mid-year, a death, a double payment.
      const int k = r.between(0, 99);
      e["kind"] = k < 50 ? "employed_after_flexible_annual" : k < 80 ? "death" : "duplicate_payment";
      if (k < 50) c["records"][static_cast<std::size_t>(idx)]["flexible"] = true;
    }
    canbao::Date d = canbao::add_days(date, r.between(-300, 300));
    e["date"] = fmt(d);
    c["event"] = e;
  }
  // Params a caller may supply.
  json params = json::object();
  if (r.chance(35)) params["resident_contribution_cny"] = r.pick(std::vector<double>{380, 400, 400.5, 549, 1020.25});
  if (r.chance(30)) {
    const int iy = c["action"] == "enroll_resident_next_year" ? y + 1 : y;
    params["centralized_period_start"] = fmt(canbao::Date{iy - 1, r.between(9, 10), 1});
    params["centralized_period_end"] = fmt(r.chance(50) ? canbao::Date{iy - 1, 12, 31} : canbao::Date{iy, 2, 28});
  }
  if (r.chance(15)) params["waiting_day_convention"] = r.chance(50) ? "same_day" : "next_day";
  if (!params.empty() || r.chance(20)) c["params"] = params;
  // The extensions: employment (retirement, deemed months) and history (incentives).
  if (r.chance(20)) {
    json e = json::object();
    if (r.chance(70)) e["sex"] = r.chance(50) ? "male" : "female";
    if (r.chance(70)) e["retirement_date"] = fmt(day_in(r, r.between(y - 2, y + 10)));
    if (r.chance(40)) e["deemed_months"] = r.between(0, 240);
    if (r.chance(30)) e["other_months"] = r.between(0, 120);
    if (r.chance(20)) e["local_months"] = r.between(0, 180);
    c["employment"] = e;
  }
  if (r.chance(15)) {
    json h = {{"zero_claim_years", json::array()}, {"bonus_used_years", json::array()}};
    for (int yy = y - 4; yy < y; ++yy) {
      if (r.chance(50)) h["zero_claim_years"].push_back(yy);
      if (r.chance(15)) h["bonus_used_years"].push_back(yy);
    }
    c["history"] = h;
  }
  return c;
}

struct Out {
  bool ok = false;
  std::string bytes;
  json j;
};

Out assess(const json& c) {
  Out o;
  const auto a = canbao::assess(c.dump());
  o.ok = a.ok;
  o.bytes = a.json;
  o.j = json::parse(a.json);
  return o;
}

int insurance_year(const json& c) {
  const int y = std::stoi(c["date"].get<std::string>().substr(0, 4));
  return c["action"] == "enroll_resident_next_year" ? y + 1 : y;
}

// Years the case shows as covered (contract §Case coverage): coverage.years, paid resident
// years, years with a paid employee fee month.
std::set<int> covered(const json& c) {
  std::set<int> s;
  if (c.contains("coverage"))
    for (const auto& y : c["coverage"]["years"]) s.insert(y.get<int>());
  for (const auto& r : c["records"]) {
    if (r["scheme"] == "resident") {
      for (auto it = r["years"].begin(); it != r["years"].end(); ++it)
        if (it.value() == "paid") s.insert(std::stoi(it.key()));
    } else {
      for (auto it = r["months"].begin(); it != r["months"].end(); ++it)
        if (it.value() == "paid") s.insert(std::stoi(it.key().substr(0, 4)));
    }
  }
  return s;
}

// The case with year z no longer covered: out of coverage.years, and every paid resident year
// or employee fee month in it turned to due (unpaid). Nothing else changes.
json uncover(json c, int z) {
  if (c.contains("coverage")) {
    json ys = json::array();
    for (const auto& y : c["coverage"]["years"])
      if (y.get<int>() != z) ys.push_back(y);
    c["coverage"]["years"] = ys;
  }
  for (auto& r : c["records"]) {
    if (r["scheme"] == "resident") {
      const std::string k = std::to_string(z);
      if (r["years"].contains(k)) r["years"][k] = "due";
    } else {
      for (auto it = r["months"].begin(); it != r["months"].end(); ++it)
        if (it.key().substr(0, 4) == std::to_string(z)) it.value() = "due";
    }
  }
  return c;
}

json with_coverage(json c, const std::vector<int>& extra) {
  if (!c.contains("coverage")) c["coverage"] = {{"years", json::array()}};
  for (int y : extra) c["coverage"]["years"].push_back(y);
  return c;
}

// The waiting period as a comparable length: 0 for none, the total for applies (months or
// days, with its unit); nothing when the length is not known (local_rules, not_applicable).
struct Wait {
  std::optional<long> length;
  std::string unit;
  std::optional<std::string> start;
  std::string outcome;
};
Wait waiting(const json& out) {
  const json& w = out["waiting_period"];
  Wait x;
  x.outcome = w["outcome"].get<std::string>();
  if (w.contains("benefit_start") && w["benefit_start"].is_string()) x.start = w["benefit_start"].get<std::string>();
  if (x.outcome == "none") {
    x.length = 0;
  } else if (x.outcome == "applies") {
    if (w.contains("total_days") && w["total_days"].is_number_integer()) {
      x.length = w["total_days"].get<long>();
      x.unit = "days";
    } else if (w.contains("total_months") && w["total_months"].is_number_integer()) {
      x.length = w["total_months"].get<long>();
      x.unit = "months";
    }
  }
  return x;
}

std::optional<long> option_total(const json& o) {
  if (o.contains("total_days") && o["total_days"].is_number_integer()) return o["total_days"].get<long>();
  if (o.contains("total_months") && o["total_months"].is_number_integer()) return o["total_months"].get<long>();
  return std::nullopt;
}

long fen(const json& yuan) { return static_cast<long>(yuan.get<double>() * 100.0 + (yuan.get<double>() >= 0 ? 0.5 : -0.5)); }

std::multiset<std::string> strings_of(const json& a) {
  std::multiset<std::string> s;
  if (a.is_array())
    for (const auto& x : a) s.insert(x.is_string() ? x.get<std::string>() : x.dump());
  return s;
}

// Pretty-printing, whitespace and key order of the input: the text of the same case.
std::string dump_shuffled(const json& j, Rng& r, bool spaced) {
  const std::string sp = spaced ? " \n\t" : "";
  if (j.is_object()) {
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    r.shuffle(keys);
    std::string s = "{" + sp;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i) s += "," + sp;
      s += json(keys[i]).dump() + sp + ":" + sp + dump_shuffled(j[keys[i]], r, spaced);
    }
    return s + sp + "}";
  }
  if (j.is_array()) {
    std::string s = "[" + sp;
    for (std::size_t i = 0; i < j.size(); ++i) {
      if (i) s += "," + sp;
      s += dump_shuffled(j[i], r, spaced);
    }
    return s + sp + "]";
  }
  return j.dump();
}

// Runs `body` over kCases generated cases; the case is printed with every failure.
template <typename F>
void for_cases(Focus focus, std::uint64_t salt, F body) {
  Rng r(base_seed() ^ salt);
  for (int i = 0; i < kCases; ++i) {
    const json c = gen_case(r, focus);
    INFO("case #" << i << " (seed " << base_seed() << "): " << c.dump());
    body(c, r);
  }
}

std::set<std::string> basis_of(const json& out, const char* section) {
  std::set<std::string> s;
  if (out.contains(section) && out[section].is_object() && out[section].contains("basis"))
    for (const auto& b : out[section]["basis"]) s.insert(b.get<std::string>());
  return s;
}

}  // namespace

TEST_CASE("generator: every generated case is valid input (the properties below are not vacuous)", "[property]") {
  int ok = 0, total = 0;
  std::map<std::string, int> outcomes;
  for (Focus f : {Focus::any, Focus::waiting, Focus::refund}) {
    for_cases(f, 1, [&](const json& c, Rng&) {
      const Out o = assess(c);
      INFO("output: " << o.bytes.substr(0, 400));
      CHECK(o.ok);
      ++total;
      if (!o.ok) return;
      ++ok;
      for (const char* s : {"registration", "waiting_period", "repair", "refund"})
        ++outcomes[std::string(s) + "=" + o.j[s]["outcome"].get<std::string>()];
    });
  }
  CHECK(ok == total);
  // The generator reaches the answers the properties are about.
  for (const char* k : {"registration=refused", "registration=allowed_after_steps", "waiting_period=applies",
                        "waiting_period=none", "repair=available", "repair=at_floor", "refund=eligible",
                        "refund=not_eligible"}) {
    INFO(k);
    CHECK(outcomes[k] > kCases / 150);
  }
}

TEST_CASE("national-2024/art-1/2: more broken years never shorten the waiting period", "[property]") {
  // One more uncovered year (the latest covered year before the insurance year loses its
  // cover, the case is otherwise the same): broken_years does not fall, the total waiting
  // (months or days) does not fall, and benefits do not start earlier.
  int compared = 0, lengthened = 0;
  for (Focus f : {Focus::waiting, Focus::any}) {
    for_cases(f, 2, [&](const json& c, Rng&) {
      const int y = insurance_year(c);
      const auto cov = covered(c);
      auto it = cov.lower_bound(y);
      if (it == cov.begin()) return;
      const int z = *std::prev(it);
      const json c2 = uncover(c, z);
      INFO("uncovered year " << z << ": " << c2.dump());
      const Out a = assess(c), b = assess(c2);
      REQUIRE(a.ok);
      REQUIRE(b.ok);
      INFO("before: " << a.j["waiting_period"].dump());
      INFO("after:  " << b.j["waiting_period"].dump());
      const json& wa = a.j["waiting_period"];
      const json& wb = b.j["waiting_period"];
      if (wa["broken_years"].is_number_integer() && wb["broken_years"].is_number_integer())
        CHECK(wb["broken_years"].get<int>() >= wa["broken_years"].get<int>());
      const Wait x = waiting(a.j), w2 = waiting(b.j);
      if (!x.length || !w2.length) return;
      if (!x.unit.empty() && !w2.unit.empty() && x.unit != w2.unit) return;
      ++compared;
      CHECK(*w2.length >= *x.length);
      if (*w2.length > *x.length) ++lengthened;
      if (x.start && w2.start) CHECK(*w2.start >= *x.start);
    });
  }
  INFO("compared " << compared << ", lengthened " << lengthened);
  CHECK(compared > kCases / 3);
  CHECK(lengthened > kCases / 30);
}

TEST_CASE("national-2024/art-1/3: repairing more years never lengthens the wait, and costs exactly unit_cost a year",
          "[property]") {
  int checked = 0;
  for (Focus f : {Focus::waiting, Focus::any}) {
    for_cases(f, 3, [&](const json& c, Rng&) {
      const Out a = assess(c);
      REQUIRE(a.ok);
      const json& rp = a.j["repair"];
      const json& opts = rp["options"];
      if (opts.empty()) return;
      INFO("repair: " << rp.dump());
      INFO("waiting: " << a.j["waiting_period"].dump());
      ++checked;
      const Wait w = waiting(a.j);
      // options[0] is the wait as it stands.
      CHECK(option_total(opts[0]) == w.length);
      if (w.start) CHECK(opts[0]["benefit_start"] == *w.start);
      const json unit = rp["unit_cost_cny"];
      if (c.contains("params") && c["params"].contains("resident_contribution_cny")) {
        // national-2024/art-2/1 "缴费参照当年参保地的个人缴费标准": the caller's standard is the price.
        REQUIRE(unit.is_number());
        CHECK(fen(unit) == fen(c["params"]["resident_contribution_cny"]));
      }
      if (unit.is_number()) CHECK(fen(unit) >= 0);
      for (std::size_t k = 0; k < opts.size(); ++k) {
        INFO("option " << k);
        CHECK(opts[k]["years"] == static_cast<int>(k));
        if (unit.is_number()) {
          REQUIRE(opts[k]["cost_cny"].is_number());
          CHECK(fen(opts[k]["cost_cny"]) >= 0);
          CHECK(fen(opts[k]["cost_cny"]) == fen(unit) * static_cast<long>(k));
        } else {
          CHECK(opts[k]["cost_cny"].is_null());
        }
        if (k == 0) continue;
        const auto t0 = option_total(opts[k - 1]), t1 = option_total(opts[k]);
        REQUIRE(t0);
        REQUIRE(t1);
        CHECK(*t1 <= *t0);
        // One more repaired year shortens the wait, except where the floor stops it.
        if (!rp.contains("floor_months") && !rp.contains("floor_days")) CHECK(*t1 < *t0);
        if (opts[k - 1]["benefit_start"].is_string() && opts[k]["benefit_start"].is_string())
          CHECK(opts[k]["benefit_start"].get<std::string>() <= opts[k - 1]["benefit_start"].get<std::string>());
      }
      // national-2024/art-1/4: after repair, never below the floor of 6 months (in Jilin, days).
      const json floor = rp.contains("floor_months") ? rp["floor_months"] : rp.value("floor_days", json());
      if (floor.is_number_integer())
        CHECK(*option_total(opts.back()) >= std::min<long>(floor.get<long>(), *option_total(opts[0])));
    });
  }
  INFO("checked " << checked);
  CHECK(checked > kCases / 6);
}

TEST_CASE("national-2024/art-1/3: repairing k broken years never beats having been covered in them, and equals it below the floor",
          "[property]") {
  // Repair buys back the variable months of the earliest broken years. The same case with
  // those k years covered (coverage.years) has k fewer broken years: its wait is never longer
  // than option k, and the same when no floor applies (national-2024/art-1/4).
  int compared = 0, floored = 0;
  for_cases(Focus::waiting, 4, [&](const json& c, Rng&) {
    const Out a = assess(c);
    REQUIRE(a.ok);
    const json& rp = a.j["repair"];
    if (rp["outcome"] != "available" && rp["outcome"] != "at_floor") return;
    const int n = a.j["waiting_period"]["broken_years"].get<int>();
    const int y = insurance_year(c);
    const bool floor = rp.contains("floor_months") || rp.contains("floor_days");
    for (std::size_t k = 1; k < rp["options"].size(); ++k) {
      std::vector<int> years;
      for (int i = 0; i < static_cast<int>(k); ++i) years.push_back(y - n + i);
      const json c2 = with_coverage(c, years);
      INFO("covered " << k << " earliest broken years: " << c2.dump());
      const Out b = assess(c2);
      REQUIRE(b.ok);
      INFO("repair option: " << rp["options"][k].dump());
      INFO("covered case waiting: " << b.j["waiting_period"].dump());
      CHECK(b.j["waiting_period"]["broken_years"] == n - static_cast<int>(k));
      const Wait w = waiting(b.j);
      REQUIRE(w.length);
      const auto opt = option_total(rp["options"][k]);
      REQUIRE(opt);
      ++compared;
      CHECK(*w.length <= *opt);
      if (floor) {
        ++floored;
      } else {
        CHECK(*w.length == *opt);
        CHECK(b.j["waiting_period"]["benefit_start"] == rp["options"][k]["benefit_start"]);
      }
    }
  });
  INFO("compared " << compared << " (" << floored << " under the floor)");
  CHECK(compared > kCases / 10);
  CHECK(floored > kCases / 150);
}

TEST_CASE("national-2021/art-16/2, jilin-2022/art-54, jiangmen-2024/art-19: refundable months are paid months of the record",
          "[property]") {
  int by_month = 0, months_total = 0;
  for (Focus f : {Focus::refund, Focus::any}) {
    for_cases(f, 5, [&](const json& c, Rng&) {
      const Out a = assess(c);
      REQUIRE(a.ok);
      const json& rf = a.j["refund"];
      if (!c.contains("event")) {
        CHECK(rf["outcome"] == "not_applicable");
        return;
      }
      INFO("refund: " << rf.dump());
      if (rf["record"].is_number_integer()) CHECK(rf["record"] == c["event"]["record"]);
      if (!rf["months"].is_array()) return;
      ++by_month;
      const json& rec = c["records"][c["event"]["record"].get<std::size_t>()];
      std::set<std::string> paid;
      if (rec.contains("months"))
        for (auto it = rec["months"].begin(); it != rec["months"].end(); ++it)
          if (it.value() == "paid") paid.insert(it.key());
      std::set<std::string> seen;
      for (const auto& m : rf["months"]) {
        INFO("month " << m);
        CHECK(paid.count(m.get<std::string>()) == 1);
        CHECK(seen.insert(m.get<std::string>()).second);  // each month once
        ++months_total;
      }
      CHECK((rf["outcome"] == "eligible") == !rf["months"].empty());
      if (rf["amount_cny"].is_number() && rec.contains("paid_cny")) CHECK(fen(rf["amount_cny"]) <= fen(rec["paid_cny"]));
    });
  }
  INFO(by_month << " refunds by month, " << months_total << " months");
  CHECK(by_month > kCases / 15);
  CHECK(months_total > kCases / 15);
}

TEST_CASE("contract §Case records: the order of the records never changes the answer, only the indexes it names",
          "[property]") {
  // Permute records (event.record follows its record). Invariant: every section's outcome; the
  // waiting period and repair exactly; registration's reason, and its steps, effects and basis
  // as sets; the refund exactly but for the record index, which names the same record; the
  // trace's rules and the warnings' codes as multisets; any other section's outcome and basis.
  int permuted = 0;
  for (Focus f : {Focus::any, Focus::refund}) {
    for_cases(f, 6, [&](const json& c, Rng& r) {
      const std::size_t n = c["records"].size();
      if (n < 2) return;
      std::vector<std::size_t> perm(n);  // new position i holds old record perm[i]
      std::iota(perm.begin(), perm.end(), 0);
      r.shuffle(perm);
      std::vector<std::size_t> where(n);
      json c2 = c;
      c2["records"] = json::array();
      for (std::size_t i = 0; i < n; ++i) {
        c2["records"].push_back(c["records"][perm[i]]);
        where[perm[i]] = i;
      }
      if (c.contains("event")) c2["event"]["record"] = where[c["event"]["record"].get<std::size_t>()];
      INFO("permuted: " << c2.dump());
      const Out a = assess(c), b = assess(c2);
      REQUIRE(a.ok);
      REQUIRE(b.ok);
      ++permuted;
      const json &x = a.j, &y = b.j;
      CHECK(x["ruleset"] == y["ruleset"]);
      const json &ra = x["registration"], &rb = y["registration"];
      INFO("registration: " << ra.dump() << " | " << rb.dump());
      CHECK(ra["outcome"] == rb["outcome"]);
      CHECK(ra.value("reason", json()) == rb.value("reason", json()));
      CHECK(strings_of(ra["steps_before"]) == strings_of(rb["steps_before"]));
      CHECK(strings_of(ra["effects_after"]) == strings_of(rb["effects_after"]));
      CHECK(strings_of(ra["basis"]) == strings_of(rb["basis"]));
      CHECK(x["waiting_period"] == y["waiting_period"]);
      CHECK(x["repair"] == y["repair"]);
      json fa = x["refund"], fb = y["refund"];
      if (fa["record"].is_number_integer()) fa["record"] = where[fa["record"].get<std::size_t>()];
      INFO("refund: " << fa.dump() << " | " << fb.dump());
      CHECK(fa == fb);
      std::multiset<std::string> ta, tb, wa, wb;
      for (const auto& t : x["trace"]) ta.insert(t["rule"].get<std::string>());
      for (const auto& t : y["trace"]) tb.insert(t["rule"].get<std::string>());
      CHECK(ta == tb);
      for (const auto& w : x["warnings"]) wa.insert(w["code"].get<std::string>());
      for (const auto& w : y["warnings"]) wb.insert(w["code"].get<std::string>());
      CHECK(wa == wb);
      for (auto it = x.begin(); it != x.end(); ++it) {
        const std::string& k = it.key();
        if (k == "ruleset" || k == "registration" || k == "waiting_period" || k == "repair" || k == "refund" ||
            k == "trace" || k == "warnings" || k == "engine")
          continue;
        INFO("section " << k);
        REQUIRE(y.contains(k));
        if (it->is_object() && it->contains("outcome")) CHECK((*it)["outcome"] == y[k]["outcome"]);
        if (it->is_object() && it->contains("basis")) CHECK(strings_of((*it)["basis"]) == strings_of(y[k]["basis"]));
      }
    });
  }
  CHECK(permuted > kCases / 3);
}

TEST_CASE("contract §Case coverage and §Conventions: coverage year order and repeats, key order and whitespace never change the output bytes",
          "[property]") {
  int checked = 0;
  for_cases(Focus::any, 7, [&](const json& c, Rng& r) {
    const Out a = assess(c);
    REQUIRE(a.ok);
    ++checked;
    if (c.contains("coverage")) {
      json c2 = c;
      std::vector<int> ys = c["coverage"]["years"].get<std::vector<int>>();
      r.shuffle(ys);
      if (!ys.empty() && r.chance(50)) ys.push_back(ys.front());  // a repeated year is the same year
      c2["coverage"]["years"] = ys;
      INFO("coverage reordered: " << c2.dump());
      CHECK(assess(c2).bytes == a.bytes);
    }
    const std::string text = dump_shuffled(c, r, r.chance(50));
    INFO("keys reordered: " << text);
    CHECK(canbao::assess(text).json == a.bytes);
  });
  CHECK(checked == kCases);
}

TEST_CASE("contract §Case: an unknown key anywhere changes nothing but one unknown_key warning", "[property]") {
  int checked = 0;
  for_cases(Focus::any, 8, [&](const json& c, Rng& r) {
    std::vector<std::string> places = {"", "/person"};
    for (std::size_t i = 0; i < c["records"].size(); ++i) places.push_back("/records/" + std::to_string(i));
    if (c.contains("coverage")) places.push_back("/coverage");
    if (c.contains("event")) places.push_back("/event");
    if (c.contains("params")) places.push_back("/params");
    if (c.contains("employment")) places.push_back("/employment");
    if (c.contains("history")) places.push_back("/history");
    const std::string where = r.pick(places);
    json c2 = c;
    c2[json::json_pointer(where)]["x_note"] = r.chance(50) ? json("备注") : json({{"nested", {1, 2, 3}}});
    INFO("with an unknown key at " << where << "/x_note: " << c2.dump());
    const Out a = assess(c), b = assess(c2);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    json wb = json::array();
    int unknown = 0;
    for (const auto& w : b.j["warnings"]) {
      if (w["code"] == "unknown_key" && w["message"].get<std::string>().find(where + "/x_note") != std::string::npos)
        ++unknown;
      else
        wb.push_back(w);
    }
    CHECK(unknown == 1);
    json y = b.j;
    y["warnings"] = wb;
    CHECK(y == a.j);
    ++checked;
  });
  CHECK(checked == kCases);
}

// ---- Regressions: minimal cases of what the properties above once found -------------------
// Each was an answer that changed with record order, or a bridge that more gap made more
// generous; fixed in core/ (engine.cpp refusal ranking, clause.cpp, the jilin-2022 and
// guangdong-2021-draft bridges) and kept here as the smallest case that showed it.

namespace {
json paid_months(int y0, int m0, int y1, int m1) {
  json o = json::object();
  for (int fm = canbao::fee_month(y0, m0); fm <= canbao::fee_month(y1, m1); ++fm) o[canbao::format_fee_month(fm)] = "paid";
  return o;
}
}  // namespace

TEST_CASE("jilin-2022/art-48: a 12-month hole in cover is no bridge even when the enrollment month is covered",
          "[property][regression]") {
  // Employee cover 2023-01..2024-12, nothing in 2025, coverage.years says 2026: the gap before
  // the enrollment (2026-01-05) is 12 months, beyond art 48's 3 (once read as 0 because 2026-01 is covered).
  json c = {{"region", "220100"}, {"date", "2026-01-05"}, {"action", "enroll_resident"},
            {"coverage", {{"years", {2026}}}},
            {"records", {{{"scheme", "employee"}, {"region", "220100"}, {"months", paid_months(2023, 1, 2024, 12)}}}}};
  const Out b = assess(c);
  INFO(b.j["waiting_period"].dump());
  CHECK(b.j["waiting_period"]["exemption"] != "cross_system_bridge");
  // And the same person covered in 2025 too waits 90 days: more cover, longer wait.
  c["coverage"]["years"] = {2025, 2026};
  const Out a = assess(c);
  INFO(a.j["waiting_period"].dump());
  if (waiting(b.j).length && waiting(a.j).length) CHECK(*waiting(b.j).length >= *waiting(a.j).length);
}

TEST_CASE("jilin-2022/art-48: a 3-month gap does not start benefits before no gap would",
          "[property][regression]") {
  // Employee cover 2023-01..2025-03 then resident enrollment on 2025-04-16, and the same with
  // 2025-01..03 unpaid (a 3-month gap). Once: the payment date without a gap, but 2025-04-01,
  // earlier, with one. Now both from the 1st of the month paid (缴费当月即可享受待遇).
  json c = {{"region", "220100"}, {"date", "2025-04-16"}, {"action", "enroll_resident"},
            {"records", {{{"scheme", "employee"}, {"region", "220100"}, {"months", paid_months(2023, 1, 2025, 3)}}}}};
  const Out a = assess(c);
  for (const char* m : {"2025-01", "2025-02", "2025-03"}) c["records"][0]["months"][m] = "due";
  const Out b = assess(c);
  INFO(a.j["waiting_period"].dump() << " | " << b.j["waiting_period"].dump());
  CHECK(b.j["waiting_period"]["benefit_start"].get<std::string>() >= a.j["waiting_period"]["benefit_start"].get<std::string>());
}

TEST_CASE("jilin-2022/art-48, art-37: a next-year enrollment bridged by art 48 does not start benefits before its insurance year",
          "[property][regression]") {
  // Enrolling on 2025-04-10 for 2026 after employee cover to 2025-03 once gave benefit_start
  // 2025-04-10, inside 2025, for an insurance year that starts on 2026-01-01. canbao's reading
  // (docs/rules.md): the gap runs to the start of the year paid for (here 9 months, no bridge).
  json c = {{"region", "220100"}, {"date", "2025-04-10"}, {"action", "enroll_resident_next_year"},
            {"records", {{{"scheme", "employee"}, {"region", "220100"}, {"months", paid_months(2023, 1, 2025, 3)}}}}};
  const Out a = assess(c);
  INFO(a.j["waiting_period"].dump());
  const json start = a.j["waiting_period"]["benefit_start"];
  CHECK((start.is_null() || start.get<std::string>() >= "2026-01-01"));
}

TEST_CASE("national-2021/art-7, jilin-2022/art-36/2: the refusal reason does not depend on record order",
          "[property][regression]") {
  const json here = {{"scheme", "resident"}, {"region", "220100"}, {"years", {{"2023", "paid"}}}};
  const json there = {{"scheme", "resident"}, {"region", "220200"}, {"years", {{"2023", "paid"}}}};
  json c = {{"region", "220100"}, {"date", "2023-06-18"}, {"action", "enroll_resident"}, {"records", {there, here}}};
  const Out a = assess(c);
  c["records"] = {here, there};
  const Out b = assess(c);
  INFO(a.j["registration"].dump() << " | " << b.j["registration"].dump());
  CHECK(a.j["registration"]["reason"] == b.j["registration"]["reason"]);
}

TEST_CASE("guangdong-2021/art-17: which duplicate rule decides does not depend on record order",
          "[property][regression]") {
  // An employee double payment and a resident double payment in one case (Guangdong, 2026).
  const json e1 = {{"scheme", "employee"}, {"region", "440100"}, {"months", paid_months(2026, 1, 2026, 2)}};
  const json e2 = {{"scheme", "employee"}, {"region", "440100"}, {"months", paid_months(2026, 1, 2026, 2)}};
  const json r1 = {{"scheme", "resident"}, {"region", "440100"}, {"years", {{"2025", "paid"}}}};
  const json r2 = {{"scheme", "resident"}, {"region", "440700"}, {"years", {{"2025", "paid"}}}};
  json c = {{"region", "440100"}, {"date", "2026-03-15"}, {"action", "none"}, {"records", {e1, e2, r1, r2}}};
  const Out a = assess(c);
  c["records"] = {r1, r2, e1, e2};
  const Out b = assess(c);
  INFO(a.j.value("duplicates", json()).dump() << " | " << b.j.value("duplicates", json()).dump());
  CHECK(basis_of(a.j, "duplicates") == basis_of(b.j, "duplicates"));
}

TEST_CASE("jilin-2022/art-24, art-47/1: the employee gap rule does not depend on record order",
          "[property][regression]") {
  const json here = {{"scheme", "employee"}, {"region", "220100"}, {"months", paid_months(2026, 12, 2027, 2)}};
  const json there = {{"scheme", "employee"}, {"region", "220000"}, {"flexible", false}, {"months", paid_months(2026, 12, 2027, 2)}};
  json c = {{"region", "220100"}, {"date", "2027-03-04"}, {"action", "enroll_flexible"}, {"records", {here, there}}};
  const Out a = assess(c);
  c["records"] = {there, here};
  const Out b = assess(c);
  INFO(a.j.value("employee_gap", json()).dump() << " | " << b.j.value("employee_gap", json()).dump());
  CHECK(basis_of(a.j, "employee_gap") == basis_of(b.j, "employee_gap"));
}
