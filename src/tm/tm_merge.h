#pragma once
// `songngu tm merge`: several translation memories into one, without duplicates.
//
// Contract:
// - Units are ordered by document, then position: the x-document prop, then the running number at
//   the end of the tuid ("001-12" -> 12) that units_from_alignments writes; units without x-document
//   follow, in input order. The sort is stable, so merging the shards of a corpus (in any order)
//   gives the same memory as merging the output of a single run over the whole corpus.
// - Duplicates are units with the same unit_match_key (match keys of source and targets). The
//   newest (latest creationdate) is kept, whole, with its properties, in the place of the first;
//   on equal dates the first in the order above wins.
// - All inputs must have the same srclang (compared as written, case-insensitively): CAT tools match
//   xml:lang against the project's language, so "vi" and "vi-VN" cannot be mixed silently. The
//   output header is default_header(srclang of the first input).
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

struct MergeResult {
  size_t units_read = 0;
  size_t units_written = 0;
  size_t duplicates = 0;
  size_t removed_characters = 0;
};

// Orders and deduplicates in memory (the merge itself, without files).
std::vector<TranslationUnit> merge_units(std::vector<TranslationUnit> units, const std::string& srclang,
                                         size_t* duplicates = nullptr);

// Reads every input, merges, writes `output` as TMX 1.4b. Throws Error(kBadInput/kUsage/kOutput).
MergeResult merge_tmx_files(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace songngu
