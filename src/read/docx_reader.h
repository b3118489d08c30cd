#pragma once
// DOCX (Office Open XML, Word 2007 and later) -> blocks.
//
// Keeps: body paragraphs and tables in document order (a table cell's paragraphs are table-cell
// blocks), headings (styles Heading N / Title), list items (numbered paragraphs), captions (style
// Caption), footnotes and endnotes as footnote blocks right after the paragraph that cites them,
// text boxes once (after their paragraph), tracked changes as accepted (w:ins and w:moveTo kept,
// w:del and w:moveFrom dropped), fields by their displayed result, mc:AlternateContent once (its
// first choice), tabs, line breaks, no-break and soft hyphens as Unicode.
// Drops: proofing marks, bookmarks, rsids, comments, headers and footers, field instructions.
#include <string>

#include "read/blocks.h"
#include "text/read_text.h"

namespace songngu {

// Throws Error(kBadInput) naming the file (and part) for a file that is not a DOCX, encrypted,
// damaged, or a zip bomb. Only options.threads applies (a DOCX is UTF-8 XML).
std::vector<Block> read_docx(const std::string& path, const ReadOptions& options = {});

// The same from the XML of the main part and its notes parts (for tests and fuzzing; a main part
// past 64 KB is parsed on a helper thread as read_docx does); `notes` may be empty.
std::vector<Block> docx_blocks(const std::string& document_xml, const std::string& footnotes_xml,
                               const std::string& endnotes_xml, const std::string& path);

}  // namespace songngu
