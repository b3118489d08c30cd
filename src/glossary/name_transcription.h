#pragma once
// Vietnamese names as Korean texts write them: a Vietnamese syllable transcribed into Hangul jamo
// by the Korean rules for Vietnamese (data/lang/vi-hangul-transcription.tsv: Tô -> ㄸㅗ, Lương ->
// ㄹㅡㅓㅇ), a Korean word taken apart into the same letters (럼 -> ㄹㅓㅁ; a silent ㅇ dropped,
// compound vowels split: 와 -> ㅗㅏ), and how alike two such letter strings are. Term extraction
// uses it to link a name to its Hangul spelling instead of the title beside it.
//
// Contract: the table loads once (thread-safe); a missing file throws Error(kBadInput) naming it.
// Input that is not a Vietnamese syllable (digits, other scripts) gives an empty string.
#include <string>
#include <string_view>

namespace songngu {

// "Lương", "lương", "lương2" (a match key) -> U"ㄹㅡㅓㅇ".
std::u32string vietnamese_jamo(std::string_view syllable);

// Hangul syllables and jamo of `korean` as compatibility jamo, other characters left out.
std::u32string hangul_jamo(std::string_view korean);

// 1 - edit distance / length of the longer string; 0 when either is empty.
double jamo_similarity(const std::u32string& a, const std::u32string& b);

}  // namespace songngu
