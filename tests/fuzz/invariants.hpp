// The invariants every answer of canbao::assess must keep, whatever the input (contract
// §Assessment, §Errors). Shared by the libFuzzer target (tests/fuzz/fuzz_assess.cpp), which
// aborts on a violation, and by the Catch2 replay of tests/fuzz/regressions/ and the limit
// tests (tests/unit/limits.cpp), which report it.
//
//   1. The output is valid JSON (an object).
//   2. ok == true  iff  the output has no "error" key.
//   3. An error is exactly {"error": {"code", "path", "message"}}: a known code, a path that is
//      "" or a JSON pointer (RFC 6901) into the input — resolving to the offending value, or for
//      missing_field to a missing member of an existing object — and a non-empty message.
//   4. An assessment has the ruleset, all four sections (each with a known outcome and a basis
//      of well-formed citations), a trace whose every decision names its article and is
//      explained in both languages with no unfilled {placeholder}, warnings, and the engine's
//      version and rules_hash.
//   5. Internal consistency: total = fixed + variable; repair option k repairs k years, costs
//      k × unit_cost and never lengthens the wait; a refusal carries its reason; a refund names
//      a record that exists and months the record paid.
//   6. The same input twice gives the same bytes.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/canbao.hpp"

namespace canbao::fuzz {

inline const std::set<std::string>& known_error_codes() {
  static const std::set<std::string> k = {"invalid_json",     "missing_field",     "invalid_value",
                                          "unknown_ruleset",  "input_too_large",   "no_ruleset_in_force"};
  return k;
}

// "RULESET/art-N[/CLAUSE]" with N and CLAUSE arabic numbers (contract §basis).
inline bool is_citation(const std::string& s) {
  const auto slash = s.find('/');
  if (slash == std::string::npos || slash == 0) return false;
  for (std::size_t i = 0; i < slash; ++i) {
    const char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  }
  std::string_view rest(s);
  rest.remove_prefix(slash + 1);
  if (rest.substr(0, 4) != "art-") return false;
  rest.remove_prefix(4);
  auto number = [&rest]() {
    std::size_t n = 0;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
    if (n == 0) return false;
    rest.remove_prefix(n);
    return true;
  };
  if (!number()) return false;
  if (rest.empty()) return true;
  if (rest[0] != '/') return false;
  rest.remove_prefix(1);
  return number() && rest.empty();
}

namespace detail {

using nlohmann::json;

inline std::string check_section(const json& out, const char* name, const std::set<std::string>& outcomes) {
  const std::string n = name;
  if (!out.contains(n) || !out[n].is_object()) return "section " + n + " missing or not an object";
  const json& s = out[n];
  if (!s.contains("outcome") || !s["outcome"].is_string()) return n + ".outcome missing";
  if (!outcomes.count(s["outcome"].get<std::string>())) return n + ".outcome unknown: " + s["outcome"].dump();
  if (!s.contains("basis") || !s["basis"].is_array()) return n + ".basis missing";
  for (const auto& b : s["basis"])
    if (!b.is_string() || !is_citation(b.get<std::string>())) return n + ".basis has a malformed citation: " + b.dump();
  return "";
}

inline bool is_int(const json& j) { return j.is_number_integer(); }

// Money in yuan with at most 2 decimals, non-negative.
inline bool is_yuan(const json& j) {
  if (!j.is_number()) return false;
  const double v = j.get<double>();
  if (!(v >= 0)) return false;
  const double fen = v * 100.0;
  const double r = static_cast<double>(static_cast<std::int64_t>(fen + 0.5));
  return fen - r < 1e-6 && r - fen < 1e-6;
}

inline std::string check_assessment(const json& in, bool in_ok, const json& out) {
  if (!out.contains("ruleset") || !out["ruleset"].is_object()) return "ruleset missing";
  const json& rs = out["ruleset"];
  if (!rs.contains("id") || !rs["id"].is_string()) return "ruleset.id missing";
  if (!rs.contains("chain") || !rs["chain"].is_array() || rs["chain"].empty()) return "ruleset.chain missing or empty";
  if (rs["chain"][0] != rs["id"]) return "ruleset.chain does not start with ruleset.id";
  if (auto m = check_section(out, "registration", {"allowed", "allowed_after_steps", "refused", "not_applicable"});
      !m.empty())
    return m;
  if (auto m = check_section(out, "waiting_period", {"none", "applies", "local_rules", "not_applicable"}); !m.empty())
    return m;
  if (auto m = check_section(out, "repair", {"available", "not_needed", "at_floor", "not_applicable"}); !m.empty())
    return m;
  if (auto m = check_section(out, "refund", {"eligible", "not_eligible", "local_rules", "not_applicable"}); !m.empty())
    return m;
  if (!out.contains("trace") || !out["trace"].is_array()) return "trace missing";
  for (const auto& t : out["trace"]) {
    if (!t.is_object() || !t.contains("rule") || !t["rule"].is_string() || !is_citation(t["rule"].get<std::string>()))
      return "trace item without a well-formed rule: " + t.dump();
    for (const char* lang : {"zh", "en"}) {
      if (!t.contains(lang) || !t[lang].is_string() || t[lang].get<std::string>().empty())
        return std::string("trace item without its ") + lang + " explanation: " + t["rule"].get<std::string>();
      if (t[lang].get<std::string>().find('{') != std::string::npos)
        return std::string("trace ") + lang + " text has an unfilled placeholder: " + t[lang].get<std::string>();
    }
  }
  if (!out.contains("warnings") || !out["warnings"].is_array()) return "warnings missing";
  for (const auto& w : out["warnings"])
    if (!w.is_object() || !w.contains("code") || !w["code"].is_string() || !w.contains("message"))
      return "malformed warning: " + w.dump();
  if (!out.contains("engine") || !out["engine"].is_object()) return "engine missing";
  if (out["engine"].value("rules_hash", "") != canbao::rules_hash()) return "engine.rules_hash is not the rules hash";
  if (out["engine"].value("version", "") != canbao::version()) return "engine.version is not the engine version";

  // Consistency of the sections.
  const json& reg = out["registration"];
  if (reg["outcome"] == "refused" && !(reg.contains("reason") && reg["reason"].is_string()))
    return "a refusal without a reason";
  if (reg["outcome"] == "allowed_after_steps" && (!reg["steps_before"].is_array() || reg["steps_before"].empty()))
    return "allowed_after_steps without steps";
  const json& w = out["waiting_period"];
  for (const char* unit : {"months", "days"}) {
    const std::string f = std::string("fixed_") + unit, v = std::string("variable_") + unit,
                      t = std::string("total_") + unit;
    if (w.contains(t) && is_int(w[t])) {
      if (!is_int(w[f]) || !is_int(w[v])) return "waiting total without fixed and variable parts";
      if (w[f].get<std::int64_t>() + w[v].get<std::int64_t>() != w[t].get<std::int64_t>())
        return "waiting total is not fixed + variable";
      if (w[f].get<std::int64_t>() < 0 || w[v].get<std::int64_t>() < 0) return "negative waiting period";
    }
  }
  const json& rp = out["repair"];
  if (rp.contains("options") && rp["options"].is_array()) {
    const json& opts = rp["options"];
    const json unit = rp.value("unit_cost_cny", json());
    if (!unit.is_null() && !is_yuan(unit)) return "repair unit cost is not an amount in yuan";
    std::int64_t prev_total = INT64_MAX;
    for (std::size_t k = 0; k < opts.size(); ++k) {
      const json& o = opts[k];
      if (o.value("years", -1) != static_cast<int>(k)) return "repair option " + std::to_string(k) + " does not repair k years";
      const json total = o.contains("total_days") ? o["total_days"] : o.value("total_months", json());
      if (is_int(total)) {
        if (total.get<std::int64_t>() > prev_total) return "repairing one more year lengthens the wait";
        prev_total = total.get<std::int64_t>();
      }
      const json cost = o.value("cost_cny", json());
      if (unit.is_null() != cost.is_null()) return "repair cost known without a unit cost (or the reverse)";
      if (!cost.is_null()) {
        if (!is_yuan(cost)) return "repair cost is not a non-negative amount in yuan";
        const auto fen = [](const json& j) { return static_cast<std::int64_t>(j.get<double>() * 100.0 + 0.5); };
        if (fen(cost) != fen(unit) * static_cast<std::int64_t>(k)) return "repair cost is not k × unit cost";
      }
    }
    if (rp["outcome"] == "available" && opts.size() < 2) return "repair available with fewer than two options";
    if (rp.contains("max_useful_years") && is_int(rp["max_useful_years"]) &&
        rp["max_useful_years"].get<std::int64_t>() + 1 != static_cast<std::int64_t>(opts.size()))
      return "repair options do not run from 0 to max_useful_years";
  }
  const json& rf = out["refund"];
  if (rf.contains("amount_cny") && !rf["amount_cny"].is_null() && !is_yuan(rf["amount_cny"]))
    return "refund amount is not a non-negative amount in yuan";
  if (rf.contains("record") && !rf["record"].is_null()) {
    if (!in_ok) return "";  // the input could not be re-read: nothing more to check
    if (!is_int(rf["record"])) return "refund.record is not an index";
    const auto i = rf["record"].get<std::int64_t>();
    if (!in.contains("records") || !in["records"].is_array() || i < 0 ||
        i >= static_cast<std::int64_t>(in["records"].size()))
      return "refund.record names no record";
    const json& rec = in["records"][static_cast<std::size_t>(i)];
    if (rf.contains("months") && rf["months"].is_array()) {
      for (const auto& m : rf["months"]) {
        if (!m.is_string()) return "refund month is not a string";
        const json months = rec.value("months", json::object());
        if (!months.is_object() || !months.contains(m.get<std::string>()) ||
            months[m.get<std::string>()] != "paid")
          return "refund month " + m.get<std::string>() + " is not a paid month of the record";
      }
    }
  }
  return "";
}

// RFC 6901 tokens of a pointer; false if it is not one.
inline bool pointer_tokens(const std::string& p, std::vector<std::string>& out) {
  out.clear();
  if (p.empty()) return true;
  if (p[0] != '/') return false;
  std::string tok;
  for (std::size_t i = 1; i <= p.size(); ++i) {
    if (i == p.size() || p[i] == '/') {
      out.push_back(tok);
      tok.clear();
      continue;
    }
    if (p[i] == '~') {
      if (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1')) return false;
      tok += p[i + 1] == '0' ? '~' : '/';
      ++i;
      continue;
    }
    tok += p[i];
  }
  return true;
}

// Where the pointer leads in `doc`: 0 resolves, 1 the parent resolves to an object without the
// last member, 2 it does not resolve.
inline int resolve(const json& doc, const std::vector<std::string>& toks) {
  const json* cur = &doc;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string& t = toks[i];
    if (cur->is_object()) {
      auto it = cur->find(t);
      if (it == cur->end()) return i + 1 == toks.size() ? 1 : 2;
      cur = &*it;
    } else if (cur->is_array()) {
      if (t.empty() || t.size() > 9 || t.find_first_not_of("0123456789") != std::string::npos ||
          (t.size() > 1 && t[0] == '0'))
        return 2;
      const std::size_t idx = std::stoul(t);
      if (idx >= cur->size()) return 2;
      cur = &(*cur)[idx];
    } else {
      return 2;
    }
  }
  return 0;
}

inline std::string check_error(const json& in, bool in_ok, const json& out) {
  if (out.size() != 1) return "an error object with other keys beside \"error\"";
  const json& e = out["error"];
  if (!e.is_object() || e.size() != 3) return "error is not exactly {code, path, message}";
  if (!e.contains("code") || !e["code"].is_string()) return "error.code missing";
  if (!e.contains("path") || !e["path"].is_string()) return "error.path missing";
  if (!e.contains("message") || !e["message"].is_string() || e["message"].get<std::string>().empty())
    return "error.message missing or empty";
  const std::string code = e["code"].get<std::string>();
  if (!known_error_codes().count(code)) return "unknown error code " + code + ": " + e["message"].get<std::string>();
  const std::string path = e["path"].get<std::string>();
  std::vector<std::string> toks;
  if (!pointer_tokens(path, toks)) return "error.path is not a JSON pointer: " + path;
  if (code == "invalid_json") {
    if (in_ok) return "invalid_json for an input that parses as JSON";
    if (!path.empty()) return "invalid_json with a path";
    return "";
  }
  if (!in_ok) {
    // Only the size and depth checks run before parsing.
    if (code != "input_too_large" || !path.empty()) return code + " at " + path + " for an input that is not JSON";
    return "";
  }
  const int where = resolve(in, toks);
  if (code == "missing_field") {
    if (where != 1) return "missing_field path " + path + " does not name a missing member of an existing object";
  } else if (where != 0) {
    return code + " path " + path + " does not resolve in the input";
  }
  return "";
}

}  // namespace detail

// Checks one input; returns "" or a sentence saying which invariant broke.
inline std::string check(std::string_view input) {
  using nlohmann::json;
  const canbao::Answer a = canbao::assess(input);
  const canbao::Answer again = canbao::assess(input);
  if (again.json != a.json || again.ok != a.ok) return "the same input gave different bytes";
  const json out = json::parse(a.json, nullptr, false);
  if (out.is_discarded()) return "the output is not valid JSON";
  if (!out.is_object()) return "the output is not a JSON object";
  if (a.ok == out.contains("error")) return "ok disagrees with the presence of \"error\"";
  // The input as JSON, for the checks that compare answer and case (same limits as the engine).
  json in = json::parse(input.begin(), input.end(), nullptr, false);
  // nlohmann's lexer takes a raw NUL byte for the end of the input, so it accepts a value
  // followed by "\0" and anything. RFC 8259 allows no raw NUL anywhere (not whitespace, and
  // escaped inside strings): such input is invalid JSON, never assessed, and is then checked as
  // any input that does not parse (invalid_json, or input_too_large where a limit is met first).
  if (input.find('\0') != std::string_view::npos) {
    if (a.ok) return "an input with a raw NUL byte was assessed";
    in = json::value_t::discarded;
  }
  const bool in_ok = !in.is_discarded();
  if (!in_ok) in = json();
  try {
    return a.ok ? detail::check_assessment(in, in_ok, out) : detail::check_error(in, in_ok, out);
  } catch (const std::exception& ex) {
    return std::string("the output has an unexpected shape: ") + ex.what();
  }
}

}  // namespace canbao::fuzz
