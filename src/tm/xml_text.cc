#include "tm/xml_text.h"

namespace songngu {
namespace {

enum class Mode { kText, kAttribute, kMarkup };

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when ill-formed (overlong forms,
// surrogates and code points above U+10FFFF count as ill-formed).
size_t decode_utf8(std::string_view s, size_t i, char32_t& c) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  size_t len;
  char32_t min;
  if (b < 0x80) {
    c = b;
    return 1;
  } else if ((b & 0xE0) == 0xC0) {
    len = 2, c = b & 0x1F, min = 0x80;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3, c = b & 0x0F, min = 0x800;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4, c = b & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) return 0;
    c = (c << 6) | (cb & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return len;
}

size_t append(std::string& out, std::string_view in, Mode mode) {
  size_t removed = 0;
  size_t i = 0;
  while (i < in.size()) {
    // Fast path: a run of bytes that need no attention.
    size_t run = i;
    while (run < in.size()) {
      unsigned char b = static_cast<unsigned char>(in[run]);
      if (b < 0x20 || b >= 0x80 || b == '&' || b == '<' || b == '>' || b == '"') break;
      ++run;
    }
    out.append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    char32_t c;
    size_t len = decode_utf8(in, i, c);
    if (len == 0) {  // ill-formed byte: dropped
      ++removed;
      ++i;
      continue;
    }
    if (!is_xml_char(c)) {
      ++removed;
      i += len;
      continue;
    }
    if (mode == Mode::kMarkup) {
      out.append(in.data() + i, len);
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += mode == Mode::kAttribute ? "&quot;" : "\"";
    } else if (c == '\r') {
      out += "&#13;";
    } else if (mode == Mode::kAttribute && c == '\n') {
      out += "&#10;";
    } else if (mode == Mode::kAttribute && c == '\t') {
      out += "&#9;";
    } else {
      out.append(in.data() + i, len);
    }
    i += len;
  }
  return removed;
}

}  // namespace

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

size_t append_escaped_text(std::string& out, std::string_view text) {
  return append(out, text, Mode::kText);
}

size_t append_escaped_attribute(std::string& out, std::string_view value) {
  return append(out, value, Mode::kAttribute);
}

size_t append_markup(std::string& out, std::string_view markup) {
  return append(out, markup, Mode::kMarkup);
}

}  // namespace songngu
