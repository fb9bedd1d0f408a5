// The engine: resolves the chain of texts, asks each ruleset in turn (most specific
// first) and assembles the assessment. It owns no rule: every decision comes from a
// ruleset hook that cites its article.
#include <tuple>
#include <algorithm>
#include <cstdint>
#include <span>

#include "canbao.hpp"
#include "data.hpp"
#include "embedded_data.hpp"
#include "engine.hpp"
#include "json_writer.hpp"

#ifndef CANBAO_VERSION
#define CANBAO_VERSION "0.0.0"
#endif

namespace canbao {

namespace {

std::optional<Date> jdate(jr::Value j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return parse_date(it->str());
}

// RuleData::params_by_name's row for `name`, or null. The names are mostly literals, so a small cache by
// the name's address skips the search; a hit is confirmed by comparing the text with the row's
// own key (a view of the rule data), so any view is answered correctly.
const RuleData::ParamRow* find_param(std::string_view name) {
  struct Slot {
    const char* addr;
    const RuleData::ParamRow* entry;
  };
  thread_local Slot slots[64] = {};
  Slot& s = slots[(reinterpret_cast<std::uintptr_t>(name.data()) >> 3) & 63];
  if (s.entry && s.addr == name.data() && s.entry->first == name) return s.entry;
  const RuleData::ParamRow* row = rule_data().find_param(name);
  if (row) s = Slot{name.data(), row};
  return row;
}

class EngineCtx final : public Ctx {
 public:
  EngineCtx(const Case& c, std::span<const RulesetData* const> chain, std::vector<Warning>& w)
      : c_(c), chain_(chain), warnings_(w) {}
  const Case& cs() const override { return c_; }

  // The first value of `name` in force on the case date, most specific text first.
  const TextParam* find_text_param(std::string_view name) const {
    if (const auto* by_text = find_param(name)) {
      const RulesetData* first = rule_data().rulesets.data();
      for (const auto* rs : chain_) {
        const auto* values = by_text->second[static_cast<std::size_t>(rs - first)];
        if (!values) continue;
        // A draft's own values apply whenever the draft is chosen: it has no dates in force.
        for (const auto& v : *values)
          if (rs->draft || v.window.contains(c_.date)) return &v;
      }
    }
    warn("param_missing", "no value of '" + std::string(name) + "' in force in the chain's data");
    return nullptr;
  }

  std::optional<ParamHit> text_param(std::string_view name) const override {
    const TextParam* v = find_text_param(name);
    if (!v) return std::nullopt;
    ParamHit h;
    if (v->number) h.number = *v->number;
    if (v->text) h.text = *v->text;
    h.citation = v->citation;
    h.grade = "text";
    return h;
  }

  std::optional<double> text_number(std::string_view name) const override {
    const TextParam* v = find_text_param(name);
    if (!v) return std::nullopt;
    return v->number.value_or(0);
  }

  // The sourced local value of `name` for the case's region (longest region prefix wins; the
  // first of equals).
  template <typename Accept>
  const LocalValue* best_local(std::string_view name, Accept accept) const {
    const auto& local = rule_data().local_values;
    auto values = local.find(name);
    if (values == local.end()) return nullptr;
    const LocalValue* best = nullptr;
    for (const auto& v : values->second) {
      if (!region_covers(v.region, v.prefix, c_.region) || !accept(v)) continue;
      if (!best || v.prefix > best->prefix) best = &v;
    }
    return best;
  }

  std::optional<ParamHit> local_param(std::string_view name, std::optional<int> year,
                                      std::string_view group) const override {
    const LocalValue* best = best_local(name, [&](const LocalValue& v) {
      switch (v.years) {
        case LocalValue::Years::exact:
          if (!year || !v.year || *v.year != *year) return false;
          break;
        case LocalValue::Years::from:
          if (!year || !v.year || *year < *v.year) return false;
          if (v.year_to && *year > *v.year_to) return false;
          break;
        case LocalValue::Years::none:
          if (!v.window.contains(c_.date)) return false;
      }
      if (v.group && *v.group != (group.empty() ? std::string_view("other") : group)) return false;
      return true;
    });
    if (!best) return std::nullopt;
    ParamHit h;
    if (best->number) h.number = *best->number;
    if (best->text) h.text = *best->text;
    h.citation = best->citation;
    h.grade = best->grade;
    h.note = best->note;
    return h;
  }

  const LocalValue* local_object(std::string_view name, int year) const {
    return best_local(name, [&](const LocalValue& v) {
      return v.years == LocalValue::Years::exact && v.year && *v.year == year;
    });
  }

  bool in_chain(std::string_view id) const override {
    return std::any_of(chain_.begin(), chain_.end(), [&](const RulesetData* r) { return r->id == id; });
  }

  void warn(std::string_view code, std::string_view message) const override {
    for (const auto& w : warnings_)
      if (w.code == code && w.message == message) return;
    warnings_.push_back(Warning{std::string(code), std::string(message)});
  }

  std::span<const RulesetData* const> chain() const { return chain_; }

 private:
  const Case& c_;
  std::span<const RulesetData* const> chain_;
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
  if (const LocalValue* local = ctx.local_object("centralized_period", y)) {
    if (local->value) {
      if (auto s = jdate(*local->value, "start")) p.start = s;
      if (auto e = jdate(*local->value, "end")) p.end = e;
    }
    p.rule = text ? text->rule : Cite();
    p.text = Cite::intern("source:" + local->document + " [" + local->grade + "]");
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
  // Where each finding comes from, to choose the refusal reason independently of record order:
  // the person (0) before the centralized period (1) before the records (2); then the text
  // nearest the citizen in the chain (the chain runs from the most specific text); then the code.
  struct Rank {
    int group;
    std::size_t chain_pos;
  };
  std::vector<Rank> ranks;
  for (std::size_t k = 0; k < ctx.chain().size(); ++k) {
    const auto* rs = ctx.chain()[k];
    if (!rs->rules.registration_person) continue;
    if (auto f = rs->rules.registration_person(ctx)) {
      findings.push_back(std::move(*f));
      ranks.push_back({0, k});
      break;
    }
  }
  if (c.action == Action::enroll_resident_next_year) {
    if (period && period->end) {
      const bool inside = c.date >= (period->start ? *period->start : Date{period->end->y - 1, 1, 1}) &&
                          c.date <= *period->end;
      const Cite rule = period->rule;  // the article that names the period
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
      f.text = rule.empty() ? Cite() : Cite::concat(rule, inside ? Cite("#inside") : Cite("#outside"));
      f.vars = {{"start", period->start ? VarValue(*period->start) : VarValue("?")}, {"end", *period->end},
                {"source", period->text}};
      if (exempt) findings.push_back(*exempt), ranks.push_back({1, 0});
      else if (!rule.empty()) findings.push_back(f), ranks.push_back({1, 0});
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
    for (std::size_t k = 0; k < ctx.chain().size(); ++k) {
      const auto* rs = ctx.chain()[k];
      if (!rs->rules.registration_record) continue;
      if (auto f = rs->rules.registration_record(ctx, c.records[i], static_cast<int>(i))) {
        f->vars.set("record", i);
        f->vars.set("region", c.records[i].region);
        findings.push_back(std::move(*f));
        ranks.push_back({2, k});
        break;
      }
    }
  }
  bool refused = reg.outcome == "refused";
  if (!refused) {
    const Finding* best = nullptr;
    const Rank* best_rank = nullptr;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      if (f.kind != Finding::Kind::refuse) continue;
      const Rank& r = ranks[i];
      if (!best || std::tie(r.group, r.chain_pos, f.code) < std::tie(best_rank->group, best_rank->chain_pos, best->code)) {
        best = &f;
        best_rank = &r;
      }
    }
    if (best) {
      refused = true;
      reg.reason = best->code;
    }
  }
  for (auto& f : findings) {  // the last use of the findings: their vars move into the trace
    if (f.rule.empty()) continue;
    reg.notes.cite(f.rule, f.text, std::move(f.vars));
    if (refused) continue;
    if (f.kind == Finding::Kind::step) add_unique(reg.steps_before, f.code);
    for (const auto& e : f.effects) add_unique(reg.effects_after, e);
  }
  if (refused) {
    reg.outcome = "refused";
    return reg;
  }
  reg.outcome = reg.steps_before.empty() ? "allowed" : "allowed_after_steps";
  if (reg.notes.trace.empty()) {
    for (const auto* rs : ctx.chain()) {
      if (!rs->rules.registration_clear) continue;
      if (auto f = rs->rules.registration_clear(ctx)) {
        reg.notes.cite(f->rule, f->text, std::move(f->vars));
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
    if (auto r = rs->rules.waiting_period(ctx, period)) return std::move(*r);
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
      if (auto x = rs->rules.repair(ctx, w)) return std::move(*x);
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
    if (auto x = rs->rules.refund(ctx)) return std::move(*x);
  }
  r.outcome = "local_rules";
  return r;
}

template <typename Section, typename Hook>
Section first_answer(const EngineCtx& ctx, Hook hook) {
  for (const auto* rs : ctx.chain()) {
    const auto& h = rs->rules.*hook;
    if (!h) continue;
    if (auto x = h(ctx)) return std::move(*x);
  }
  return Section{};
}

}  // namespace

std::optional<InputError> resolve_chain(const Case& c, ChainInfo& out) {
  const auto& data = rule_data();
  out.chain.clear();
  out.chain.reserve(data.rulesets.size());  // a chain names each ruleset once at most
  if (c.ruleset) {
    // Explicit: the ruleset with its own declared parents only, exactly as written (breadth
    // first, each id once where it first appears: out.chain[next] is the next to look at, and
    // becomes a view of the ruleset's own id).
    out.chain.push_back(*c.ruleset);
    for (std::size_t next = 0; next < out.chain.size(); ++next) {
      const std::string_view id = out.chain[next];
      const auto* rs = data.find(id);
      if (!rs) return InputError{"unknown_ruleset", "/ruleset", "unknown ruleset '" + std::string(id) + "'"};
      out.chain[next] = rs->id;
      for (const auto& parent : rs->parents)
        if (std::find(out.chain.begin(), out.chain.end(), parent) == out.chain.end()) out.chain.push_back(parent);
    }
    out.id = out.chain.front();
    out.why = "explicit";
    return std::nullopt;
  }
  const TableEntry* best = nullptr;
  for (const auto& e : data.entries) {
    if (!region_covers(e.region, e.prefix, c.region)) continue;
    if ((e.from && c.date < *e.from) || (e.to && *e.to < c.date)) continue;
    if (!best || e.prefix > best->prefix) best = &e;
  }
  if (!best)
    return InputError{"no_ruleset_in_force", "/date",
                      "no bundled ruleset is in force for region " + c.region + " on " + format_date(c.date) +
                          " (the earliest texts apply from 2021-12-01)"};
  out.chain.assign(best->chain_ids.begin(), best->chain_ids.end());
  out.id = out.chain.front();
  out.why = best->why;
  return std::nullopt;
}

Assessment decide(const Case& c, const ChainInfo& chain_info, std::vector<Warning> warnings) {
  Assessment a;
  a.chain = chain_info;
  // The chain's rulesets. resolve_chain's ids are views of each ruleset's own id, so the address
  // finds it without comparing text; any other view is looked up by name. A chain names each
  // ruleset once at most: it fits in place unless the caller's list repeats ids.
  const auto& data = rule_data();
  const RulesetData* in_place[16];
  std::vector<const RulesetData*> more;
  const RulesetData** chain = in_place;
  if (chain_info.chain.size() > std::size(in_place)) {
    more.resize(chain_info.chain.size());
    chain = more.data();
  }
  for (std::size_t i = 0; i < chain_info.chain.size(); ++i) {
    const std::string_view id = chain_info.chain[i];
    const auto same = std::find_if(data.rulesets.begin(), data.rulesets.end(),
                                   [&](const RulesetData& r) { return r.id.data() == id.data() && r.id.size() == id.size(); });
    chain[i] = same != data.rulesets.end() ? &*same : data.find(id);
  }
  EngineCtx ctx(c, std::span<const RulesetData* const>(chain, chain_info.chain.size()), warnings);
  for (const auto* rs : ctx.chain()) {
    if (rs->draft)
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
  std::string out;
  JsonWriter w(out);
  // Every object's keys in sorted order, as the std::map-based nlohmann::json that wrote this before.
  w.begin_object();
  w.key("default_table");
  const jr::Value table = d.table->root();
  if (auto e = table.find("entries"); e != table.end()) write_json(w, *e);
  else w.null();
  w.key("engine").begin_object();
  w.key("rules_hash").string(rules_hash());
  w.key("version").string(version());
  w.end_object();
  w.key("rulesets").begin_array();
  for (const auto& rs : d.rulesets) {
    const jr::Value meta = rs.meta();
    w.begin_object();
    for (const char* k : {"document_number", "effective_from", "effective_to", "id", "issued", "issuer", "level",
                          "parents", "region", "source_text", "status", "title", "title_en"})
      if (auto it = meta.find(k); it != meta.end()) write_json(w.key(std::string_view(k)), *it);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace canbao
