#pragma once
// The words the aligner compares, one method for every script: Latin-script words (Vietnamese
// syllables, English words, names, code identifiers in Korean text) by their match key; Hangul and
// Han text one syllable / character a token, after stripping a trailing Korean particle
// (data/lang/ko-alignment-particles.txt); numbers as "#" + their canonical form (lang/numbers.h); and the
// punctuation whose parity carries meaning (? ! ( ) : ").
//
// Contract: alignment_tokens is deterministic and thread-safe (the particle list loads once).
// `key` is the segment's match key (text/normalize.h); `text` the segment text, read for numbers.
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

std::vector<std::string> alignment_tokens(std::string_view text, std::string_view key,
                                          std::string_view lang_base);

// True when the text ends like a sentence: a full stop, question or exclamation mark, colon,
// semicolon or ellipsis (CJK forms too), possibly followed by closing quotes or brackets. Titles,
// labels and captions do not; the aligner compares this between the sides of a bead.
bool ends_as_sentence(std::string_view text);

// Non-space code points of `text`: the length unit of the length model (so the input decides the
// character ratio of a language pair; no byte counting).
uint32_t text_length(std::string_view text);

// True when the token is a Hangul syllable (Korean tokens are single syllables).
bool is_hangul_token(std::string_view token);

}  // namespace songngu
