#pragma once
// Small XML files held whole (XLIFF, inline markup), parsed into a tinyxml2 tree. The parts of
// office documents are streamed instead (read/xml_stream.h).
#include <tinyxml2.h>

#include <string>
#include <string_view>

namespace songngu {

// Parses `xml` into `doc`, for an XML file the caller has already checked for document type
// declarations: not well-formed XML is an Error(kBadInput) naming the file and line. tinyxml2 9
// drops text nodes that hold only white space, but there "<seg> </seg>" is a real space, so such
// runs are written as character references first.
void parse_xml_text(std::string xml, const std::string& path, tinyxml2::XMLDocument& doc);

// "w:p" -> "p".
std::string_view local_name(const tinyxml2::XMLElement& e);

}  // namespace songngu
