#include "align/tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "lang/numbers.h"
#include "lang/word_lists.h"
#include "text/normalize.h"

namespace songngu {
namespace {

bool is_hangul(UChar32 c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}
bool is_han(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(c));
  out.append(buf, static_cast<size_t>(len));
}

void emit_hangul_word(std::u32string& word, std::vector<std::string>& out) {
  for (const auto& p : ko_alignment_particles()) {
    if (word.size() > p.size() && word.compare(word.size() - p.size(), p.size(), p) == 0) {
      word.resize(word.size() - p.size());
      break;
    }
  }
  for (char32_t c : word) {
    std::string s;
    append_utf8(s, c);
    out.push_back(std::move(s));
  }
}

bool is_kept_punctuation(UChar32 c) {
  return c == '?' || c == '!' || c == '(' || c == ')' || c == ':' || c == '"' || c == 0xFF1F || c == 0xFF01;
}

}  // namespace

std::vector<std::string> alignment_tokens(std::string_view text, std::string_view key,
                                          std::string_view lang_base) {
  std::vector<std::string> out;
  // Most tokens take 3 bytes or more (a Hangul syllable, a word and its space): no regrowth.
  out.reserve(key.size() / 3 + 2);
  const char* p = key.data();
  const int32_t n = static_cast<int32_t>(key.size());
  int32_t i = 0;
  std::u32string hangul;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (is_hangul(c)) {
      hangul.assign(1, static_cast<char32_t>(c));
      while (i < n) {
        int32_t next = i;
        UChar32 d;
        U8_NEXT(p, next, n, d);
        if (!is_hangul(d)) break;
        hangul.push_back(static_cast<char32_t>(d));
        i = next;
      }
      emit_hangul_word(hangul, out);
    } else if (is_han(c)) {
      out.emplace_back(p + start, static_cast<size_t>(i - start));
    } else if (u_isalpha(c)) {
      // A Latin-script word: letters, marks and digits (tone digits, "utf8", "a4").
      while (i < n) {
        int32_t next = i;
        UChar32 d;
        U8_NEXT(p, next, n, d);
        if (d < 0 || is_hangul(d) || is_han(d) || !(u_isalnum(d) || (U_GET_GC_MASK(d) & U_GC_M_MASK))) break;
        i = next;
      }
      out.emplace_back(p + start, static_cast<size_t>(i - start));
    } else if (u_isdigit(c)) {
      while (i < n) {  // numbers come from extract_numbers below
        int32_t next = i;
        UChar32 d;
        U8_NEXT(p, next, n, d);
        if (!(u_isdigit(d) || d == '.' || d == ',')) break;
        i = next;
      }
    } else if (is_kept_punctuation(c)) {
      out.emplace_back(1, static_cast<char>(c < 0x80 ? c : (c == 0xFF1F ? '?' : '!')));
    }
  }
  for (auto& number : extract_numbers(text, lang_base)) out.push_back("#" + number);
  return out;
}

bool ends_as_sentence(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(text.data(), 0, i, c);
    end = static_cast<size_t>(i);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0) continue;
    const int8_t type = static_cast<int8_t>(u_charType(c));
    if (type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION || c == '"' || c == '\'') continue;
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 || c == 0x3002 ||
           c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0xFF0E;
  }
  return false;
}

uint32_t text_length(std::string_view text) {
  uint32_t count = 0;
  for (unsigned char ch : text) {
    // Count code point starts that are not ASCII whitespace; multi-byte spaces are rare enough.
    if ((ch & 0xC0) != 0x80 && ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') ++count;
  }
  return count;
}

bool is_hangul_token(std::string_view token) {
  if (token.size() != 3) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(token.data(), i, 3, c);
  return is_hangul(c);
}

}  // namespace songngu
