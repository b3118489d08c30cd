#include "tm/xml_text.h"

#include "text/utf8.h"

namespace songngu {
namespace {

enum class Mode { kText, kAttribute, kMarkup };

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
