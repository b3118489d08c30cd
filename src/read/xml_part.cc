#include "read/xml_part.h"

#include "base/error.h"

namespace songngu {
namespace {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string protect_space_runs(const std::string& xml) {
  std::string out;
  out.reserve(xml.size() + xml.size() / 16);
  size_t i = 0;
  while (i < xml.size()) {
    const char c = xml[i];
    out += c;
    ++i;
    if (c != '>') continue;
    size_t j = i;
    while (j < xml.size() && is_xml_space(xml[j])) ++j;
    if (j > i && j < xml.size() && xml[j] == '<') {
      // Newlines keep their place so tinyxml2's line numbers stay right.
      for (size_t k = i; k < j; ++k) out += xml[k] == '\n' ? std::string("&#10;\n") : std::string("&#32;");
      i = j;
    }
  }
  return out;
}

// Parses with white-space runs protected; false when tinyxml2 finds the XML not well-formed.
bool parse_protected(std::string xml, tinyxml2::XMLDocument& doc) {
  const std::string fixed = protect_space_runs(xml);
  xml.clear();
  xml.shrink_to_fit();
  return doc.Parse(fixed.data(), fixed.size()) == tinyxml2::XML_SUCCESS;
}

Location error_location(const std::string& path, const tinyxml2::XMLDocument& doc) {
  Location where{path};
  where.line = static_cast<size_t>(doc.ErrorLineNum());
  return where;
}

}  // namespace

void parse_xml_text(std::string xml, const std::string& path, tinyxml2::XMLDocument& doc) {
  if (!parse_protected(std::move(xml), doc))
    throw Error(ErrorKind::kBadInput, N_("not well-formed XML: {1}"), {doc.ErrorStr() ? doc.ErrorStr() : ""},
                error_location(path, doc));
}

std::string_view local_name(const tinyxml2::XMLElement& e) {
  std::string_view n = e.Name();
  const size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

}  // namespace songngu
