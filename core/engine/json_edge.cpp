// The JSON edge: the case in, the assessment out (contract §Case, §Assessment, §Errors).
// Every access checks the type first: nothing here throws, whatever the input.
#include <cmath>
#include <cstring>

#include "canbao.hpp"
#include "data.hpp"
#include "engine.hpp"
#include "limits.hpp"

namespace canbao {

namespace {

using nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr int kMaxMonths = static_cast<int>(limits::kMaxMonthsPerRecord);

// At most n bytes of a user string for a message, cut at a UTF-8 character boundary.
std::string clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

// Output never throws: invalid UTF-8 (which the parser already rejects) would be replaced.
template <typename J>
std::string dump(const J& j) {
  return j.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

// A key as a JSON Pointer reference token (RFC 6901): '~' → "~0", '/' → "~1".
std::string token(const std::string& key) {
  std::string out;
  out.reserve(key.size());
  for (char ch : key) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
  return out;
}

struct Parser {
  std::vector<Warning>& warnings;
  std::optional<InputError> error;

  bool fail(std::string code, std::string path, std::string message) {
    if (!error) error = InputError{std::move(code), std::move(path), std::move(message)};
    return false;
  }
  void unknown(const std::string& path) {
    warnings.push_back(Warning{"unknown_key", "ignored unknown key " + path});
  }

  template <typename E, std::size_t N>
  bool enum_of(const json& j, const std::string& path, const E (&values)[N], E& out) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a string");
    const auto& s = j.get_ref<const std::string&>();
    for (E v : values)
      if (s == name(v)) {
        out = v;
        return true;
      }
    return fail("invalid_value", path, "unknown value '" + clip(s, 40) + "'");
  }

  bool date(const json& j, const std::string& path, Date& out, int min_year = limits::kMinYear) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a date YYYY-MM-DD");
    auto d = parse_date(j.get_ref<const std::string&>());
    if (!d) return fail("invalid_value", path, "not a calendar date YYYY-MM-DD");
    if (d->y < min_year || d->y > limits::kMaxYear)
      return fail("input_too_large", path, "dates must lie between " + std::to_string(min_year) + " and " +
                                               std::to_string(limits::kMaxYear));
    out = *d;
    return true;
  }

  bool region(const json& j, const std::string& path, std::string& out) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() != 6) return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    for (char ch : s)
      if (ch < '0' || ch > '9') return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    if (s[0] == '0' || (s[0] == '9')) return fail("invalid_value", path, "not a province-level code of mainland China");
    out = s;
    return true;
  }

  bool boolean(const json& j, const std::string& path, bool& out) {
    if (!j.is_boolean()) return fail("invalid_value", path, "expected true or false");
    out = j.get<bool>();
    return true;
  }

  bool money(const json& j, const std::string& path, Fen& out) {
    if (!j.is_number()) return fail("invalid_value", path, "expected an amount in yuan");
    const double v = j.get<double>();
    if (!std::isfinite(v) || v < 0) return fail("invalid_value", path, "expected a non-negative amount in yuan");
    if (v > limits::kMaxYuan) return fail("input_too_large", path, "amount above the limit");
    const double fen = v * 100.0;
    const double rounded = std::round(fen);
    if (std::fabs(fen - rounded) > 1e-6) return fail("invalid_value", path, "at most 2 decimals (fen)");
    out = static_cast<Fen>(rounded);
    return true;
  }

  bool rate(const json& j, const std::string& path, double& out) {
    if (!j.is_number()) return fail("invalid_value", path, "expected a rate between 0 and 1");
    out = j.get<double>();
    if (!std::isfinite(out) || out < 0 || out > 1) return fail("invalid_value", path, "expected a rate between 0 and 1");
    return true;
  }

  bool count(const json& j, const std::string& path, int lo, int hi, int& out) {
    if (!j.is_number_integer()) return fail("invalid_value", path, "expected a whole number");
    const auto v = j.get<std::int64_t>();
    if (v < lo || v > hi) return fail("invalid_value", path, "out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    out = static_cast<int>(v);
    return true;
  }

  bool years_list(const json& j, const std::string& path, std::set<int>& out) {
    if (!j.is_array()) return fail("invalid_value", path, "expected an array of years");
    if (j.size() > limits::kMaxYearsPerRecord) return fail("input_too_large", path, "too many years");
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::string p = path + "/" + std::to_string(i);
      if (!j[i].is_number_integer()) return fail("invalid_value", p, "expected a year");
      const auto y = j[i].get<std::int64_t>();
      if (y < limits::kMinYear || y > limits::kMaxYear) return fail("input_too_large", p, "year out of range");
      out.insert(static_cast<int>(y));
    }
    return true;
  }

  bool employment(const json& j, Employment& e) {
    if (!j.is_object()) return fail("invalid_value", "/employment", "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string p = "/employment/" + token(it.key());
      const json& v = it.value();
      if (v.is_null()) continue;
      if (it.key() == "sex") {
        static constexpr Sex kSex[] = {Sex::male, Sex::female};
        Sex x = Sex::male;
        if (!enum_of(v, p, kSex, x)) return false;
        e.sex = x;
      } else if (it.key() == "retirement_date") {
        Date d;
        if (!date(v, p, d)) return false;
        e.retirement_date = d;
      } else if (it.key() == "deemed_months") {
        if (!count(v, p, 0, kMaxMonths, e.deemed_months)) return false;
      } else if (it.key() == "other_months") {
        if (!count(v, p, 0, kMaxMonths, e.other_months)) return false;
      } else if (it.key() == "local_months") {
        int n = 0;
        if (!count(v, p, 0, kMaxMonths, n)) return false;
        e.local_months = n;
      } else {
        unknown(p);
      }
    }
    return true;
  }

  bool history(const json& j, History& h) {
    if (!j.is_object()) return fail("invalid_value", "/history", "expected an object");
    h.given = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string p = "/history/" + token(it.key());
      if (it.key() == "zero_claim_years") {
        if (!years_list(it.value(), p, h.zero_claim_years)) return false;
      } else if (it.key() == "bonus_used_years") {
        if (!years_list(it.value(), p, h.bonus_used_years)) return false;
      } else {
        unknown(p);
      }
    }
    return true;
  }

  bool pay(const json& j, const std::string& path, Pay& out) {
    static constexpr Pay kPay[] = {Pay::due, Pay::paid};
    return enum_of(j, path, kPay, out);
  }

  bool record(const json& j, const std::string& path, Record& r) {
    if (!j.is_object()) return fail("invalid_value", path, "expected an object");
    static constexpr Scheme kScheme[] = {Scheme::resident, Scheme::employee};
    static constexpr Status kStatus[] = {Status::normal, Status::suspended, Status::terminated};
    auto s = j.find("scheme");
    if (s == j.end()) return fail("missing_field", path + "/scheme", "scheme is required");
    if (!enum_of(*s, path + "/scheme", kScheme, r.scheme)) return false;
    auto rg = j.find("region");
    if (rg == j.end()) return fail("missing_field", path + "/region", "region is required");
    if (!region(*rg, path + "/region", r.region)) return false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& k = it.key();
      const std::string p = path + "/" + token(k);
      const json& v = it.value();
      if (k == "scheme" || k == "region") continue;
      if (k == "status") {
        if (!enum_of(v, p, kStatus, r.status)) return false;
      } else if (k == "flexible") {
        if (!boolean(v, p, r.flexible)) return false;
      } else if (k == "benefits_used") {
        if (!boolean(v, p, r.benefits_used)) return false;
      } else if (k == "subsidized") {
        if (!boolean(v, p, r.subsidized)) return false;
      } else if (k == "lump_sum") {
        if (!boolean(v, p, r.lump_sum)) return false;
      } else if (k == "paid_cny") {
        if (v.is_null()) continue;
        Fen f = 0;
        if (!money(v, p, f)) return false;
        r.paid = f;
      } else if (k == "benefit_start") {
        if (v.is_null()) continue;
        Date d;
        if (!date(v, p, d)) return false;
        r.benefit_start = d;
      } else if (k == "years") {
        if (!v.is_object()) return fail("invalid_value", p, "expected an object of year -> due|paid");
        if (v.size() > limits::kMaxYearsPerRecord) return fail("input_too_large", p, "too many years");
        for (auto y = v.begin(); y != v.end(); ++y) {
          const std::string& key = y.key();
          const std::string yp = p + "/" + token(key);
          int year = 0;
          if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos)
            return fail("invalid_value", yp, "expected a 4-digit insurance year");
          year = std::stoi(key);
          if (year < limits::kMinYear || year > limits::kMaxYear) return fail("input_too_large", yp, "year out of range");
          Pay pv = Pay::due;
          if (!pay(y.value(), yp, pv)) return false;
          r.years[year] = pv;
        }
      } else if (k == "months") {
        if (!v.is_object()) return fail("invalid_value", p, "expected an object of YYYY-MM -> due|paid");
        if (v.size() > limits::kMaxMonthsPerRecord) return fail("input_too_large", p, "too many months");
        for (auto m = v.begin(); m != v.end(); ++m) {
          const std::string mp = p + "/" + token(m.key());
          auto fm = parse_fee_month(m.key());
          if (!fm) return fail("invalid_value", mp, "expected a fee month YYYY-MM");
          if (fee_month_year(*fm) < limits::kMinYear || fee_month_year(*fm) > limits::kMaxYear)
            return fail("input_too_large", mp, "fee month out of range");
          Pay pv = Pay::due;
          if (!pay(m.value(), mp, pv)) return false;
          r.months[*fm] = pv;
        }
      } else {
        unknown(p);
      }
    }
    if (r.scheme == Scheme::resident && !r.months.empty())
      warnings.push_back(Warning{"ignored_field", path + "/months is for employee records: ignored"});
    if (r.scheme == Scheme::employee && !r.years.empty())
      warnings.push_back(Warning{"ignored_field", path + "/years is for resident records: ignored"});
    if (r.scheme == Scheme::resident) r.months.clear();
    if (r.scheme == Scheme::employee) r.years.clear();
    return true;
  }

  bool person(const json& j, Person& p) {
    if (!j.is_object()) return fail("invalid_value", "/person", "expected an object");
    static constexpr Document kDoc[] = {Document::resident_id_card, Document::hk_macao_permit, Document::taiwan_permit,
                                        Document::hmt_residence_permit, Document::foreign_passport,
                                        Document::foreign_permanent_residence, Document::none};
    static constexpr Group kGroup[] = {Group::newborn, Group::student, Group::medical_assistance, Group::veteran,
                                       Group::military_spouse, Group::land_expropriated_farmer,
                                       Group::seasonal_or_flexible_worker, Group::unemployment_benefit, Group::disabled};
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string p2 = "/person/" + token(it.key());
      if (it.key() == "birth_date") {
        if (it.value().is_null()) continue;
        Date d;
        if (!date(it.value(), p2, d, limits::kMinBirthYear)) return false;
        p.birth_date = d;
      } else if (it.key() == "document") {
        if (!enum_of(it.value(), p2, kDoc, p.document)) return false;
      } else if (it.key() == "groups") {
        if (!it.value().is_array()) return fail("invalid_value", p2, "expected an array");
        if (it.value().size() > 16) return fail("input_too_large", p2, "too many groups");
        for (std::size_t i = 0; i < it.value().size(); ++i) {
          Group g = Group::newborn;
          if (!enum_of(it.value()[i], p2 + "/" + std::to_string(i), kGroup, g)) return false;
          p.groups.insert(g);
        }
      } else {
        unknown(p2);
      }
    }
    return true;
  }

  bool params(const json& j, Params& out) {
    if (j.is_null()) return true;
    if (!j.is_object()) return fail("invalid_value", "/params", "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string p = "/params/" + token(it.key());
      const json& v = it.value();
      if (v.is_null()) continue;
      if (it.key() == "resident_contribution_cny") {
        Fen f = 0;
        if (!money(v, p, f)) return false;
        out.resident_contribution = f;
      } else if (it.key() == "centralized_period_start") {
        Date d;
        if (!date(v, p, d)) return false;
        out.centralized_period_start = d;
      } else if (it.key() == "centralized_period_end") {
        Date d;
        if (!date(v, p, d)) return false;
        out.centralized_period_end = d;
      } else if (it.key() == "employee_base_cny") {
        Fen f = 0;
        if (!money(v, p, f)) return false;
        out.employee_base = f;
      } else if (it.key() == "lump_sum_base_cny") {
        Fen f = 0;
        if (!money(v, p, f)) return false;
        out.lump_sum_base = f;
      } else if (it.key() == "employee_rate" || it.key() == "employer_rate" || it.key() == "lump_sum_rate") {
        double r = 0;
        if (!rate(v, p, r)) return false;
        (it.key() == "employee_rate" ? out.employee_rate : it.key() == "employer_rate" ? out.employer_rate : out.lump_sum_rate) = r;
      } else if (it.key() == "retirement_required_years") {
        int n = 0;
        if (!count(v, p, 0, limits::kMaxRequiredYears, n)) return false;
        out.retirement_required_years = n;
      } else if (it.key() == "waiting_day_convention") {
        static constexpr DayConvention kConv[] = {DayConvention::same_day, DayConvention::next_day};
        DayConvention c = DayConvention::same_day;
        if (!enum_of(v, p, kConv, c)) return false;
        out.waiting_day_convention = c;
      } else {
        unknown(p);
      }
    }
    if (out.centralized_period_start && out.centralized_period_end &&
        *out.centralized_period_end < *out.centralized_period_start)
      return fail("invalid_value", "/params/centralized_period_end", "the period ends before it starts");
    return true;
  }

  bool parse(const json& j, Case& c) {
    if (!j.is_object()) return fail("invalid_value", "", "the case must be a JSON object");
    auto rg = j.find("region");
    if (rg == j.end()) return fail("missing_field", "/region", "region is required");
    if (!region(*rg, "/region", c.region)) return false;
    auto dt = j.find("date");
    if (dt == j.end()) return fail("missing_field", "/date", "date is required");
    if (!date(*dt, "/date", c.date)) return false;
    auto ac = j.find("action");
    if (ac == j.end()) return fail("missing_field", "/action", "action is required");
    static constexpr Action kAction[] = {Action::enroll_resident, Action::enroll_resident_next_year,
                                         Action::enroll_employee, Action::enroll_flexible, Action::none};
    if (!enum_of(*ac, "/action", kAction, c.action)) return false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (k == "region" || k == "date" || k == "action") continue;
      if (k == "ruleset") {
        if (v.is_null()) continue;
        if (!v.is_string()) return fail("invalid_value", "/ruleset", "expected a ruleset id");
        if (!rule_data().find(v.get<std::string>()))
          return fail("unknown_ruleset", "/ruleset", "unknown ruleset '" + clip(v.get<std::string>(), 40) + "'");
        c.ruleset = v.get<std::string>();
      } else if (k == "person") {
        if (!person(v, c.person)) return false;
      } else if (k == "records") {
        if (!v.is_array()) return fail("invalid_value", "/records", "expected an array");
        if (v.size() > limits::kMaxRecords) return fail("input_too_large", "/records", "too many records");
        for (std::size_t i = 0; i < v.size(); ++i) {
          Record r;
          if (!record(v[i], "/records/" + std::to_string(i), r)) return false;
          c.records.push_back(std::move(r));
        }
      } else if (k == "coverage") {
        if (v.is_null()) continue;
        if (!v.is_object()) return fail("invalid_value", "/coverage", "expected an object");
        for (auto cit = v.begin(); cit != v.end(); ++cit) {
          if (cit.key() != "years") {
            unknown("/coverage/" + token(cit.key()));
            continue;
          }
          const json& ys = cit.value();
          if (!ys.is_array()) return fail("invalid_value", "/coverage/years", "expected an array of years");
          if (ys.size() > limits::kMaxYearsPerRecord) return fail("input_too_large", "/coverage/years", "too many years");
          for (std::size_t i = 0; i < ys.size(); ++i) {
            const std::string p = "/coverage/years/" + std::to_string(i);
            if (!ys[i].is_number_integer()) return fail("invalid_value", p, "expected a year");
            const auto y = ys[i].get<std::int64_t>();
            if (y < limits::kMinYear || y > limits::kMaxYear) return fail("input_too_large", p, "year out of range");
            c.coverage_years.insert(static_cast<int>(y));
          }
        }
      } else if (k == "event") {
        if (v.is_null()) continue;
        if (!v.is_object()) return fail("invalid_value", "/event", "expected an object or null");
        Event e;
        static constexpr EventKind kKinds[] = {EventKind::death, EventKind::joined_employee,
                                               EventKind::joined_resident_elsewhere, EventKind::duplicate_payment,
                                               EventKind::employed_after_flexible_annual, EventKind::lump_sum_then_death};
        auto kd = v.find("kind");
        if (kd == v.end()) return fail("missing_field", "/event/kind", "kind is required");
        if (!enum_of(*kd, "/event/kind", kKinds, e.kind)) return false;
        auto ed = v.find("date");
        if (ed == v.end()) return fail("missing_field", "/event/date", "date is required");
        if (!date(*ed, "/event/date", e.date)) return false;
        auto er = v.find("record");
        if (er == v.end()) return fail("missing_field", "/event/record", "record is required");
        if (!er->is_number_integer()) return fail("invalid_value", "/event/record", "expected an index into records");
        const auto idx = er->get<std::int64_t>();
        c.event = e;  // the record index is checked once records are read
        c.event->record = idx < 0 || idx > 1000000 ? -1 : static_cast<int>(idx);
        for (auto eit = v.begin(); eit != v.end(); ++eit)
          if (eit.key() != "kind" && eit.key() != "date" && eit.key() != "record") unknown("/event/" + token(eit.key()));
      } else if (k == "params") {
        if (!params(v, c.params)) return false;
      } else if (k == "employment") {
        if (v.is_null()) continue;
        Employment e;
        if (!employment(v, e)) return false;
        c.employment = e;
      } else if (k == "history") {
        if (v.is_null()) continue;
        if (!history(v, c.history)) return false;
      } else {
        unknown("/" + token(k));
      }
    }
    if (c.event && (c.event->record < 0 || static_cast<std::size_t>(c.event->record) >= c.records.size()))
      return fail("invalid_value", "/event/record", "no record with that index");
    if (c.person.birth_date && c.date < *c.person.birth_date)
      return fail("invalid_value", "/person/birth_date", "the birth date is after the case date");
    return true;
  }
};

// Maximum nesting depth, counted without parsing (a deep input must not reach the
// recursive parser).
bool too_deep(std::string_view s, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char ch : s) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (ch == '\\') escaped = true;
      else if (ch == '"') in_string = false;
      continue;
    }
    if (ch == '"') in_string = true;
    else if (ch == '{' || ch == '[') {
      if (++depth > max_depth) return true;
    } else if (ch == '}' || ch == ']') {
      --depth;
    }
  }
  return false;
}

ojson money_json(std::optional<Fen> f) {
  if (!f) return nullptr;
  if (*f % 100 == 0) return *f / 100;
  return static_cast<double>(*f) / 100.0;
}

ojson date_json(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return format_date(*d);
}

template <typename T>
ojson opt(const std::optional<T>& v) {
  if (!v) return nullptr;
  return *v;
}

ojson strings(const std::vector<std::string>& v) {
  ojson a = ojson::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

// The explanation of one decision: the ruleset's text for the key, placeholders filled.
std::string fill(std::string t, const std::map<std::string, std::string>& vars) {
  for (const auto& [k, v] : vars) {
    const std::string ph = "{" + k + "}";
    for (std::size_t pos = t.find(ph); pos != std::string::npos; pos = t.find(ph, pos + v.size()))
      t.replace(pos, ph.size(), v);
  }
  return t;
}

ojson trace_item(const TraceItem& t) {
  ojson o = ojson::object();
  o["rule"] = t.rule;
  std::string zh, en;
  const auto slash = t.text.find('/');
  if (slash != std::string::npos) {
    if (const auto* rs = rule_data().find(t.text.substr(0, slash))) {
      auto texts = rs->meta.find("texts");
      if (texts != rs->meta.end()) {
        auto it = texts->find(t.text.substr(slash + 1));
        if (it != texts->end() && it->is_object()) {
          if (auto z = it->find("zh"); z != it->end() && z->is_string()) zh = fill(z->get<std::string>(), t.vars);
          if (auto e = it->find("en"); e != it->end() && e->is_string()) en = fill(e->get<std::string>(), t.vars);
        }
      }
    }
  }
  o["zh"] = zh;
  o["en"] = en;
  return o;
}

}  // namespace

std::optional<InputError> parse_case(std::string_view text, Case& out, std::vector<Warning>& warnings) {
  if (text.size() > limits::kMaxInputBytes)
    return InputError{"input_too_large", "", "the case is larger than " + std::to_string(limits::kMaxInputBytes) + " bytes"};
  if (too_deep(text, limits::kMaxDepth))
    return InputError{"input_too_large", "", "the case is nested deeper than " + std::to_string(limits::kMaxDepth) + " levels"};
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return InputError{"invalid_json", "", "the input is not valid JSON"};
  Parser p{warnings, std::nullopt};
  p.parse(j, out);
  return p.error;
}

std::string serialize_error(const InputError& e) {
  ojson o = ojson::object();
  o["error"] = ojson::object();
  o["error"]["code"] = e.code;
  o["error"]["path"] = e.path;
  o["error"]["message"] = e.message;
  return dump(o);
}

std::string serialize(const Assessment& a, const Case& c) {
  const auto& data = rule_data();
  ojson o = ojson::object();
  {
    ojson r = ojson::object();
    const auto* head = data.find(a.chain.id);
    r["id"] = a.chain.id;
    r["chain"] = strings(a.chain.chain);
    r["title"] = head ? head->meta.value("title", "") : "";
    r["status"] = head ? head->meta.value("status", "") : "";
    r["resolved_by"] = a.chain.why == "explicit" ? "explicit" : "default_table";
    r["why"] = a.chain.why;
    ojson list = ojson::array();
    for (const auto& id : a.chain.chain) {
      const auto* rs = data.find(id);
      ojson m = ojson::object();
      m["id"] = id;
      m["title"] = rs->meta.value("title", "");
      m["document_number"] = rs->meta.value("document_number", "");
      m["status"] = rs->meta.value("status", "");
      m["effective_from"] = rs->meta.contains("effective_from") ? ojson(rs->meta["effective_from"]) : ojson(nullptr);
      m["effective_to"] = rs->meta.contains("effective_to") ? ojson(rs->meta["effective_to"]) : ojson(nullptr);
      list.push_back(std::move(m));
    }
    r["rulesets"] = std::move(list);
    o["ruleset"] = std::move(r);
  }
  {
    const auto& g = a.registration;
    ojson r = ojson::object();
    r["outcome"] = g.outcome;
    r["steps_before"] = strings(g.steps_before);
    r["effects_after"] = strings(g.effects_after);
    if (g.reason) r["reason"] = *g.reason;
    r["basis"] = strings(g.notes.basis);
    o["registration"] = std::move(r);
  }
  {
    const auto& w = a.waiting;
    ojson r = ojson::object();
    r["outcome"] = w.outcome;
    r["exemption"] = opt(w.exemption);
    r["fixed_months"] = opt(w.fixed_months);
    r["variable_months"] = opt(w.variable_months);
    r["total_months"] = opt(w.total_months);
    if (w.total_days) {
      r["fixed_days"] = opt(w.fixed_days);
      r["variable_days"] = opt(w.variable_days);
      r["total_days"] = opt(w.total_days);
    }
    r["broken_years"] = opt(w.broken_years);
    r["benefit_start"] = date_json(w.benefit_start);
    r["counted_from"] = date_json(w.counted_from);
    r["day_convention"] = opt(w.day_convention);
    r["in_centralized_period"] = w.in_centralized_period;
    r["basis"] = strings(w.notes.basis);
    o["waiting_period"] = std::move(r);
  }
  {
    const auto& p = a.repair;
    ojson r = ojson::object();
    r["outcome"] = p.outcome;
    r["unit_cost_cny"] = money_json(p.unit_cost);
    r["max_useful_years"] = opt(p.max_useful_years);
    if (p.floor_months) r["floor_months"] = *p.floor_months;
    if (p.floor_days) r["floor_days"] = *p.floor_days;
    ojson opts = ojson::array();
    for (const auto& x : p.options) {
      ojson e = ojson::object();
      e["years"] = x.years;
      if (x.total_days) e["total_days"] = *x.total_days;
      else e["total_months"] = opt(x.total_months);
      e["cost_cny"] = money_json(x.cost);
      e["benefit_start"] = date_json(x.benefit_start);
      opts.push_back(std::move(e));
    }
    r["options"] = std::move(opts);
    r["basis"] = strings(p.notes.basis);
    o["repair"] = std::move(r);
  }
  {
    const auto& f = a.refund;
    ojson r = ojson::object();
    r["outcome"] = f.outcome;
    r["reason"] = opt(f.reason);
    r["record"] = opt(f.record);
    r["amount_cny"] = money_json(f.amount);
    if (f.by_month) {
      ojson ms = ojson::array();
      for (auto m : f.months) ms.push_back(format_fee_month(m));
      r["months"] = std::move(ms);
    } else {
      r["months"] = nullptr;
    }
    r["conditions"] = strings(f.conditions);
    r["basis"] = strings(f.notes.basis);
    o["refund"] = std::move(r);
  }
  {
    const auto& x = a.continuity;
    ojson r = ojson::object();
    r["outcome"] = x.outcome;
    r["months"] = opt(x.months);
    r["last_month"] = x.last_month ? ojson(format_fee_month(*x.last_month)) : ojson(nullptr);
    r["gap_months"] = opt(x.gap_months);
    r["last_scheme"] = opt(x.last_scheme);
    r["employee_months"] = opt(x.employee_months);
    r["resident_months"] = opt(x.resident_months);
    r["bridge_eligible"] = opt(x.bridge_eligible);
    r["basis"] = strings(x.notes.basis);
    o["continuity"] = std::move(r);
  }
  {
    const auto& x = a.employee_gap;
    ojson r = ojson::object();
    r["outcome"] = x.outcome;
    r["gap_months"] = opt(x.gap_months);
    r["last_paid_month"] = x.last_paid_month ? ojson(format_fee_month(*x.last_paid_month)) : ojson(nullptr);
    ojson ms = ojson::array();
    for (auto m : x.gap) ms.push_back(format_fee_month(m));
    r["months"] = std::move(ms);
    r["back_pay_allowed"] = opt(x.back_pay_allowed);
    r["gap_benefits_restored"] = opt(x.gap_benefits_restored);
    r["back_pay_cost_cny"] = money_json(x.back_pay_cost);
    r["late_fee_cny"] = money_json(x.late_fee);
    r["benefits_restart"] = date_json(x.benefits_restart);
    r["basis"] = strings(x.notes.basis);
    o["employee_gap"] = std::move(r);
  }
  {
    const auto& x = a.retirement;
    ojson r = ojson::object();
    r["outcome"] = x.outcome;
    r["required_years"] = opt(x.required_years);
    r["cumulative_months"] = opt(x.cumulative_months);
    r["shortfall_months"] = opt(x.shortfall_months);
    r["one_time_cost_cny"] = money_json(x.one_time_cost);
    r["alternatives"] = strings(x.alternatives);
    r["benefits_start"] = date_json(x.benefits_start);
    r["refund_limits"] = strings(x.refund_limits);
    r["basis"] = strings(x.notes.basis);
    o["retirement"] = std::move(r);
  }
  {
    const auto& x = a.duplicates;
    ojson r = ojson::object();
    r["outcome"] = x.outcome;
    ojson found = ojson::array();
    for (const auto& f : x.found) {
      ojson e = ojson::object();
      e["kind"] = f.kind;
      ojson recs = ojson::array();
      for (int i : f.records) recs.push_back(i);
      e["records"] = std::move(recs);
      e["periods"] = strings(f.periods);
      found.push_back(std::move(e));
    }
    r["found"] = std::move(found);
    r["keep"] = opt(x.keep);
    r["keep_rule"] = opt(x.keep_rule);
    r["refund_rules"] = strings(x.refund_rules);
    r["basis"] = strings(x.notes.basis);
    o["duplicates"] = std::move(r);
  }
  {
    const auto& x = a.incentives;
    ojson r = ojson::object();
    r["outcome"] = x.outcome;
    r["continuous_years"] = opt(x.continuous_years);
    r["zero_claim_last_year"] = opt(x.zero_claim_last_year);
    r["continuity_steps"] = opt(x.continuity_steps);
    r["zero_claim_steps"] = opt(x.zero_claim_steps);
    r["steps"] = opt(x.steps);
    r["amount_cny"] = money_json(x.amount);
    r["cap_cny"] = money_json(x.cap);
    r["basis"] = strings(x.notes.basis);
    o["incentives"] = std::move(r);
  }
  {
    ojson t = ojson::array();
    for (const Notes* n : {&a.registration.notes, &a.waiting.notes, &a.repair.notes, &a.refund.notes,
                           &a.continuity.notes, &a.employee_gap.notes, &a.retirement.notes, &a.duplicates.notes,
                           &a.incentives.notes})
      for (const auto& item : n->trace) t.push_back(trace_item(item));
    o["trace"] = std::move(t);
  }
  {
    ojson w = ojson::array();
    for (const auto& x : a.warnings) {
      ojson e = ojson::object();
      e["code"] = x.code;
      e["message"] = x.message;
      w.push_back(std::move(e));
    }
    o["warnings"] = std::move(w);
  }
  o["engine"] = ojson::object();
  o["engine"]["version"] = version();
  o["engine"]["rules_hash"] = rules_hash();
  (void)c;
  return dump(o);
}

}  // namespace canbao
