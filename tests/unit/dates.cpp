// Date arithmetic the waiting periods rest on: adding months, month ends, leap years,
// 90-day windows, the two day conventions.
#include <catch2/catch.hpp>

#include <climits>
#include <cstdio>

#include "model/date.hpp"
#include "rulesets/ruleset.hpp"

using namespace canbao;

static Date D(const char* s) { return *parse_date(s); }

TEST_CASE("date: parse accepts calendar dates only", "[date]") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2023-02-29").has_value());
  CHECK_FALSE(parse_date("2024-13-01").has_value());
  CHECK_FALSE(parse_date("2024-04-31").has_value());
  CHECK_FALSE(parse_date("2024-4-1").has_value());
  CHECK_FALSE(parse_date("2024-04-01T").has_value());
  CHECK_FALSE(parse_date("abcd-ef-gh").has_value());
  CHECK(format_date(D("2026-03-01")) == "2026-03-01");
}

TEST_CASE("date: parse_date_in answers as parse_date of the joined text", "[date]") {
  for (int y : {-5, 0, 999, 1000, 2023, 2024, 9999, 10000})
    for (const char* md : {"02-29", "12-31", "1-31", "01-310", "13-01", "01-00", "ab-cd", "", "-12-31"}) {
      INFO(y << " " << md);
      CHECK(parse_date_in(y, md) == parse_date(std::to_string(y) + "-" + md));
    }
  CHECK(parse_date_in(2024, "02-29") == Date{2024, 2, 29});
}

TEST_CASE("date: leap years follow the Gregorian rule", "[date]") {
  CHECK(is_leap(2024));
  CHECK_FALSE(is_leap(2023));
  CHECK_FALSE(is_leap(2100));
  CHECK(is_leap(2000));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2025, 2) == 28);
}

TEST_CASE("date: adding months keeps the day or clamps to the month end", "[date]") {
  CHECK(add_months(D("2025-01-02"), 3) == D("2025-04-02"));   // policy-facts W1
  CHECK(add_months(D("2026-03-01"), 3) == D("2026-06-01"));   // policy-facts G1 window end
  CHECK(add_months(D("2024-01-31"), 1) == D("2024-02-29"));
  CHECK(add_months(D("2023-01-31"), 1) == D("2023-02-28"));
  CHECK(add_months(D("2025-11-30"), 3) == D("2026-02-28"));
  CHECK(add_months(D("2025-12-15"), 1) == D("2026-01-15"));
  CHECK(add_months(D("2026-01-01"), -1) == D("2025-12-01"));
  CHECK(add_months(D("2024-08-31"), 6) == D("2025-02-28"));
}

TEST_CASE("date: day counts cross month, year and leap-day boundaries", "[date]") {
  CHECK(days_between(D("2025-03-01"), D("2025-05-01")) == 61);   // policy-facts §2.5 Jilin newborn: within 90
  CHECK(days_between(D("2024-02-28"), D("2024-03-01")) == 2);
  CHECK(days_between(D("2025-12-31"), D("2026-01-01")) == 1);
  CHECK(add_days(D("2025-01-01"), 90) == D("2025-04-01"));
  CHECK(add_days(D("2024-01-01"), 90) == D("2024-03-31"));       // leap year
  CHECK(from_days(to_days(D("1970-01-01"))) == D("1970-01-01"));
  CHECK(to_days(D("1970-01-01")) == 0);
  for (int i = -40000; i < 80000; i += 97) CHECK(to_days(from_days(i)) == i);
}

TEST_CASE("date: the 90-day newborn window ends on day 90 after birth", "[date]") {
  const Date born = D("2025-01-01");
  CHECK(days_between(born, D("2025-04-01")) == 90);  // the last day inside the window
  CHECK(days_between(born, D("2025-04-02")) == 91);  // the first day outside
}

TEST_CASE("date: the two day conventions (policy-facts §2.3: Wuzhou same day, Guangzhou next day)", "[date]") {
  CHECK(clause::months_after(D("2025-01-02"), 3, DayConvention::same_day) == D("2025-04-02"));
  CHECK(clause::months_after(D("2026-03-01"), 3, DayConvention::next_day) == D("2026-06-02"));
}

TEST_CASE("date: fee months", "[date]") {
  CHECK(parse_fee_month("2026-03") == fee_month(2026, 3));
  CHECK_FALSE(parse_fee_month("2026-13").has_value());
  CHECK_FALSE(parse_fee_month("2026-3").has_value());
  CHECK(format_fee_month(fee_month(2026, 12) + 1) == "2027-01");
  CHECK(first_day(fee_month(2026, 2)) == D("2026-02-01"));
}

TEST_CASE("date: dates outside 0000..9999 are written as printf's %04d-%02d-%02d writes them", "[date]") {
  auto printf_date = [](int y, int m, int d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  };
  for (int y : {0, 7, 999, 9999, 10000, 123456, -1, -45, -2026, INT_MAX, INT_MIN})
    for (int m : {1, 12, 100, -3})
      CHECK(format_date(Date{y, m, 5}) == printf_date(y, m, 5));
  CHECK(format_fee_month(fee_month(10000, 1)) == "10000-01");
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", fee_month_year(-30), fee_month_month(-30));
  CHECK(format_fee_month(-30) == buf);
}
