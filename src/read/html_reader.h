#pragma once
// HTML and XHTML -> blocks, with an HTML5 parser (gumbo), so real pages with unclosed tags read as
// a browser reads them.
//
// Keeps: headings h1-h6, paragraphs and other block elements (div, blockquote, pre, address, ...),
// list items (li, dt, dd), table cells (td, th), captions (caption, figcaption), <br> as a line
// break; character references decoded.
// Drops: <head> (title included), script, style, noscript, template, nav, header and footer,
// aside (sidebars), iframe, object, svg, math, form controls (select, button, textarea), elements that are
// hidden (the hidden attribute, aria-hidden="true", style display:none or visibility:hidden). Charset: the
// byte order mark, else --encoding (ReadOptions::encoding, or the per-language one for options.lang), else
// <meta charset> or <meta http-equiv Content-Type>, else UTF-8 (or what text/read_text.h detects).
#include <string>

#include "read/blocks.h"
#include "text/read_text.h"

namespace songngu {

// The charset a page declares in a <meta> element within its first 4 kB, lowercased, or "".
std::string declared_charset(std::string_view bytes);

// Parses UTF-8 HTML into blocks.
std::vector<Block> html_blocks(std::string_view html);

// Reads and decodes the file (as declared_charset and `options` say), then html_blocks. Errors as
// read_text_file's, or Error(kBadInput) for a charset ICU does not know. `encoding` receives the
// encoding the bytes were decoded from.
std::vector<Block> read_html(const std::string& path, const ReadOptions& options, std::string& encoding);

}  // namespace songngu
