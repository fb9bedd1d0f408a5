// The table of interned citations (Cite::intern, model/assessment.hpp).
#include "assessment.hpp"

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

}  // namespace canbao
