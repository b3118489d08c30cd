#pragma once
// The bilingual files `check` reads: TMX (languages from the file, units named by tuid) or a
// bilingual TSV (source<TAB>target a line, no header, units named by line number; the target
// language recognised from its script when not given: Hangul -> ko, Latin -> en).
// Contract: throws Error(kBadInput) for an unreadable or malformed file, Error(kUsage) when the
// target language cannot be told.
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

struct BilingualFile {
  std::string path;
  bool is_tmx = false;
  std::string source_lang;                // base language
  std::vector<std::string> target_langs;  // base languages to check (a trilingual TMX has two)
  std::vector<TranslationUnit> units;
};

// `source_lang`, `target_lang`: base languages, target may be empty (recognised).
BilingualFile read_bilingual_file(const std::string& path, const std::string& source_lang,
                                  const std::string& target_lang);

}  // namespace songngu
