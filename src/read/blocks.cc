#include "read/blocks.h"

#include <algorithm>
#include <cstddef>

namespace songngu {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Trims every line of a block and drops lines left empty, so a block never holds a blank line
// (which the segmenter would read as the end of a paragraph). `where[i]` becomes the offset in the
// result of the raw offset i (a dropped character maps to where the next kept one lands).
std::string tidy(const std::string& raw, std::vector<uint32_t>& where) {
  std::string out;
  where.assign(raw.size() + 1, 0);
  size_t pos = 0;
  while (pos <= raw.size()) {
    size_t end = raw.find('\n', pos);
    if (end == std::string::npos) end = raw.size();
    size_t b = pos, e = end;
    while (b < e && is_space(raw[b])) ++b;
    while (e > b && is_space(raw[e - 1])) --e;
    if (e > b) {
      if (!out.empty()) out += '\n';
      for (size_t i = pos; i < e; ++i) where[i] = static_cast<uint32_t>(out.size() + (i > b ? i - b : 0));
      out.append(raw, b, e - b);
      for (size_t i = e; i < end; ++i) where[i] = static_cast<uint32_t>(out.size());
    } else {
      for (size_t i = pos; i < end; ++i) where[i] = static_cast<uint32_t>(out.size());
    }
    if (end < raw.size()) where[end] = static_cast<uint32_t>(out.size());
    pos = end + 1;
  }
  where[raw.size()] = static_cast<uint32_t>(out.size());
  return out;
}

// A block tidy() leaves as it is: one line, no white space at either end.
bool tidy_already(const std::string& raw) {
  return !raw.empty() && !is_space(raw.front()) && !is_space(raw.back()) &&
         raw.find('\n') == std::string::npos;
}

// Moves the spans onto the tidied text (`where` null: the text was tidy already), drops those left empty and
// numbers the rest in order of opening (an outer span before the inner one opening at the same place), as
// OmegaT numbers tags.
std::vector<InlineSpan> tidy_spans(std::vector<InlineSpan> spans, const std::vector<uint32_t>* where,
                                   size_t size, bool boundary_tags) {
  std::vector<InlineSpan> out;
  for (auto& s : spans) {
    if (where) {
      s.begin = (*where)[s.begin];
      s.end = (*where)[s.end];
    }
    if (s.begin < s.end || (s.kind == InlineKind::kBreak && s.begin < size)) out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const InlineSpan& a, const InlineSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Adjacent runs with the same formatting are one span.
  for (size_t i = 0; i < out.size(); ++i)
    for (size_t j = i + 1; j < out.size() && out[j].begin <= out[i].end; ++j)
      if (out[j].begin == out[i].end && out[j].kind == out[i].kind && out[j].name == out[i].name &&
          out[i].kind != InlineKind::kBreak) {
        out[i].end = out[j].end;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
        j = i;
      }
  if (boundary_tags) {
    std::vector<uint32_t> places;
    for (const auto& s : out)
      for (uint32_t p : {s.begin, s.end})
        if (p > 0 && p < size) places.push_back(p);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    auto number_of = [&](uint32_t p) {
      const auto it = std::lower_bound(places.begin(), places.end(), p);
      return it == places.end() || *it != p || places.size() >= InlineSpan::kEnclosing
                 ? InlineSpan::kEnclosing
                 : static_cast<uint16_t>(it - places.begin());
    };
    for (auto& s : out) {
      s.boundaries = true;
      s.number = number_of(s.begin);
      s.end_number = number_of(s.end);
    }
    return out;
  }
  uint16_t number = 0;
  for (auto& s : out) {
    const bool enclosing = s.kind != InlineKind::kBreak && s.begin == 0 && s.end == size;
    s.number = enclosing || number == InlineSpan::kEnclosing ? InlineSpan::kEnclosing : number++;
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
    const size_t from = current_.size();
    current_.append(s);
    char* const end = current_.data() + current_.size();
    for (char* c = current_.data() + from; c != end; ++c) *c = *c == '\n' || *c == '\r' ? ' ' : *c;
    return;
  }
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    current_.append(s.data() + i, j - i);  // a run without white space, as it is
    if (j == s.size()) break;
    if (!current_.empty() && current_.back() != ' ' && current_.back() != '\n') current_ += ' ';
    i = j + 1;
  }
}

void BlockBuilder::spaces(size_t count) {
  current_.append(std::min<size_t>(count, 1000), ' ');
}

size_t BlockBuilder::open_span(InlineKind kind, std::string name) {
  InlineSpan s;
  s.kind = kind;
  s.name = std::move(name);
  s.begin = s.end = static_cast<uint32_t>(current_.size());
  open_.emplace_back(next_handle_, std::move(s));
  return next_handle_++;
}

void BlockBuilder::close_span(size_t handle) {
  for (size_t i = open_.size(); i-- > 0;) {
    if (open_[i].first != handle) continue;
    InlineSpan s = std::move(open_[i].second);
    open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(i));
    s.end = static_cast<uint32_t>(current_.size());
    if (s.begin < s.end || s.kind == InlineKind::kBreak) spans_.push_back(std::move(s));
    return;
  }
}

void BlockBuilder::add_span(InlineKind kind, std::string name, size_t begin) {
  if (begin >= current_.size()) return;
  InlineSpan s;
  s.kind = kind;
  s.name = std::move(name);
  s.begin = static_cast<uint32_t>(begin);
  s.end = static_cast<uint32_t>(current_.size());
  spans_.push_back(std::move(s));
}

void BlockBuilder::end_block(BlockKind kind) {
  for (auto& [handle, s] : open_) {  // still open: ends here, goes on in the next block
    InlineSpan part = s;
    part.end = static_cast<uint32_t>(current_.size());
    if (part.begin < part.end) spans_.push_back(std::move(part));
    s.begin = 0;
  }
  const bool tidy_now = !tidy_already(current_);
  std::string text = tidy_now ? tidy(current_, where_) : current_;
  std::vector<InlineSpan> spans =
      tidy_spans(std::move(spans_), tidy_now ? &where_ : nullptr, text.size(), boundary_tags_);
  spans_.clear();
  current_.clear();
  if (!text.empty()) blocks_.push_back({kind, std::move(text), std::move(spans)});
}

TextFile blocks_as_text(const std::vector<Block>& blocks, const std::string& path, std::string encoding) {
  TextFile file;
  file.path = path;
  file.encoding = std::move(encoding);
  file.converted = true;
  size_t size = 0;
  for (const auto& b : blocks) size += b.text.size() + 2;
  file.text.reserve(size);
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
