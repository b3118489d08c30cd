#include "text/line_column.h"

#include <algorithm>

namespace songngu {

LineColumn line_column_at(std::string_view text, size_t byte_offset) {
  const size_t end = std::min(byte_offset, text.size());
  LineColumn pos;
  for (size_t i = 0; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++pos.line;
      pos.column = 1;
    } else if (c == '\r') {
      // first half of CRLF: the LF ends the line
    } else if ((c & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace songngu
