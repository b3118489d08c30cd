#pragma once
// Term extraction from aligned units. Vietnamese candidates are syllable n-grams (2-8 syllables)
// inside stretches cut at punctuation, numbers, stop words (data/lang/vi-stop-words.txt)
// and at a lowercase -> capitalized step ("quan hệ | Đối tác ...", "Tổng thống | Lee"), ranked by
// C-value (Frantzi, Ananiadou & Mima 2000) with a bonus when the first syllable is capitalized
// mid-sentence. Spelling variants that differ only in tone-mark placement, case or Unicode form
// share a match key and are one candidate shown in its most frequent form. Each target language's
// equivalent comes from a word alignment trained on the units (term_alignment.h): the target phrase
// most occurrences of the term are rendered by (term_equivalents.h), kept when at least two
// occurrences and a share of at least `min_score` of them agree; its spelling variants follow it.
//
// Contract: deterministic for a given input, whatever `threads` is; every returned entry has status
// candidate, a term in the source language and at least one target term; entries ordered best
// first (score, then C-value, then source text). Throws nothing for empty input (returns an empty
// glossary).
#include <string>
#include <vector>

#include "glossary/glossary.h"
#include "tm/translation_unit.h"

namespace songngu {

struct ExtractOptions {
  std::string source_lang = "vi";
  std::vector<std::string> target_langs = {"en", "ko"};
  int min_freq = 2;        // occurrences of the source term, and of it rendered by one equivalent
  double min_score = 0.5;  // agreement: the share of a term's occurrences its equivalent renders
  bool keep_all = false;   // keep equivalents below min_freq / min_score too (for inspection)
  size_t max_terms = 0;    // 0: no limit
  int min_syllables = 2;
  int max_syllables = 8;
  int threads = 1;
};

Glossary extract_glossary(const std::vector<TranslationUnit>& units, const ExtractOptions& options);

}  // namespace songngu
