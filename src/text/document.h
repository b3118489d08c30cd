#pragma once
// The data type at the text -> segment boundary: a document cut into segments. Each segment keeps
// the text the user wrote (soft wraps joined), a match key for comparison, and its byte span in the
// original file, so every output can point back to the bytes it came from.
#include <cstddef>
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

struct Segment {
  std::string text;  // NFC, soft wraps joined with one space, otherwise as written
  std::string key;   // match key: NFC, tone mark as trailing digit, case-folded, spaces folded
  SegmentKind kind = SegmentKind::kSentence;
  size_t paragraph = 0;  // index of the paragraph (blank-line separated block) holding it
  ByteSpan span;
};

struct Document {
  Lang lang;
  std::string path;  // as given by the user ("-" for standard input)
  std::vector<Segment> segments;
  size_t paragraph_count = 0;
};

}  // namespace songngu
