// A stable insertion sort for the short lists the rules order (a case has at most
// limits::kMaxRecords records): the same order as std::stable_sort, and a few hundred bytes of
// code where std::sort's and std::stable_sort's instantiations were kilobytes of the .wasm
// (issue 7).
#pragma once
#include <functional>
#include <iterator>
#include <utility>

namespace canbao {

template <class It, class Less = std::less<>>
void small_sort(It first, It last, Less less = {}) {
  if (first == last) return;
  for (It i = std::next(first); i != last; ++i) {
    auto v = std::move(*i);
    It j = i;
    for (; j != first && less(v, *std::prev(j)); --j) *j = std::move(*std::prev(j));
    *j = std::move(v);
  }
}

}  // namespace canbao
