#include "read/blocks.h"

namespace songngu {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Trims every line of a block and drops lines left empty, so a block never holds a blank line
// (which the segmenter would read as the end of a paragraph).
std::string tidy(const std::string& raw) {
  std::string out;
  size_t pos = 0;
  while (pos <= raw.size()) {
    size_t end = raw.find('\n', pos);
    if (end == std::string::npos) end = raw.size();
    size_t b = pos, e = end;
    while (b < e && is_space(raw[b])) ++b;
    while (e > b && is_space(raw[e - 1])) --e;
    if (e > b) {
      if (!out.empty()) out += '\n';
      out.append(raw, b, e - b);
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kTableCell: return "table-cell";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kFootnote: return "footnote";
  }
  return "paragraph";
}

void BlockBuilder::text(std::string_view s) {
  if (!collapse_) {
    for (char c : s) current_ += (c == '\n' || c == '\r') ? ' ' : c;
    return;
  }
  for (char c : s) {
    if (is_space(c)) {
      if (!current_.empty() && current_.back() != ' ' && current_.back() != '\n') current_ += ' ';
    } else {
      current_ += c;
    }
  }
}

void BlockBuilder::spaces(size_t count) {
  current_.append(std::min<size_t>(count, 1000), ' ');
}

void BlockBuilder::end_block(BlockKind kind) {
  std::string text = tidy(current_);
  current_.clear();
  if (!text.empty()) blocks_.push_back({kind, std::move(text)});
}

TextFile blocks_as_text(const std::vector<Block>& blocks, const std::string& path, std::string encoding) {
  TextFile file;
  file.path = path;
  file.encoding = std::move(encoding);
  file.converted = true;
  for (const auto& b : blocks) {
    if (!file.text.empty()) file.text += "\n\n";
    file.text += b.text;
  }
  if (!file.text.empty()) file.text += '\n';
  return file;
}

SegmentKind segment_kind_of(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return SegmentKind::kHeading;
    case BlockKind::kListItem: return SegmentKind::kListItem;
    case BlockKind::kCaption: return SegmentKind::kCaption;
    default: return SegmentKind::kSentence;
  }
}

}  // namespace songngu
