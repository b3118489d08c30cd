#pragma once
// Bilingual files of CAT tools: XLIFF 1.2 (SDLXLIFF's and MQXLIFF's extensions read as 1.2),
// XLIFF 2.0/2.1 core, and gettext PO. They hold units of work, not documents: a source and maybe a
// target per segment, with a state (translated, untranslated, fuzzy). Readers: tm/xliff_reader.h and
// tm/po_file.h; this header holds their common result and the format-by-extension rule.
#include <cstddef>
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

enum class CatFormat { kXliff, kPo };

enum class CatState {
  kTranslated,    // has a target that is not marked as needing work
  kUntranslated,  // no target, or an empty one
  kFuzzy,         // a target marked for review (PO "fuzzy", XLIFF 1.2 needs-review-*, SDL Draft, ...)
};

struct CatSegment {
  std::string id;   // the unit id; "unit/segment" when the unit has several segments
  size_t line = 0;  // 1-based line of the unit (XLIFF <trans-unit>/<unit>, PO entry's first line)
  Variant source;   // text without inline codes; markup: the codes as TMX 1.4b inline elements
  Variant target;   // lang/text empty when there is no target
  CatState state = CatState::kUntranslated;
  std::string context;  // PO msgctxt; XLIFF resname
  std::vector<std::string> notes;
};

struct CatFile {
  std::string path;
  std::string version;      // "1.2", "2.0", "2.1"; "po" for PO
  std::string source_lang;  // tags as written in the file ("" when the file does not say)
  std::string target_lang;
  std::vector<CatSegment> segments;

  size_t count(CatState state) const;
};

// .xlf .xliff .sdlxliff .mqxliff -> kXliff; .po .pot -> kPo (case-insensitive); false otherwise.
bool cat_format_of(const std::string& path, CatFormat& format);

// Reads an XLIFF or PO file by its extension. Throws Error(kBadInput) (see the readers) or
// Error(kUsage) for another extension.
CatFile read_cat_file(const std::string& path);

// Translation units of the segments that have a target, both variants tagged with the file's
// languages (or `source_lang`/`target_lang` where the file names none); tuid = the segment id.
// With `translated_only`, fuzzy segments are left out too.
std::vector<TranslationUnit> cat_units(const CatFile& file, const std::string& source_lang,
                                       const std::string& target_lang, bool translated_only);

}  // namespace songngu
