#pragma once
// gettext PO catalogs as bilingual files: msgid is the source, msgstr the target.
//
// Contract (reading):
// - One CatSegment per entry; an entry with msgid_plural gives one per msgstr[N] (id "LINE[N]", the
//   source of [0] is msgid, of the others msgid_plural); otherwise the id is the line of the entry's
//   first keyword (msgctxt or msgid). The header entry (msgid "") is not a segment: its Language
//   field is the target language, X-Source-Language (when present) the source language.
// - "#, fuzzy" makes the entry fuzzy, an empty msgstr untranslated; obsolete entries (#~) are
//   skipped; translator (# ) and extracted (#.) comments become notes, msgctxt the context;
//   references (#:), other flags and previous strings (#|) are dropped.
// - Errors, Error(kBadInput) naming the file and line (and column for a string): a broken escape
//   sequence, an unterminated string, a line that is no PO keyword, comment or continuation, a
//   keyword out of order. The file goes through read_text_file (UTF-8, BOM handled).
#include <string>
#include <vector>

#include "tm/cat_file.h"

namespace songngu {

CatFile read_po(const std::string& path);
CatFile parse_po(const std::string& text, const std::string& name);

// Writes units as a PO file (through AtomicFile): msgid = the `source_lang` variant's text, msgstr =
// the `target_lang` variant's (plain text: inline codes are dropped, and counted in the result);
// units without both are skipped. A msgid that repeats gets the unit's tuid as msgctxt, since a
// catalog must not hold one msgid twice; a msgstr takes the leading and trailing line breaks of its
// msgid, as msgfmt requires. Returns the number of variants whose markup was dropped.
size_t write_po(const std::string& path, const std::string& source_lang, const std::string& target_lang,
                const std::vector<TranslationUnit>& units);

}  // namespace songngu
