// A small JSON reader for the case (json_edge.cpp): the same language and the same values as
// nlohmann::json::parse(first, last, nullptr, false) (RFC 8259, an optional UTF-8 BOM first, strict:
// nothing but whitespace after the value), without a DOM of heap nodes.
//
// The document is a flat array of nodes over the input text: strings are views into the text
// (decoded copies only when they hold escapes), objects and arrays index their members in a second
// array. An object's members are in key order with a repeated key's last value, which is how
// nlohmann's std::map-based json iterates them; the validator depends on that order for its error
// precedence and the order of its warnings. Numbers: integers without fraction or exponent are
// int64 (negative) or uint64 (otherwise), as strtoll/strtoull read them, and doubles as a correctly
// rounded strtod reads them (parse_double, json_number.cpp) when they do not fit or have a fraction
// or exponent; a double that is not finite is invalid JSON, as in nlohmann. Nesting deeper than
// kMaxNesting is rejected too: the caller checks the depth (limits::kMaxDepth, far below) before it
// calls the JSON invalid.
#pragma once
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace canbao {

// A JSON number token [first, last) (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, nothing
// else) as the nearest double, ties to even, as a correctly rounded strtod reads it: +-inf when
// too large, +-0 when too small (json_number.cpp).
double parse_double(const char* first, const char* last);

}  // namespace canbao

namespace canbao::jr {

enum class Type : std::uint8_t { null, boolean, integer, unsigned_integer, floating, string, array, object };

struct Node {
  const char* key = nullptr;  // the member's key when the node is an object member
  const char* str = nullptr;  // string value
  std::uint32_t key_len = 0;
  std::uint32_t len = 0;      // string length, or member / element count
  std::uint32_t first = 0;    // arrays, objects: first index into Doc::kids
  Type type = Type::null;
  bool b = false;
  union {
    std::int64_t i;
    std::uint64_t u;
    double d;
  };
  Node() : i(0) {}
};

class Doc;
class Iter;

class Value {
 public:
  Value(const Doc* d, std::uint32_t n) : doc_(d), n_(n) {}

  Type type() const;
  bool is_null() const { return type() == Type::null; }
  bool is_boolean() const { return type() == Type::boolean; }
  bool is_string() const { return type() == Type::string; }
  bool is_array() const { return type() == Type::array; }
  bool is_object() const { return type() == Type::object; }
  bool is_number() const { return type() == Type::integer || type() == Type::unsigned_integer || type() == Type::floating; }
  bool is_number_integer() const { return type() == Type::integer || type() == Type::unsigned_integer; }

  std::string_view str() const;
  bool boolean() const;
  std::int64_t int64() const;  // integers as nlohmann's get<std::int64_t>() gives them
  std::uint64_t uint64() const { return static_cast<std::uint64_t>(int64()); }  // unsigned_integer: the value
  double number() const;       // numbers as nlohmann's get<double>() gives them
  std::size_t size() const;    // members, elements; 0 otherwise
  std::string_view key() const;  // this node's key in its object

  using iterator = Iter;
  iterator begin() const;
  iterator end() const;
  iterator find(std::string_view key) const;  // objects; end() when absent
  Value operator[](std::size_t i) const;      // arrays, i < size()

 private:
  const Node& node() const;
  const Doc* doc_;
  std::uint32_t n_;
};

class Iter {
 public:
  Iter(const Doc* d, const std::uint32_t* p) : doc_(d), p_(p) {}
  std::string_view key() const { return value().key(); }
  Value value() const { return Value(doc_, *p_); }
  Value operator*() const { return value(); }
  struct Arrow {
    Value v;
    const Value* operator->() const { return &v; }
  };
  Arrow operator->() const { return Arrow{value()}; }
  Iter& operator++() {
    ++p_;
    return *this;
  }
  bool operator==(const Iter& o) const { return p_ == o.p_; }
  bool operator!=(const Iter& o) const { return p_ != o.p_; }

 private:
  const Doc* doc_;
  const std::uint32_t* p_;
};

class Doc {
 public:
  // Parses text; false when nlohmann would reject it. The text must outlive the document.
  bool parse(std::string_view text) {
    clear();
    begin_ = p_ = text.data();
    end_ = p_ + text.size();
    if (end_ - p_ >= 1 && static_cast<unsigned char>(*p_) == 0xEF) {
      if (end_ - p_ < 3 || static_cast<unsigned char>(p_[1]) != 0xBB || static_cast<unsigned char>(p_[2]) != 0xBF)
        return false;
      p_ += 3;
    }
    ws();
    if (!value(0)) return false;
    ws();
    return p_ == end_;
  }
  // The deepest nesting of objects and arrays in the last document parsed (the top level is 1).
  int depth() const { return max_depth_; }
  Value root() const { return Value(this, 0); }

  // Keeps the buffers for the next parse, unless one case made them large.
  void clear() {
    if (nodes_.capacity() > kKeep) std::vector<Node>().swap(nodes_);
    if (kids_.capacity() > kKeep) std::vector<std::uint32_t>().swap(kids_);
    if (stack_.capacity() > kKeep) std::vector<std::uint32_t>().swap(stack_);
    max_depth_ = 0;
    nodes_.clear();
    kids_.clear();
    stack_.clear();
    if (decoded_.capacity() > kKeep) std::string().swap(decoded_);
    decoded_.clear();
  }

 private:
  friend class Value;
  friend class Iter;
  static constexpr std::size_t kKeep = 4096;
  static constexpr int kMaxNesting = 64;  // deeper: rejected (the caller tells why)

  std::vector<Node> nodes_;
  std::vector<std::uint32_t> kids_;   // members of objects and arrays, each container's run contiguous
  std::vector<std::uint32_t> stack_;  // members of the containers being read
  // Strings with escapes, decoded one after another. A decoded string is never longer than its JSON
  // text, so once reserved to the input's size (at the first one) the buffer never moves and the
  // nodes' views of it stay valid.
  std::string decoded_;
  const char* begin_ = nullptr;
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  int max_depth_ = 0;

  void ws() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  bool lit(const char* s, std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, s, n) != 0) return false;
    p_ += n;
    return true;
  }

  bool value(int depth) {
    if (p_ == end_) return false;
    const auto idx = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
    switch (*p_) {
      case '{': return object(idx, depth);
      case '[': return array(idx, depth);
      case '"': {
        const char* s;
        std::uint32_t n;
        if (!string(s, n)) return false;
        nodes_[idx].type = Type::string;
        nodes_[idx].str = s;
        nodes_[idx].len = n;
        return true;
      }
      case 't':
        nodes_[idx].type = Type::boolean;
        nodes_[idx].b = true;
        return lit("true", 4);
      case 'f':
        nodes_[idx].type = Type::boolean;
        return lit("false", 5);
      case 'n':
        return lit("null", 4);
      default:
        return number(nodes_[idx]);
    }
  }

  bool object(std::uint32_t idx, int depth) {
    if (depth >= kMaxNesting) return false;
    if (depth + 1 > max_depth_) max_depth_ = depth + 1;
    ++p_;  // '{'
    const std::size_t base = stack_.size();
    ws();
    if (p_ != end_ && *p_ == '}') {
      ++p_;
    } else {
      for (;;) {
        ws();
        if (p_ == end_ || *p_ != '"') return false;
        const char* k;
        std::uint32_t kn;
        if (!string(k, kn)) return false;
        ws();
        if (p_ == end_ || *p_ != ':') return false;
        ++p_;
        ws();
        const auto child = static_cast<std::uint32_t>(nodes_.size());
        if (!value(depth + 1)) return false;
        nodes_[child].key = k;
        nodes_[child].key_len = kn;
        stack_.push_back(child);
        ws();
        if (p_ == end_) return false;
        if (*p_ == ',') {
          ++p_;
          continue;
        }
        if (*p_ != '}') return false;
        ++p_;
        break;
      }
    }
    // Key order, a repeated key's last value (the members are in document order on the stack).
    auto* first = stack_.data() + base;
    auto* last = stack_.data() + stack_.size();
    auto key_of = [this](std::uint32_t n) { return std::string_view(nodes_[n].key, nodes_[n].key_len); };
    bool ordered = true;
    for (auto* q = first; q + 1 < last; ++q)
      if (!(key_of(q[0]) < key_of(q[1]))) {
        ordered = false;
        break;
      }
    std::size_t count = static_cast<std::size_t>(last - first);
    if (!ordered) {
      std::sort(first, last, [&](std::uint32_t a, std::uint32_t b) {
        const auto ka = key_of(a), kb = key_of(b);
        return ka < kb || (ka == kb && a < b);
      });
      auto* out = first;
      for (auto* q = first; q != last; ++q) {
        if (q + 1 != last && key_of(q[0]) == key_of(q[1])) continue;  // a later value of the same key follows
        *out++ = *q;
      }
      count = static_cast<std::size_t>(out - first);
    }
    nodes_[idx].type = Type::object;
    nodes_[idx].first = static_cast<std::uint32_t>(kids_.size());
    nodes_[idx].len = static_cast<std::uint32_t>(count);
    kids_.insert(kids_.end(), first, first + count);
    stack_.resize(base);
    return true;
  }

  bool array(std::uint32_t idx, int depth) {
    if (depth >= kMaxNesting) return false;
    if (depth + 1 > max_depth_) max_depth_ = depth + 1;
    ++p_;  // '['
    const std::size_t base = stack_.size();
    ws();
    if (p_ != end_ && *p_ == ']') {
      ++p_;
    } else {
      for (;;) {
        ws();
        const auto child = static_cast<std::uint32_t>(nodes_.size());
        if (!value(depth + 1)) return false;
        stack_.push_back(child);
        ws();
        if (p_ == end_) return false;
        if (*p_ == ',') {
          ++p_;
          continue;
        }
        if (*p_ != ']') return false;
        ++p_;
        break;
      }
    }
    nodes_[idx].type = Type::array;
    nodes_[idx].first = static_cast<std::uint32_t>(kids_.size());
    nodes_[idx].len = static_cast<std::uint32_t>(stack_.size() - base);
    kids_.insert(kids_.end(), stack_.begin() + static_cast<std::ptrdiff_t>(base), stack_.end());
    stack_.resize(base);
    return true;
  }

  // One well-formed UTF-8 sequence of 2 to 4 bytes at p_ (the ranges of RFC 3629, as nlohmann checks).
  bool utf8() {
    const auto c = static_cast<unsigned char>(*p_);
    auto in = [&](std::ptrdiff_t k, unsigned lo, unsigned hi) {
      if (end_ - p_ <= k) return false;
      const auto x = static_cast<unsigned char>(p_[k]);
      return x >= lo && x <= hi;
    };
    int n;
    if (c >= 0xC2 && c <= 0xDF) n = in(1, 0x80, 0xBF) ? 2 : 0;
    else if (c == 0xE0) n = in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if (c == 0xED) n = in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if (c == 0xF0) n = in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    else if (c >= 0xF1 && c <= 0xF3) n = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    else if (c == 0xF4) n = in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    else n = 0;
    p_ += n;
    return n != 0;
  }

  bool hex4(unsigned& cp) {
    if (end_ - p_ < 4) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = p_[k];
      unsigned v;
      if (h >= '0' && h <= '9') v = static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f') v = static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v = static_cast<unsigned>(h - 'A' + 10);
      else return false;
      cp = cp * 16 + v;
    }
    p_ += 4;
    return true;
  }

  static void put_utf8(std::string& s, unsigned cp) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // A string at p_ ('"'): a view into the text, or into a decoded copy when it has escapes.
  bool string(const char*& out, std::uint32_t& out_len) {
    ++p_;  // '"'
    const char* start = p_;
    // Fast path: no escapes. Eight bytes at a time while they are printable ASCII other than '"' and '\\'.
    for (;;) {
      while (end_ - p_ >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p_, 8);
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const std::uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
        const std::uint64_t special = ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | (w - ones * 0x20) | w;
        if (const std::uint64_t hit = special & highs) {
          // The lowest flagged byte is a real one (the tricks can flag only bytes above it).
          if constexpr (std::endian::native == std::endian::little) p_ += std::countr_zero(hit) / 8;
          break;
        }
        p_ += 8;
      }
      if (p_ == end_) return false;
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        out = start;
        out_len = static_cast<std::uint32_t>(p_ - start);
        ++p_;
        return true;
      }
      if (c == '\\') break;
      if (c < 0x20) return false;
      if (c < 0x80) {
        ++p_;
      } else if (!utf8()) {
        return false;
      }
    }
    if (decoded_.empty()) decoded_.reserve(static_cast<std::size_t>(end_ - begin_));
    std::string& s = decoded_;
    const std::size_t from = s.size();
    s.append(start, p_);
    for (;;) {
      if (p_ == end_) return false;
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        out = s.data() + from;
        out_len = static_cast<std::uint32_t>(s.size() - from);
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        const char* q = p_;
        if (!utf8()) return false;
        s.append(q, p_);
        continue;
      }
      if (c != '\\') {
        s += static_cast<char>(c);
        ++p_;
        continue;
      }
      ++p_;
      if (p_ == end_) return false;
      const char e = *p_++;
      switch (e) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          put_utf8(s, cp);
          break;
        }
        default: return false;
      }
    }
  }

  bool number(Node& n) {
    const char* start = p_;
    bool negative = false, integral = true;
    if (*p_ == '-') {
      negative = true;
      ++p_;
    }
    if (p_ == end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      return false;
    }
    if (p_ != end_ && *p_ == '.') {
      integral = false;
      ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      integral = false;
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (integral) {
      // Digits as strtoull / strtoll read them; on overflow, a double (as nlohmann falls back).
      std::uint64_t v = 0;
      bool overflow = false;
      for (const char* q = start + (negative ? 1 : 0); q != p_; ++q) {
        const auto dgt = static_cast<std::uint64_t>(*q - '0');
        if (v > (UINT64_MAX - dgt) / 10) {
          overflow = true;
          break;
        }
        v = v * 10 + dgt;
      }
      if (!overflow && !negative) {
        n.type = Type::unsigned_integer;
        n.u = v;
        return true;
      }
      if (!overflow && negative && v <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
        n.type = Type::integer;
        n.i = v == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<std::int64_t>(v);
        return true;
      }
    }
    const double d = parse_double(start, p_);
    if (!std::isfinite(d)) return false;
    n.type = Type::floating;
    n.d = d;
    return true;
  }
};

inline const Node& Value::node() const { return doc_->nodes_[n_]; }
inline Type Value::type() const { return node().type; }
inline std::string_view Value::str() const { return {node().str, node().len}; }
inline bool Value::boolean() const { return node().b; }
inline std::int64_t Value::int64() const {
  const Node& x = node();
  if (x.type == Type::integer) return x.i;
  if (x.type == Type::unsigned_integer) return static_cast<std::int64_t>(x.u);
  return static_cast<std::int64_t>(x.d);
}
inline double Value::number() const {
  const Node& x = node();
  if (x.type == Type::integer) return static_cast<double>(x.i);
  if (x.type == Type::unsigned_integer) return static_cast<double>(x.u);
  return x.d;
}
inline std::size_t Value::size() const {
  const Node& x = node();
  return x.type == Type::array || x.type == Type::object ? x.len : 0;
}
inline std::string_view Value::key() const { return {node().key, node().key_len}; }
inline Value::iterator Value::begin() const {
  const Node& x = node();
  const bool c = x.type == Type::array || x.type == Type::object;
  return iterator(doc_, doc_->kids_.data() + (c ? x.first : 0));
}
inline Value::iterator Value::end() const {
  const Node& x = node();
  const bool c = x.type == Type::array || x.type == Type::object;
  return iterator(doc_, doc_->kids_.data() + (c ? x.first + x.len : 0));
}
inline Value::iterator Value::find(std::string_view k) const {
  const auto e = end();
  if (type() != Type::object) return e;
  for (auto it = begin(); it != e; ++it)
    if (it.key() == k) return it;
  return e;
}
inline Value Value::operator[](std::size_t i) const { return Value(doc_, doc_->kids_[node().first + i]); }

}  // namespace canbao::jr
