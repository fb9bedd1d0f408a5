// The JSON edge: the case in, the assessment out (contract §Case, §Assessment, §Errors).
// Every access checks the type first: nothing here throws, whatever the input.
#include <cmath>
#include <cstring>

#include "canbao.hpp"
#include "data.hpp"
#include "engine.hpp"
#include "json_reader.hpp"
#include "json_writer.hpp"
#include "limits.hpp"

namespace canbao {

namespace {


constexpr int kMaxMonths = static_cast<int>(limits::kMaxMonthsPerRecord);

// At most n bytes of a user string for a message, cut at a UTF-8 character boundary.
std::string clip(std::string_view s, std::size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "…";
}

// A key as a JSON Pointer reference token (RFC 6901): '~' → "~0", '/' → "~1".
void append_token(std::string& out, std::string_view key) {
  if (key.find_first_of("~/") == std::string_view::npos) {
    out += key;
    return;
  }
  for (char ch : key) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
}

// A JSON Pointer to a value of the case, written out only when a message needs it: a literal
// pointer, or a key (as a reference token) or an array index under another path.
struct Path {
  const Path* up = nullptr;  // nullptr: `seg` is the whole pointer
  std::string_view seg;
  long index = -1;           // >= 0: an array index under `up`
  Path(const char* literal) : seg(literal) {}  // NOLINT: implicit from a literal pointer
  Path(const Path& parent, std::string_view key) : up(&parent), seg(key) {}
  Path(const Path& parent, std::size_t i) : up(&parent), index(static_cast<long>(i)) {}
  void append(std::string& s) const {
    if (!up) {
      s += seg;
      return;
    }
    up->append(s);
    s += '/';
    if (index >= 0) s += std::to_string(index);
    else append_token(s, seg);
  }
  std::string str() const {
    std::string s;
    append(s);
    return s;
  }
};

using Value = jr::Value;

struct Parser {
  std::vector<Warning>& warnings;
  std::optional<InputError> error;

  bool fail(std::string code, const Path& path, std::string message) {
    if (!error) error = InputError{std::move(code), path.str(), std::move(message)};
    return false;
  }
  void unknown(const Path& path) {
    std::string m = "ignored unknown key ";
    path.append(m);
    warnings.push_back(Warning{"unknown_key", std::move(m)});
  }

  template <typename E, std::size_t N>
  bool enum_of(Value j, const Path& path, const E (&values)[N], E& out) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a string");
    const auto s = j.str();
    for (E v : values)
      if (s == name(v)) {
        out = v;
        return true;
      }
    return fail("invalid_value", path, "unknown value '" + clip(s, 40) + "'");
  }

  bool date(Value j, const Path& path, Date& out, int min_year = limits::kMinYear) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a date YYYY-MM-DD");
    auto d = parse_date(j.str());
    if (!d) return fail("invalid_value", path, "not a calendar date YYYY-MM-DD");
    if (d->y < min_year || d->y > limits::kMaxYear)
      return fail("input_too_large", path, "dates must lie between " + std::to_string(min_year) + " and " +
                                               std::to_string(limits::kMaxYear));
    out = *d;
    return true;
  }

  bool region(Value j, const Path& path, std::string& out) {
    if (!j.is_string()) return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    const auto s = j.str();
    if (s.size() != 6) return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    for (char ch : s)
      if (ch < '0' || ch > '9') return fail("invalid_value", path, "expected a 6-digit region code (GB/T 2260)");
    if (s[0] == '0' || (s[0] == '9')) return fail("invalid_value", path, "not a province-level code of mainland China");
    out = s;
    return true;
  }

  bool boolean(Value j, const Path& path, bool& out) {
    if (!j.is_boolean()) return fail("invalid_value", path, "expected true or false");
    out = j.boolean();
    return true;
  }

  bool money(Value j, const Path& path, Fen& out) {
    if (!j.is_number()) return fail("invalid_value", path, "expected an amount in yuan");
    const double v = j.number();
    if (!std::isfinite(v) || v < 0) return fail("invalid_value", path, "expected a non-negative amount in yuan");
    if (v > limits::kMaxYuan) return fail("input_too_large", path, "amount above the limit");
    const double fen = v * 100.0;
    const double rounded = std::round(fen);
    if (std::fabs(fen - rounded) > 1e-6) return fail("invalid_value", path, "at most 2 decimals (fen)");
    out = static_cast<Fen>(rounded);
    return true;
  }

  bool rate(Value j, const Path& path, double& out) {
    if (!j.is_number()) return fail("invalid_value", path, "expected a rate between 0 and 1");
    out = j.number();
    if (!std::isfinite(out) || out < 0 || out > 1) return fail("invalid_value", path, "expected a rate between 0 and 1");
    return true;
  }

  bool count(Value j, const Path& path, int lo, int hi, int& out) {
    if (!j.is_number_integer()) return fail("invalid_value", path, "expected a whole number");
    const auto v = j.int64();
    if (v < lo || v > hi) return fail("invalid_value", path, "out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    out = static_cast<int>(v);
    return true;
  }

  bool years_list(Value j, const Path& path, std::set<int>& out) {
    if (!j.is_array()) return fail("invalid_value", path, "expected an array of years");
    if (j.size() > limits::kMaxYearsPerRecord) return fail("input_too_large", path, "too many years");
    for (std::size_t i = 0; i < j.size(); ++i) {
      if (!j[i].is_number_integer()) return fail("invalid_value", Path(path, i), "expected a year");
      const auto y = j[i].int64();
      if (y < limits::kMinYear || y > limits::kMaxYear) return fail("input_too_large", Path(path, i), "year out of range");
      out.insert(static_cast<int>(y));
    }
    return true;
  }

  bool employment(Value j, Employment& e) {
    static const Path kEmployment("/employment");
    if (!j.is_object()) return fail("invalid_value", kEmployment, "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      const Path p(kEmployment, it.key());
      const Value v = it.value();
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

  bool history(Value j, History& h) {
    static const Path kHistory("/history");
    if (!j.is_object()) return fail("invalid_value", kHistory, "expected an object");
    h.given = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const Path p(kHistory, it.key());
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

  // A well-formed "due" or "paid" (the hot loops call pay() only when this fails).
  static bool pay_value(Value j, Pay& out) {
    if (!j.is_string()) return false;
    const auto s = j.str();
    if (s == "paid") out = Pay::paid;
    else if (s == "due") out = Pay::due;
    else return false;
    return true;
  }

  bool pay(Value j, const Path& path, Pay& out) {
    static constexpr Pay kPay[] = {Pay::due, Pay::paid};
    return enum_of(j, path, kPay, out);
  }

  bool record(Value j, const Path& path, Record& r) {
    if (!j.is_object()) return fail("invalid_value", path, "expected an object");
    static constexpr Scheme kScheme[] = {Scheme::resident, Scheme::employee};
    static constexpr Status kStatus[] = {Status::normal, Status::suspended, Status::terminated};
    auto s = j.find("scheme");
    if (s == j.end()) return fail("missing_field", Path(path, "scheme"), "scheme is required");
    if (!enum_of(*s, Path(path, "scheme"), kScheme, r.scheme)) return false;
    auto rg = j.find("region");
    if (rg == j.end()) return fail("missing_field", Path(path, "region"), "region is required");
    if (!region(*rg, Path(path, "region"), r.region)) return false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string_view k = it.key();
      const Path p(path, k);
      const Value v = it.value();
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
          const std::string_view key = y.key();
          if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string_view::npos)
            return fail("invalid_value", Path(p, key), "expected a 4-digit insurance year");
          const int year = (key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 + (key[3] - '0');
          if (year < limits::kMinYear || year > limits::kMaxYear)
            return fail("input_too_large", Path(p, key), "year out of range");
          Pay pv = Pay::due;
          if (!pay_value(y.value(), pv) && !pay(y.value(), Path(p, key), pv)) return false;
          r.years.emplace_hint(r.years.end(), year, pv)->second = pv;
        }
      } else if (k == "months") {
        if (!v.is_object()) return fail("invalid_value", p, "expected an object of YYYY-MM -> due|paid");
        if (v.size() > limits::kMaxMonthsPerRecord) return fail("input_too_large", p, "too many months");
        r.months.reserve(v.size());
        for (auto m = v.begin(); m != v.end(); ++m) {
          auto fm = parse_fee_month(m.key());
          if (!fm) return fail("invalid_value", Path(p, m.key()), "expected a fee month YYYY-MM");
          if (fee_month_year(*fm) < limits::kMinYear || fee_month_year(*fm) > limits::kMaxYear)
            return fail("input_too_large", Path(p, m.key()), "fee month out of range");
          Pay pv = Pay::due;
          if (!pay_value(m.value(), pv) && !pay(m.value(), Path(p, m.key()), pv)) return false;
          r.months.emplace_hint(r.months.end(), *fm, pv)->second = pv;
        }
      } else {
        unknown(p);
      }
    }
    if (r.scheme == Scheme::resident && !r.months.empty())
      warnings.push_back(Warning{"ignored_field", path.str() + "/months is for employee records: ignored"});
    if (r.scheme == Scheme::employee && !r.years.empty())
      warnings.push_back(Warning{"ignored_field", path.str() + "/years is for resident records: ignored"});
    if (r.scheme == Scheme::resident) r.months.clear();
    if (r.scheme == Scheme::employee) r.years.clear();
    return true;
  }

  bool person(Value j, Person& p) {
    static const Path kPerson("/person");
    if (!j.is_object()) return fail("invalid_value", kPerson, "expected an object");
    static constexpr Document kDoc[] = {Document::resident_id_card, Document::hk_macao_permit, Document::taiwan_permit,
                                        Document::hmt_residence_permit, Document::foreign_passport,
                                        Document::foreign_permanent_residence, Document::none};
    static constexpr Group kGroup[] = {Group::newborn, Group::student, Group::medical_assistance, Group::veteran,
                                       Group::military_spouse, Group::land_expropriated_farmer,
                                       Group::seasonal_or_flexible_worker, Group::unemployment_benefit, Group::disabled};
    for (auto it = j.begin(); it != j.end(); ++it) {
      const Path p2(kPerson, it.key());
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
          if (!enum_of(it.value()[i], Path(p2, i), kGroup, g)) return false;
          p.groups.insert(g);
        }
      } else {
        unknown(p2);
      }
    }
    return true;
  }

  bool params(Value j, Params& out) {
    static const Path kParams("/params");
    if (j.is_null()) return true;
    if (!j.is_object()) return fail("invalid_value", kParams, "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      const Path p(kParams, it.key());
      const Value v = it.value();
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

  bool parse(Value j, Case& c) {
    static const Path kRoot("");
    static const Path kRecords("/records");
    static const Path kCoverageYears("/coverage/years");
    static const Path kCoverage("/coverage");
    static const Path kEvent("/event");
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
      const std::string_view k = it.key();
      const Value v = it.value();
      if (k == "region" || k == "date" || k == "action") continue;
      if (k == "ruleset") {
        if (v.is_null()) continue;
        if (!v.is_string()) return fail("invalid_value", "/ruleset", "expected a ruleset id");
        if (!rule_data().find(v.str()))
          return fail("unknown_ruleset", "/ruleset", "unknown ruleset '" + clip(v.str(), 40) + "'");
        c.ruleset = std::string(v.str());
      } else if (k == "person") {
        if (!person(v, c.person)) return false;
      } else if (k == "records") {
        if (!v.is_array()) return fail("invalid_value", kRecords, "expected an array");
        if (v.size() > limits::kMaxRecords) return fail("input_too_large", kRecords, "too many records");
        c.records.reserve(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) {
          Record r;
          if (!record(v[i], Path(kRecords, i), r)) return false;
          c.records.push_back(std::move(r));
        }
      } else if (k == "coverage") {
        if (v.is_null()) continue;
        if (!v.is_object()) return fail("invalid_value", kCoverage, "expected an object");
        for (auto cit = v.begin(); cit != v.end(); ++cit) {
          if (cit.key() != "years") {
            unknown(Path(kCoverage, cit.key()));
            continue;
          }
          const Value ys = cit.value();
          if (!ys.is_array()) return fail("invalid_value", kCoverageYears, "expected an array of years");
          if (ys.size() > limits::kMaxYearsPerRecord) return fail("input_too_large", kCoverageYears, "too many years");
          for (std::size_t i = 0; i < ys.size(); ++i) {
            if (!ys[i].is_number_integer()) return fail("invalid_value", Path(kCoverageYears, i), "expected a year");
            const auto y = ys[i].int64();
            if (y < limits::kMinYear || y > limits::kMaxYear)
              return fail("input_too_large", Path(kCoverageYears, i), "year out of range");
            c.coverage_years.insert(static_cast<int>(y));
          }
        }
      } else if (k == "event") {
        if (v.is_null()) continue;
        if (!v.is_object()) return fail("invalid_value", kEvent, "expected an object or null");
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
        const auto idx = er->int64();
        c.event = e;  // the record index is checked once records are read
        c.event->record = idx < 0 || idx > 1000000 ? -1 : static_cast<int>(idx);
        for (auto eit = v.begin(); eit != v.end(); ++eit)
          if (eit.key() != "kind" && eit.key() != "date" && eit.key() != "record") unknown(Path(kEvent, eit.key()));
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
        unknown(Path(kRoot, k));
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

// Values as the contract writes them.
void money(JsonWriter& w, std::optional<Fen> f) {
  if (!f) return w.null();
  if (*f % 100 == 0) return w.integer(*f / 100);
  w.number(static_cast<double>(*f) / 100.0);
}
void date(JsonWriter& w, const std::optional<Date>& d) {
  if (!d) return w.null();
  w.string(format_date(*d));
}
void fee_month(JsonWriter& w, const std::optional<FeeMonth>& m) {
  if (!m) return w.null();
  w.string(format_fee_month(*m));
}
void opt(JsonWriter& w, const std::optional<int>& v) { v ? w.integer(*v) : w.null(); }
void opt(JsonWriter& w, const std::optional<bool>& v) { v ? w.boolean(*v) : w.null(); }
void opt(JsonWriter& w, const std::optional<std::string>& v) { v ? w.string(*v) : w.null(); }
template <typename S>
void strings(JsonWriter& w, const std::vector<S>& v) {
  w.begin_array();
  for (const auto& s : v) w.string(s);
  w.end_array();
}
// A section's basis: the distinct citations of its trace, in the order first cited.
void basis(JsonWriter& w, const Notes& n) {
  w.begin_array();
  for (std::size_t i = 0; i < n.trace.size(); ++i) {
    const std::string_view rule = n.trace[i].rule;
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j) seen = n.trace[j].rule == rule;
    if (!seen) w.string(rule);
  }
  w.end_array();
}
// The explanation of one decision: the ruleset's text for the key, placeholders filled.
std::string fill(std::string t, const Vars& vars) {
  Vars::Buffer buf;
  for (const auto& e : vars) {
    const std::string_view v = vars.text(e, buf);
    std::string ph = "{";
    ph += e.name();
    ph += '}';
    for (std::size_t pos = t.find(ph); pos != std::string::npos; pos = t.find(ph, pos + v.size()))
      t.replace(pos, ph.size(), v);
  }
  return t;
}

// One text of a trace item. The indexed template is written part by part when filling it
// cannot make new placeholders (a simple template, values without braces, well-formed UTF-8):
// the same text as fill(); otherwise fill() and string() as before.
void trace_text(JsonWriter& w, const TextTemplate& t, const Vars& vars) {
  bool fast = t.simple;
  Vars::Buffer buf;
  for (const auto& e : vars) {
    if (!fast) break;
    if (e.formatted()) continue;
    const std::string_view v = vars.text(e, buf);
    fast = v.find_first_of("{}") == std::string_view::npos && JsonWriter::well_formed(v);
  }
  if (!fast) return w.string(fill(t.source, vars));
  w.begin_string();
  for (const auto& part : t.parts) {
    const Vars::Entry* value = nullptr;
    if (!part.name.empty())
      for (const auto& e : vars)
        if (e.name() == part.name) {
          value = &e;
          break;
        }
    if (value) w.plain(vars.text(*value, buf));
    else w.escaped(part.escaped);
  }
  w.end_string();
}

void trace_item(JsonWriter& w, const TraceItem& t) {
  static const TraceText kNone;
  const TraceText* texts = &kNone;
  const std::string_view text = t.text_key();
  const auto slash = text.find('/');
  if (slash != std::string::npos) {
    if (const auto* rs = rule_data().find(std::string_view(text).substr(0, slash))) {
      auto it = rs->texts.find(std::string_view(text).substr(slash + 1));
      if (it != rs->texts.end()) texts = &it->second;
    }
  }
  w.begin_object();
  w.key("rule").string(t.rule);
  trace_text(w.key("zh"), texts->zh, t.vars);
  trace_text(w.key("en"), texts->en, t.vars);
  w.end_object();
}

}  // namespace

std::optional<InputError> parse_case(std::string_view text, Case& out, std::vector<Warning>& warnings) {
  if (text.size() > limits::kMaxInputBytes)
    return InputError{"input_too_large", "", "the case is larger than " + std::to_string(limits::kMaxInputBytes) + " bytes"};
  // Too deep comes before not JSON. For JSON text the reader's depth is what too_deep() counts;
  // only text the reader rejects needs the separate count.
  auto deep = [] {
    return InputError{"input_too_large", "", "the case is nested deeper than " + std::to_string(limits::kMaxDepth) + " levels"};
  };
  thread_local jr::Doc doc;  // its buffers are kept from case to case
  if (!doc.parse(text)) {
    if (too_deep(text, limits::kMaxDepth)) return deep();
    return InputError{"invalid_json", "", "the input is not valid JSON"};
  }
  if (doc.depth() > limits::kMaxDepth) return deep();
  Parser p{warnings, std::nullopt};
  p.parse(doc.root(), out);
  return p.error;
}

std::string serialize_error(const InputError& e) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("error").begin_object();
  w.key("code").string(e.code);
  w.key("path").string(e.path);
  w.key("message").string(e.message);
  w.end_object();
  w.end_object();
  return out;
}

std::string serialize(const Assessment& a, const Case& c) {
  const auto& data = rule_data();
  std::string out;
  out.reserve(4096);
  JsonWriter w(out);
  w.begin_object();
  {
    const auto* head = data.find(a.chain.id);
    w.key("ruleset").begin_object();
    w.key("id").string(a.chain.id);
    w.key("chain");
    strings(w, a.chain.chain);
    w.key("title").string(head ? std::string_view(head->title) : "");
    w.key("status").string(head ? std::string_view(head->status) : "");
    w.key("resolved_by").string(a.chain.why == "explicit" ? "explicit" : "default_table");
    w.key("why").string(a.chain.why);
    w.key("rulesets").begin_array();
    for (const auto& id : a.chain.chain) w.raw(data.find(id)->summary_json);
    w.end_array();
    w.end_object();
  }
  {
    const auto& g = a.registration;
    w.key("registration").begin_object();
    w.key("outcome").string(g.outcome);
    w.key("steps_before");
    strings(w, g.steps_before);
    w.key("effects_after");
    strings(w, g.effects_after);
    if (g.reason) w.key("reason").string(*g.reason);
    w.key("basis");
    basis(w, g.notes);
    w.end_object();
  }
  {
    const auto& x = a.waiting;
    w.key("waiting_period").begin_object();
    w.key("outcome").string(x.outcome);
    opt(w.key("exemption"), x.exemption);
    opt(w.key("fixed_months"), x.fixed_months);
    opt(w.key("variable_months"), x.variable_months);
    opt(w.key("total_months"), x.total_months);
    if (x.total_days) {
      opt(w.key("fixed_days"), x.fixed_days);
      opt(w.key("variable_days"), x.variable_days);
      opt(w.key("total_days"), x.total_days);
    }
    opt(w.key("broken_years"), x.broken_years);
    date(w.key("benefit_start"), x.benefit_start);
    date(w.key("counted_from"), x.counted_from);
    opt(w.key("day_convention"), x.day_convention);
    w.key("in_centralized_period").boolean(x.in_centralized_period);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  {
    const auto& p = a.repair;
    w.key("repair").begin_object();
    w.key("outcome").string(p.outcome);
    money(w.key("unit_cost_cny"), p.unit_cost);
    opt(w.key("max_useful_years"), p.max_useful_years);
    if (p.floor_months) w.key("floor_months").integer(*p.floor_months);
    if (p.floor_days) w.key("floor_days").integer(*p.floor_days);
    w.key("options").begin_array();
    for (const auto& o : p.options) {
      w.begin_object();
      w.key("years").integer(o.years);
      if (o.total_days) w.key("total_days").integer(*o.total_days);
      else opt(w.key("total_months"), o.total_months);
      money(w.key("cost_cny"), o.cost);
      date(w.key("benefit_start"), o.benefit_start);
      w.end_object();
    }
    w.end_array();
    w.key("basis");
    basis(w, p.notes);
    w.end_object();
  }
  {
    const auto& f = a.refund;
    w.key("refund").begin_object();
    w.key("outcome").string(f.outcome);
    opt(w.key("reason"), f.reason);
    opt(w.key("record"), f.record);
    money(w.key("amount_cny"), f.amount);
    w.key("months");
    if (f.by_month) {
      w.begin_array();
      for (auto m : f.months) w.string(format_fee_month(m));
      w.end_array();
    } else {
      w.null();
    }
    w.key("conditions");
    strings(w, f.conditions);
    w.key("basis");
    basis(w, f.notes);
    w.end_object();
  }
  {
    const auto& x = a.continuity;
    w.key("continuity").begin_object();
    w.key("outcome").string(x.outcome);
    opt(w.key("months"), x.months);
    fee_month(w.key("last_month"), x.last_month);
    opt(w.key("gap_months"), x.gap_months);
    opt(w.key("last_scheme"), x.last_scheme);
    opt(w.key("employee_months"), x.employee_months);
    opt(w.key("resident_months"), x.resident_months);
    opt(w.key("bridge_eligible"), x.bridge_eligible);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  {
    const auto& x = a.employee_gap;
    w.key("employee_gap").begin_object();
    w.key("outcome").string(x.outcome);
    opt(w.key("gap_months"), x.gap_months);
    fee_month(w.key("last_paid_month"), x.last_paid_month);
    w.key("months").begin_array();
    for (auto m : x.gap) w.string(format_fee_month(m));
    w.end_array();
    opt(w.key("back_pay_allowed"), x.back_pay_allowed);
    opt(w.key("gap_benefits_restored"), x.gap_benefits_restored);
    money(w.key("back_pay_cost_cny"), x.back_pay_cost);
    money(w.key("late_fee_cny"), x.late_fee);
    date(w.key("benefits_restart"), x.benefits_restart);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  {
    const auto& x = a.retirement;
    w.key("retirement").begin_object();
    w.key("outcome").string(x.outcome);
    opt(w.key("required_years"), x.required_years);
    opt(w.key("cumulative_months"), x.cumulative_months);
    opt(w.key("shortfall_months"), x.shortfall_months);
    money(w.key("one_time_cost_cny"), x.one_time_cost);
    w.key("alternatives");
    strings(w, x.alternatives);
    date(w.key("benefits_start"), x.benefits_start);
    w.key("refund_limits");
    strings(w, x.refund_limits);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  {
    const auto& x = a.duplicates;
    w.key("duplicates").begin_object();
    w.key("outcome").string(x.outcome);
    w.key("found").begin_array();
    for (const auto& f : x.found) {
      w.begin_object();
      w.key("kind").string(f.kind);
      w.key("records").begin_array();
      for (int i : f.records) w.integer(i);
      w.end_array();
      w.key("periods");
      strings(w, f.periods);
      opt(w.key("keep"), f.keep);
      w.key("keep_rule").string(f.keep_rule);
      w.end_object();
    }
    w.end_array();
    opt(w.key("keep"), x.keep);
    opt(w.key("keep_rule"), x.keep_rule);
    w.key("refund_rules");
    strings(w, x.refund_rules);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  {
    const auto& x = a.incentives;
    w.key("incentives").begin_object();
    w.key("outcome").string(x.outcome);
    opt(w.key("continuous_years"), x.continuous_years);
    opt(w.key("zero_claim_last_year"), x.zero_claim_last_year);
    opt(w.key("continuity_steps"), x.continuity_steps);
    opt(w.key("zero_claim_steps"), x.zero_claim_steps);
    opt(w.key("steps"), x.steps);
    money(w.key("amount_cny"), x.amount);
    money(w.key("cap_cny"), x.cap);
    w.key("basis");
    basis(w, x.notes);
    w.end_object();
  }
  w.key("trace").begin_array();
  for (const Notes* n : {&a.registration.notes, &a.waiting.notes, &a.repair.notes, &a.refund.notes,
                         &a.continuity.notes, &a.employee_gap.notes, &a.retirement.notes, &a.duplicates.notes,
                         &a.incentives.notes})
    for (const auto& item : n->trace) trace_item(w, item);
  w.end_array();
  w.key("warnings").begin_array();
  for (const auto& x : a.warnings) {
    w.begin_object();
    w.key("code").string(x.code);
    w.key("message").string(x.message);
    w.end_object();
  }
  w.end_array();
  w.key("engine").begin_object();
  w.key("version").string(version());
  w.key("rules_hash").string(rules_hash());
  w.end_object();
  w.end_object();
  (void)c;
  return out;
}

}  // namespace canbao
