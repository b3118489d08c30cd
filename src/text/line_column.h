#pragma once
// Byte offset -> human position, for messages that point into a text ("line 5, column 17").
// Lines and columns are 1-based. A line ends at LF, CRLF (one break) or a lone CR. A column counts
// characters (Unicode code points, i.e. UTF-8 lead bytes), not bytes, from the start of the line.
#include <cstddef>
#include <string_view>

namespace songngu {

struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};

// The position of the character that starts at `byte_offset` (offsets past the end are clamped to
// the end). Linear in byte_offset; meant for error messages, not for inner loops.
LineColumn line_column_at(std::string_view text, size_t byte_offset);

}  // namespace songngu
