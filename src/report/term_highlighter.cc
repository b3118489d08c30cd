#include "report/term_highlighter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/normalize.h"

namespace songngu {
namespace {

struct Word {
  size_t begin = 0;
  size_t end = 0;
  std::string key;
};

bool is_word_char(UChar32 c) {
  return c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  const char* s = text.data();
  const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_word_char(c)) continue;
    int32_t end = i;
    while (end < length) {
      int32_t j = end;
      U8_NEXT(s, j, length, c);
      if (!is_word_char(c)) break;
      end = j;
    }
    words.push_back({static_cast<size_t>(start), static_cast<size_t>(end),
                     syllable_key(text.substr(start, end - start))});
    i = end;
  }
  return words;
}

size_t suffix_allowance(const std::string& lang_base) {
  if (lang_base == "ko") return 9;  // up to three Hangul syllables of particle: 에서는, 으로서
  if (lang_base == "en") return 2;  // -s, -es, -ed
  return 0;
}

}  // namespace

TermHighlighter::TermHighlighter(const Glossary& glossary, const std::string& lang_base)
    : lang_(lang_base), max_suffix_bytes_(suffix_allowance(lang_base)) {
  for (size_t e = 0; e < glossary.entries.size(); ++e) {
    auto it = glossary.entries[e].terms.find(lang_base);
    if (it == glossary.entries[e].terms.end()) continue;
    for (size_t t = 0; t < it->second.size(); ++t) {
      Pattern p;
      for (const Word& w : split_words(it->second[t].text)) p.keys.push_back(w.key);
      if (p.keys.empty()) continue;
      p.entry = e;
      p.term = t;
      by_first_key_[p.keys.front()].push_back(std::move(p));
    }
  }
  for (auto& [key, patterns] : by_first_key_) {
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const Pattern& a, const Pattern& b) { return a.keys.size() > b.keys.size(); });
  }
}

std::vector<TermMatch> TermHighlighter::find(std::string_view text) const {
  std::vector<TermMatch> matches;
  if (by_first_key_.empty()) return matches;
  const std::vector<Word> words = split_words(text);
  auto last_word_matches = [&](const std::string& word, const std::string& key) {
    return word.size() >= key.size() && word.size() - key.size() <= max_suffix_bytes_ &&
           word.compare(0, key.size(), key) == 0;
  };
  size_t i = 0;
  while (i < words.size()) {
    const Pattern* hit = nullptr;
    // The first word may itself be the last (one-word terms), so look it up by prefix too.
    for (size_t cut = 0; cut <= max_suffix_bytes_ && cut < words[i].key.size() && !hit; ++cut) {
      auto it = by_first_key_.find(words[i].key.substr(0, words[i].key.size() - cut));
      if (it == by_first_key_.end()) continue;
      for (const Pattern& p : it->second) {
        size_t n = p.keys.size();
        if (i + n > words.size()) continue;
        if (n == 1 && cut > 0 && !last_word_matches(words[i].key, p.keys[0])) continue;
        if (n > 1 && cut > 0) continue;  // only the last word may carry a suffix
        bool ok = true;
        for (size_t k = 1; k < n && ok; ++k) {
          ok = k + 1 < n ? words[i + k].key == p.keys[k] : last_word_matches(words[i + k].key, p.keys[k]);
        }
        if (ok) {
          hit = &p;
          break;
        }
      }
    }
    if (!hit) {
      ++i;
      continue;
    }
    size_t n = hit->keys.size();
    matches.push_back({words[i].begin, words[i + n - 1].end, hit->entry, hit->term});
    i += n;
  }
  return matches;
}

}  // namespace songngu
