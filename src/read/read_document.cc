#include "read/read_document.h"

#include <algorithm>

#include "read/docx_reader.h"
#include "read/html_reader.h"
#include "read/odt_reader.h"

namespace songngu {

DocumentText read_document_text(const std::string& path, DocumentFormat format, const ReadOptions& options) {
  DocumentText out;
  out.format = format;
  std::string encoding = document_format_name(format);
  switch (format) {
    case DocumentFormat::kText: out.file = read_text_file(path, options); return out;
    case DocumentFormat::kHtml: out.blocks = read_html(path, options, encoding); break;
    case DocumentFormat::kDocx: out.blocks = read_docx(path); break;
    case DocumentFormat::kOdt: out.blocks = read_odt(path); break;
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
    seg.kind = segment_kind_of(text.blocks[static_cast<size_t>(it - starts.begin() - 1)].kind);
  }
}

}  // namespace songngu
