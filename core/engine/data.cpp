#include "data.hpp"

#include "embedded_data.hpp"
#include "json_writer.hpp"

namespace canbao {

namespace {
Ruleset decisions_for(const std::string& id) {
  if (id == "national-2021") return national_2021();
  if (id == "national-2024") return national_2024();
  if (id == "guangdong-2021") return guangdong_2021();
  if (id == "guangdong-2021-draft") return guangdong_2021_draft();
  if (id == "guangdong-2025-draft") return guangdong_2025_draft();
  if (id == "jiangmen-2024") return jiangmen_2024();
  if (id == "jieyang-2021") return jieyang_2021();
  if (id == "jilin-2022") return jilin_2022();
  Ruleset none;
  none.id = id;
  return none;
}

std::optional<Date> date_field(jr::Value j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return parse_date(it->str());
}

std::string str(jr::Value j, std::string_view key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? std::string(it->str()) : std::string();
}

std::optional<int> integer(jr::Value j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return static_cast<int>(it->int64());
}

Window window(jr::Value j, std::string_view from, std::string_view to) {
  return Window{date_field(j, from), date_field(j, to)};
}

void value_of(jr::Value v, std::optional<double>& number, std::optional<std::string>& text) {
  auto it = v.find("value");
  if (it == v.end()) return;
  if (it->is_number()) number = it->number();
  if (it->is_string()) text = std::string(it->str());
}

// The rule data's JSON text, parsed; the data is checked at build time (cmake/embed_data.cmake),
// so text that does not parse only stands for null here, as nlohmann's discarded value did.
std::unique_ptr<jr::Doc> parse(std::string_view text) {
  auto doc = std::make_unique<jr::Doc>();
  if (!doc->parse(text)) doc->parse("null");
  return doc;
}

void index_params(RulesetData& r) {
  auto params = r.meta().find("params");
  if (params == r.meta().end() || !params->is_object()) return;
  for (auto it = params->begin(); it != params->end(); ++it) {
    if (!it->is_array()) continue;
    auto& list = r.params[std::string(it.key())];
    for (const jr::Value v : *it) {
      TextParam p;
      p.window = window(v, "effective_from", "effective_to");
      value_of(v, p.number, p.text);
      auto src = v.find("source");
      p.citation = r.id + "/" + (src != v.end() ? str(*src, "article") : std::string());
      list.push_back(std::move(p));
    }
  }
}

// Text JSON-escaped as JsonWriter::string writes it, without the quotes.
std::string escaped(std::string_view text) {
  std::string out;
  JsonWriter w(out);
  w.string(text);
  return out.substr(1, out.size() - 2);
}

// Literal runs and {name} placeholders, a name being what lies between a '{' and the next '}'
// with no brace in between: exactly the spans fill()'s search for "{name}" finds.
TextTemplate text_template(const std::string& text) {
  TextTemplate t;
  t.source = text;
  std::size_t lit = 0, i = 0;
  while (i < text.size()) {
    if (text[i] != '{') {
      ++i;
      continue;
    }
    const std::size_t close = text.find_first_of("{}", i + 1);
    if (close == std::string::npos || text[close] == '{' || close == i + 1) {
      ++i;
      continue;
    }
    if (i > lit) t.parts.push_back({escaped(std::string_view(text).substr(lit, i - lit)), ""});
    t.parts.push_back({escaped(std::string_view(text).substr(i, close + 1 - i)), text.substr(i + 1, close - i - 1)});
    i = lit = close + 1;
  }
  if (text.size() > lit) t.parts.push_back({escaped(std::string_view(text).substr(lit)), ""});
  for (const auto& part : t.parts)
    if (part.name.empty() && part.escaped.find_first_of("{}") != std::string::npos) t.simple = false;
  return t;
}

void index_texts(RulesetData& r) {
  auto texts = r.meta().find("texts");
  if (texts == r.meta().end() || !texts->is_object()) return;
  for (auto it = texts->begin(); it != texts->end(); ++it) {
    if (!it->is_object()) continue;
    TraceText t;
    if (auto z = it->find("zh"); z != it->end() && z->is_string()) t.zh = text_template(std::string(z->str()));
    if (auto e = it->find("en"); e != it->end() && e->is_string()) t.en = text_template(std::string(e->str()));
    r.texts.emplace(std::string(it.key()), std::move(t));
  }
}

// The ruleset's header as the assessment writes it (json_edge.cpp serialize()).
void index_header(RulesetData& r) {
  const jr::Value meta = r.meta();
  r.title = str(meta, "title");
  r.status = str(meta, "status");
  auto meta_value = [&](JsonWriter& w, std::string_view key) {
    auto it = meta.find(key);
    if (it == meta.end()) return w.null();
    write_json(w, *it);
  };
  JsonWriter w(r.summary_json);
  w.begin_object();
  w.key("id").string(r.id);
  w.key("title").string(r.title);
  w.key("document_number").string(str(meta, "document_number"));
  w.key("status").string(r.status);
  w.key("effective_from");
  meta_value(w, "effective_from");
  w.key("effective_to");
  meta_value(w, "effective_to");
  w.end_object();
}

void index_local(RuleData& d) {
  const jr::Value local = d.local->root();
  if (!local.is_object()) return;
  for (auto it = local.begin(); it != local.end(); ++it) {
    if (!it->is_array()) continue;
    auto& list = d.local_values[std::string(it.key())];
    for (const jr::Value v : *it) {
      LocalValue l;
      if (auto x = v.find("value"); x != v.end()) l.value = *x;
      l.region = str(v, "region");
      if (v.find("insurance_year") != v.end()) {
        l.years = LocalValue::Years::exact;
        l.year = integer(v, "insurance_year");
      } else if (v.find("insurance_year_from") != v.end()) {
        l.years = LocalValue::Years::from;
        l.year = integer(v, "insurance_year_from");
        l.year_to = integer(v, "insurance_year_to");
      }
      l.window = window(v, "effective_from", "effective_to");
      if (auto g = v.find("group"); g != v.end() && g->is_string()) l.group = std::string(g->str());
      value_of(v, l.number, l.text);
      if (auto src = v.find("source"); src != v.end()) {
        l.document = str(*src, "document");
        l.grade = str(*src, "grade");
        l.citation = "source:" + l.document;
        l.note = l.document + " [" + l.grade + "]";
      }
      l.prefix = region_prefix(l.region).size();
      list.push_back(std::move(l));
    }
  }
}

void index_table(RuleData& d) {
  const jr::Value table = d.table->root();
  auto entries = table.find("entries");
  if (entries == table.end() || !entries->is_array()) return;
  for (const jr::Value e : *entries) {
    TableEntry t;
    t.region = str(e, "region");
    t.from = date_field(e, "from");
    t.to = date_field(e, "to");
    if (auto c = e.find("chain"); c != e.end() && c->is_array())
      for (const jr::Value id : *c) t.chain.push_back(std::string(id.str()));
    t.why = str(e, "why");
    t.prefix = region_prefix(t.region).size();
    d.entries.push_back(std::move(t));
  }
}

// params_by_name's order: by name.
bool row_before(const RuleData::ParamRow& row, std::string_view name) { return row.first < name; }

RuleData load() {
  RuleData d;
  d.rules_hash = data::kRulesHash;
  for (int i = 0; i < data::kBlobCount; ++i) {
    const std::string id = data::kBlobs[i].id;
    auto doc = parse(data::kBlobs[i].json);
    if (id == "local-params") {
      d.local = std::move(doc);
    } else if (id == "default-table") {
      d.table = std::move(doc);
    } else {
      RulesetData r;
      r.id = id;
      r.doc = std::move(doc);
      const jr::Value j = r.meta();
      r.effective_from = date_field(j, "effective_from");
      r.effective_to = date_field(j, "effective_to");
      if (auto p = j.find("parents"); p != j.end() && p->is_array())
        for (const jr::Value x : *p)
          if (x.is_string()) r.parents.push_back(std::string(x.str()));
      r.draft = str(j, "status") == "draft";
      index_params(r);
      index_texts(r);
      index_header(r);
      r.rules = decisions_for(id);
      d.rulesets.push_back(std::move(r));
    }
  }
  index_local(d);
  index_table(d);
  // Once every entry and ruleset is in place (the views point into them).
  for (auto& e : d.entries)
    for (const auto& id : e.chain) {
      const RulesetData* rs = d.find(id);
      e.chain_ids.push_back(rs ? std::string_view(rs->id) : std::string_view(id));
    }
  for (std::size_t i = 0; i < d.rulesets.size(); ++i)
    for (const auto& [name, values] : d.rulesets[i].params) {
      auto& rows = d.params_by_name;
      auto it = std::lower_bound(rows.begin(), rows.end(), std::string_view(name), row_before);
      if (it == rows.end() || it->first != name)
        it = rows.insert(it, {std::string_view(name), std::vector<const std::vector<TextParam>*>(d.rulesets.size())});
      it->second[i] = &values;
    }
  return d;
}
}  // namespace

const RuleData::ParamRow* RuleData::find_param(std::string_view name) const {
  const auto it = std::lower_bound(params_by_name.begin(), params_by_name.end(), name, row_before);
  return it != params_by_name.end() && it->first == name ? &*it : nullptr;
}

std::string_view region_prefix(std::string_view code) {
  while (code.size() >= 2 && code.substr(code.size() - 2) == "00") code.remove_suffix(2);
  return code;
}

const RulesetData* RuleData::find(std::string_view id) const {
  for (const auto& r : rulesets)
    if (r.id == id) return &r;
  return nullptr;
}

const RuleData& rule_data() {
  static const RuleData d = load();
  return d;
}

void write_json(JsonWriter& w, jr::Value v) {
  switch (v.type()) {
    case jr::Type::null: return w.null();
    case jr::Type::boolean: return w.boolean(v.boolean());
    case jr::Type::integer: return w.integer(v.int64());
    case jr::Type::unsigned_integer: return w.unsigned_integer(v.uint64());
    case jr::Type::floating: return w.number(v.number());
    case jr::Type::string: return w.string(v.str());
    case jr::Type::array:
      w.begin_array();
      for (const jr::Value x : v) write_json(w, x);
      return w.end_array();
    case jr::Type::object:
      w.begin_object();
      for (auto it = v.begin(); it != v.end(); ++it) write_json(w.key(it.key()), *it);
      return w.end_object();
  }
}

}  // namespace canbao
