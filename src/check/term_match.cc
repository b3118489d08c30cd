#include "check/term_match.h"

#include <algorithm>

#include "lang/text_units.h"

namespace songngu {
namespace {

std::vector<std::string> term_words(std::string_view term, bool english) {
  std::vector<std::string> keys = key_words(term);
  if (english)
    for (auto& k : keys) k = fold_english(k);
  return keys;
}

}  // namespace

MatchText::MatchText(std::string_view text, const std::string& lang_base)
    : korean_(lang_base == "ko"), english_(lang_base == "en") {
  for (const Word& w : split_words(text)) {
    if (korean_) {
      joined_ += w.key;
    } else {
      words_.push_back(english_ ? fold_english(w.key) : w.key);
    }
  }
}

std::vector<std::pair<size_t, size_t>> MatchText::find(std::string_view term) const {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<std::string> keys = term_words(term, english_);
  if (keys.empty() || korean_) return spans;
  for (auto it = words_.begin();
       (it = std::search(it, words_.end(), keys.begin(), keys.end())) != words_.end(); ++it) {
    size_t begin = static_cast<size_t>(it - words_.begin());
    spans.emplace_back(begin, begin + keys.size());
  }
  return spans;
}

bool MatchText::contains(std::string_view term) const {
  std::vector<std::string> keys = term_words(term, english_);
  if (keys.empty()) return false;
  if (!korean_) {
    return std::search(words_.begin(), words_.end(), keys.begin(), keys.end()) != words_.end();
  }
  // Korean writes compounds and endings into the eojeol (정상회담, 장관급, 방문한): a term matches
  // anywhere in the text with spaces removed.
  std::string needle;
  for (const auto& k : keys) needle += k;
  return joined_.find(needle) != std::string::npos;
}

}  // namespace songngu
