#include "read/read_document.h"

#include <algorithm>

#include "base/plugin.h"
#include "read/format_readers.h"

namespace songngu {
namespace {

// The block's spans that lie in the segment, moved onto the segment's text. The segment's text is
// its span of the file with line breaks read as spaces (the segmenter joins lines), unless NFC
// changed it: then the segment keeps no spans rather than misplaced ones.
void segment_spans(Segment& seg, const Block& block, size_t block_start) {
  if (block.spans.empty() || seg.span.begin < block_start) return;
  const size_t b = seg.span.begin - block_start, e = seg.span.end - block_start;
  if (e > block.text.size() || e - b != seg.text.size()) return;
  for (size_t i = 0; i < seg.text.size(); ++i) {
    const char c = block.text[b + i];
    if (c != seg.text[i] && !(c == '\n' && seg.text[i] == ' ')) return;
  }
  for (const auto& s : block.spans) {
    const bool standalone = s.kind == InlineKind::kBreak;
    if (standalone ? (s.begin < b || s.begin >= e) : (s.end <= b || s.begin >= e)) continue;
    InlineSpan t = s;
    t.open_begin = s.begin < b;
    t.open_end = s.end > e;
    t.begin = static_cast<uint32_t>(std::max<size_t>(s.begin, b) - b);
    t.end = static_cast<uint32_t>(std::min<size_t>(s.end, e) - b);
    seg.spans.push_back(std::move(t));
  }
}

}  // namespace

const FormatReaders& format_readers() {
  using Entry = const FormatReaders* (*)();
  static const FormatReaders* const readers =
      (songngu_format_readers
           ? songngu_format_readers
           : reinterpret_cast<Entry>(plugin_symbol("documents", "songngu_format_readers")))();
  return *readers;
}

DocumentText read_document_text(const std::string& path, DocumentFormat format, const ReadOptions& options) {
  DocumentText out;
  out.format = format;
  std::string encoding = document_format_name(format);
  switch (format) {
    case DocumentFormat::kText: out.file = read_text_file(path, options); return out;
    case DocumentFormat::kHtml: out.blocks = format_readers().html(path, options, encoding); break;
    case DocumentFormat::kDocx: out.blocks = format_readers().docx(path, options); break;
    case DocumentFormat::kOdt: out.blocks = format_readers().odt(path, options); break;
  }
  out.file = blocks_as_text(out.blocks, path, encoding);
  return out;
}

void apply_block_kinds(Document& doc, const DocumentText& text) {
  if (text.blocks.empty()) return;
  // Block i starts at starts[i] in the text: blocks are joined with "\n\n".
  std::vector<size_t> starts;
  size_t pos = 0;
  for (const auto& b : text.blocks) {
    starts.push_back(pos);
    pos += b.text.size() + 2;
  }
  for (auto& seg : doc.segments) {
    const auto it = std::upper_bound(starts.begin(), starts.end(), seg.span.begin);
    if (it == starts.begin()) continue;
    const size_t index = static_cast<size_t>(it - starts.begin() - 1);
    seg.kind = segment_kind_of(text.blocks[index].kind);
    segment_spans(seg, text.blocks[index], starts[index]);
  }
}

}  // namespace songngu
