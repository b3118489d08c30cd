#pragma once
// Word-translation evidence for the aligner: a shared token vocabulary, the seed links known before
// any alignment (identical tokens such as numbers, names and code; Sino-Vietnamese <-> Sino-Korean
// syllable cognates (lang/cognates.h); a user's glossary term pairs),
// and IBM Model 1 tables (Brown et al. 1993) learned from confidently aligned beads of the input
// itself, in both directions, as in Moore (2002).
//
// Contract: Vocabulary ids are dense, 0 is the NULL word. A TranslationTable is immutable after
// training and safe to read from many threads. Nothing here reads evaluation data or any
// translation outside the input and the shipped cognate table.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace songngu {

using TokenId = uint32_t;
constexpr TokenId kNullToken = 0;

class Vocabulary {
 public:
  Vocabulary();
  TokenId id(const std::string& token);        // adds unknown tokens (not thread-safe)
  TokenId find(std::string_view token) const;  // kNullToken when unknown
  const std::string& token(TokenId id) const { return tokens_[id]; }
  size_t size() const { return tokens_.size(); }

 private:
  // Heterogeneous lookup: find() takes views into mapped lexicon files without copying them.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TokenId, Hash, std::equal_to<>> ids_;
  std::vector<std::string> tokens_;
};

// A filter in front of Vocabulary::find for text that mostly names tokens the input does not have
// (a prior lexicon's row entries): a token can be one of `tokens`
// (by id) only if the bit of its length, first and last bytes is set; may_hold costs a few
// instructions where find hashes the whole token.
class TokenSignatures {
 public:
  TokenSignatures(const Vocabulary& vocab, const std::vector<bool>& tokens);
  bool may_hold(std::string_view token) const { return bits_[signature(token)]; }

 private:
  static constexpr size_t kBits = size_t{1} << 16;
  static size_t signature(std::string_view t) {
    if (t.empty()) return 0;
    const size_t first = static_cast<unsigned char>(t.front()), last = static_cast<unsigned char>(t.back());
    return (t.size() * 0x9E37 + first * 0x2F1 + last * 0x3B) & (kBits - 1);
  }
  std::vector<bool> bits_;
};

// A sparse row of probabilities p(to | from), sorted by `to` for binary search.
using SparseRow = std::vector<std::pair<TokenId, float>>;

// p(to | from) for every `from` token, rows sorted by `to`.
class TranslationTable {
 public:
  explicit TranslationTable(size_t vocabulary_size = 0) : rows_(vocabulary_size) {}
  const SparseRow& row(TokenId from) const { return from < rows_.size() ? rows_[from] : empty_; }
  SparseRow& mutable_row(TokenId from) {
    if (from >= rows_.size()) rows_.resize(from + 1);
    return rows_[from];
  }
  size_t size() const { return rows_.size(); }
  void sort_rows();

 private:
  std::vector<SparseRow> rows_;
  SparseRow empty_;
};

// Links known before alignment, as a table of weights in [0,1]: identical tokens (both
// directions), cognate syllables (source Vietnamese syllable -> Hangul syllable and back, weight
// 1/number of readings), glossary term pairs (every token of the source term <-> every token of
// the target term, weight 1/length of the other term).
struct SeedLinks {
  TranslationTable forward;   // source token -> target token
  TranslationTable backward;  // target token -> source token
};

// `source_tokens` / `target_tokens`: the vocabulary ids present on each side of the input.
SeedLinks build_seed_links(
    const Vocabulary& vocabulary, const std::vector<bool>& on_source, const std::vector<bool>& on_target,
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>& term_tokens);

// One training example: the tokens of the source and target side of a bead.
struct TokenPair {
  const std::vector<TokenId>* source;  // several segments are passed concatenated by the caller
  const std::vector<TokenId>* target;
};

// IBM Model 1 p(target | source) with a NULL source word, EM from uniform over co-occurring pairs,
// `iterations` rounds; rows pruned to entries >= min_probability.
TranslationTable train_model1(const std::vector<TokenPair>& examples, size_t vocabulary_size, int iterations,
                              float min_probability);

}  // namespace songngu
