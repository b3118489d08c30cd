#pragma once
// `songngu tm lookup`: fuzzy matches of a sentence in a translation memory, scored like a CAT tool's
// fuzzy match percentage.
//
// Score (documented in docs/formats.md): both sentences become match keys (text/normalize.h: tone
// mark placement, case, spaces folded), then tokens: runs of letters, marks and digits (a
// Vietnamese syllable with its tone digit, an English word, a number) and each other character
// (punctuation) on its own. With d the token-level Levenshtein distance (insert, delete, substitute
// one token: cost 1 each) and n, m the token counts,
//     score = floor(100 * (1 - d / max(n, m)))
// so 100 means the same key (an exact match up to tone-mark placement, case and spacing), and one
// syllable changed in a ten-syllable sentence scores 90. This is the word-based edit distance that
// OmegaT, memoQ and Trados describe for their fuzzy percentages (each tool adds its own weights for
// tags and punctuation; ours weighs every token alike).
#include <string>
#include <string_view>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

std::vector<std::string> match_tokens(std::string_view text);  // tokens of match_key(text)
int fuzzy_score(const std::vector<std::string>& a, const std::vector<std::string>& b);
int fuzzy_score(std::string_view a, std::string_view b);

struct TmMatch {
  int score = 0;
  TranslationUnit unit;
};

struct LookupOptions {
  int min_score = 70;
  size_t max_results = 5;
  std::string source_lang;  // compare with this variant; default: the TMX header's srclang
};

// Streams the TMX file; returns the best matches, highest score first, ties in file order.
// Throws Error(kBadInput).
std::vector<TmMatch> lookup_tmx(const std::string& tmx_path, std::string_view query,
                                const LookupOptions& options);
// The same over units in memory; `srclang` says which variant is the source.
std::vector<TmMatch> lookup_units(const std::vector<TranslationUnit>& units, const std::string& srclang,
                                  std::string_view query, const LookupOptions& options);

}  // namespace songngu
