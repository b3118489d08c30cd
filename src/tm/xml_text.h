#pragma once
// XML 1.0 character rules for the TMX writer: escaping for text and attribute values, and removal of
// what XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, surrogates,
// ill-formed UTF-8). Removal is counted so the CLI can warn with the number of characters dropped.
//
// Contract: input is UTF-8 (ill-formed sequences are dropped byte by byte and counted); output is
// UTF-8 that any XML 1.0 parser reads back to the same characters (CR, and tab/LF in attributes, are
// written as character references because parsers would otherwise normalize them away).
#include <cstddef>
#include <string>
#include <string_view>

namespace songngu {

// Appends `text` escaped for element content (& < > and CR escaped). Returns characters removed.
size_t append_escaped_text(std::string& out, std::string_view text);
// Appends `value` escaped for a double-quoted attribute value. Returns characters removed.
size_t append_escaped_attribute(std::string& out, std::string_view value);
// Appends already-escaped XML content (inline markup) with forbidden characters removed. Returns
// characters removed.
size_t append_markup(std::string& out, std::string_view markup);

// True when the code point may appear in an XML 1.0 document.
bool is_xml_char(char32_t c);

}  // namespace songngu
