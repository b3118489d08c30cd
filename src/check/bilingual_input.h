#pragma once
// The bilingual files `check` reads: TMX (languages from the file, units named by tuid), the CAT
// tools' XLIFF (1.2, 2.0/2.1, SDLXLIFF, MQXLIFF) and PO (tm/cat_file.h: units named by their id, with
// their line; languages from the file; untranslated and fuzzy units counted and left out), or a
// bilingual TSV (source<TAB>target a line, no header, units named by line number). Where the file
// does not name a language (a TSV, a PO without header), the translation's language is recognised
// from its script when not given: Hangul -> ko, Latin -> en. The check's source language may be
// either side of an XLIFF or PO (an English-to-Vietnamese PO is checked from its Vietnamese side).
// Contract: throws Error(kBadInput) for an unreadable or malformed file, Error(kUsage) when the
// target language cannot be told.
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

struct BilingualFile {
  std::string path;
  bool is_tmx = false;
  bool is_cat = false;                    // XLIFF or PO
  std::string source_lang;                // base language
  std::vector<std::string> target_langs;  // base languages to check (a trilingual TMX has two)
  std::vector<TranslationUnit> units;
  std::vector<size_t> lines;       // XLIFF/PO: the line of each unit; empty otherwise
  std::string unit_kind = "line";  // "unit" (TMX tuid, XLIFF/PO id) or "line" (TSV line number)
  size_t untranslated = 0;         // XLIFF/PO segments without a target, not checked
  size_t fuzzy = 0;                // XLIFF/PO segments marked fuzzy or for review, not checked
};

// `source_lang`, `target_lang`: base languages, target may be empty (recognised). `encoding`: of a
// TSV ("": UTF-8; TMX, XLIFF and PO declare their own).
BilingualFile read_bilingual_file(const std::string& path, const std::string& source_lang,
                                  const std::string& target_lang, const std::string& encoding = "");

}  // namespace songngu
