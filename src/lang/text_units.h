#pragma once
// Words of Vietnamese, English and Korean text as extraction and checking see them: a word is a
// run of letters, combining marks, digits and inner apostrophes; everything else (punctuation,
// dashes, brackets) is a boundary. Each word carries its match key (text/normalize.h), so case,
// NFC/NFD and tone-mark placement never matter, plus the English inflection fold and the Korean
// particle stripping used to compare target terms. Contract: UTF-8 in; byte spans refer to the input.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

struct Word {
  std::string surface;            // as written
  std::string key;                // match_key(surface)
  size_t begin = 0, end = 0;      // byte span in the text
  bool boundary_before = false;   // punctuation (or the text start) between it and the last word
  bool sentence_initial = false;  // first word, or after . ! ? … : ; or a line break
  bool capitalized = false;       // first letter is uppercase
  bool has_digit = false;         // "2025", "P4G": numbers cut Vietnamese candidates
};

std::vector<Word> split_words(std::string_view text);
// Match keys of the words of `text` ("Nhất trí" -> {"nhat1", "tri1"}).
std::vector<std::string> key_words(std::string_view text);

// English inflection fold of a lowercase key: possessive 's / ' dropped, plurals reduced
// (partnerships -> partnership, policies -> policy, approaches -> approach; "us", "ss", "is"
// endings kept). Both sides of every comparison are folded.
std::string fold_english(std::string_view key);

// Lowercase ASCII skeleton of Latin text: diacritics removed, đ -> d ("Lương Cường" -> "luong cuong"),
// so a Vietnamese name and its English spelling compare equal. Other scripts pass through folded.
std::string ascii_fold(std::string_view text);

// True when the code points of `word` are mostly Hangul syllables or jamo.
bool is_hangul_word(std::string_view word);

// Korean: the eojeol without its longest trailing particle, leaving at least one syllable. An
// ambiguous particle (가, 의, 도 ... also ending nouns) is stripped only when `seen_stems` holds
// the bare stem; pass nullptr to strip unambiguous particles only.
std::string strip_ko_particle(std::string_view eojeol, const std::set<std::string>* seen_stems);

}  // namespace songngu
