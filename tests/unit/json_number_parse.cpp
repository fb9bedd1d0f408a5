// The case reader reads doubles with its own parser (parse_double, core/engine/json_number.cpp),
// not strtod, but must read every number token as the native build's strtod did: glibc's strtod
// (correctly rounded, ties to even) is the oracle here, compared bit for bit, over hand-picked
// edges, exact ties between adjacent doubles written out in full (a small big-integer routine
// below makes them), the same tokens a unit above and below, long digit tails, and millions of
// random tokens. Not musl's: musl's strtod (emscripten 3.1.6, the wasm build's before) reads a
// negative token just above a tie among the smallest subnormals toward zero, e.g. the tie between
// 0 and the smallest subnormal (2^-1075) plus a little, negated, as +0 where glibc and
// parse_double read -4.9406564584124654e-324; built with em++, these tests fail on those only.
#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "engine/json_reader.hpp"

namespace {

std::uint64_t bits_of(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

double from_bits(std::uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

double ours(const std::string& s) { return canbao::parse_double(s.data(), s.data() + s.size()); }
double theirs(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and nothing else: parse_double's precondition.
bool json_number(const std::string& s) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0')
    ++i;
  else if (i >= s.size() || s[i] < '1' || s[i] > '9' || !digits())
    return false;
  if (i < s.size() && s[i] == '.' && (++i, !digits())) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

// Counts tokens read differently from strtod (and tokens outside the grammar); shows a few.
struct Mismatches {
  long checked = 0;
  int count = 0;
  int not_json = 0;
  std::string shown;
  void check(const std::string& s) {
    ++checked;
    const auto head = [&s] {
      return std::to_string(s.size()) + " chars: " + s.substr(0, 120) + (s.size() > 120 ? "...\n" : "\n");
    };
    if (!json_number(s)) {
      if (++not_json <= 3) shown += "not a JSON number, " + head();
      return;
    }
    const double a = ours(s), b = theirs(s);
    if (bits_of(a) == bits_of(b)) return;
    if (++count <= 5) {
      char buf[100];
      std::snprintf(buf, sizeof buf, "ours %.17g (%016llx) strtod %.17g (%016llx) for ", a,
                    static_cast<unsigned long long>(bits_of(a)), b, static_cast<unsigned long long>(bits_of(b)));
      shown += buf + head();
    }
  }
  void require_none() const {
    INFO(checked << " tokens\n" << shown);
    CHECK(not_json == 0);
    CHECK(count == 0);
  }
};

// An exact decimal: the value is digits * 10^exp10, digits without leading or trailing zeros.
struct Exact {
  std::string digits;
  int exp10 = 0;
};

// odd * 2^exp2 exactly, with base-10^9 limbs.
Exact exact(std::uint64_t m, int exp2) {
  std::vector<std::uint32_t> limbs;  // least significant first
  for (; m > 0; m /= 1000000000) limbs.push_back(static_cast<std::uint32_t>(m % 1000000000));
  const auto mul = [&](std::uint32_t f) {
    std::uint64_t carry = 0;
    for (auto& l : limbs) {
      const std::uint64_t x = std::uint64_t{l} * f + carry;
      l = static_cast<std::uint32_t>(x % 1000000000);
      carry = x / 1000000000;
    }
    for (; carry > 0; carry /= 1000000000) limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000));
  };
  Exact e;
  if (exp2 >= 0) {  // times 2^exp2
    for (int k = exp2; k > 0; k -= 31) mul(std::uint32_t{1} << (k < 31 ? k : 31));
  } else {  // times 5^-exp2 / 10^-exp2
    for (int k = -exp2; k > 0; k -= 13) {
      std::uint32_t f = 1;
      for (int j = 0; j < (k < 13 ? k : 13); ++j) f *= 5;
      mul(f);
    }
    e.exp10 = exp2;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%u", limbs.back());
  e.digits = buf;
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    e.digits += buf;
  }
  while (e.digits.size() > 1 && e.digits.back() == '0') {
    e.digits.pop_back();
    ++e.exp10;
  }
  return e;
}

// The exact value halfway between the finite double of these bits (> 0) and the next one up.
Exact halfway_above(std::uint64_t bits) {
  const std::uint64_t frac = bits & ((std::uint64_t{1} << 52) - 1);
  const int biased = static_cast<int>(bits >> 52);
  const std::uint64_t m = biased == 0 ? frac : frac | std::uint64_t{1} << 52;
  const int e = (biased == 0 ? 1 : biased) - 1075;  // value m * 2^e
  return exact(2 * m + 1, e - 1);
}

// digits * 10^exp10 as a JSON number, in one of three layouts: fixed (123.45, 0.00012), one
// digit before the point with an exponent (1.2345e2), all digits before an exponent (12345e-2).
std::string token(const std::string& digits, int exp10, int layout, bool negative) {
  std::string s = negative ? "-" : "";
  const int n = static_cast<int>(digits.size());
  if (layout == 0) {
    if (exp10 >= 0) {
      s += digits + std::string(static_cast<std::size_t>(exp10), '0');
    } else if (-exp10 >= n) {
      s += "0." + std::string(static_cast<std::size_t>(-exp10 - n), '0') + digits;
    } else {
      const auto point = static_cast<std::size_t>(n + exp10);
      s += digits.substr(0, point) + "." + digits.substr(point);
    }
  } else if (layout == 1) {
    s += digits.substr(0, 1);
    if (n > 1) s += "." + digits.substr(1);
    s += "e" + std::to_string(exp10 + n - 1);
  } else {
    s += digits + "E" + (exp10 >= 0 ? "+" : "") + std::to_string(exp10);
  }
  return s;
}

// The digits one unit in the last place lower (digits end in a nonzero digit).
std::string minus_one(std::string d) {
  --d.back();
  return d;
}

// A tie written out, then a unit in the last digit above and below it, then long tails: just
// above (0...01) and just below (last digit less one, then 9...9).
void check_around(Mismatches& m, const Exact& h, int layout, bool negative, std::size_t tail) {
  const int n = static_cast<int>(h.digits.size());
  m.check(token(h.digits, h.exp10, layout, negative));
  if (h.digits.back() != '9') {
    std::string up = h.digits;
    ++up.back();
    m.check(token(up, h.exp10, layout, negative));
  }
  if (n > 1 || h.digits[0] != '1') m.check(token(minus_one(h.digits), h.exp10, layout, negative));
  const int t = static_cast<int>(tail);
  m.check(token(h.digits + std::string(tail, '0') + "1", h.exp10 - t - 1, layout, negative));
  if (n > 1 || h.digits[0] != '1')
    m.check(token(minus_one(h.digits) + std::string(tail + 1, '9'), h.exp10 - t - 1, layout, negative));
}

// ndigits random digits (the first nonzero, now and then zeros at the end) with the point
// somewhere and an exponent that puts the value near 10^magnitude; now and then without
// exponent or with zeros after "0.".
void random_token(std::mt19937_64& rng, int ndigits, int magnitude, std::string& s) {
  s.clear();
  if (rng() % 2) s += '-';
  const int point = static_cast<int>(rng() % static_cast<unsigned>(ndigits + 1));  // integer digits
  const int zeros = rng() % 4 == 0 ? static_cast<int>(rng() % static_cast<unsigned>(ndigits)) : 0;  // at the end
  int exp10 = magnitude - point;
  if (point == 0) {
    s += "0.";
    if (rng() % 3 == 0) {
      const int z = static_cast<int>(rng() % 30);
      s.append(static_cast<std::size_t>(z), '0');
      exp10 += z;
    }
  }
  std::uint64_t r = 0;
  int left = 0;
  for (int i = 0; i < ndigits; ++i) {
    if (i == point && i > 0) s += '.';
    if (i > 0 && i >= ndigits - zeros) {
      s += '0';
      continue;
    }
    if (left == 0) {
      r = rng();
      left = 19;
    }
    auto c = static_cast<char>('0' + r % 10);
    r /= 10;
    --left;
    if (i == 0 && c == '0') c = static_cast<char>('1' + rng() % 9);
    s += c;
  }
  if (exp10 != 0 || rng() % 2) {
    s += rng() % 2 ? 'e' : 'E';
    if (exp10 < 0 || rng() % 3 == 0) s += exp10 < 0 ? '-' : '+';
    s += std::to_string(exp10 < 0 ? -exp10 : exp10);
  }
}

}  // namespace

TEST_CASE("json reader: hand-picked doubles are read bit for bit as strtod reads them", "[json]") {
  Mismatches m;
  for (const char* s : {
           "0.0", "-0.0", "0e0", "-0e-0", "0e999999", "-0E+999999999999999999999", "0.000000000000000000000000000000",
           "1.0", "-1.0", "0.1", "0.2", "0.3", "1e23", "-1e23", "8.98846567431158e307", "1.7976931348623157e308",
           "1.7976931348623158e308", "1.7976931348623159e308", "-1.7976931348623159e308", "2.2250738585072011e-308",
           "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201e-308", "4.9406564584124654e-324",
           "2.4703282292062327e-324", "2.4703282292062328e-324", "-2.4703282292062328e-324", "5e-324", "3e-324",
           "2e-324", "1e-400", "-1e-400", "1e400", "-1e400", "1e-99999999999", "1e99999999999",
           "1e-99999999999999999999999999", "1e99999999999999999999999999", "9007199254740993",
           "9007199254740993.0", "9007199254740993.00000000000000000000000000000000000000000000000000001",
           "9007199254740993.000000000000000000000000000000000000000000000000000000000000000000000000000",
           "9007199254740992.999999999999999999999999999999999999999999", "9007199254740995", "9007199254740994.5",
           "18446744073709551615", "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890",
           "2e308", "3e308", "-1.8e308", "1.8e308", "1e309", "1e310", "1e22", "1e-22", "9007199254740992e22",
           "9007199254740993e22", "1e37", "9e37", "123456789e30", "1e38", "4503599627370496.5", "4503599627370497.5",
           "2.2250738585072009e-308", "1.00000000000000011102230246251565404236316680908203125",
           "1.00000000000000011102230246251565404236316680908203124",
           "1.00000000000000011102230246251565404236316680908203126",
           "0.500000000000000166533453693773481063544750213623046875", "3.0517578125e-05", "7.2057594037927933e16",
           "1234.56", "99.99", "0.055", "420.5", "10000000.01", "1E+2", "1e-7", "0.1e1", "100e-2", "0.0000001e7",
           "6.631236846766476e-316", "3.2378839133029012e+91", "4.1752050594835004e+78", "2.2204460492503131e-16",
       })
    m.check(s);
  // Zeros before and after the significant digits that the exponent takes back.
  m.check("0." + std::string(400, '0') + "1e401");
  m.check("1" + std::string(500, '0') + "e-500");
  m.check("1" + std::string(500, '0') + ".5e-500");
  m.check("0." + std::string(5000, '0') + "17976931348623157e5309");
  m.check("0." + std::string(5000, '0') + "24703282292062328e4677");
  // Digits and an exponent that cancel, longer than any exponent clamp of 10^5 allows for.
  m.check("1" + std::string(200000, '0') + "e-200000");
  m.check("0." + std::string(200000, '0') + "17976931348623157e200309");
  m.check("1" + std::string(200000, '0') + "e-200310");
  // 1,000 and 10,000 digits.
  for (std::size_t n : {1000u, 10000u, 60000u}) {
    m.check("1" + std::string(n - 1, '0'));
    m.check("1" + std::string(n - 1, '0') + "e-" + std::to_string(n - 1));
    m.check("1" + std::string(n - 1, '0') + "e-" + std::to_string(n + 320));
    m.check("1" + std::string(n - 1, '0') + "e-" + std::to_string(n + 330));
    m.check("0." + std::string(n, '9'));
    m.check("9." + std::string(n, '9') + "e307");
    m.check("1.7976931348623157" + std::string(n, '9') + "e308");
    m.check("2.4703282292062327" + std::string(n, '9') + "e-324");
    m.check("2.4703282292062327" + std::string(n, '0') + "1e-324");
    std::string digits(n, '3');
    m.check("0." + digits);
    m.check(digits + "e-" + std::to_string(n));
    m.check(digits + "e-" + std::to_string(n + 300));
  }
  // Every power of ten and of two in the double range and a little beyond.
  for (int e = -350; e <= 330; ++e) {
    m.check("1e" + std::to_string(e));
    m.check("-5e" + std::to_string(e));
    m.check("9.999999999999999e" + std::to_string(e));
    m.check("123456789012345678901234567890e" + std::to_string(e - 29));
  }
  for (int e = -1074; e <= 1023; ++e) {
    const Exact x = exact(1, e);
    m.check(token(x.digits, x.exp10, (e & 1) != 0 ? 1 : 2, false));
  }
  // The ties around the extremes: the smallest subnormal and its half, the largest subnormal,
  // the smallest normal, the largest double and the half way from it to 2^1024 (rounds to inf).
  for (std::uint64_t b : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{2}, (std::uint64_t{1} << 52) - 1,
                          std::uint64_t{1} << 52, bits_of(1.0), bits_of(DBL_MAX), bits_of(DBL_MAX) - 1}) {
    const Exact h = halfway_above(b);
    for (int layout = 0; layout < 3; ++layout)
      for (std::size_t tail : {0u, 10u, 1000u}) check_around(m, h, layout, layout == 1, tail);
  }
  m.require_none();
}

TEST_CASE("json reader: exact ties between adjacent doubles, and tokens just off them, are read as strtod reads them",
          "[json]") {
  Mismatches m;
  std::mt19937_64 rng(20261124);
  // Every exponent, with random significands, in each layout, with short and long tails.
  for (int i = 0; i < 6000; ++i) {
    std::uint64_t b = rng() & 0x7FFFFFFFFFFFFFFFull;
    if (i % 4 == 0) b &= 0x000FFFFFFFFFFFFFull;                                          // subnormal
    if (i % 4 == 1) b = (b & 0x000FFFFFFFFFFFFFull) | static_cast<std::uint64_t>(1000 + i % 100) << 52;  // 2^-23..2^76
    if (!std::isfinite(from_bits(b))) continue;
    const std::size_t tail = i % 3 == 0 ? 0 : i % 3 == 1 ? rng() % 40 : 200 + rng() % 2000;
    check_around(m, halfway_above(b), i % 3, i % 2 == 0, tail);
  }
  CHECK(m.checked > 25000);
  m.require_none();
}

TEST_CASE("json reader: millions of random number tokens are read bit for bit as strtod reads them", "[json]") {
  Mismatches m;
  std::mt19937_64 rng(20261125);
  // Random doubles (every exponent, subnormals) printed with 17, 16 and 15 digits: printf's %g
  // output is JSON number grammar as it is (1e+23, 4.9406564584124654e-324, 123).
  char buf[40];
  for (int i = 0; i < 600000; ++i) {
    std::uint64_t b = rng();
    if (i % 8 == 0) b &= 0x800FFFFFFFFFFFFFull;  // subnormal
    const double v = from_bits(b);
    if (!std::isfinite(v)) continue;
    for (int prec : {17, 16, 15}) {
      std::snprintf(buf, sizeof buf, "%.*g", prec, v);
      m.check(buf);
    }
  }
  // Amounts as cases have them: yuan with up to 2 decimals, rates with up to 4.
  for (int i = 0; i < 200000; ++i) {
    std::snprintf(buf, sizeof buf, "%llu.%02llu", static_cast<unsigned long long>(rng() % 10000000),
                  static_cast<unsigned long long>(rng() % 100));
    m.check(buf);
    std::snprintf(buf, sizeof buf, "0.%04llu", static_cast<unsigned long long>(rng() % 10000));
    m.check(buf);
  }
  // Random digit strings of 1..40 digits over the whole range and beyond.
  std::string s;
  for (int i = 0; i < 1500000; ++i) {
    random_token(rng, 1 + static_cast<int>(rng() % 40), -345 + static_cast<int>(rng() % 680), s);
    m.check(s);
  }
  // And of 100..800 digits.
  for (int i = 0; i < 20000; ++i) {
    random_token(rng, 100 + static_cast<int>(rng() % 701), -345 + static_cast<int>(rng() % 680), s);
    m.check(s);
  }
  // Near ties: a 17-digit rendering of a random double with a long tail (0...0d, 9...9d, 50...0d).
  for (int i = 0; i < 200000; ++i) {
    const double v = from_bits(rng() & 0x7FEFFFFFFFFFFFFFull);
    std::snprintf(buf, sizeof buf, "%.16e", v);
    std::string s = buf;
    const std::size_t e = s.find('e');
    static const char kTail[] = {'0', '9', '5'};
    std::string tail(1 + rng() % 60, kTail[i % 3]);
    if (i % 3 == 2) std::fill(tail.begin() + 1, tail.end(), '0');
    tail += static_cast<char>('0' + rng() % 10);
    m.check(s.substr(0, e) + tail + s.substr(e));
  }
  CHECK(m.checked > 3000000);
  m.require_none();
}

TEST_CASE("json reader: a number token too large for a double makes the JSON invalid, one too small reads as 0",
          "[json]") {
  canbao::jr::Doc doc;
  CHECK_FALSE(doc.parse("[1e309]"));
  CHECK_FALSE(doc.parse("{\"a\": -1.8e308}"));
  CHECK_FALSE(doc.parse("1" + std::string(400, '0') + ".0"));
  REQUIRE(doc.parse("[-1e-400, 2.4703282292062328e-324, 18446744073709551616, 0.1]"));
  std::vector<double> got;
  for (const auto& v : doc.root()) {
    CHECK(v.type() == canbao::jr::Type::floating);
    got.push_back(v.number());
  }
  REQUIRE(got.size() == 4);
  CHECK(bits_of(got[0]) == bits_of(-0.0));
  CHECK(bits_of(got[1]) == 1);
  CHECK(got[2] == 18446744073709551616.0);
  CHECK(got[3] == 0.1);
}
