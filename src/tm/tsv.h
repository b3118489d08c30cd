#pragma once
// Tab- and comma-separated translation pairs: the plain formats translators exchange besides TMX.
// TSV: one unit a line, one column per language (source first), no header; tabs and line breaks
// inside a segment cannot be written and become spaces. CSV: RFC 4180 (quotes around fields with
// commas, quotes or line breaks, "" for a quote, CRLF line ends) with a header row of language tags.
//
// Contract: readers go through the text layer (read_text_file: UTF-8 validated, BOM and UTF-16
// handled) and throw Error(kBadInput) naming file and line. Units read from TSV/CSV have
// tuid = the 1-based line number where the row starts, so messages (e.g. from `check`) can cite it.
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

// source<TAB>target per line; blank lines are skipped; a line without a tab is an error. Columns
// after the second are ignored. A side may be empty (the unit then has an empty variant).
// `encoding`: of the file ("" = UTF-8 or what the text layer detects; see ReadOptions::encoding),
// here and in read_csv_units.
std::vector<TranslationUnit> read_bilingual_tsv(const std::string& path, const std::string& src_lang,
                                                const std::string& tgt_lang,
                                                const std::string& encoding = "");

// A CSV file: when every cell of the first row is a language tag ("vi,en" or "vi,en,ko") that row
// names the columns; otherwise the file has two columns named src_lang and tgt_lang.
std::vector<TranslationUnit> read_csv_units(const std::string& path, const std::string& src_lang,
                                            const std::string& tgt_lang, const std::string& encoding = "");

// RFC 4180 parsing of text already in memory: rows of fields, and the 1-based line each row starts on.
struct CsvRow {
  size_t line = 0;
  std::vector<std::string> fields;
};
std::vector<CsvRow> parse_csv(const std::string& text, const std::string& name);

// Writers: one column per language of `languages`, in that order (a unit without a language gets an
// empty cell); the plain text of each variant is written (inline tags cannot be kept). Written
// through AtomicFile. Return the number of tab/line-break characters replaced by spaces (TSV only).
size_t write_tsv(const std::string& path, const std::vector<std::string>& languages,
                 const std::vector<TranslationUnit>& units);
void write_csv(const std::string& path, const std::vector<std::string>& languages,
               const std::vector<TranslationUnit>& units);

// The base language of a tag ("vi-VN" -> "vi", "EN_us" -> "en").
std::string lang_base(const std::string& tag);

}  // namespace songngu
