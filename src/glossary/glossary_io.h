#pragma once
// Reading and writing glossaries, the format chosen by the file extension:
//  .tbx          TBX-Basic style martif (one termEntry per concept, a langSet per language);
//  .txt / .tsv   OmegaT glossary: source<TAB>target<TAB>comment, one target language per file;
//  .csv          RFC 4180 with a header: id, status, one column per language, note, evidence.
// Contract: readers throw Error(kBadInput) naming the file and the line of the first problem
// (malformed XML, a TBX with <!ENTITY declarations (refused, never expanded), a TSV line without
// a tab, a CSV row with the wrong number of fields or an unterminated quote, an unknown status).
// Writers sort entries in the source language's dictionary order (Boost.Locale collation for
// vi_VN: a ă â b c d đ e ê ...), ties broken by code point order and then id, and write through
// AtomicFile. Status and variants survive a TBX or CSV round trip; OmegaT TSV keeps no status
// beyond the comment ("approved" / "candidate") and drops forbidden terms.
#include <string>
#include <vector>

#include "glossary/glossary.h"

namespace songngu {

enum class GlossaryFormat { kTbx, kOmegatTsv, kCsv };

// Throws Error(kUsage) for an extension that is none of .tbx .txt .tsv .tab .utf8 .csv.
GlossaryFormat glossary_format_for(const std::string& path);

struct GlossaryReadOptions {
  std::string source_lang = "vi";  // OmegaT TSV carries no languages: the source column's
  std::string target_lang;         // ... and the target's; empty: Hangul -> ko, else en
  std::string encoding;            // of a .txt/.tsv or .csv ("": UTF-8; TBX declares its own)
};

struct GlossaryWriteOptions {
  std::string source_lang = "vi";
  std::vector<std::string> target_langs;  // empty: every language present; .txt needs exactly one
  std::string title = "songngu glossary";
};

Glossary read_glossary(const std::string& path, const GlossaryReadOptions& options = {});
void write_glossary(const std::string& path, const Glossary& glossary, const GlossaryWriteOptions& options);

// The same, on text (the path only names the input in messages).
Glossary parse_tbx(const std::string& text, const std::string& path);
Glossary parse_omegat_tsv(const std::string& text, const std::string& path,
                          const GlossaryReadOptions& options);
Glossary parse_glossary_csv(const std::string& text, const std::string& path);
std::string format_tbx(const Glossary& glossary, const GlossaryWriteOptions& options);
std::string format_omegat_tsv(const Glossary& glossary, const GlossaryWriteOptions& options);
std::string format_glossary_csv(const Glossary& glossary, const GlossaryWriteOptions& options);

// Sorts in `source_lang` dictionary order (see above); stable and deterministic.
void sort_glossary(Glossary& glossary, const std::string& source_lang);
// Languages present in the glossary, `first` (if present) first, the rest in code point order.
std::vector<std::string> glossary_languages(const Glossary& glossary, const std::string& first);

}  // namespace songngu
