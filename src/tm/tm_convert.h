#pragma once
// `songngu tm convert`: between TMX, TSV, CSV and the CAT tools' bilingual files, chosen by file
// extension (.tmx; .tsv, .tab, .txt; .csv; .xlf, .xliff, .sdlxliff, .mqxliff; .po, .pot). TMX to TMX rewrites
// any TMX 1.1-1.4 (UTF-16, lang= included) as UTF-8 TMX 1.4b, streaming, keeping every unit, property, note,
// attribute and inline tag. TSV/CSV cannot hold inline tags or properties: the plain text is written. XLIFF
// (1.2, 2.0, 2.1) and PO input give one unit per segment that has a target (fuzzy ones too, with the property
// x-state=fuzzy; inline codes kept as TMX inline markup), in the languages the file names (where it names
// none, ConvertOptions' languages); a valid file without any gives zero units, not an error. XLIFF output
// is 1.2 or 2.0 (tm/xliff_writer.h), PO output plain text (tm/po_file.h); the target language is the first
// language of the units other than the source (ConvertOptions::tgt_lang when the units have it).
#include <string>
#include <vector>

namespace songngu {

enum class TmFormat { kTmx, kTsv, kCsv, kXliff, kPo };

// Throws Error(kUsage) for an extension it does not know.
TmFormat tm_format_of(const std::string& path);

struct ConvertOptions {
  std::string src_lang = "vi";  // languages of TSV input and of CSV input without a header row
  std::string tgt_lang = "en";
  std::string xliff_version = "1.2";  // of XLIFF output
  std::string encoding;               // of TSV/CSV input ("": UTF-8; XML and PO declare their own)
};

struct ConvertResult {
  size_t units = 0;
  size_t removed_characters = 0;   // TMX output: characters XML 1.0 forbids
  size_t replaced_characters = 0;  // TSV output: tabs and line breaks inside segments
  size_t markup_dropped = 0;       // TSV/CSV output: variants whose inline tags were not kept
  size_t skipped_empty = 0;        // TSV/CSV input to TMX: rows with an empty side, not written
  size_t untranslated = 0;         // XLIFF/PO input: segments without a target, not written
  size_t fuzzy = 0;                // XLIFF/PO input: fuzzy segments (written, marked x-state=fuzzy)
};

ConvertResult convert_tm(const std::string& input, const std::string& output, const ConvertOptions& options);

}  // namespace songngu
