#pragma once
// The XML parts of office documents, parsed with tinyxml2. Office XML is matched by local names
// (w:p -> "p"), since the prefixes are the writer's choice.
#include <tinyxml2.h>

#include <string>
#include <string_view>

namespace songngu {

// Parses `xml` (a part named `part` of the file `path`) into `doc`. tinyxml2 9 drops text nodes
// that hold only white space, but in office XML "<w:t> </w:t>" is a real space, so such runs are
// written as character references first. A document that is not well-formed, or that declares
// entities (a DTD), is an Error(kBadInput) naming the file, part and line.
void parse_xml_part(std::string xml, const std::string& path, const std::string& part,
                    tinyxml2::XMLDocument& doc);

// The same without the office-specific checks, for any XML file the caller has already checked for
// document type declarations: not well-formed XML is an Error(kBadInput) naming the file and line.
// White space between tags is kept as text, as above.
void parse_xml_text(std::string xml, const std::string& path, tinyxml2::XMLDocument& doc);

// "w:p" -> "p".
std::string_view local_name(const tinyxml2::XMLElement& e);

// The attribute with this local name, whatever its prefix, or nullptr.
const char* attribute_local(const tinyxml2::XMLElement& e, std::string_view name);

}  // namespace songngu
