// The engine: resolves the chain of texts, asks each ruleset in turn (most specific
// first) and assembles the assessment. It owns no rule: every decision comes from a
// ruleset hook that cites its article.
#include <algorithm>

#include "canbao.hpp"
#include "data.hpp"
#include "embedded_data.hpp"
#include "engine.hpp"

#ifndef CANBAO_VERSION
#define CANBAO_VERSION "0.0.0"
#endif

namespace canbao {

namespace {

using nlohmann::json;

// Region matching: "440700" covers 4407xx, "440000" covers 44xxxx, "000000" everything.
std::string region_prefix(const std::string& code) {
  std::string p = code;
  while (p.size() >= 2 && p.compare(p.size() - 2, 2, "00") == 0) p.resize(p.size() - 2);
  return p;
}
bool region_matches(const std::string& entry_region, const std::string& region) {
  const auto p = region_prefix(entry_region);
  return region.compare(0, p.size(), p) == 0;
}

std::optional<Date> jdate(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return parse_date(it->get_ref<const std::string&>());
}

bool in_force(const json& entry, const Date& d) {
  auto from = jdate(entry, "effective_from");
  auto to = jdate(entry, "effective_to");
  return (!from || *from <= d) && (!to || d <= *to);
}

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class EngineCtx final : public Ctx {
 public:
  EngineCtx(const Case& c, const std::vector<const RulesetData*>& chain, std::vector<Warning>& w)
      : c_(c), chain_(chain), warnings_(w) {}
  const Case& cs() const override { return c_; }

  std::optional<ParamHit> text_param(const std::string& name) const override {
    for (const auto* rs : chain_) {
      auto params = rs->meta.find("params");
      if (params == rs->meta.end()) continue;
      auto values = params->find(name);
      if (values == params->end() || !values->is_array()) continue;
      // A draft's own values apply whenever the draft is chosen: it has no dates in force.
      const bool draft = rs->meta.value("status", "") == "draft";
      for (const auto& v : *values) {
        if (!draft && !in_force(v, c_.date)) continue;
        ParamHit h;
        const auto& val = v["value"];
        if (val.is_number()) h.number = val.get<double>();
        if (val.is_string()) h.text = val.get<std::string>();
        h.citation = rs->id + "/" + str(v["source"], "article");
        h.grade = "text";
        return h;
      }
    }
    warn("param_missing", "no value of '" + name + "' in force in the chain's data");
    return std::nullopt;
  }

  std::optional<ParamHit> local_param(const std::string& name, std::optional<int> year,
                                      const std::string& group) const override {
    const auto& local = rule_data().local;
    auto values = local.find(name);
    if (values == local.end() || !values->is_array()) return std::nullopt;
    const json* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& v : *values) {
      const std::string reg = str(v, "region");
      if (!region_matches(reg, c_.region)) continue;
      if (auto iy = v.find("insurance_year"); iy != v.end()) {
        if (!year || !iy->is_number_integer() || iy->get<int>() != *year) continue;
      } else if (auto from = v.find("insurance_year_from"); from != v.end()) {
        if (!year || !from->is_number_integer() || *year < from->get<int>()) continue;
        if (auto to = v.find("insurance_year_to"); to != v.end() && to->is_number_integer() && *year > to->get<int>())
          continue;
      } else if (!in_force(v, c_.date)) {
        continue;
      }
      if (auto g = v.find("group"); g != v.end() && g->is_string()) {
        const std::string want = group.empty() ? "other" : group;
        if (g->get<std::string>() != want) continue;
      }
      const std::size_t len = region_prefix(reg).size();
      if (!best || len > best_len) {
        best = &v;
        best_len = len;
      }
    }
    if (!best) return std::nullopt;
    ParamHit h;
    const auto& val = (*best)["value"];
    if (val.is_number()) h.number = val.get<double>();
    if (val.is_string()) h.text = val.get<std::string>();
    const auto& src = (*best)["source"];
    h.citation = "source:" + str(src, "document");
    h.grade = str(src, "grade");
    h.note = str(src, "document") + " [" + h.grade + "]";
    return h;
  }

  std::optional<json> local_object(const std::string& name, int year) const {
    const auto& local = rule_data().local;
    auto values = local.find(name);
    if (values == local.end() || !values->is_array()) return std::nullopt;
    const json* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& v : *values) {
      const std::string reg = str(v, "region");
      if (!region_matches(reg, c_.region)) continue;
      auto iy = v.find("insurance_year");
      if (iy == v.end() || !iy->is_number_integer() || iy->get<int>() != year) continue;
      const std::size_t len = region_prefix(reg).size();
      if (!best || len > best_len) {
        best = &v;
        best_len = len;
      }
    }
    if (!best) return std::nullopt;
    return *best;
  }

  bool in_chain(const std::string& id) const override {
    return std::any_of(chain_.begin(), chain_.end(), [&](const RulesetData* r) { return r->id == id; });
  }

  void warn(const std::string& code, const std::string& message) const override {
    for (const auto& w : warnings_)
      if (w.code == code && w.message == message) return;
    warnings_.push_back(Warning{code, message});
  }

  const std::vector<const RulesetData*>& chain() const { return chain_; }

 private:
  const Case& c_;
  const std::vector<const RulesetData*>& chain_;
  std::vector<Warning>& warnings_;
};

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// The centralized period for insurance year y: the caller's params, then sourced local
// data for the region and year, then the text of the chain.
std::optional<Period> centralized_period(const EngineCtx& ctx, int y) {
  const Case& c = ctx.cs();
  std::optional<Period> text;
  for (const auto* rs : ctx.chain()) {
    if (!rs->rules.centralized_period) continue;
    if ((text = rs->rules.centralized_period(ctx, y))) break;
  }
  Period p;
  if (text) p = *text;
  if (auto local = ctx.local_object("centralized_period", y)) {
    const auto& v = (*local)["value"];
    if (auto s = jdate(v, "start")) p.start = s;
    if (auto e = jdate(v, "end")) p.end = e;
    const auto& src = (*local)["source"];
    p.rule = text ? text->rule : "";
    p.text = "source:" + str(src, "document") + " [" + str(src, "grade") + "]";
  }
  if (c.params.centralized_period_start) p.start = c.params.centralized_period_start;
  if (c.params.centralized_period_end) p.end = c.params.centralized_period_end;
  if (c.params.centralized_period_start || c.params.centralized_period_end) p.text = "params";
  if (!text && !p.end) return std::nullopt;
  return p;
}

Registration decide_registration(const EngineCtx& ctx, const std::optional<Period>& period) {
  const Case& c = ctx.cs();
  Registration reg;
  if (c.action == Action::none) return reg;
  std::vector<Finding> findings;
  for (const auto* rs : ctx.chain()) {
    if (!rs->rules.registration_person) continue;
    if (auto f = rs->rules.registration_person(ctx)) {
      findings.push_back(*f);
      break;
    }
  }
  if (c.action == Action::enroll_resident_next_year) {
    if (period && period->end) {
      const bool inside = c.date >= (period->start ? *period->start : Date{period->end->y - 1, 1, 1}) &&
                          c.date <= *period->end;
      const std::string rule = period->rule;  // the article that names the period
      std::optional<Finding> exempt;
      if (!inside)
        for (const auto* rs : ctx.chain()) {
          if (!rs->rules.period_exempt) continue;
          if ((exempt = rs->rules.period_exempt(ctx))) break;
        }
      Finding f;
      f.kind = inside || exempt ? Finding::Kind::ok : Finding::Kind::refuse;
      f.code = inside ? "" : "outside_centralized_period";
      f.rule = rule;
      f.text = rule.empty() ? "" : rule + (inside ? "#inside" : "#outside");
      f.vars = {{"start", period->start ? format_date(*period->start) : "?"}, {"end", format_date(*period->end)},
                {"source", period->text}};
      if (exempt) findings.push_back(*exempt);
      else if (!rule.empty()) findings.push_back(f);
      else if (!inside) {
        reg.outcome = "refused";
        reg.reason = "outside_centralized_period";
      }
    } else {
      ctx.warn("centralized_period_unchecked",
               "the texts in the chain do not state the centralized period and canbao has no sourced value for region " +
                   c.region + ": whether the date is inside it was not checked (supply params.centralized_period_start/end)");
    }
  }
  for (std::size_t i = 0; i < c.records.size(); ++i) {
    for (const auto* rs : ctx.chain()) {
      if (!rs->rules.registration_record) continue;
      if (auto f = rs->rules.registration_record(ctx, c.records[i], static_cast<int>(i))) {
        f->vars["record"] = std::to_string(i);
        f->vars["region"] = c.records[i].region;
        findings.push_back(*f);
        break;
      }
    }
  }
  bool refused = reg.outcome == "refused";
  for (const auto& f : findings) {
    if (f.kind == Finding::Kind::refuse && !refused) {
      refused = true;
      reg.reason = f.code;
    }
  }
  for (const auto& f : findings) {
    if (f.rule.empty()) continue;
    reg.notes.cite(f.rule, f.text, f.vars);
    if (refused) continue;
    if (f.kind == Finding::Kind::step) add_unique(reg.steps_before, f.code);
    for (const auto& e : f.effects) add_unique(reg.effects_after, e);
  }
  if (refused) {
    reg.outcome = "refused";
    return reg;
  }
  reg.outcome = reg.steps_before.empty() ? "allowed" : "allowed_after_steps";
  if (reg.notes.basis.empty()) {
    for (const auto* rs : ctx.chain()) {
      if (!rs->rules.registration_clear) continue;
      if (auto f = rs->rules.registration_clear(ctx)) {
        reg.notes.cite(f->rule, f->text, f->vars);
        break;
      }
    }
  }
  return reg;
}

WaitingPeriod decide_waiting(const EngineCtx& ctx, const std::optional<Period>& period) {
  WaitingPeriod w;
  if (ctx.cs().action == Action::none) return w;
  for (const auto* rs : ctx.chain()) {
    if (!rs->rules.waiting_period) continue;
    if (auto r = rs->rules.waiting_period(ctx, period)) return *r;
  }
  w.outcome = "local_rules";
  ctx.warn("no_rule", "no text in the chain sets the waiting period");
  return w;
}

Repair decide_repair(const EngineCtx& ctx, const WaitingPeriod& w) {
  Repair r;
  if (w.outcome == "applies") {
    for (const auto* rs : ctx.chain()) {
      if (!rs->rules.repair) continue;
      if (auto x = rs->rules.repair(ctx, w)) return *x;
    }
    const int variable = w.variable_months.value_or(0) + w.variable_days.value_or(0);
    r.outcome = variable == 0 ? "not_needed" : "not_applicable";
    return r;
  }
  if (w.outcome == "none") r.outcome = "not_needed";
  return r;
}

Refund decide_refund(const EngineCtx& ctx) {
  Refund r;
  if (!ctx.cs().event) return r;
  for (const auto* rs : ctx.chain()) {
    if (!rs->rules.refund) continue;
    if (auto x = rs->rules.refund(ctx)) return *x;
  }
  r.outcome = "local_rules";
  return r;
}

template <typename Section, typename Hook>
Section first_answer(const EngineCtx& ctx, Hook hook) {
  for (const auto* rs : ctx.chain()) {
    const auto& h = rs->rules.*hook;
    if (!h) continue;
    if (auto x = h(ctx)) return *x;
  }
  return Section{};
}

}  // namespace

std::optional<InputError> resolve_chain(const Case& c, ChainInfo& out) {
  const auto& data = rule_data();
  out.chain.clear();
  if (c.ruleset) {
    // Explicit: the ruleset with its own declared parents only, exactly as written.
    std::vector<std::string> todo{*c.ruleset};
    while (!todo.empty()) {
      const std::string id = todo.front();
      todo.erase(todo.begin());
      if (std::find(out.chain.begin(), out.chain.end(), id) != out.chain.end()) continue;
      const auto* rs = data.find(id);
      if (!rs) return InputError{"unknown_ruleset", "/ruleset", "unknown ruleset '" + id + "'"};
      out.chain.push_back(id);
      todo.insert(todo.end(), rs->parents.begin(), rs->parents.end());
    }
    out.id = *c.ruleset;
    out.why = "explicit";
    return std::nullopt;
  }
  const json* best = nullptr;
  std::size_t best_len = 0;
  for (const auto& e : data.table["entries"]) {
    const std::string reg = str(e, "region");
    if (!region_matches(reg, c.region)) continue;
    auto from = jdate(e, "from");
    auto to = jdate(e, "to");
    if ((from && c.date < *from) || (to && *to < c.date)) continue;
    const std::size_t len = region_prefix(reg).size();
    if (!best || len > best_len) {
      best = &e;
      best_len = len;
    }
  }
  if (!best)
    return InputError{"no_ruleset_in_force", "/date",
                      "no bundled ruleset is in force for region " + c.region + " on " + format_date(c.date) +
                          " (the earliest texts apply from 2021-12-01)"};
  for (const auto& id : (*best)["chain"]) out.chain.push_back(id.get<std::string>());
  out.id = out.chain.front();
  out.why = str(*best, "why");
  return std::nullopt;
}

Assessment decide(const Case& c, const ChainInfo& chain_info, std::vector<Warning> warnings) {
  Assessment a;
  a.chain = chain_info;
  std::vector<const RulesetData*> chain;
  for (const auto& id : chain_info.chain) chain.push_back(rule_data().find(id));
  EngineCtx ctx(c, chain, warnings);
  for (const auto* rs : chain) {
    if (rs->meta.value("status", "") == "draft")
      ctx.warn("draft_text", rs->id + " is a draft for comment, not a text in force: its answers show what the draft says");
    if ((rs->effective_from && c.date < *rs->effective_from) || (rs->effective_to && *rs->effective_to < c.date))
      ctx.warn("not_in_force_on_date", rs->id + " is not in force on " + format_date(c.date) + " by its own dates");
  }
  const auto period = centralized_period(ctx, insurance_year(c));
  a.registration = decide_registration(ctx, period);
  // A refused registration has no benefit period to wait for: the waiting period and its
  // repair are not applicable (the refusal's reason says what to do instead).
  if (a.registration.outcome != "refused") {
    a.waiting = decide_waiting(ctx, period);
    a.repair = decide_repair(ctx, a.waiting);
  }
  a.refund = decide_refund(ctx);
  // Extension sections (employee scheme and record history).
  a.continuity = first_answer<ContinuitySection>(ctx, &Ruleset::continuity);
  a.employee_gap = first_answer<EmployeeGap>(ctx, &Ruleset::employee_gap);
  a.retirement = first_answer<RetirementSection>(ctx, &Ruleset::retirement);
  a.duplicates = first_answer<DuplicatesSection>(ctx, &Ruleset::duplicates);
  a.incentives = first_answer<Incentives>(ctx, &Ruleset::incentives);
  a.warnings = std::move(warnings);
  return a;
}

Answer assess(std::string_view text) {
  Answer ans;
#if defined(__cpp_exceptions)
  try {
#endif
    Case c;
    std::vector<Warning> warnings;
    if (auto err = parse_case(text, c, warnings)) {
      ans.json = serialize_error(*err);
      return ans;
    }
    ChainInfo chain;
    if (auto err = resolve_chain(c, chain)) {
      ans.json = serialize_error(*err);
      return ans;
    }
    const Assessment a = decide(c, chain, std::move(warnings));
    ans.json = serialize(a, c);
    ans.ok = true;
#if defined(__cpp_exceptions)
  } catch (const std::exception& e) {
    ans.ok = false;
    ans.json = serialize_error(InputError{"internal_error", "", e.what()});
  }
#endif
  return ans;
}

const char* version() { return CANBAO_VERSION; }
const char* rules_hash() { return data::kRulesHash; }

std::string rulesets_json() {
  const auto& d = rule_data();
  json out = json::object();
  out["engine"] = {{"version", version()}, {"rules_hash", rules_hash()}};
  json list = json::array();
  for (const auto& rs : d.rulesets) {
    json m = json::object();
    for (const char* k : {"id", "title", "title_en", "document_number", "issuer", "status", "level", "region", "issued",
                          "effective_from", "effective_to", "parents", "source_text"})
      if (auto it = rs.meta.find(k); it != rs.meta.end()) m[k] = *it;
    list.push_back(std::move(m));
  }
  out["rulesets"] = std::move(list);
  out["default_table"] = d.table["entries"];
  return out.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

}  // namespace canbao
