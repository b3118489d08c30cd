#pragma once
// The data type at the tm boundary: translation units with one variant per language, as in TMX.
// Segment content keeps inline markup: `text` is the plain text, `markup` the <seg> content as XML
// (inline tags bpt/ept/ph/it/hi/ut/sub kept verbatim) when it came from a TMX with inline tags.
#include <string>
#include <utility>
#include <vector>

namespace songngu {

using Property = std::pair<std::string, std::string>;  // <prop type="x-...">value</prop>

struct Variant {       // <tuv>
  std::string lang;    // BCP 47 tag as written in xml:lang
  std::string text;    // plain text
  std::string markup;  // <seg> inner XML when it has inline tags; empty means "escape text"
  std::vector<Property> props;
  std::vector<std::pair<std::string, std::string>> attributes;  // other tuv attributes, kept
  std::vector<std::string> notes;                               // <note> of the tuv
};

struct TranslationUnit {  // <tu>
  std::string tuid;
  std::string creationdate;  // YYYYMMDDThhmmssZ
  std::vector<Property> props;
  std::vector<std::string> notes;
  std::vector<std::pair<std::string, std::string>> attributes;  // other tu attributes, kept
  std::vector<Variant> variants;

  const Variant* variant(const std::string& lang_base) const;  // first variant whose base matches
  const std::string* prop(const std::string& type) const;      // first prop of that type, or null
};

struct TmHeader {
  std::string creationtool = "songngu";
  std::string creationtoolversion;
  std::string segtype = "sentence";
  std::string o_tmf = "songngu";
  std::string adminlang = "en";
  std::string srclang;  // e.g. "vi" or "vi-VN"
  std::string datatype = "plaintext";
  std::string creationdate;
  std::vector<Property> props;
  std::vector<std::string> notes;
  std::vector<std::pair<std::string, std::string>> attributes;  // other header attributes, kept
};

struct TranslationMemory {
  TmHeader header;
  std::vector<TranslationUnit> units;
};

}  // namespace songngu
