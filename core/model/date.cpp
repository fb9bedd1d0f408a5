#include "date.hpp"

#include <charconv>

namespace canbao {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && is_leap(y)) return 29;
  return kDays[(m - 1) % 12];
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int64_t to_days(const Date& dt) {
  const std::int64_t y = dt.y - (dt.m <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (dt.m + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + dt.d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Date{y, m, d};
}

Date add_days(const Date& date, std::int64_t n) { return from_days(to_days(date) + n); }

Date add_months(const Date& date, int n) {
  const int serial = date.y * 12 + (date.m - 1) + n;
  const int y = serial >= 0 ? serial / 12 : (serial - 11) / 12;
  const int m = serial - y * 12 + 1;
  const int last = days_in_month(y, m);
  return Date{y, m, date.d > last ? last : date.d};
}

std::int64_t days_between(const Date& from, const Date& to) { return to_days(to) - to_days(from); }

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

std::optional<Date> parse_date_in(int year, std::string_view month_day) {
  // Only a four-digit year and five characters join to the ten parse_date accepts with a '-'
  // after the year; any other joined text fails there too.
  if (year < 1000 || year > 9999 || month_day.size() != 5) return std::nullopt;
  char s[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10), '-'};
  for (std::size_t i = 0; i < 5; ++i) s[5 + i] = month_day[i];
  return parse_date(std::string_view(s, sizeof s));
}

namespace {
// "YYYY", "-MM", "-DD" for years 0..9999 (snprintf's "%04d-%02d-%02d" without its cost).
char* put_digits(char* p, int v, int n) {
  for (int i = n - 1; i >= 0; --i, v /= 10) p[i] = static_cast<char>('0' + v % 10);
  return p + n;
}

// printf's "%0Nd" for any int: at least n characters, zeros after the sign. Without snprintf,
// which would link printf's whole formatter (and its long-double float code) into the .wasm.
void put_padded(std::string& out, int v, int n) {
  char buf[16];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  std::string_view digits(buf, static_cast<std::size_t>(end - buf));
  if (v < 0) {
    out += '-';
    digits.remove_prefix(1);
    --n;
  }
  for (int i = static_cast<int>(digits.size()); i < n; ++i) out += '0';
  out += digits;
}
}  // namespace

std::string format_date(const Date& dt) {
  if (dt.y >= 0 && dt.y <= 9999 && dt.m >= 0 && dt.m <= 99 && dt.d >= 0 && dt.d <= 99) {
    char buf[10];
    char* p = put_digits(buf, dt.y, 4);
    *p++ = '-';
    p = put_digits(p, dt.m, 2);
    *p++ = '-';
    put_digits(p, dt.d, 2);
    return std::string(buf, sizeof buf);
  }
  std::string out;
  put_padded(out, dt.y, 4);
  out += '-';
  put_padded(out, dt.m, 2);
  out += '-';
  put_padded(out, dt.d, 2);
  return out;
}

std::optional<FeeMonth> parse_fee_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  int y = 0, m = 0;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || m < 1 || m > 12) return std::nullopt;
  return fee_month(y, m);
}

std::string format_fee_month(FeeMonth fm) {
  if (fm >= 0 && fee_month_year(fm) <= 9999) {
    char buf[7];
    char* p = put_digits(buf, fee_month_year(fm), 4);
    *p++ = '-';
    put_digits(p, fee_month_month(fm), 2);
    return std::string(buf, sizeof buf);
  }
  std::string out;
  put_padded(out, fee_month_year(fm), 4);
  out += '-';
  put_padded(out, fee_month_month(fm), 2);
  return out;
}

}  // namespace canbao
