#pragma once
// The word lists of the languages songngu knows, loaded once from data/lang/ (so a terminologist
// can edit them without rebuilding): Vietnamese stop words and Korean particles for term
// extraction and checking, English stop words, and the Korean endings the aligner strips from
// Hangul words. Contract: loading is thread-safe (function-local statics); a missing file throws
// Error(kBadInput) naming it.
#include <set>
#include <string>
#include <vector>

namespace songngu {

struct ViStopWords {
  // Match keys of stop words, split into syllable keys ("nhất trí" -> {"nhat1", "tri1"}).
  std::vector<std::vector<std::string>> anywhere;  // cut candidates here
  std::vector<std::vector<std::string>> no_start;  // a candidate may not start here
};

struct KoParticles {
  std::vector<std::string> all;     // longest first
  std::set<std::string> ambiguous;  // also common last syllables of nouns
};

const ViStopWords& vi_stop_words();            // data/lang/vi-stop-words.txt
const KoParticles& ko_particles();             // data/lang/ko-particles.txt
const std::set<std::string>& en_stop_words();  // data/lang/en-stop-words.txt, lowercase
// Particles and copula endings the aligner strips from the end of a Hangul word before comparing
// its syllables (data/lang/ko-alignment-particles.txt), as code points, longest first.
const std::vector<std::u32string>& ko_alignment_particles();

// Reads a list file: one entry per line, '#' comment lines and blank lines skipped, each line
// split at tabs into columns. Throws Error(kBadInput) when the file cannot be read.
std::vector<std::vector<std::string>> read_word_list(const std::string& path);

}  // namespace songngu
