// The core writes JSON without nlohmann (core/engine/json_writer.hpp, json_number.cpp, data.cpp's
// write_json) but must keep writing it byte for byte as nlohmann 3.11.2's dump(-1, ' ', false,
// error_handler_t::replace) did: nlohmann is the oracle here, over many doubles, byte strings
// and every value of the rule data.
#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/data.hpp"
#include "engine/json_reader.hpp"
#include "engine/json_writer.hpp"

namespace {

using nlohmann::json;

std::string ours(double v) {
  std::string out;
  canbao::JsonWriter(out).number(v);
  return out;
}

std::string theirs(double v) { return json(v).dump(); }

std::string ours(const std::string& s) {
  std::string out;
  canbao::JsonWriter(out).string(s);
  return out;
}

std::string theirs(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }

double from_bits(std::uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

// Counts the values that differ; the first few are shown.
struct Mismatches {
  int count = 0;
  template <typename T>
  void check(const T& v) {
    const std::string a = ours(v), b = theirs(v);
    if (a == b) return;
    if (++count <= 5) UNSCOPED_INFO("ours " << a << " nlohmann " << b);
  }
};

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::filesystem::path> rule_data_files() {
  const std::filesystem::path dir = std::filesystem::path(CANBAO_SOURCE_DIR) / "core" / "rulesets";
  std::vector<std::filesystem::path> files{dir / "local-params.json", dir / "default-table.json"};
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_directory() && std::filesystem::exists(e.path() / "ruleset.json")) files.push_back(e.path() / "ruleset.json");
  return files;
}

void numbers_of(const json& j, std::vector<double>& out) {
  if (j.is_number()) out.push_back(j.get<double>());
  if (j.is_structured())
    for (const auto& x : j) numbers_of(x, out);
}

}  // namespace

TEST_CASE("json writer: doubles are written as nlohmann 3.11.2 writes them (Grisu2, \".0\", exponent form)",
          "[json]") {
  Mismatches m;
  // Edges: zeros, extremes, subnormals, the fixed/exponent layout limits (1e-4 .. 1e15).
  const double lim = std::numeric_limits<double>::max();
  for (double v : {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-4, 9.9999e-5, 1e-5, 1e15, 1e16, 1e17, 123456789012345.0,
                   1234567890123456.0, 12345678901234567.0, 1e300, 1e-300, -1e300, -1e-300, 1e308, lim, -lim,
                   DBL_MIN, -DBL_MIN, std::numeric_limits<double>::denorm_min(), 4.1752050594835004e+78,
                   9007199254740992.0, 9007199254740993.0, 0.30000000000000004, 5e-324, 2.2250738585072009e-308})
    m.check(v);
  // Not finite: null.
  m.check(std::numeric_limits<double>::infinity());
  m.check(std::nan(""));
  // Integers and amounts in cents as doubles.
  for (std::int64_t i = -100000; i <= 100000; ++i) m.check(static_cast<double>(i));
  for (std::int64_t c = 0; c <= 2000000; c += 7) m.check(static_cast<double>(c) / 100.0);
  for (int e = 0; e < 64; ++e) {
    m.check(std::ldexp(1.0, e));
    m.check(std::ldexp(1.0, -e));
    m.check(std::ldexp(1.0, e) - 1);
  }
  for (int e = -324; e <= 308; ++e) {
    m.check(std::pow(10.0, e));
    m.check(-std::pow(10.0, e) * 3.7);
  }
  // Random bit patterns (every exponent), subnormals, and short decimals as strtod reads them.
  std::mt19937_64 rng(20261124);
  for (int i = 0; i < 400000; ++i) {
    const double v = from_bits(rng());
    if (std::isfinite(v)) m.check(v);
    m.check(from_bits(rng() & 0x800FFFFFFFFFFFFFull));  // subnormal (exponent bits 0)
  }
  std::uniform_int_distribution<int> digits(1, 17), exponent(-330, 310);
  for (int i = 0; i < 100000; ++i) {
    std::string s = "0.";
    for (int k = digits(rng); k > 0; --k) s += static_cast<char>('0' + rng() % 10);
    s += "e" + std::to_string(exponent(rng));
    m.check(std::strtod(s.c_str(), nullptr));
  }
  // Every number of the rule data.
  std::vector<double> data;
  for (const auto& f : rule_data_files()) numbers_of(json::parse(read(f)), data);
  CHECK(data.size() > 10);
  for (double v : data) m.check(v);
  CHECK(m.count == 0);
}

TEST_CASE("json writer: invalid UTF-8 gets U+FFFD exactly where nlohmann's error_handler_t::replace puts it",
          "[json]") {
  Mismatches m;
  // Bytes around every boundary of UTF-8 (table 3-7), plus ASCII, controls, quote and backslash.
  const unsigned char alphabet[] = {'a', '"', '\\', 0x00, 0x1F, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                    0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
                                    0xF5, 0xFF};
  std::mt19937_64 rng(7);
  int invalid = 0;
  for (int i = 0; i < 300000; ++i) {
    std::string s;
    for (auto n = rng() % 13; n > 0; --n) s += static_cast<char>(alphabet[rng() % sizeof alphabet]);
    if (!canbao::JsonWriter::well_formed(s)) ++invalid;
    m.check(s);
  }
  // Well-formed text with one byte changed anywhere, and cut short anywhere.
  const std::string text = "参保 ok \xF0\x9F\x98\x80 \xC3\xA9 \"q\" \\ \t end";
  for (std::size_t at = 0; at < text.size(); ++at) {
    m.check(text.substr(0, at));
    for (unsigned b = 0x80; b <= 0xFF; ++b) {
      std::string s = text;
      s[at] = static_cast<char>(b);
      m.check(s);
    }
  }
  CHECK(invalid > 100000);
  CHECK(m.count == 0);
}

TEST_CASE("json writer: every value of the rule data is written as nlohmann dumps it (keys in order)", "[json]") {
  for (const auto& f : rule_data_files()) {
    const std::string text = read(f);
    canbao::jr::Doc doc;
    REQUIRE(doc.parse(text));
    std::string out;
    canbao::JsonWriter w(out);
    canbao::write_json(w, doc.root());
    INFO(f.string());
    CHECK(out == json::parse(text).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}

TEST_CASE("json reader: many strings with escapes keep their decoded values (one buffer, never moved)", "[json]") {
  // Doc decodes every escaped string into one buffer reserved to the input's size: a later string
  // must not move an earlier one. Escapes of every kind, strings of every length, many of them.
  std::mt19937 rng(20261124);
  const char* pieces[] = {"\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u4e2d", "\\ud83d\\ude00", "a", "中", "\\t", "\\u0000"};
  for (int round = 0; round < 20; ++round) {
    std::string text = "[";
    const int n = 1 + static_cast<int>(rng() % 400);
    for (int i = 0; i < n; ++i) {
      if (i) text += ',';
      text += i % 3 == 2 ? "{\"k\\u0041" + std::to_string(i) + "\":\"" : "\"";
      const int len = static_cast<int>(rng() % (i % 7 == 0 ? 300 : 6));
      for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
      text += i % 3 == 2 ? "\\\\\"}" : "\\\\\"";
    }
    text += "]";
    canbao::jr::Doc doc;
    REQUIRE(doc.parse(text));
    std::string out;
    canbao::JsonWriter w(out);
    canbao::write_json(w, doc.root());
    CHECK(out == json::parse(text).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}
