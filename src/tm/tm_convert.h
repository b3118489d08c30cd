#pragma once
// `songngu tm convert`: between TMX, TSV and CSV, chosen by file extension (.tmx; .tsv, .tab, .txt;
// .csv). TMX to TMX rewrites any TMX 1.1-1.4 (UTF-16, lang= included) as UTF-8 TMX 1.4b, streaming,
// keeping every unit, property, note, attribute and inline tag. TSV/CSV cannot hold inline tags or
// properties: the plain text is written.
#include <string>
#include <vector>

namespace songngu {

enum class TmFormat { kTmx, kTsv, kCsv };

// Throws Error(kUsage) for an extension it does not know.
TmFormat tm_format_of(const std::string& path);

struct ConvertOptions {
  std::string src_lang = "vi";  // languages of TSV input and of CSV input without a header row
  std::string tgt_lang = "en";
};

struct ConvertResult {
  size_t units = 0;
  size_t removed_characters = 0;   // TMX output: characters XML 1.0 forbids
  size_t replaced_characters = 0;  // TSV output: tabs and line breaks inside segments
  size_t markup_dropped = 0;       // TSV/CSV output: variants whose inline tags were not kept
  size_t skipped_empty = 0;        // TSV/CSV input to TMX: rows with an empty side, not written
};

ConvertResult convert_tm(const std::string& input, const std::string& output, const ConvertOptions& options);

}  // namespace songngu
