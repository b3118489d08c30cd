#pragma once
// Finds glossary terms in segment text so the review page can mark them. Matching is word by word
// on match keys (case, Unicode form and Vietnamese tone-mark placement do not matter), longest term
// first. Korean terms also match when a particle is glued to the last word (관계 in 관계를), and
// English terms when the last word carries a short inflection (partnership in partnerships).
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "glossary/glossary.h"

namespace songngu {

struct TermMatch {
  size_t begin = 0;  // byte range in the segment text, on word boundaries
  size_t end = 0;
  size_t entry = 0;  // index into Glossary::entries
  size_t term = 0;   // index into that entry's terms for the language
};

class TermHighlighter {
 public:
  // Indexes the terms of `lang_base` ("vi", "en", "ko"). Keeps no reference to `glossary`.
  TermHighlighter(const Glossary& glossary, const std::string& lang_base);

  // Non-overlapping matches in text order.
  std::vector<TermMatch> find(std::string_view text) const;
  const std::string& lang() const { return lang_; }

 private:
  struct Pattern {
    std::vector<std::string> keys;  // one match key per word
    size_t entry = 0;
    size_t term = 0;
  };
  std::string lang_;
  size_t max_suffix_bytes_ = 0;  // how much may follow the last word's key (particles, inflection)
  std::unordered_map<std::string, std::vector<Pattern>> by_first_key_;  // longest pattern first
};

}  // namespace songngu
