// Input limits (contract §Errors `input_too_large`). A public calculator meets every kind
// of input; these bound the work one case can ask for. Documented in docs/security.md.
#pragma once
#include <cstddef>

namespace canbao::limits {
inline constexpr std::size_t kMaxInputBytes = 64 * 1024;  // one case
inline constexpr int kMaxDepth = 8;                       // object/array nesting
inline constexpr std::size_t kMaxRecords = 32;            // enrollment records
inline constexpr std::size_t kMaxYearsPerRecord = 120;    // resident years / coverage years
inline constexpr std::size_t kMaxMonthsPerRecord = 1200;  // employee fee months (100 years)
inline constexpr int kMinYear = 1950;                     // dates and years accepted
inline constexpr int kMinBirthYear = 1900;                // birth dates reach further back
inline constexpr int kMaxYear = 2100;
inline constexpr double kMaxYuan = 10000000.0;            // any single amount
inline constexpr int kMaxRequiredYears = 60;              // params.retirement_required_years
}  // namespace canbao::limits
