#include "review/json.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "base/error.h"
#include "base/escape.h"
#include "text/utf8.h"

namespace songngu {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  JsonObject object() {
    JsonObject out;
    space();
    expect('{');
    space();
    if (peek() == '}') {
      ++pos_;
    } else {
      for (;;) {
        space();
        std::string name = string();
        space();
        expect(':');
        space();
        JsonScalar value = scalar();
        if (!out.emplace(std::move(name), std::move(value)).second) fail("a member name used once");
        space();
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        expect('}');
        break;
      }
    }
    space();
    if (pos_ != text_.size()) fail("the end of the text");
    return out;
  }

 private:
  [[noreturn]] void fail(const char* expected) {
    throw Error(ErrorKind::kBadInput, N_("bad JSON: expected {1} at byte {2}"),
                {expected, std::to_string(pos_)});
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void expect(char c) {
    if (peek() != c) fail(c == '{' ? "'{'" : c == '}' ? "'}' or ','" : c == ':' ? "':'" : "'\"'");
    ++pos_;
  }
  void space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }
  bool word(std::string_view w) {
    if (text_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }
  JsonScalar scalar() {
    JsonScalar v;
    const char c = peek();
    if (c == '"') {
      v.type = JsonScalar::Type::kString;
      v.string = string();
    } else if (word("true") || word("false")) {
      v.type = JsonScalar::Type::kBool;
      v.boolean = text_[pos_ - 1] == 'e' && text_[pos_ - 2] == 'u';
    } else if (word("null")) {
      v.type = JsonScalar::Type::kNull;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.type = JsonScalar::Type::kNumber;
      v.number = number();
    } else {
      fail("a string, number, true, false or null");
    }
    return v;
  }
  double number() {
    const size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') ++pos_;
    } else {
      fail("a digit");
    }
    if (peek() == '.') {
      ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) fail("a digit");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) fail("a digit");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    return std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr);
  }
  unsigned hex4() {
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = peek();
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        fail("four hexadecimal digits");
      ++pos_;
    }
    return v;
  }
  std::string string() {
    if (peek() != '"') fail("a string");
    ++pos_;
    std::string out;
    for (;;) {
      if (pos_ >= text_.size()) fail("'\"'");
      const unsigned char c = static_cast<unsigned char>(text_[pos_++]);
      if (c == '"') return out;
      if (c < 0x20) fail("no control character in a string");
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      const char e = peek();
      ++pos_;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {
            if (!word("\\u")) fail("a low surrogate");
            const uint32_t low = hex4();
            if (low < 0xDC00 || low >= 0xE000) fail("a low surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            fail("a high surrogate first");
          }
          append_utf8(out, cp);
          break;
        }
        default: --pos_, fail("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

JsonObject parse_json_object(std::string_view text) {
  return Parser(text).object();
}

std::optional<std::string> json_string(const JsonObject& object, const std::string& name) {
  auto it = object.find(name);
  if (it == object.end() || it->second.type != JsonScalar::Type::kString) return std::nullopt;
  return it->second.string;
}

std::optional<uint64_t> json_index(const JsonObject& object, const std::string& name) {
  auto it = object.find(name);
  if (it == object.end() || it->second.type != JsonScalar::Type::kNumber) return std::nullopt;
  const double v = it->second.number;
  if (!(v >= 0) || v > 9007199254740991.0 || std::floor(v) != v) return std::nullopt;
  return static_cast<uint64_t>(v);
}

std::string json_quote(std::string_view text) {
  // base's JSON literal, with "<" escaped too: the page embeds the JSON in a <script> element,
  // where "</script>" in a segment would end it. An escaped literal has no other "<".
  const std::string literal = json_string(text);
  std::string out;
  for (char c : literal) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return out;
}

}  // namespace songngu
