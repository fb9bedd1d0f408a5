// Civil dates, fee months and the day arithmetic the regulations use.
// Pure value types: no I/O, no time zone, no clock. Every date in canbao is named
// for what it is (payment date, benefit start, fee month) where it is used.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace canbao {

// A proleptic Gregorian calendar date.
struct Date {
  int y = 1970;
  int m = 1;  // 1..12
  int d = 1;  // 1..days_in_month

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap(int year);
int days_in_month(int year, int month);

// Days since 1970-01-01 (negative before); exact inverse of from_days.
std::int64_t to_days(const Date& date);
Date from_days(std::int64_t days);

Date add_days(const Date& date, std::int64_t n);
// Calendar months: the same day number n months later, clamped to the month's
// last day (2024-01-31 + 1 month = 2024-02-29; 2023-01-31 + 1 month = 2023-02-28).
Date add_months(const Date& date, int n);
std::int64_t days_between(const Date& from, const Date& to);  // to - from

// "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view s);
// parse_date(std::to_string(year) + "-" + month_day) ("MM-DD" of a text), without the string.
std::optional<Date> parse_date_in(int year, std::string_view month_day);
std::string format_date(const Date& date);

// A fee month (费款所属期) as a serial number: year * 12 + (month - 1).
using FeeMonth = int;
inline FeeMonth fee_month(int year, int month) { return year * 12 + (month - 1); }
inline FeeMonth fee_month_of(const Date& d) { return fee_month(d.y, d.m); }
inline int fee_month_year(FeeMonth fm) { return fm / 12; }
inline int fee_month_month(FeeMonth fm) { return fm % 12 + 1; }
std::optional<FeeMonth> parse_fee_month(std::string_view s);  // "YYYY-MM"
std::string format_fee_month(FeeMonth fm);
inline Date first_day(FeeMonth fm) { return Date{fee_month_year(fm), fee_month_month(fm), 1}; }

}  // namespace canbao
