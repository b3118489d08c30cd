#pragma once
// ODT (OpenDocument Text, LibreOffice's own format) -> blocks.
//
// Keeps: text:h (heading), text:p, list items, table cells, captions (paragraph styles named
// Caption, Illustration, Table, Figure, Drawing), notes (footnotes, endnotes) as footnote
// blocks after the paragraph that cites them, frames' text boxes after their paragraph, text:s with
// its count, text:tab, text:line-break, fields by their displayed text, index (table of contents)
// bodies as written, tracked changes as accepted (the deleted text stored in text:tracked-changes
// is left out).
// Drops: note citations, annotations (comments), headers/footers (styles.xml), hidden
// paragraphs' conditions, images' titles and descriptions.
#include <string>

#include "read/blocks.h"
#include "text/read_text.h"

namespace songngu {

// Throws Error(kBadInput) naming the file for a file that is not an ODT, encrypted, damaged, or a zip bomb.
// Only options.threads applies.
std::vector<Block> read_odt(const std::string& path, const ReadOptions& options = {});

// The same from content.xml (for tests and fuzzing).
std::vector<Block> odt_blocks(const std::string& content_xml, const std::string& path);

}  // namespace songngu
