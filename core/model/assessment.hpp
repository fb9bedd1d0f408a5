// The assessment: canbao's answer (contract §Assessment). Each section records the
// citations it rests on; the trace says each decision in Chinese and English.
#pragma once
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "case.hpp"

namespace canbao {

// A placeholder's name: a string literal (the names are fixed words of the texts), held as a
// view. Only a literal converts to it, so a name can never point into a temporary string.
class VarName {
 public:
  template <std::size_t N>
  constexpr VarName(const char (&name)[N]) : s_(name, N - 1) {}  // NOLINT: implicit from a literal
  constexpr operator std::string_view() const { return s_; }      // NOLINT
  constexpr std::string_view view() const { return s_; }

 private:
  std::string_view s_;
};

// A citation "RULESET/art-N[/CLAUSE]" or a text key ("...#variant"), held as a view of storage
// that lives as long as the process: a string literal, or the one copy of a string interned
// by Cite::intern / Cite::join (a table that only grows; the rulesets cite a few hundred
// distinct keys). Copying a Cite copies a view; only a literal or the table makes one, so it can
// never point into a temporary string.
class Cite {
 public:
  constexpr Cite() = default;
  template <std::size_t N>
  constexpr Cite(const char (&s)[N]) : s_(s, N - 1) {}  // NOLINT: implicit from a literal
  constexpr operator std::string_view() const { return s_; }  // NOLINT
  constexpr std::string_view view() const { return s_; }
  constexpr bool empty() const { return s_.empty(); }
  constexpr std::size_t size() const { return s_.size(); }
  // The part before the first `c` (the whole when none): a view of the same storage.
  constexpr Cite before(char c) const { return Cite(s_.substr(0, s_.find(c)), 0); }
  // The interned copy of `s` (thread-safe).
  static Cite intern(std::string_view s);
  // The interned copy of a + b + c, built without a heap string when short.
  static Cite join(std::string_view a, std::string_view b, std::string_view c = {});
  // The same for parts that are already Cites (static storage): remembered per thread by the
  // parts' addresses, so a ruleset citing the same literal again does not hash it again.
  static Cite concat(Cite a, Cite b, Cite c = {});
  friend constexpr bool operator==(Cite a, Cite b) { return a.s_ == b.s_; }
  friend constexpr bool operator==(Cite a, std::string_view b) { return a.s_ == b; }

 private:
  explicit constexpr Cite(std::string_view s, int) : s_(s) {}
  std::string_view s_;
};

// A fixed word of the answer (a section's outcome): a view of a string literal, or of one of
// two literals chosen by `?:`. Never made from a std::string.
class Word {
 public:
  constexpr Word(const char* s) : s_(s) {}  // NOLINT: implicit from a literal
  Word(const std::string&) = delete;
  constexpr operator std::string_view() const { return s_; }  // NOLINT
  constexpr std::string_view view() const { return s_; }
  friend constexpr bool operator==(Word a, std::string_view b) { return a.s_ == b; }

 private:
  std::string_view s_;
};

// A placeholder's value as a rule gives it: a whole number or a date (written out only when the
// answer is serialised), a fixed word (a string literal, a Cite or a Word: held as a view), or
// text (a view of a string argument, copied by the Vars that takes it).
class VarValue {
 public:
  enum class Kind : unsigned char { number, date, word, text };
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                             !std::is_same_v<T, char>, int> = 0>
  constexpr VarValue(T n) : kind_(Kind::number), n_(static_cast<long long>(n)) {}  // NOLINT
  constexpr VarValue(const Date& d) : kind_(Kind::date), d_(d) {}                  // NOLINT
  template <std::size_t N>
  constexpr VarValue(const char (&s)[N]) : kind_(Kind::word), s_(s, N - 1) {}      // NOLINT
  constexpr VarValue(Cite c) : kind_(Kind::word), s_(c.view()) {}                  // NOLINT
  constexpr VarValue(Word w) : kind_(Kind::word), s_(w.view()) {}                  // NOLINT
  constexpr VarValue(std::string_view s) : kind_(Kind::text), s_(s) {}             // NOLINT
  VarValue(const std::string& s) : kind_(Kind::text), s_(s) {}                     // NOLINT

 private:
  friend class Vars;
  Kind kind_;
  long long n_ = 0;
  Date d_;
  std::string_view s_;
};

// The placeholders of one explanation, {name} -> value, in name order (the order std::map kept,
// which filling the text follows). Up to kInline entries are held in place (no allocation); the
// texts it copies share one string. Initialised from a list, a repeated name keeps its first
// value (as std::map's list constructor); set() replaces a value.
class Vars {
 public:
  static constexpr std::uint32_t kInline = 8;
  // One placeholder. A number or a date is formatted by text(); a word is a view of static
  // storage; a text is `len` bytes at `at` of the Vars' own copy.
  struct Entry {
    const char* name_p;
    std::uint32_t name_n;
    VarValue::Kind kind;
    std::uint32_t len;
    struct Ymd {
      int y, m, d;
    };
    union {
      long long n;
      Ymd date;
      const char* word;
      std::uint32_t at;
    };
    std::string_view name() const { return {name_p, name_n}; }
    // A number or a date: ASCII digits and '-', never a brace.
    bool formatted() const { return kind == VarValue::Kind::number || kind == VarValue::Kind::date; }
  };
  struct Init {
    VarName name;
    VarValue value;
  };
  using Buffer = char[24];  // room for a formatted number or date

  Vars() {}  // NOLINT: the in-place entries stay uninitialised
  Vars(std::initializer_list<Init> init);
  Vars(const Vars& o) : text_(o.text_) { copy_entries(o); }
  Vars(Vars&& o) noexcept : text_(std::move(o.text_)) { take_entries(o); }
  Vars& operator=(const Vars& o) {
    if (this != &o) {
      text_ = o.text_;
      copy_entries(o);
    }
    return *this;
  }
  Vars& operator=(Vars&& o) noexcept {
    if (this != &o) {
      text_ = std::move(o.text_);
      take_entries(o);
    }
    return *this;
  }
  ~Vars() = default;

  // Sets `name` to `v` (added in name order, or replacing its value).
  void set(VarName name, const VarValue& v) { put(name, v, true); }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const Entry* begin() const { return data(); }
  const Entry* end() const { return data() + size_; }
  // The text of an entry as the answer writes it: a view of the entry's word, of this Vars' copy,
  // or of `buf` (a number or a date).
  std::string_view text(const Entry& e, Buffer& buf) const;

 private:
  Entry* data() { return heap_ ? heap_.get() : inline_; }
  const Entry* data() const { return heap_ ? heap_.get() : inline_; }
  void put(VarName name, const VarValue& v, bool replace);
  void copy_entries(const Vars& o);
  void take_entries(Vars& o);

  std::uint32_t size_ = 0, cap_ = kInline;
  std::unique_ptr<Entry[]> heap_;  // the entries, once there are more than kInline
  std::string text_;               // the copied texts, one after another
  Entry inline_[kInline];
};

// One decision, named by its citation "RULESET/art-N[/CLAUSE]". `text` picks the
// explanation in the ruleset's data (the clause itself, or "clause#variant"); empty: the
// citation's own text. `vars` fill {placeholders} in it.
struct TraceItem {
  Cite rule;
  Cite text;
  Vars vars;
  std::string_view text_key() const { return text.empty() ? rule : text; }
};

struct Warning {
  std::string code;
  std::string message;  // English, for developers and the trace
};

// A section's trace. Its basis (the distinct citations, in the order first cited) follows
// from the trace and is written out from it (json_edge.cpp).
struct Notes {
  std::vector<TraceItem> trace;
  void cite(Cite rule, Cite text_key = {}) { add(rule, text_key); }
  void cite(Cite rule, Cite text_key, const Vars& vars) { add(rule, text_key).vars = vars; }
  void cite(Cite rule, Cite text_key, Vars&& vars) { add(rule, text_key).vars = std::move(vars); }

 private:
  TraceItem& add(Cite rule, Cite text_key) {
    if (trace.capacity() == 0) trace.reserve(2);  // most sections cite two or more: one allocation, not two
    TraceItem& t = trace.emplace_back();
    t.rule = rule;
    t.text = text_key == rule ? Cite() : text_key;
    return t;
  }
};

struct Registration {
  Word outcome = "not_applicable";          // allowed | allowed_after_steps | refused | not_applicable
  std::vector<std::string> steps_before;
  std::vector<std::string> effects_after;
  std::optional<std::string> reason;
  Notes notes;
};

struct WaitingPeriod {
  Word outcome = "not_applicable";          // none | applies | local_rules | not_applicable
  std::optional<std::string> exemption;
  std::optional<int> fixed_months, variable_months, total_months;
  std::optional<int> fixed_days, variable_days, total_days;  // day-based regimes (jilin-2022)
  std::optional<int> broken_years;
  std::optional<Date> benefit_start;
  std::optional<Date> counted_from;  // the day the waiting period is counted from
  std::optional<std::string> day_convention;
  bool in_centralized_period = false;
  Notes notes;
};

struct RepairOption {
  int years = 0;
  std::optional<int> total_months;
  std::optional<int> total_days;
  std::optional<Fen> cost;
  std::optional<Date> benefit_start;
};

struct Repair {
  Word outcome = "not_applicable";          // available | not_needed | at_floor | not_applicable
  std::optional<Fen> unit_cost;
  std::optional<int> max_useful_years;
  std::optional<int> floor_months;
  std::optional<int> floor_days;
  std::vector<RepairOption> options;
  Notes notes;
};

struct Refund {
  Word outcome = "not_applicable";          // eligible | not_eligible | local_rules | not_applicable
  std::optional<std::string> reason;
  std::optional<int> record;
  std::optional<Fen> amount;
  std::vector<FeeMonth> months;
  bool by_month = false;
  std::vector<std::string> conditions;
  Notes notes;
};

// Extension sections (employee scheme and record history). Each has an outcome and a basis.
struct ContinuitySection {
  Word outcome = "not_applicable";          // computed | not_applicable
  std::optional<int> months;               // the unbroken run ending at `last_month`
  std::optional<FeeMonth> last_month;
  std::optional<int> gap_months;           // uncovered months between last_month and the date's month
  std::optional<std::string> last_scheme;
  std::optional<int> employee_months, resident_months;  // in the run, each month counted once
  std::optional<bool> bridge_eligible;     // 24 months and a gap of at most 3 (where a text sets the bridge)
  Notes notes;
};

struct EmployeeGap {
  Word outcome = "not_applicable";          // no_gap | within_limit | beyond_limit | local_rules | not_applicable
  std::optional<int> gap_months;
  std::optional<FeeMonth> last_paid_month;
  std::vector<FeeMonth> gap;               // the unpaid fee months
  std::optional<bool> back_pay_allowed;
  std::optional<bool> gap_benefits_restored;
  std::optional<Fen> back_pay_cost;
  std::optional<Fen> late_fee;
  std::optional<Date> benefits_restart;
  Notes notes;
};

struct RetirementSection {
  Word outcome = "not_applicable";          // meets | shortfall | local_rules | not_applicable
  std::optional<int> required_years;
  std::optional<int> cumulative_months;
  std::optional<int> shortfall_months;
  std::optional<Fen> one_time_cost;
  std::vector<std::string> alternatives;
  std::optional<Date> benefits_start;      // after a one-time payment made on the case date
  std::vector<std::string> refund_limits;
  Notes notes;
};

struct DuplicateFound {
  Word kind = "";    // employee_same_month | resident_same_year | cross_system
  std::vector<int> records;
  std::vector<std::string> periods;  // fee months or years
  std::string keep_rule;             // the relationship this duplicate keeps (as the section's keep_rule)
  std::optional<int> keep;           // the record kept, where the rule and the case decide it
};

struct DuplicatesSection {
  Word outcome = "not_applicable";          // none | found | not_applicable
  std::vector<DuplicateFound> found;
  std::optional<int> keep;                 // the record kept, where the rule decides it
  std::optional<std::string> keep_rule;    // employment_place | residence | school | employee_scheme | person_chooses
  std::vector<Cite> refund_rules;          // citations of the refund that follows
  Notes notes;
};

struct Incentives {
  Word outcome = "not_applicable";          // computed | not_applicable
  std::optional<int> continuous_years;
  std::optional<bool> zero_claim_last_year;
  std::optional<int> continuity_steps, zero_claim_steps, steps;
  std::optional<Fen> amount;               // where a sourced amount per step exists
  std::optional<Fen> cap;
  Notes notes;
};

// The resolved chain. The ids and the reason are views into the rule data, which lives as long
// as the process (core/engine/data.hpp): copying a ChainInfo copies no strings.
struct ChainInfo {
  std::string_view id;
  std::vector<std::string_view> chain;
  std::string_view why;  // "explicit" | the default table's reason
};

struct Assessment {
  ChainInfo chain;
  Registration registration;
  WaitingPeriod waiting;
  Repair repair;
  Refund refund;
  ContinuitySection continuity;
  EmployeeGap employee_gap;
  RetirementSection retirement;
  DuplicatesSection duplicates;
  Incentives incentives;
  std::vector<Warning> warnings;
};

}  // namespace canbao
