#pragma once
// A term's equivalent in one target language, read from the word alignment of the units it occurs
// in: at each occurrence, the target phrase the alignment renders it by (term_alignment.h); the
// equivalent is the phrase most occurrences agree on, compared in a form where English inflection,
// Korean spacing and case do not matter; its agreement is the share of occurrences (in units with
// this target language) that agree. The spellings seen of that phrase are kept as its variants
// (partnership / partnerships, 동반자 관계 / 동반자관계), the preferred one first.
//
// Contract: deterministic; read-only on its inputs; examples are the shortest source units that
// agree (ties in unit order), at most three, each with the byte spans of the term and of its
// equivalent.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "glossary/term_alignment.h"

namespace songngu {

// One occurrence of a source term: bytes [begin, end) of a unit's source text.
struct TermOccurrence {
  uint32_t unit = 0;
  uint32_t begin = 0, end = 0;
};

struct EquivalentExample {
  size_t unit = 0;
  size_t source_begin = 0, source_end = 0;  // bytes of the term in the source text
  size_t target_begin = 0, target_end = 0;  // bytes of the equivalent in the target text
};

struct TermEquivalent {
  std::string key;                     // comparison form
  std::vector<std::string> spellings;  // as written, preferred first
  int agreeing = 0;                    // occurrences rendered by this equivalent
  int occurrences = 0;                 // occurrences in units that have the target language
  double agreement = 0;                // agreeing / occurrences
  // The other way round: occurrences of the equivalent (any spelling seen) in the target texts,
  // and how many of them the alignment renders by the term. A common word that renders part of a
  // term here and there ("cell" for "ô bảng") has a low share; a true equivalent a high one.
  // back_agreement is the share of each form of the equivalent (its spellings' tokens: 동반자 관계
  // and 동반자관계; grouping and group), weighted by the occurrences of the term that form renders.
  int back_agreeing = 0;
  int back_occurrences = 0;
  double back_agreement = 0;
  std::vector<EquivalentExample> examples;
};

struct EquivalentOptions {
  // Whether a source phrase (syllable match keys joined by spaces) is a term candidate of its own;
  // it keeps the equivalent from growing over words that render it.
  std::function<bool(const std::string&)> is_term;
  // The term is a name, whole already: its equivalent is never grown ("Luong Cuong", not
  // "President Luong Cuong").
  bool name = false;
  // Below these, the caller drops the equivalent: it is returned without its whole-phrase growth,
  // back agreement and examples, which are the costly part.
  int min_agreeing = 0;
  double min_agreement = 0;
};

// The equivalent of a term with these occurrences, nullopt when no occurrence is rendered by a
// consistent target phrase. An occurrence whose edge cuts a source compound token is not counted
// (it is not the term there: "nhập chỉ" in "mục nhập chỉ mục"). `source_texts` / `target_texts`
// are the texts `alignment` was built on.
std::optional<TermEquivalent> find_equivalent(const TermAlignment& alignment,
                                              const std::vector<std::string_view>& source_texts,
                                              const std::vector<std::string_view>& target_texts,
                                              const std::vector<TermOccurrence>& occurrences,
                                              const EquivalentOptions& options = {});

}  // namespace songngu
