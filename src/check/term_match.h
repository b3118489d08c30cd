#pragma once
// Finding glossary terms in unit text. Source side (Vietnamese): word-by-word match keys, so case,
// NFC/NFD and tone-mark placement do not hide a term, and matches sit on syllable boundaries.
// English target: words compared by match key with inflection folded (partnerships, Korea's).
// Korean target: compared with spaces removed (동반자 관계 = 동반자관계) anywhere in the text, since
// particles, endings and compounds attach inside the eojeol (관계를, 방문한, 정상회담, 장관급).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

class MatchText {
 public:
  MatchText(std::string_view text, const std::string& lang_base);
  bool contains(std::string_view term) const;
  // Word-index spans [begin, end) of every occurrence (not for Korean, which matches on bytes).
  std::vector<std::pair<size_t, size_t>> find(std::string_view term) const;

 private:
  bool korean_ = false;
  bool english_ = false;
  std::vector<std::string> words_;  // keys (folded for English)
  std::string joined_;              // Korean: keys without spaces
};

}  // namespace songngu
