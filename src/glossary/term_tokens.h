#pragma once
// The tokens word alignment sees in term work: Vietnamese one syllable a token, English one word a
// token (inflection folded: partnerships = partnership), Korean one eojeol a token with its
// trailing particle (josa) split off as a token of its own (관계를 -> 관계 + 를), so the stem can be
// linked to a Vietnamese word and the particle left to NULL; given the input's stems, the ending of
// 하다 / 되다 is split off a noun the same way (선택합니다 -> 선택 + 합니다, marked a particle), so a
// noun and its verb forms are one token. Every token keeps its byte span, so a phrase of tokens maps
// back to what the translator wrote.
//
// Contract: UTF-8 in; spans refer to the input; deterministic and thread-safe (word lists load once).
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct TermToken {
  std::string key;            // what alignment compares: the word's match key (English: folded;
                              // Korean: the stem; a particle: "~" + the particle)
  size_t begin = 0, end = 0;  // bytes of the token in the text
  bool particle = false;      // a Korean particle split off the stem before it
  bool capitalized = false;   // from the word (text_units.h)
  bool sentence_initial = false;
  bool boundary_before = false;  // punctuation between it and the token before
  bool hyphen_before = false;    // ... and that punctuation is only hyphens or dashes (left-to-right)
  bool has_digit = false;
};

// What a Korean input says about its eojeols, so that particles are split off only where it
// supports the split: `stems` are the eojeols' stems after unambiguous particles (an ambiguous
// particle such as 가, 의, 이 is split only when the stem is among them, as in text_units.h);
// `take_particles` are eojeols that end like a particle but take particles themselves about as
// often as the shorter stem is used otherwise, so they are stems (세로 in 세로로 and 세로는, 높이
// in 높이를): "세로" is not 세 + 로, while 문서에 (문서에만) stays 문서 + 에.
// `nouns` are the stems seen before a particle that does not also end a verb (부분합이, 함수를, not
// 지정하는): they are nouns, never a noun with the ending of 하다 (부분합 is not 부분 + 합).
struct KoreanStems {
  std::set<std::string> stems;
  std::set<std::string> take_particles;
  std::set<std::string> nouns;
};
KoreanStems korean_stems(const std::vector<std::string_view>& texts);

// `lang_base`: "vi", "en", "ko" (any other language is split like English, without folding).
// `korean`: the input's Korean stems (nullptr: unambiguous particles are always split off).
std::vector<TermToken> term_tokens(std::string_view text, std::string_view lang_base,
                                   const KoreanStems* korean = nullptr);

}  // namespace songngu
