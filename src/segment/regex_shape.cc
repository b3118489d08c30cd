#include "segment/regex_shape.h"

#include <unicode/parsepos.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace songngu {
namespace {

constexpr int32_t kUnbounded = -1;
constexpr int32_t kCap = 1 << 20;  // lengths above this count as unbounded (no overflow)

// What a piece of a pattern can match.
struct Shape {
  int32_t max = 0;                      // kUnbounded: no bound
  bool nullable = true;                 // can match the empty string
  bool zero_width = false;              // an assertion: ^ $ \b \B or a lookaround
  std::optional<icu::UnicodeSet> last;  // every non-empty match ends with one of these; nullopt: any
};

int32_t add(int32_t a, int32_t b) {
  if (a == kUnbounded || b == kUnbounded || a + b > kCap) return kUnbounded;
  return a + b;
}

Shape assertion() {
  Shape s;
  s.zero_width = true;
  return s;
}

Shape one_character(std::optional<icu::UnicodeSet> set, int32_t max_units = 2) {
  Shape s;
  s.max = max_units;
  s.nullable = false;
  s.last = std::move(set);
  return s;
}

class Reader {
 public:
  explicit Reader(const std::string& r) : r_(r) {}

  std::optional<Shape> whole() {
    std::optional<Shape> s = alternation();
    if (!s || i_ != r_.size()) return std::nullopt;
    return s;
  }

 private:
  bool at(char c) const { return i_ < r_.size() && r_[i_] == c; }
  bool starts(const char* prefix) const {
    return r_.compare(i_, std::char_traits<char>::length(prefix), prefix) == 0;
  }

  // alternation := sequence ('|' sequence)*, up to a ')' or the end.
  std::optional<Shape> alternation() {
    std::optional<Shape> result = sequence();
    while (result && at('|')) {
      ++i_;
      std::optional<Shape> next = sequence();
      if (!next) return std::nullopt;
      Shape merged;
      merged.max = result->max == kUnbounded || next->max == kUnbounded ? kUnbounded
                                                                        : std::max(result->max, next->max);
      merged.nullable = result->nullable || next->nullable;
      merged.zero_width = result->zero_width && next->zero_width;
      if (result->last && next->last) {
        merged.last = *result->last;
        merged.last->addAll(*next->last);
      }
      result = std::move(merged);
    }
    return result;
  }

  std::optional<Shape> sequence() {
    std::vector<Shape> atoms;
    while (i_ < r_.size() && !at('|') && !at(')')) {
      std::optional<Shape> a = quantified_atom();
      if (!a) return std::nullopt;
      atoms.push_back(std::move(*a));
    }
    Shape s;
    s.zero_width = !atoms.empty();
    for (const Shape& a : atoms) {
      s.max = add(s.max, a.max);
      s.nullable = s.nullable && a.nullable;
      s.zero_width = s.zero_width && a.zero_width;
    }
    // The last character: from the end, through atoms that can be empty, to one that cannot.
    icu::UnicodeSet last;
    for (auto it = atoms.rbegin(); it != atoms.rend(); ++it) {
      if (it->zero_width || !it->last) return s;  // not known
      last.addAll(*it->last);
      if (!it->nullable) {
        s.last = last;
        return s;
      }
    }
    return s;  // every atom can be empty: not known
  }

  std::optional<Shape> quantified_atom() {
    std::optional<Shape> a = atom();
    if (!a) return std::nullopt;
    int64_t lo = 1, hi = 1;  // hi < 0: unbounded
    if (at('?'))
      lo = 0, hi = 1, ++i_;
    else if (at('*'))
      lo = 0, hi = -1, ++i_;
    else if (at('+'))
      lo = 1, hi = -1, ++i_;
    else if (at('{') && !counted(lo, hi))
      return std::nullopt;
    else if (lo == 1 && hi == 1)
      return a;
    if (at('?') || at('+')) ++i_;  // lazy or possessive: the same matches
    if (hi == 0) return assertion();
    Shape q = std::move(*a);
    if (q.max != 0) q.max = hi < 0 || q.max * hi > kCap ? kUnbounded : static_cast<int32_t>(q.max * hi);
    q.nullable = q.nullable || lo == 0;
    return q;
  }

  // {n}, {n,}, {n,m}
  bool counted(int64_t& lo, int64_t& hi) {
    ++i_;
    auto number = [&](int64_t& v) {
      size_t start = i_;
      v = 0;
      while (i_ < r_.size() && r_[i_] >= '0' && r_[i_] <= '9' && v < kCap) v = v * 10 + (r_[i_++] - '0');
      return i_ > start;
    };
    if (!number(lo)) return false;
    hi = lo;
    if (at(',')) {
      ++i_;
      if (!number(hi)) hi = -1;
    }
    if (!at('}')) return false;
    ++i_;
    return hi < 0 || hi >= lo;
  }

  std::optional<Shape> atom() {
    const char c = r_[i_];
    if (c == '(') return group();
    if (c == '[') return character_class();
    if (c == '\\') return escape();
    if (c == '.') return ++i_, one_character(std::nullopt);
    if (c == '^' || c == '$') return ++i_, assertion();
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ']') return std::nullopt;
    return literal();
  }

  std::optional<Shape> literal() {
    int32_t i = static_cast<int32_t>(i_);
    UChar32 c;
    U8_NEXT(r_.data(), i, static_cast<int32_t>(r_.size()), c);
    if (c < 0) return std::nullopt;
    i_ = static_cast<size_t>(i);
    return one_character(icu::UnicodeSet(c, c), U16_LENGTH(c));
  }

  std::optional<Shape> group() {
    bool lookaround = false;
    if (starts("(?:"))
      i_ += 3;
    else if (starts("(?=") || starts("(?!"))
      i_ += 3, lookaround = true;
    else if (starts("(?<=") || starts("(?<!"))
      i_ += 4, lookaround = true;
    else if (starts("(?"))
      return std::nullopt;  // flags, atomic or named groups: not understood
    else
      i_ += 1;
    std::optional<Shape> inner = alternation();
    if (!inner || !at(')')) return std::nullopt;
    ++i_;
    if (lookaround) return assertion();
    return inner;
  }

  std::optional<Shape> escape() {
    if (i_ + 1 >= r_.size()) return std::nullopt;
    const char e = r_[i_ + 1];
    switch (e) {
      case 'b':
      case 'B': i_ += 2; return assertion();
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
      case 'R': i_ += 2; return one_character(std::nullopt);
      case 't': i_ += 2; return one_character(icu::UnicodeSet(0x09, 0x09), 1);
      case 'n': i_ += 2; return one_character(icu::UnicodeSet(0x0A, 0x0A), 1);
      case 'r': i_ += 2; return one_character(icu::UnicodeSet(0x0D, 0x0D), 1);
      case 'f': i_ += 2; return one_character(icu::UnicodeSet(0x0C, 0x0C), 1);
      case 'e': i_ += 2; return one_character(icu::UnicodeSet(0x1B, 0x1B), 1);
      case 'a': i_ += 2; return one_character(icu::UnicodeSet(0x07, 0x07), 1);
      case 'p':
      case 'P': {
        size_t end = i_ + 2;
        if (end < r_.size() && r_[end] == '{') end = r_.find('}', end);
        if (end == std::string::npos || end >= r_.size()) return std::nullopt;
        std::optional<icu::UnicodeSet> set = parse_set("[" + r_.substr(i_, end + 1 - i_) + "]");
        if (!set) return std::nullopt;
        i_ = end + 1;
        return one_character(std::move(set));
      }
      default: break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) return std::nullopt;
    ++i_;  // an escaped punctuation or non-ASCII character stands for itself
    return literal();
  }

  // [...]: parsed by icu::UnicodeSet after escaping what UnicodeSet patterns read differently from
  // ICU regex classes (spaces, quotes, {strings}, $, &, ~, ^ inside); classes with set operators
  // (&& -- ~~) or escapes UnicodeSet does not know (\d, \s, ...) are not understood.
  std::optional<Shape> character_class() {
    std::string pattern = "[";
    size_t j = i_ + 1;
    auto negation = [&] {
      if (j < r_.size() && r_[j] == '^') pattern += '^', ++j;
    };
    negation();
    if (j < r_.size() && r_[j] == ']') return std::nullopt;
    int depth = 1;
    while (j < r_.size() && depth > 0) {
      const char c = r_[j];
      if (c == '\\') {
        if (j + 1 >= r_.size()) return std::nullopt;
        const char e = r_[j + 1];
        const bool alnum = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9');
        if (alnum && e != 'p' && e != 'P' && e != 't' && e != 'n' && e != 'r' && e != 'f')
          return std::nullopt;
        size_t end = j + 2;
        if ((e == 'p' || e == 'P') && end < r_.size() && r_[end] == '{') {
          end = r_.find('}', end);
          if (end == std::string::npos) return std::nullopt;
          ++end;
        }
        pattern.append(r_, j, end - j);
        j = end;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
      if ((c == '&' || c == '-' || c == '~') && j + 1 < r_.size() && r_[j + 1] == c) return std::nullopt;
      if (c == '[') {
        ++depth, pattern += c, ++j;
        negation();
        continue;
      }
      if (c == ']') --depth;
      if (c == ' ' || c == '\'' || c == '$' || c == '{' || c == '}' || c == '&' || c == '~' || c == '^')
        pattern += '\\';
      pattern += c;
      ++j;
    }
    if (depth != 0) return std::nullopt;
    std::optional<icu::UnicodeSet> set = parse_set(pattern);
    if (!set) return std::nullopt;
    i_ = j;
    return one_character(std::move(set));
  }

  static std::optional<icu::UnicodeSet> parse_set(const std::string& pattern) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(pattern);
    icu::ParsePosition position(0);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set;
    set.applyPattern(u, position, 0, nullptr, status);  // options 0: spaces are not skipped
    if (U_FAILURE(status) || position.getIndex() != u.length()) return std::nullopt;
    return set;
  }

  const std::string& r_;
  size_t i_ = 0;
};

}  // namespace

RegexShape regex_shape(const std::string& regex) {
  RegexShape out;
  std::optional<Shape> s = Reader(regex).whole();
  if (!s) return out;
  out.max_length = s->max;
  if (!s->nullable) out.last = s->last;
  return out;
}

}  // namespace songngu
