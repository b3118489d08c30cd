#pragma once
// The word lists extraction and matching depend on, loaded once from data/glossary/ (so a
// terminologist can edit them without rebuilding): Vietnamese stop words, Korean particles,
// English stop words. Contract: loading is thread-safe (function-local statics); a missing file
// throws Error(kBadInput) naming it.
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

const ViStopWords& vi_stop_words();            // data/glossary/stop-syllables-vi.txt
const KoParticles& ko_particles();             // data/glossary/particles-ko.txt
const std::set<std::string>& en_stop_words();  // data/glossary/stopwords-en.txt, lowercase

// Reads a list file: one entry per line, '#' comment lines and blank lines skipped, each line
// split at tabs into columns. Throws Error(kBadInput) when the file cannot be read.
std::vector<std::vector<std::string>> read_word_list(const std::string& path);

}  // namespace songngu
