#pragma once
// One entry to the readers: a file in any supported format -> the text the segmenter reads, plus
// the blocks it came from. Plain text goes to the text layer unchanged (read_text_file); HTML,
// DOCX and ODT come out as their blocks, one paragraph each (blocks_as_text). After this point
// nothing knows which format a text came from.
#include <string>
#include <vector>

#include "read/blocks.h"
#include "read/document_format.h"
#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

struct DocumentText {
  DocumentFormat format = DocumentFormat::kText;
  TextFile file;              // what the segmenter reads
  std::vector<Block> blocks;  // empty for plain text
};

// Reads `path` as `format` (ReadOptions::encoding applies to plain text and HTML). Throws
// Error(kBadInput) naming the file for unreadable or invalid input.
DocumentText read_document_text(const std::string& path, DocumentFormat format, const ReadOptions& options);

// Gives the segments of `doc`, segmented from `text.file`, the kinds of the blocks they lie in
// (see segment_kind_of) and the blocks' formatting spans that lie in them (Segment::spans).
void apply_block_kinds(Document& doc, const DocumentText& text);

}  // namespace songngu
