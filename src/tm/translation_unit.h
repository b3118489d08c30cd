#pragma once
// The data type at the tm boundary: translation units with one variant per language, as in TMX.
// Segment content keeps inline markup: `text` is the plain text, `markup` the <seg> content as XML
// (inline tags bpt/ept/ph/it/hi/ut/sub kept verbatim) when it came from a TMX with inline tags.
#include <cstddef>
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

// A bead a unit was made from: the index of its aligned pair in the list given to
// units_from_alignments (tm/alignment_units.h) and the bead's index in that pair's alignment.
struct BeadRef {
  size_t pair = 0;
  size_t bead = 0;
  bool operator==(const BeadRef& other) const = default;
};

struct TranslationUnit {  // <tu>
  std::string tuid;
  std::string creationdate;  // YYYYMMDDThhmmssZ
  std::vector<Property> props;
  std::vector<std::string> notes;
  std::vector<std::pair<std::string, std::string>> attributes;  // other tu attributes, kept
  std::vector<Variant> variants;
  // The beads the unit holds, in source order (several for a pivot unit of several translations);
  // empty for a unit read from a file. Not written anywhere: callers use it to go from a unit back
  // to its place in the alignment (a finding to its bead, a person's correction to the unit).
  std::vector<BeadRef> beads;

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
