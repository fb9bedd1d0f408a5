// A streaming JSON writer for the assessment: appends compact JSON to a string, byte for byte
// as nlohmann's dump(-1, ' ', false, error_handler_t::replace) writes the same values (no spaces;
// UTF-8 strings as they are, control characters escaped; numbers formatted by nlohmann itself),
// without building a DOM first.
#pragma once
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace canbao {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  // Object keys are the contract's names (string literals): plain ASCII, never escaped.
  template <std::size_t N>
  JsonWriter& key(const char (&k)[N]) {
    char buf[N + 3];
    std::size_t at = 0;
    if (!fresh_) buf[at++] = ',';
    buf[at++] = '"';
    std::memcpy(buf + at, k, N - 1);
    at += N - 1;
    buf[at++] = '"';
    buf[at++] = ':';
    out_.append(buf, at);
    fresh_ = true;
    return *this;
  }
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void null() {
    sep();
    out_ += "null";
  }
  void boolean(bool b) {
    sep();
    out_ += b ? "true" : "false";
  }
  void integer(std::int64_t v) {
    sep();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  void raw(std::string_view json_text) {  // an already serialized value
    sep();
    out_.append(json_text);
  }
  void number(double v) {  // as nlohmann prints a double (shortest round-trip form)
    sep();
    out_ += nlohmann::ordered_json(v).dump();
  }
  void string(std::string_view s) {
    sep();
    const std::size_t mark = out_.size();
    out_.reserve(mark + s.size() + 2);
    out_ += '"';
    if (!body(s)) return invalid(s, mark);
    out_ += '"';
  }

  // A string written in parts: begin_string(), then escaped() runs (already escaped JSON string
  // content, as string() would write it) and plain() runs (escaped here), then end_string().
  // plain() takes well-formed UTF-8 only (check with well_formed() first).
  void begin_string() {
    sep();
    out_ += '"';
  }
  void escaped(std::string_view json_content) { out_.append(json_content); }
  void plain(std::string_view s) { body(s); }
  void end_string() { out_ += '"'; }
  static bool well_formed(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
      if (p[i] < 0x80) {
        ++i;
        continue;
      }
      const std::size_t len = utf8_length(p + i, s.size() - i);
      if (len == 0) return false;
      i += len;
    }
    return true;
  }

 private:
  // The content of a JSON string for s (no quotes); false at invalid UTF-8 (output then partial).
  bool body(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t run = 0, i = 0;
    while (i < n) {
      // Eight plain ASCII bytes at a time (no control character, quote, backslash or byte >= 0x80).
      while (i + 8 <= n && plain8(p + i)) i += 8;
      if (i == n) break;
      const unsigned char c = p[i];
      if (c >= 0x80) {  // a multi-byte sequence: copied as it is once known to be well formed
        const std::size_t len = utf8_length(p + i, n - i);
        if (len == 0) return false;
        i += len;
      } else if (c < 0x20 || c == '"' || c == '\\') {
        out_.append(s.data() + run, i - run);
        escape(c);
        run = ++i;
      } else {
        ++i;
      }
    }
    out_.append(s.data() + run, n - run);
    return true;
  }

  void sep() {
    if (!fresh_) out_ += ',';
    fresh_ = false;
  }
  void open(char c) {
    sep();
    out_ += c;
    fresh_ = true;
  }
  void close(char c) {
    out_ += c;
    fresh_ = false;
  }
  void escape(unsigned char c) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(u, sizeof u);
      }
    }
  }
  static bool plain8(const unsigned char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const auto zero = [&](std::uint64_t v) { return (v - ones) & ~v & high; };
    return ((w & high) | ((w - ones * 0x20) & ~w & high) | zero(w ^ (ones * '"')) | zero(w ^ (ones * '\\'))) == 0;
  }
  // The length of the well-formed UTF-8 sequence at p (Unicode table 3-7: no overlong forms, no
  // surrogates, at most U+10FFFF), or 0.
  static std::size_t utf8_length(const unsigned char* p, std::size_t avail) {
    const unsigned char c = p[0];
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c == 0xED) n = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else return 0;
    if (avail < n || p[1] < lo || p[1] > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
      if ((p[k] & 0xC0) != 0x80) return 0;
    return n;
  }
  // Invalid UTF-8 (the parser rejects it, so only a bug could bring it here): written from `mark`
  // (the opening quote) on as nlohmann writes it with error_handler_t::replace (U+FFFD), never a throw.
  void invalid(std::string_view s, std::size_t mark) {
    out_.resize(mark);
    out_ += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
  }

  std::string& out_;
  bool fresh_ = true;
};

}  // namespace canbao
