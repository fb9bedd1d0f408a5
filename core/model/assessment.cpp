// The table of interned citations (Cite::intern, model/assessment.hpp).
#include "assessment.hpp"

#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <unordered_set>

namespace canbao {
namespace {
struct Interned {
  std::mutex mu;
  std::deque<std::string> store;               // a deque never moves its elements
  std::unordered_set<std::string_view> index;  // views of `store`
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
  auto it = t.index.find(s);
  if (it != t.index.end()) return Cite(*it, 0);
  const std::string& kept = t.store.emplace_back(s);
  t.index.insert(std::string_view(kept));
  return Cite(std::string_view(kept), 0);
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
  // A direct-mapped cache: the key is the three views (address and length), which name fixed
  // bytes since every Cite is a literal or interned.
  struct Slot {
    const char *a, *b, *c;
    std::size_t na, nb, nc;
    Cite out;
  };
  constexpr int kBits = 10;
  thread_local Slot slots[1 << kBits] = {};
  const auto addr = [](Cite x) { return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(x.s_.data())); };
  const std::uint64_t h = (addr(a) * 0x9E3779B97F4A7C15ull) ^ (addr(b) * 0xC2B2AE3D27D4EB4Full) ^
                          ((addr(c) + a.size() + c.size()) * 0x165667B19E3779F9ull);
  Slot& s = slots[(h ^ (h >> 29)) >> (64 - kBits)];
  if (s.out.s_.data() && s.a == a.s_.data() && s.b == b.s_.data() && s.c == c.s_.data() && s.na == a.size() &&
      s.nb == b.size() && s.nc == c.size())
    return s.out;
  const Cite out = join(a, b, c);
  s = Slot{a.s_.data(), b.s_.data(), c.s_.data(), a.size(), b.size(), c.size(), out};
  return out;
}

}  // namespace canbao
