#pragma once
// The word alignment of one language pair's units, as term work needs it: each unit's tokens
// (term_tokens.h) with their byte spans, the links between them (align/word_align.h, trained on
// these units), and the target words a source span is rendered by. Vietnamese is aligned by
// syllable, except that the compounds the term extractor found ("mục nhập", "chỉ mục") are one
// token each: a syllable means different things in different words (mục in mục nhập = entry, in
// chỉ mục = index), a compound mostly one. Prior links tell the model
// what is known before it reads the units: the same token on both sides (names, acronyms, code;
// "Lương" = "Luong"), Sino-Vietnamese syllables whose Sino-Korean reading is in a Korean word
// (chiến lược -> 전략), and Vietnamese names transcribed into Hangul (Tô Lâm -> 또 럼,
// lang: data/lang/vi-hangul-transcription.tsv).
//
// Contract: deterministic for a given input whatever `threads` is; read-only after construction
// and safe to read from many threads. Units with an empty side have no tokens on that side and no
// links. Nothing here reads a dictionary or translation beyond the units and the shipped tables.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "align/word_align.h"

namespace songngu {

struct UnitToken {
  uint32_t begin = 0, end = 0;  // bytes in the unit's text
  TokenId id = kNullToken;      // in the side's vocabulary
  uint8_t flags = 0;            // what term_tokens.h says about the token:
  static constexpr uint8_t kParticle = 1, kCapitalized = 2, kSentenceInitial = 4, kDigit = 8,
                           kBoundaryBefore = 16, kHyphenBefore = 32;
  bool is(uint8_t flag) const { return (flags & flag) != 0; }
};

struct TermAlignmentOptions {
  std::string source_lang = "vi";  // base tags
  std::string target_lang = "en";
  // Source compounds: syllable match keys joined by spaces ("muc5 nhâp5") -> weight (frequency).
  // Each unit is cut into the compounds that cover the most syllables (then the most weight);
  // syllables of names (capitalized mid-sentence) are never joined, so names align word by word.
  std::unordered_map<std::string, int> source_compounds;
  // Source syllable keys that are mostly capitalized mid-sentence (names: "lee", "lâm"): never
  // joined, and compared with target tokens without diacritics ("Lương" = "Luong").
  std::unordered_set<std::string> source_names;
  // Term pairs known before the units are read (a glossary's source term and target term): every
  // word of one is a likely translation of every word of the other (weight 1 / the other's length).
  std::vector<std::pair<std::string, std::string>> known_pairs;
  // Terms are short phrases whose words reorder inside a noun phrase (Đối tác chiến lược toàn diện
  // = Comprehensive Strategic Partnership): a weak diagonal prior, not one learned from the
  // mostly monotone order of whole sentences, which pulls those links apart.
  WordAlignOptions align = [] {
    WordAlignOptions o;
    o.diagonal_tension = 2;
    o.optimize_tension = false;
    return o;
  }();
};

// A unit's links as one occurrence of a term sees them: where the links of source tokens [begin,
// end) reach the same target word in two places apart (a unit that repeats the term and its
// rendering: "... máy in ... máy in" = "현재 프린터의 이름 ... 현재 프린터를", each occurrence linked to
// both), only those into the place nearest the occurrence's relative position in the unit are
// kept; the links of other source tokens are kept as they are. `tokens` are the unit's target
// tokens, `source_length` its number of source tokens. std::nullopt when nothing is dropped (the
// common case: the caller keeps using `links`, no copy).
std::optional<WordLinks> occurrence_links(const WordLinks& links, TokenSpan source, size_t source_length,
                                          const std::vector<UnitToken>& tokens);

class TermAlignment {
 public:
  // Tokenizes the units (sources[i] with targets[i]; either may be empty), trains the model on the
  // units that have both sides and aligns every such unit.
  TermAlignment(const std::vector<std::string_view>& sources, const std::vector<std::string_view>& targets,
                const TermAlignmentOptions& options);

  size_t size() const { return links_.size(); }
  const std::vector<UnitToken>& source_tokens(size_t unit) const { return source_tokens_[unit]; }
  const std::vector<UnitToken>& target_tokens(size_t unit) const { return target_tokens_[unit]; }
  const WordLinks& links(size_t unit) const { return links_[unit]; }
  const std::string& source_key(TokenId id) const { return source_vocabulary_.token(id); }
  const std::string& target_key(TokenId id) const { return target_vocabulary_.token(id); }
  // A target token's id, kNullToken when the target texts never have it.
  TokenId target_id(const std::string& key) const { return target_vocabulary_.find(key); }
  const TermAlignmentOptions& options() const { return options_; }

  // The source tokens that cover bytes [begin, end) of the unit's source text exactly; nullopt when
  // a boundary falls inside a token (the span cuts a compound).
  std::optional<TokenSpan> source_span(size_t unit, size_t begin, size_t end) const;

  // The tightest target span consistent with source tokens [begin, end) of `unit` (phrase
  // extraction's rule), with Korean particles and, in English, function words ("the", "of")
  // trimmed off its edges; nullopt when the source span is not linked or not consistent, or when
  // in Korean the phrase ends in a stem the texts never use as a word of its own (놓 of 놓은).
  // With every_word false, words of the span that are linked to nothing are let be (a pointer for
  // a reader, as the check and the review page show, rather than a glossary equivalent).
  std::optional<TokenSpan> rendering(size_t unit, TokenSpan source, bool every_word = true) const;

  // The target tokens linked to source tokens [begin, end), first to last, however consistent;
  // nullopt when none is linked (a pointer for a reader: what the unit has where the term is).
  std::optional<TokenSpan> linked_target(size_t unit, TokenSpan source) const;

  // The other way: the tightest source span consistent with target tokens [begin, end), when
  // every target word in it that is not a particle or an English function word is linked.
  std::optional<TokenSpan> source_rendering(size_t unit, TokenSpan target) const;

  // True for a target token that is an English function word or a Korean particle.
  bool is_function_word(TokenId id) const {
    return id < target_function_word_.size() && target_function_word_[id];
  }

  // The units whose target side has this token, in unit order.
  std::span<const uint32_t> units_with_target(TokenId id) const;

 private:
  TermAlignmentOptions options_;
  Vocabulary source_vocabulary_, target_vocabulary_;
  std::vector<std::vector<UnitToken>> source_tokens_, target_tokens_;
  std::vector<WordLinks> links_;                                    // grow-diag-final-and
  std::vector<WordLinks> firm_links_;                               // the intersection of the two directions
  std::vector<uint32_t> target_postings_offset_, target_postings_;  // token id -> units (CSR)
  std::vector<char> target_function_word_;                          // per target id
  // Korean: per target id, whether the texts use the token as a word of its own; 놓 of 놓은 / 놓는
  // (before 는 after a final consonant, which a noun never is, and never alone) is a verb's stem.
  std::vector<char> target_free_;
};

}  // namespace songngu
