// Summary statistics shared by the native harnesses. Percentiles are nearest-rank
// (p99 = the sample at rank ceil(0.99 n)), the same definition as bench/js/stats.mjs.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

namespace bench {

struct Summary {
  std::size_t n = 0;
  double min = 0, median = 0, p99 = 0, mean = 0;
};

inline double rank(const std::vector<double>& sorted, double q) {
  const auto k = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size() - 1, k == 0 ? 0 : k - 1)];
}

inline Summary summarize(std::vector<double> v) {
  Summary s;
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  s.n = v.size();
  s.min = v.front();
  s.median = rank(v, 0.5);
  s.p99 = rank(v, 0.99);
  s.mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
  return s;
}

// {"n":…,"min":…,"median":…,"p99":…,"mean":…} in microseconds.
inline std::string to_json(const Summary& s) {
  char buf[192];
  std::snprintf(buf, sizeof buf, R"({"n":%zu,"min":%.3f,"median":%.3f,"p99":%.3f,"mean":%.3f})", s.n, s.min, s.median,
                s.p99, s.mean);
  return buf;
}

}  // namespace bench
