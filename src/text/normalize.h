#pragma once
// Unicode normalization for comparison. Output text keeps what the user wrote (after NFC); the
// match key is a separate comparison form in which Vietnamese tone-mark placement (hòa/hoà),
// y/i spelling (kỹ/kĩ), case and odd spaces no longer matter.
//
// Contract: every function takes and returns UTF-8. Ill-formed UTF-8 is not rejected here (the
// reader validates input); an ill-formed byte becomes U+FFFD in a match key. All functions are
// thread-safe and construct no ICU objects per call (the NFC singleton, static case folding).
// Speed: text made of characters that are NFC on their own and fold to one such character (what
// Vietnamese, English and Korean text is made of) is keyed in one pass from a per-code-point table
// that ICU fills on first use (text/key_chars.h); anything else goes through ICU's NFC and case
// folding. Both paths give the same bytes (tests/text/match_key_reference_test.cc).
#include <string>
#include <string_view>

namespace songngu {

// Canonical composition (ICU Normalizer2 NFC).
std::string nfc(std::string_view utf8);
bool is_nfc(std::string_view utf8);

// Every run of whitespace -> one ASCII space, leading and trailing runs removed. Whitespace is
// Unicode's White_Space property (tabs, line breaks, U+00A0 no-break space, U+2007 figure space,
// U+202F narrow no-break space, U+3000 ideographic space, ...) plus U+200B zero width space.
std::string fold_spaces(std::string_view utf8);

// The comparison form of a segment or term:
//  1. NFC, then ICU full case folding (so "Ủy" and "uỷ" fold alike);
//  2. in each word (a run of letters and combining marks) that is written only with Latin a-z, đ
//     and Vietnamese vowels and carries exactly one tone mark, the mark is taken off its vowel and
//     appended as a digit after the word: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. Old and new
//     placement agree: hòa, hoà -> "hoa2"; thủy, thuỷ -> "thuy3". Circumflex, breve and horn stay
//     (they make different letters), and đ stays đ;
//  3. a word made of a Vietnamese initial consonant (b c ch d đ g gh h k kh l m n ng ngh nh p ph r
//     s t th tr v x) followed by a lone y spells that y as i: kỹ, kĩ -> "ki4"; lý, lí -> "li1";
//     "quy" keeps its y (u is a vowel there). Steps 2-3 reproduce the `viet_key` column of
//     data/lang/sinoviet-hangul-syllables.tsv exactly, so syllable keys can look up cognates;
//  4. whitespace folded as fold_spaces.
// Non-Vietnamese text passes through with only NFC, case folding and space folding, with one
// accepted side effect: a foreign word with a single acute/grave/hook/tilde/dot-below accent on a
// vowel is keyed like a Vietnamese syllable ("café" -> "cafe1", "my" -> "mi"). Words with two or
// more such accents ("résumé") or other marks ("naïve") are left as they are. Since both sides of
// every comparison go through the same function, this costs nothing but the occasional collision.
std::string match_key(std::string_view utf8);

// nfc(utf8) and match_key(utf8) together, the two forms every Segment keeps. Same results as the
// two calls; text that is plainly NFC (only characters that are NFC on their own and fold to one
// such character, e.g. Vietnamese, English and Korean written precomposed) takes one pass.
struct TextAndKey {
  std::string text;
  std::string key;
};
TextAndKey nfc_and_key(std::string_view utf8);

// match_key of one syllable or word (the same function; named for readability at call sites that
// look up syllables, e.g. in the Sino-Vietnamese table).
std::string syllable_key(std::string_view syllable);

}  // namespace songngu
