// A streaming JSON writer for the assessment: appends compact JSON to a string, byte for byte
// as nlohmann 3.11.2's dump(-1, ' ', false, error_handler_t::replace) writes the same values (no
// spaces; UTF-8 strings as they are, control characters escaped; doubles as its Grisu2 writes
// them, json_number.cpp), without building a DOM first and without nlohmann.
#pragma once
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace canbao {

// v as nlohmann writes a double ("null" when not finite) into buf (32 bytes); returns the end.
char* format_double(char* buf, double v);

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
  // A key that is not a literal (rule data's own keys): escaped as any string.
  JsonWriter& key(std::string_view k) {
    if (!fresh_) out_ += ',';
    fresh_ = true;
    string(k);
    out_ += ':';
    fresh_ = true;
    return *this;
  }
  void unsigned_integer(std::uint64_t v) {
    sep();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  void raw(std::string_view json_text) {  // an already serialized value
    sep();
    out_.append(json_text);
  }
  void number(double v) {  // as nlohmann prints a double (Grisu2 digits, json_number.cpp)
    sep();
    char buf[32];
    out_.append(buf, format_double(buf, v));
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
  // A lead byte's sequence length n and the range [lo, hi] of its second byte (Unicode table
  // 3-7: no overlong forms, no surrogates, at most U+10FFFF); false for a byte that cannot lead.
  static bool lead(unsigned char c, std::size_t& n, unsigned char& lo, unsigned char& hi) {
    lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c == 0xED) n = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else return false;
    return true;
  }
  // The length of the well-formed UTF-8 sequence at p, or 0.
  static std::size_t utf8_length(const unsigned char* p, std::size_t avail) {
    std::size_t n = 0;
    unsigned char lo, hi;
    if (!lead(p[0], n, lo, hi) || avail < n || p[1] < lo || p[1] > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
      if ((p[k] & 0xC0) != 0x80) return 0;
    return n;
  }
  // Invalid UTF-8 (the parser rejects it, so only a bug could bring it here): written from `mark`
  // (the opening quote) on as nlohmann's error_handler_t::replace writes it, never a throw: each
  // maximal ill-formed part is one U+FFFD (a bad lead byte alone; a good lead byte with the good
  // continuation bytes after it, up to the first bad one, which is read again as a lead).
  void invalid(std::string_view s, std::size_t mark) {
    out_.resize(mark);
    out_ += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
      std::size_t good = i;  // end of the well-formed run from i
      while (good < n) {
        const std::size_t len = p[good] < 0x80 ? 1 : utf8_length(p + good, n - good);
        if (len == 0) break;
        good += len;
      }
      body(s.substr(i, good - i));
      if (good == n) break;
      out_ += "\xEF\xBF\xBD";
      i = good + ill_formed_part(p + good, n - good);
    }
    out_ += '"';
  }
  // The length of the maximal ill-formed part at p (p[0] >= 0x80, no well-formed sequence there):
  // 1 for a byte that cannot lead, else the lead and the continuation bytes that fit it.
  static std::size_t ill_formed_part(const unsigned char* p, std::size_t avail) {
    std::size_t n = 0, k = 1;
    unsigned char lo, hi;
    if (!lead(p[0], n, lo, hi)) return 1;
    if (k < avail && p[k] >= lo && p[k] <= hi)
      for (++k; k < n && k < avail && (p[k] & 0xC0) == 0x80;) ++k;
    return k;
  }

  std::string& out_;
  bool fresh_ = true;
};

}  // namespace canbao
