#pragma once
// The data type at the text -> segment boundary: a document cut into segments. Each segment keeps
// the text the user wrote (soft wraps joined), a match key for comparison, and its byte span in the
// original file, so every output can point back to the bytes it came from.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/lang.h"

namespace songngu {

enum class SegmentKind {
  kSentence,
  kHeading,   // a title line
  kCaption,   // "... Ảnh: Báo Nhân dân"
  kMetadata,  // " date 2025-10-30" header glued to the lead sentence
  kByline,
  kListItem,  // a numbered point "1.Hai bên ..." (the number is part of the text)
};

const char* segment_kind_name(SegmentKind kind);  // "sentence", "heading", ...

struct ByteSpan {
  size_t begin = 0;  // offsets into the original file's bytes (after decoding when the file was
  size_t end = 0;    // not UTF-8: then into the decoded UTF-8 text; see read_text_file)
};

// Formatting a document reader (HTML, DOCX, ODT) found over a stretch of text: the inline
// formatting that becomes paired tags (bold, italic, underline, a link, code) or a standalone code
// (a line break inside a block: begin == end).
enum class InlineKind : uint8_t { kBold, kItalic, kUnderline, kLink, kCode, kOther, kBreak };

struct InlineSpan {
  uint32_t begin = 0;  // byte offsets into the text the span belongs to (a block's, a segment's)
  uint32_t end = 0;
  InlineKind kind = InlineKind::kOther;
  // The span's place among the formatting of its block, counted from 0 in order of opening, the
  // way OmegaT numbers a paragraph's tags; kEnclosing for formatting over the whole block, which
  // OmegaT leaves out of its segments.
  uint16_t number = 0;
  // Set when OmegaT shows the span as two standalone tags <tN/>, one where it opens (number) and one
  // where it closes (end_number), numbered by the places formatting changes in the block (its DOCX
  // filter); kEnclosing for an end at the block's start or end, which OmegaT leaves out.
  bool boundaries = false;
  uint16_t end_number = 0;
  // In a segment: the span began before the segment / goes on after it (a bold stretch across a
  // sentence end), so only one of its ends lies in the segment.
  bool open_begin = false;
  bool open_end = false;
  std::string name;  // the source format's short name for the code, as OmegaT shows it: "b", "a", "br"
  static constexpr uint16_t kEnclosing = 0xFFFF;
};

struct Segment {
  std::string text;  // NFC, soft wraps joined with one space, otherwise as written
  std::string key;   // match key: NFC, tone mark as trailing digit, case-folded, spaces folded
  SegmentKind kind = SegmentKind::kSentence;
  size_t paragraph = 0;  // index of the paragraph (blank-line separated block) holding it
  ByteSpan span;
  std::vector<InlineSpan> spans = {};  // formatting inside `text`, from a document reader; by begin
};

struct Document {
  Lang lang;
  std::string path;  // as given by the user ("-" for standard input)
  std::vector<Segment> segments;
  size_t paragraph_count = 0;
};

}  // namespace songngu
