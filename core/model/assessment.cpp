// The table of interned citations (Cite::intern, model/assessment.hpp) and the placeholder
// values of a trace item (Vars).
#include "assessment.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <set>

namespace canbao {
namespace {
struct Interned {
  std::mutex mu;
  std::set<std::string, std::less<>> store;  // a set never moves its elements
};
Interned& table() {
  static Interned* t = new Interned();  // never destroyed: views may be used until exit
  return *t;
}
}  // namespace

Cite Cite::intern(std::string_view s) {
  if (s.empty()) return Cite();
  Interned& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.store.find(s);
  if (it == t.store.end()) it = t.store.emplace(s).first;
  return Cite(std::string_view(*it), 0);
}

Cite Cite::join(std::string_view a, std::string_view b, std::string_view c) {
  char buf[128];
  const std::size_t n = a.size() + b.size() + c.size();
  if (n > sizeof buf) return intern(std::string(a) + std::string(b) + std::string(c));
  char* p = buf;
  for (std::string_view part : {a, b, c}) {
    if (!part.empty()) std::memcpy(p, part.data(), part.size());
    p += part.size();
  }
  return intern(std::string_view(buf, n));
}

Cite Cite::concat(Cite a, Cite b, Cite c) {
  // A two-way set-associative cache: the key is the three views (address and length), which
  // name fixed bytes since every Cite is a literal or interned. A hit in the second way swaps
  // the two, so the way tried first holds the latest.
  struct Slot {
    const char *a, *b, *c;
    std::size_t na, nb, nc;
    Cite out;
    bool is(Cite x, Cite y, Cite z) const {
      return out.s_.data() && a == x.s_.data() && b == y.s_.data() && c == z.s_.data() && na == x.size() &&
             nb == y.size() && nc == z.size();
    }
  };
  constexpr int kBits = 9;
  thread_local Slot sets[1 << kBits][2] = {};
  const auto addr = [](Cite x) { return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(x.s_.data())); };
  const std::uint64_t h = (addr(a) * 0x9E3779B97F4A7C15ull) ^ (addr(b) * 0xC2B2AE3D27D4EB4Full) ^
                          ((addr(c) + a.size() + c.size()) * 0x165667B19E3779F9ull);
  Slot* set = sets[(h ^ (h >> 29)) >> (64 - kBits)];
  if (set[0].is(a, b, c)) return set[0].out;
  if (set[1].is(a, b, c)) {
    std::swap(set[0], set[1]);
    return set[0].out;
  }
  const Cite out = join(a, b, c);
  set[1] = set[0];
  set[0] = Slot{a.s_.data(), b.s_.data(), c.s_.data(), a.size(), b.size(), c.size(), out};
  return out;
}


Vars::Vars(std::initializer_list<Init> init) {
  for (const auto& e : init) put(e.name, e.value, false);
}

void Vars::copy_entries(const Vars& o) {
  if (o.size_ > cap_) {
    heap_.reset(new Entry[o.cap_]);
    cap_ = o.cap_;
  }
  if (o.size_) std::memcpy(data(), o.data(), o.size_ * sizeof(Entry));
  size_ = o.size_;
}

void Vars::take_entries(Vars& o) {
  if (o.heap_) {
    heap_ = std::move(o.heap_);
    cap_ = o.cap_;
  } else {
    heap_.reset();
    cap_ = kInline;
    if (o.size_) std::memcpy(inline_, o.inline_, o.size_ * sizeof(Entry));
  }
  size_ = o.size_;
  o.size_ = 0;
  o.cap_ = kInline;
}

void Vars::put(VarName name, const VarValue& v, bool replace) {
  const std::string_view n = name.view();
  Entry* d = data();
  std::uint32_t i = 0;
  while (i < size_ && d[i].name() < n) ++i;
  if (i < size_ && d[i].name() == n) {
    if (!replace) return;
  } else {
    if (size_ == cap_) {
      std::unique_ptr<Entry[]> more(new Entry[cap_ * 2]);
      std::memcpy(more.get(), d, size_ * sizeof(Entry));
      heap_ = std::move(more);
      cap_ *= 2;
      d = heap_.get();
    }
    std::memmove(d + i + 1, d + i, (size_ - i) * sizeof(Entry));
    ++size_;
    d[i].name_p = n.data();
    d[i].name_n = static_cast<std::uint32_t>(n.size());
  }
  Entry& e = d[i];
  e.kind = v.kind_;
  switch (v.kind_) {
    case VarValue::Kind::number:
      e.n = v.n_;
      break;
    case VarValue::Kind::date:
      e.date = {v.d_.y, v.d_.m, v.d_.d};
      break;
    case VarValue::Kind::word:
      e.word = v.s_.data();
      e.len = static_cast<std::uint32_t>(v.s_.size());
      break;
    case VarValue::Kind::text:
      e.at = static_cast<std::uint32_t>(text_.size());
      e.len = static_cast<std::uint32_t>(v.s_.size());
      text_.append(v.s_);
      break;
  }
}

std::string_view Vars::text(const Entry& e, Buffer& buf) const {
  switch (e.kind) {
    case VarValue::Kind::number:
      return std::string_view(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, e.n).ptr - buf));
    case VarValue::Kind::date: {
      const std::string s = format_date(Date{e.date.y, e.date.m, e.date.d});  // at most 15 chars: no allocation
      const std::size_t n = std::min(s.size(), sizeof buf);
      std::memcpy(buf, s.data(), n);
      return std::string_view(buf, n);
    }
    case VarValue::Kind::word:
      return std::string_view(e.word, e.len);
    case VarValue::Kind::text:
      break;
  }
  return std::string_view(text_).substr(e.at, e.len);
}

}  // namespace canbao
