#pragma once
// Sino-Vietnamese <-> Sino-Korean syllable correspondences: both languages read the same Chinese
// characters, so a Vietnamese syllable and the Hangul syllable of the same character are evidence
// that two sentences translate each other (the aligner's seed links) and that a Korean phrase
// renders a Vietnamese term (glossary extraction). The table is derived from Unicode's Unihan
// readings (data/lang/sinoviet-hangul-syllables.tsv, see data/lang/PROVENANCE.md).
//
// Contract: loaded once (thread-safe); throws Error(kBadInput) naming a missing data file.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace songngu {

struct Cognates {
  std::unordered_map<std::string, std::vector<std::string>> hangul_of;  // viet_key -> Hangul syllables
  // Vietnamese syllables that are never cognate evidence (native function words, Chữ Nôm
  // artefacts): data/lang/vi-cognate-stop-syllables.txt, by match key.
  std::unordered_map<std::string, bool> stop;
};
// Loads data/lang/sinoviet-hangul-syllables.tsv and data/lang/vi-cognate-stop-syllables.txt (once).
const Cognates& cognates();
// The same table read again with only the Vietnamese syllables (match keys) `keys` in hangul_of
// (`stop` whole), looked up by binary search in the table (sorted by key): for a short input, whose
// few syllables are all it looks up, much cheaper than the whole table. Throws like cognates().
Cognates cognates_of(std::vector<std::string> keys);

}  // namespace songngu
