#pragma once
// Unwrapping: cutting text into paragraphs and joining soft-wrapped lines, with a map from every
// byte of the joined text back to the input bytes.
//
// Contract: a line that is empty or holds only spaces ends a paragraph; "\n", "\r\n" and "\r" all end
// a line. Inside a paragraph a single line break is a soft wrap: the spaces around it become one
// ASCII space, except after a hyphen glued to a word ("Mekong-" + "Hàn Quốc" -> "Mekong-Hàn Quốc"),
// where the lines join with no space. Line length is never used to guess anything. Leading and
// trailing spaces of a paragraph are left out. Nothing else changes (no NFC here).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct Paragraph {
  // A run of `text` copied from consecutive input bytes (one line), or an inserted space (which
  // maps to its line break).
  struct Piece {
    size_t text_begin;
    size_t source_begin;
  };

  std::string text;           // the joined paragraph
  std::vector<Piece> pieces;  // in text order; pieces[0].text_begin == 0
  std::vector<size_t> wraps;  // offsets in `text` of the soft wraps (the inserted space, or the join point)

  // Input offset of text[i].
  size_t source_of(size_t i) const;
  // Input byte span of text[begin, end) (end > begin): from the first byte to one past the last.
  size_t source_begin(size_t begin) const { return source_of(begin); }
  size_t source_end(size_t end) const { return source_of(end - 1) + 1; }
};

// `base` is added to every source offset (the input's position in the original file).
std::vector<Paragraph> split_paragraphs(std::string_view text, size_t base = 0);

// True for the spaces that unwrapping and trimming treat as blank: ASCII space and tab, U+00A0
// no-break space, U+202F narrow no-break space, U+3000 ideographic space, U+FEFF. Returns the byte
// length of the space at `text[i]`, or 0.
inline size_t space_length_at(std::string_view text, size_t i) {  // inline: called per byte
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
  if (c < 0xC2) return 0;
  const auto next = [&](size_t k) {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
  };
  if (c == 0xC2) return next(1) == 0xA0 ? 2 : 0;
  if (c == 0xE2) return next(1) == 0x80 && next(2) == 0xAF ? 3 : 0;
  if (c == 0xE3) return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0;
  if (c == 0xEF) return next(1) == 0xBB && next(2) == 0xBF ? 3 : 0;
  return 0;
}

// Offset of the first '\n' or '\r' at or after `pos`, or text.size().
size_t line_end(std::string_view text, size_t pos);

// Moves `begin` forward and `end` back over such spaces.
void trim_spaces(std::string_view text, size_t& begin, size_t& end);

}  // namespace songngu
