// Doubles written and read.
//
// Writing (format_double): as nlohmann::json 3.11.2 writes them (detail/conversions/to_chars.hpp):
// Grisu2 digits (round-trip, though not always the shortest: 4.1752050594835004e+78 where the
// shortest form is 4.1752050594835e+78), then printf("%g")-like layout with a ".0" on integral
// values. A port, so the output stays byte for byte what it was when nlohmann wrote it.
//
// Grisu2: Copyright (c) 2009 Florian Loitsch, MIT license; nlohmann's version of it: Copyright
// (c) 2013-2022 Niels Lohmann, MIT license. See Loitsch, "Printing Floating-Point Numbers Quickly
// and Accurately with Integers", PLDI 2010.
//
// Reading (parse_double): a JSON number token to the nearest double, ties to even, as a correctly
// rounded strtod (glibc's) reads it; musl's strtod, which the wasm build had, costs 6 KB brotli of
// long double soft-float. Three steps, each for what the one before cannot decide:
// 1. Clinger's fast path: a significand up to 2^53 and 10^|e| <= 10^22, one rounding.
// 2. double-conversion's DiyFpStrtod: the first 19 digits times a cached power of ten (the
//    writer's Grisu table, which goes down to 10^-348 for this) in 64 bits with an error bound;
//    done unless the value is within that bound of a tie between two doubles (0.3 % of the
//    random tokens in tests/unit/json_number_parse.cpp). Copyright 2010 the V8 project authors,
//    BSD license.
// 3. The "simple decimal conversion" of Go's strconv (decimal.go, atof.go's floatBits), also
//    wuffs': the digits as a decimal of at most 800 digits plus a flag for the nonzero digits cut
//    off after them, scaled by powers of two into [0.5, 1), then 53 bits taken and rounded. 800
//    digits hold exactly every intermediate value a tie can produce, so the flag decides the
//    ties correctly. Exact but slow: several us a token near 1e+-308. Copyright 2009 The Go
//    Authors, BSD-style license.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "json_reader.hpp"
#include "json_writer.hpp"

namespace canbao {

namespace {

struct Fp {  // f * 2^e
  std::uint64_t f;
  int e;
};

Fp sub(Fp x, Fp y) { return {x.f - y.f, x.e}; }

// x * y rounded to the upper 64 bits.
Fp mul(Fp x, Fp y) {
  const std::uint64_t u_lo = x.f & 0xFFFFFFFFu, u_hi = x.f >> 32u;
  const std::uint64_t v_lo = y.f & 0xFFFFFFFFu, v_hi = y.f >> 32u;
  const std::uint64_t p0 = u_lo * v_lo, p1 = u_lo * v_hi, p2 = u_hi * v_lo, p3 = u_hi * v_hi;
  std::uint64_t q = (p0 >> 32u) + (p1 & 0xFFFFFFFFu) + (p2 & 0xFFFFFFFFu);
  q += std::uint64_t{1} << 31u;  // round, ties up
  return {p3 + (p2 >> 32u) + (p1 >> 32u) + (q >> 32u), x.e + y.e + 64};
}

Fp normalize(Fp x) {
  while ((x.f >> 63u) == 0) {
    x.f <<= 1u;
    x.e--;
  }
  return x;
}

struct CachedPower {  // f * 2^e ~= 10^k
  std::uint64_t f;
  int e, k;
};

// 10^k for k = -348, -340, ..., 324, f rounded to nearest (error below 1/2 of its last place),
// as Grisu's and double-conversion's tables: the writer uses k >= -300, the reader all of it.
constexpr CachedPower kCachedPowers[] = {
    {0xFA8FD5A0081C0288, -1220, -348}, {0xBAAEE17FA23EBF76, -1193, -340}, {0x8B16FB203055AC76, -1166, -332},
    {0xCF42894A5DCE35EA, -1140, -324}, {0x9A6BB0AA55653B2D, -1113, -316}, {0xE61ACF033D1A45DF, -1087, -308},
    {0xAB70FE17C79AC6CA, -1060, -300}, {0xFF77B1FCBEBCDC4F, -1034, -292}, {0xBE5691EF416BD60C, -1007, -284},
    {0x8DD01FAD907FFC3C, -980, -276}, {0xD3515C2831559A83, -954, -268}, {0x9D71AC8FADA6C9B5, -927, -260},
    {0xEA9C227723EE8BCB, -901, -252}, {0xAECC49914078536D, -874, -244}, {0x823C12795DB6CE57, -847, -236},
    {0xC21094364DFB5637, -821, -228}, {0x9096EA6F3848984F, -794, -220}, {0xD77485CB25823AC7, -768, -212},
    {0xA086CFCD97BF97F4, -741, -204}, {0xEF340A98172AACE5, -715, -196}, {0xB23867FB2A35B28E, -688, -188},
    {0x84C8D4DFD2C63F3B, -661, -180}, {0xC5DD44271AD3CDBA, -635, -172}, {0x936B9FCEBB25C996, -608, -164},
    {0xDBAC6C247D62A584, -582, -156}, {0xA3AB66580D5FDAF6, -555, -148}, {0xF3E2F893DEC3F126, -529, -140},
    {0xB5B5ADA8AAFF80B8, -502, -132}, {0x87625F056C7C4A8B, -475, -124}, {0xC9BCFF6034C13053, -449, -116},
    {0x964E858C91BA2655, -422, -108}, {0xDFF9772470297EBD, -396, -100}, {0xA6DFBD9FB8E5B88F, -369, -92},
    {0xF8A95FCF88747D94, -343, -84}, {0xB94470938FA89BCF, -316, -76}, {0x8A08F0F8BF0F156B, -289, -68},
    {0xCDB02555653131B6, -263, -60}, {0x993FE2C6D07B7FAC, -236, -52}, {0xE45C10C42A2B3B06, -210, -44},
    {0xAA242499697392D3, -183, -36}, {0xFD87B5F28300CA0E, -157, -28}, {0xBCE5086492111AEB, -130, -20},
    {0x8CBCCC096F5088CC, -103, -12}, {0xD1B71758E219652C, -77, -4}, {0x9C40000000000000, -50, 4},
    {0xE8D4A51000000000, -24, 12}, {0xAD78EBC5AC620000, 3, 20}, {0x813F3978F8940984, 30, 28},
    {0xC097CE7BC90715B3, 56, 36}, {0x8F7E32CE7BEA5C70, 83, 44}, {0xD5D238A4ABE98068, 109, 52},
    {0x9F4F2726179A2245, 136, 60}, {0xED63A231D4C4FB27, 162, 68}, {0xB0DE65388CC8ADA8, 189, 76},
    {0x83C7088E1AAB65DB, 216, 84}, {0xC45D1DF942711D9A, 242, 92}, {0x924D692CA61BE758, 269, 100},
    {0xDA01EE641A708DEA, 295, 108}, {0xA26DA3999AEF774A, 322, 116}, {0xF209787BB47D6B85, 348, 124},
    {0xB454E4A179DD1877, 375, 132}, {0x865B86925B9BC5C2, 402, 140}, {0xC83553C5C8965D3D, 428, 148},
    {0x952AB45CFA97A0B3, 455, 156}, {0xDE469FBD99A05FE3, 481, 164}, {0xA59BC234DB398C25, 508, 172},
    {0xF6C69A72A3989F5C, 534, 180}, {0xB7DCBF5354E9BECE, 561, 188}, {0x88FCF317F22241E2, 588, 196},
    {0xCC20CE9BD35C78A5, 614, 204}, {0x98165AF37B2153DF, 641, 212}, {0xE2A0B5DC971F303A, 667, 220},
    {0xA8D9D1535CE3B396, 694, 228}, {0xFB9B7CD9A4A7443C, 720, 236}, {0xBB764C4CA7A44410, 747, 244},
    {0x8BAB8EEFB6409C1A, 774, 252}, {0xD01FEF10A657842C, 800, 260}, {0x9B10A4E5E9913129, 827, 268},
    {0xE7109BFBA19C0C9D, 853, 276}, {0xAC2820D9623BF429, 880, 284}, {0x80444B5E7AA7CF85, 907, 292},
    {0xBF21E44003ACDD2D, 933, 300}, {0x8E679C2F5E44FF8F, 960, 308}, {0xD433179D9C8CB841, 986, 316},
    {0x9E19DB92B4E31BA9, 1013, 324},
};
constexpr int kCachedPowersMinK = -348;

// A cached power of ten c such that -60 <= c.e + e + 64 <= -32.
CachedPower cached_power(int e) {
  const int f = -60 - e - 1;
  const int k = (f * 78913) / (1 << 18) + static_cast<int>(f > 0);
  return kCachedPowers[(-kCachedPowersMinK + k + 7) / 8];
}

int largest_pow10(std::uint32_t n, std::uint32_t& pow10) {
  int k = 1;
  pow10 = 1;
  while (k < 10 && n / pow10 >= 10) {
    pow10 *= 10;
    ++k;
  }
  return k;
}

void round_digits(char* buf, int len, std::uint64_t dist, std::uint64_t delta, std::uint64_t rest,
                  std::uint64_t ten_k) {
  while (rest < dist && delta - rest >= ten_k && (rest + ten_k < dist || dist - rest > rest + ten_k - dist)) {
    buf[len - 1]--;
    rest += ten_k;
  }
}

void digit_gen(char* buffer, int& length, int& decimal_exponent, Fp m_minus, Fp w, Fp m_plus) {
  std::uint64_t delta = sub(m_plus, m_minus).f;
  std::uint64_t dist = sub(m_plus, w).f;
  const Fp one{std::uint64_t{1} << -m_plus.e, m_plus.e};
  auto p1 = static_cast<std::uint32_t>(m_plus.f >> -one.e);
  std::uint64_t p2 = m_plus.f & (one.f - 1);
  std::uint32_t pow10;
  int n = largest_pow10(p1, pow10);
  while (n > 0) {
    const std::uint32_t d = p1 / pow10, r = p1 % pow10;
    buffer[length++] = static_cast<char>('0' + d);
    p1 = r;
    n--;
    const std::uint64_t rest = (std::uint64_t{p1} << -one.e) + p2;
    if (rest <= delta) {
      decimal_exponent += n;
      round_digits(buffer, length, dist, delta, rest, std::uint64_t{pow10} << -one.e);
      return;
    }
    pow10 /= 10;
  }
  int m = 0;
  for (;;) {
    p2 *= 10;
    const std::uint64_t d = p2 >> -one.e, r = p2 & (one.f - 1);
    buffer[length++] = static_cast<char>('0' + d);
    p2 = r;
    m++;
    delta *= 10;
    dist *= 10;
    if (p2 <= delta) break;
  }
  decimal_exponent -= m;
  round_digits(buffer, length, dist, delta, p2, one.f);
}

// v > 0, finite: v = buf[0, len) * 10^decimal_exponent.
void grisu2(char* buf, int& len, int& decimal_exponent, double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  constexpr std::uint64_t kHidden = std::uint64_t{1} << 52;
  constexpr int kBias = 1023 + 52;
  const std::uint64_t exp = bits >> 52, frac = bits & (kHidden - 1);
  const Fp w = exp == 0 ? Fp{frac, 1 - kBias} : Fp{frac + kHidden, static_cast<int>(exp) - kBias};
  const bool lower_closer = frac == 0 && exp > 1;
  const Fp plus = normalize(Fp{2 * w.f + 1, w.e - 1});
  Fp minus = lower_closer ? Fp{4 * w.f - 1, w.e - 2} : Fp{2 * w.f - 1, w.e - 1};
  minus = Fp{minus.f << (minus.e - plus.e), plus.e};
  const CachedPower c = cached_power(plus.e);
  const Fp ck{c.f, c.e};
  const Fp ww = mul(normalize(w), ck), w_minus = mul(minus, ck), w_plus = mul(plus, ck);
  decimal_exponent = -c.k;
  digit_gen(buf, len, decimal_exponent, Fp{w_minus.f + 1, w_minus.e}, ww, Fp{w_plus.f - 1, w_plus.e});
}

char* append_exponent(char* buf, int e) {
  *buf++ = e < 0 ? '-' : '+';
  auto k = static_cast<std::uint32_t>(e < 0 ? -e : e);
  if (k >= 100) {
    *buf++ = static_cast<char>('0' + k / 100);
    k %= 100;
    *buf++ = static_cast<char>('0' + k / 10);
  } else {
    *buf++ = static_cast<char>('0' + k / 10);  // at least two digits, as printf("%g")
  }
  *buf++ = static_cast<char>('0' + k % 10);
  return buf;
}

// buf[0, k) * 10^decimal_exponent, fixed-point for 10^-4 <= v < 10^15, exponent form otherwise.
char* layout(char* buf, int k, int decimal_exponent) {
  constexpr int kMinExp = -4, kMaxExp = 15;  // std::numeric_limits<double>::digits10
  const int n = k + decimal_exponent;
  if (k <= n && n <= kMaxExp) {  // digits[000].0
    std::memset(buf + k, '0', static_cast<std::size_t>(n - k));
    buf[n] = '.';
    buf[n + 1] = '0';
    return buf + n + 2;
  }
  if (0 < n && n <= kMaxExp) {  // dig.its
    std::memmove(buf + n + 1, buf + n, static_cast<std::size_t>(k - n));
    buf[n] = '.';
    return buf + k + 1;
  }
  if (kMinExp < n && n <= 0) {  // 0.[000]digits
    std::memmove(buf + 2 - n, buf, static_cast<std::size_t>(k));
    buf[0] = '0';
    buf[1] = '.';
    std::memset(buf + 2, '0', static_cast<std::size_t>(-n));
    return buf + 2 - n + k;
  }
  if (k == 1) {  // dE+123
    buf += 1;
  } else {  // d.igitsE+123
    std::memmove(buf + 2, buf + 1, static_cast<std::size_t>(k - 1));
    buf[1] = '.';
    buf += 1 + k;
  }
  *buf++ = 'e';
  return append_exponent(buf, n - 1);
}

}  // namespace

char* format_double(char* buf, double v) {
  if (!std::isfinite(v)) {
    std::memcpy(buf, "null", 4);
    return buf + 4;
  }
  if (std::signbit(v)) {
    v = -v;
    *buf++ = '-';
  }
  if (v == 0) {
    std::memcpy(buf, "0.0", 3);
    return buf + 3;
  }
  int len = 0, decimal_exponent = 0;
  grisu2(buf, len, decimal_exponent, v);
  return layout(buf, len, decimal_exponent);
}

// ---- reading -------------------------------------------------------------------------------

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The exponent after 'e'/'E' at p (0 when p == last), stopped from growing at 10^15: no text in
// memory has that many digits, so digits + exponent still tells overflow and underflow apart.
std::int64_t read_exponent(const char* p, const char* last) {
  if (p == last) return 0;
  ++p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  std::int64_t e = 0;
  for (; p != last; ++p)
    if (e < 1'000'000'000'000'000) e = e * 10 + (*p - '0');
  return negative ? -e : e;
}

constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr int kDigits = 800;   // as Go and wuffs: a tie of doubles needs at most 767
constexpr int kMaxShift = 60;  // bits a step: 9 * 2^60 plus a carry fits a uint64
constexpr int kLeftRoom = 19;  // digits a 60-bit left shift can add (2^60 < 2 * 10^18)

// 0.d[0] d[1] ... d[nd-1] * 10^dp, and more nonzero digits after those when trunc.
struct Decimal {
  std::uint8_t d[kDigits + kLeftRoom];  // digit values; d[nd - 1] != 0 after trim()
  int nd = 0;
  int dp = 0;
  bool trunc = false;

  void push(int digit) {
    if (nd < kDigits)
      d[nd++] = static_cast<std::uint8_t>(digit);
    else if (digit != 0)
      trunc = true;
  }

  void trim() {
    while (nd > 0 && d[nd - 1] == 0) --nd;
    if (nd == 0) dp = 0;
  }

  // Times 2^k, 0 < k <= kMaxShift: from the last digit up, each result digit kLeftRoom places to
  // the right of its source (never over a digit still to be read), then moved to the front.
  void left_shift(unsigned k) {
    int w = nd + kLeftRoom;
    std::uint64_t n = 0;
    for (int r = nd - 1; r >= 0; --r) {
      n += std::uint64_t{d[r]} << k;
      const std::uint64_t q = n / 10;
      d[--w] = static_cast<std::uint8_t>(n - 10 * q);
      n = q;
    }
    for (; n > 0; n /= 10) d[--w] = static_cast<std::uint8_t>(n % 10);
    const int total = nd + kLeftRoom - w;
    dp += total - nd;
    nd = total < kDigits ? total : kDigits;
    for (int i = nd; i < total; ++i)
      if (d[w + i] != 0) trunc = true;
    std::memmove(d, d + w, static_cast<std::size_t>(nd));
    trim();
  }

  // Divided by 2^k, 0 < k <= kMaxShift (Go's rightShift).
  void right_shift(unsigned k) {
    int r = 0, w = 0;
    std::uint64_t n = 0;
    for (; (n >> k) == 0; ++r) {  // enough leading digits for the first result digit
      if (r >= nd) {
        while ((n >> k) == 0) {
          n *= 10;
          ++r;
        }
        break;
      }
      n = n * 10 + d[r];
    }
    dp -= r - 1;
    const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
    for (; r < nd; ++r) {
      d[w++] = static_cast<std::uint8_t>(n >> k);
      n = (n & mask) * 10 + d[r];
    }
    while (n > 0) {
      const auto digit = static_cast<std::uint8_t>(n >> k);
      n = (n & mask) * 10;
      if (w < kDigits)
        d[w++] = digit;
      else if (digit != 0)
        trunc = true;
    }
    nd = w;
    trim();
  }

  void shift(int k) {  // times 2^k
    if (nd == 0) return;
    for (; k > kMaxShift; k -= kMaxShift) left_shift(kMaxShift);
    for (; k < -kMaxShift; k += kMaxShift) right_shift(kMaxShift);
    if (k > 0) left_shift(static_cast<unsigned>(k));
    if (k < 0) right_shift(static_cast<unsigned>(-k));
  }

  // The integer part rounded half to even, a tie broken upward by trunc (Go's RoundedInteger and
  // shouldRoundUp). Called with the value below 2^53.
  std::uint64_t rounded_integer() const {
    std::uint64_t n = 0;
    int i = 0;
    for (; i < dp && i < nd; ++i) n = n * 10 + d[i];
    for (; i < dp; ++i) n *= 10;
    if (dp < 0 || dp >= nd) return n;
    if (d[dp] == 5 && dp + 1 == nd) return n + (trunc || (dp > 0 && (d[dp - 1] & 1) != 0));
    return n + (d[dp] >= 5);
  }
};

// floor(i * log2(10)): a shift by kStep[dp] keeps a value of 10^(dp-1) or more above 0.1, and one
// by kStep[-dp] keeps one below 10^dp below 1; 60 bits for larger dp.
constexpr std::uint8_t kStep[] = {1, 3, 6, 9, 13, 16, 19, 23, 26, 29, 33, 36, 39, 43, 46, 49, 53, 56, 59};
int step(int dp) { return dp < static_cast<int>(sizeof kStep) ? kStep[dp] : kMaxShift; }

double from_bits(std::uint64_t bits) {
  double v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

double slow_parse(const char* p, const char* last, bool negative) {
  Decimal a;
  std::int64_t dp = 0;  // counts every integer digit, stored or not
  bool nonzero = false;
  for (; p != last && is_digit(*p); ++p) {
    if (!nonzero && *p == '0') continue;
    nonzero = true;
    ++dp;
    a.push(*p - '0');
  }
  if (p != last && *p == '.') {
    for (++p; p != last && is_digit(*p); ++p) {
      if (!nonzero && *p == '0') {
        --dp;
        continue;
      }
      nonzero = true;
      a.push(*p - '0');
    }
  }
  dp += read_exponent(p, last);
  a.trim();

  constexpr std::uint64_t kInfBits = std::uint64_t{0x7FF} << 52;
  const std::uint64_t sign = negative ? std::uint64_t{1} << 63 : 0;
  if (a.nd == 0 || dp < -330) return from_bits(sign);  // below 10^-331: zero
  if (dp > 310) return from_bits(sign | kInfBits);        // at least 10^309
  a.dp = static_cast<int>(dp);

  // Go's floatBits: scale into [0.5, 1), value = that * 2^exp.
  int exp = 0;
  while (a.dp > 0) {
    const int n = step(a.dp);
    a.shift(-n);
    exp += n;
  }
  while (a.dp < 0 || (a.dp == 0 && a.d[0] < 5)) {
    const int n = step(-a.dp);
    a.shift(n);
    exp -= n;
  }
  --exp;  // value = 1.x * 2^exp
  constexpr int kMinExp = -1022, kMaxExp = 1023;
  if (exp < kMinExp) {  // subnormal: fewer bits
    a.shift(exp - kMinExp);
    exp = kMinExp;
  }
  if (exp > kMaxExp) return from_bits(sign | kInfBits);
  a.shift(53);
  std::uint64_t mant = a.rounded_integer();
  if (mant == std::uint64_t{1} << 53) {  // rounded up to the next power of two
    mant >>= 1;
    if (++exp > kMaxExp) return from_bits(sign | kInfBits);
  }
  constexpr std::uint64_t kHidden = std::uint64_t{1} << 52;
  const std::uint64_t biased = (mant & kHidden) != 0 ? static_cast<std::uint64_t>(exp + 1023) : 0;
  return from_bits(sign | biased << 52 | (mant & (kHidden - 1)));
}

// double-conversion's DiyFpStrtod (Copyright 2010 the V8 project authors, BSD license): w * 10^e
// to 64 bits with a cached power (and 10^1..10^7 exactly before it), an error bound kept in
// eighths of the last bit, then rounded to 53 bits (fewer for a subnormal). False when the
// bound does not tell which way the rounding goes: within it of a tie between two doubles.
// -342 <= e <= 308; w has up to 20 digits; inexact: digits after w's were dropped or rounded.
bool approximate(std::uint64_t w, int e, bool inexact, std::uint64_t& bits) {
  constexpr int kEighths = 8;
  Fp x = normalize(Fp{w, 0});
  std::uint64_t error = inexact ? std::uint64_t{kEighths / 2} << -x.e : 0;
  const CachedPower& c = kCachedPowers[(e - kCachedPowersMinK) / 8];
  if (e > c.k) {
    x = mul(x, normalize(Fp{static_cast<std::uint64_t>(kExactPow10[e - c.k]), 0}));
    error += kEighths / 2;  // the product rounded
  }
  x = mul(x, Fp{c.f, c.e});
  // a (error ea) times b (eb < 1/2): ea + eb + ea * eb / 2^64, plus 1/2 for the product rounded.
  error += kEighths / 2 + (error != 0 ? 1 : 0) + kEighths / 2;
  const int before = x.e;
  x = normalize(x);
  error <<= before - x.e;

  const int magnitude = 64 + x.e;  // 2^(magnitude-1) <= x < 2^magnitude
  const int size = magnitude >= -1021 ? 53 : magnitude <= -1074 ? 0 : magnitude + 1074;
  int below = 64 - size;  // the bits rounded off
  if (below + 3 >= 64) {  // the tiniest subnormals: below * 8 would not fit
    const int shift = below + 3 - 64 + 1;
    x.f >>= shift;
    x.e += shift;
    error = (error >> shift) + 1 + kEighths;
    below -= shift;
  }
  const std::uint64_t half = (std::uint64_t{1} << (below - 1)) * kEighths;
  const std::uint64_t low = (x.f & ((std::uint64_t{1} << below) - 1)) * kEighths;
  if (low + error >= half && low <= half + error) return false;
  std::uint64_t m = (x.f >> below) + (low > half ? 1 : 0);
  int exp = x.e + below;  // value m * 2^exp
  constexpr std::uint64_t kHidden = std::uint64_t{1} << 52;
  if (m == 2 * kHidden) {
    m >>= 1;
    ++exp;
  }
  if (exp >= 972) {  // 2^53 * 2^971 = 2^1024
    bits = std::uint64_t{0x7FF} << 52;
  } else if (exp < -1074) {
    bits = 0;
  } else {
    while (exp > -1074 && (m & kHidden) == 0) {
      m <<= 1;
      --exp;
    }
    const std::uint64_t biased = (m & kHidden) != 0 ? static_cast<std::uint64_t>(exp + 1075) : 0;
    bits = biased << 52 | (m & (kHidden - 1));
  }
  return true;
}

}  // namespace

double parse_double(const char* first, const char* last) {
  const char* p = first;
  const bool negative = *p == '-';
  if (negative) ++p;
  // The first 19 significant digits as w, value ~ w * 10^e.
  std::uint64_t w = 0;
  int nd = 0;          // digits in w
  int dropped = 0;     // digits after those: 0, 1 (the first below 5), 2 (5 or more)
  std::int64_t e = 0;
  bool fraction = false;
  for (; p != last && (is_digit(*p) || *p == '.'); ++p) {
    if (*p == '.') {
      fraction = true;
    } else if (w == 0 && *p == '0') {  // a leading zero
      e -= fraction;
    } else if (nd < 19) {
      w = w * 10 + static_cast<unsigned>(*p - '0');
      ++nd;
      e -= fraction;
    } else {
      if (dropped == 0) dropped = *p >= '5' ? 2 : 1;
      e += !fraction;
    }
  }
  e += read_exponent(p, last);
  if (w == 0) return negative ? -0.0 : 0.0;
  const auto sign = [negative](double v) { return negative ? -v : v; };
  constexpr std::uint64_t kMaxExact = std::uint64_t{1} << 53;
  if (dropped == 0 && w <= kMaxExact) {
    // Clinger's fast path: w and 10^|e| exact, so one correctly rounded multiplication or division.
    if (-22 <= e && e <= 22)
      return sign(e < 0 ? static_cast<double>(w) / kExactPow10[-e] : static_cast<double>(w) * kExactPow10[e]);
    if (22 < e && e <= 22 + 15) {  // while w * 10^(e-22) is still exact
      const auto scale = static_cast<std::uint64_t>(kExactPow10[e - 22]);
      if (w <= kMaxExact / scale) return sign(static_cast<double>(w * scale) * 1e22);
    }
  }
  // w * 10^e <= value < (w + 1) * 10^e <= 10^(nd + e).
  if (nd + e <= -324) return sign(0.0);                                  // below 2^-1075
  if (nd - 1 + e >= 309) return sign(std::numeric_limits<double>::infinity());
  std::uint64_t bits;
  if (approximate(w + (dropped == 2), static_cast<int>(e), dropped != 0, bits)) return sign(from_bits(bits));
  return slow_parse(first + negative, last, negative);
}

}  // namespace canbao
