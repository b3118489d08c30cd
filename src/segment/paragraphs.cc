#include "segment/paragraphs.h"

#include <algorithm>
#include <cstring>

namespace songngu {

size_t Paragraph::source_of(size_t i) const {
  auto it = std::upper_bound(pieces.begin(), pieces.end(), i,
                             [](size_t offset, const Piece& p) { return offset < p.text_begin; });
  const Piece& piece = *(it - 1);
  return piece.source_begin + (i - piece.text_begin);
}

void trim_spaces(std::string_view text, size_t& begin, size_t& end) {
  while (begin < end) {
    size_t n = space_length_at(text, begin);
    if (!n) break;
    begin += n;
  }
  while (end > begin) {
    // Spaces are 1-3 bytes long; step back over one when it ends at `end`.
    size_t n = 0;
    for (size_t len = 1; len <= 3 && len <= end - begin && !n; ++len)
      if (space_length_at(text, end - len) == len) n = len;
    if (!n) break;
    end -= n;
  }
}

size_t line_end(std::string_view text, size_t pos) {
  const char* base = text.data();
  const void* lf = std::memchr(base + pos, '\n', text.size() - pos);
  size_t eol = lf ? static_cast<size_t>(static_cast<const char*>(lf) - base) : text.size();
  if (const void* cr = std::memchr(base + pos, '\r', eol - pos))
    eol = static_cast<size_t>(static_cast<const char*>(cr) - base);
  return eol;
}

namespace {

struct Line {
  size_t begin;       // first non-space byte
  size_t end;         // one past the last non-space byte (begin == end: blank)
  size_t line_break;  // offset of the line terminator (text.size() for the last line)
};

Line trimmed(std::string_view text, size_t begin, size_t end) {
  size_t b = begin, e = end;
  trim_spaces(text, b, e);
  return {b, e, end};
}

// "Mekong-" glued to its word: the hyphen stays and the next line follows without a space.
bool ends_with_glued_hyphen(std::string_view text, const Line& line) {
  if (line.end - line.begin < 2 || text[line.end - 1] != '-') return false;
  return space_length_at(text, line.end - 2) == 0 && text[line.end - 2] != '-';
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text, size_t base) {
  std::vector<Paragraph> out;
  Paragraph* current = nullptr;  // out.back() while a paragraph is open (built in place)
  Line previous{};
  // Most files have no CR at all: then a line ends at the next LF (one memchr per line, not two).
  const bool has_cr = std::memchr(text.data(), '\r', text.size()) != nullptr;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.size();
    if (has_cr) {
      eol = line_end(text, pos);
    } else if (const void* lf = std::memchr(text.data() + pos, '\n', text.size() - pos)) {
      eol = static_cast<size_t>(static_cast<const char*>(lf) - text.data());
    }
    Line line = trimmed(text, pos, eol);
    if (line.begin == line.end) {
      current = nullptr;
    } else {
      if (!current) {
        current = &out.emplace_back();
      } else {
        size_t wrap_at = current->text.size();
        if (!ends_with_glued_hyphen(text, previous)) {
          current->pieces.push_back({current->text.size(), base + previous.line_break});
          current->text.push_back(' ');
        }
        current->wraps.push_back(wrap_at);
      }
      current->pieces.push_back({current->text.size(), base + line.begin});
      current->text.append(text.substr(line.begin, line.end - line.begin));
      previous = line;
    }
    if (eol >= text.size()) break;
    pos = eol + ((text[eol] == '\r' && eol + 1 < text.size() && text[eol + 1] == '\n') ? 2 : 1);
  }
  return out;
}

}  // namespace songngu
