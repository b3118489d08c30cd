#pragma once
// `songngu tm stats`: what a translation memory holds. Filled one unit at a time (add), so a memory
// of any size is summarised while it streams past.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>

#include "tm/translation_unit.h"

namespace songngu {

struct TmStats {
  size_t units = 0;
  std::map<std::string, size_t> languages;   // xml:lang as written -> units having it
  std::map<std::string, size_t> bead_types;  // x-bead prop -> units ("" when absent)
  // x-confidence in tenths: bin k counts confidences in [k/10, (k+1)/10), 1.0 in bin 9.
  size_t confidence_bins[10] = {};
  size_t without_confidence = 0;
  size_t duplicates = 0;  // units whose match key (unit_match_key) repeats an earlier unit's

  void add(const TranslationUnit& unit, const std::string& srclang);

 private:
  std::unordered_set<uint64_t> seen_;  // 64-bit hashes of match keys: 8 bytes a unit
};

// Streams one TMX file into `stats` (several files can share one TmStats to count duplicates across
// them). Returns the number of units of this file. Throws Error(kBadInput).
size_t add_tmx_stats(const std::string& path, TmStats& stats);

}  // namespace songngu
