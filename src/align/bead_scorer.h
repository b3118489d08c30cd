#pragma once
// The score of one bead for the lattice: log prior of its shape, the Gale & Church (1993) length
// term, and in the lexical passes a Model 1 style word-translation term in both directions, each
// word measured against a unigram background (Moore 2002). The word masses a bead needs are
// gathered once per band by `prepare` (one scatter of table rows per source row and per target
// column into a dense scratch array, then plain reads), and the one-to-one term of every cell is
// kept, so that 1-n and n-1 beads reuse it for the direction whose side has one segment; 1-2 and
// 2-1 beads instead read their two segments' words explained in order (split_fwd_, split_bwd_),
// gathered by the same scatter.
//
// Contract: `operator()(i, a, j, b)` is the natural-log score of the bead covering source
// [i, i+a) and target [j, j+b); -infinity when a word mass it needs lies outside the prepared band
// (such beads run along the band's edge, where the aligner widens the band anyway, or inside a
// stretch one side lacks a block of, off the lines through it). The prepared band need not be
// monotone. A scorer is used by one thread; the model it reads is shared and immutable.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <vector>

#include "align/lattice.h"
#include "align/lexicon.h"

namespace songngu {

// One side of a document: the tokens of every segment, flattened, and each segment's length.
struct Units {
  std::vector<TokenId> tokens;
  std::vector<uint32_t> first{0};  // segment u has tokens [first[u], first[u+1])
  std::vector<uint32_t> length;    // non-space code points (the length model's unit)
  std::vector<uint8_t> open;       // 1 when the segment does not end like a sentence (a title, a label)
  std::vector<uint8_t> para_end;   // 1 when the segment ends its paragraph

  size_t size() const { return length.size(); }
  uint32_t count(size_t u) const { return first[u + 1] - first[u]; }
  std::span<const TokenId> of(size_t u) const { return {tokens.data() + first[u], count(u)}; }
  void reserve(size_t token_count, size_t segment_count) {
    tokens.reserve(token_count);
    first.reserve(segment_count + 1);
    length.reserve(segment_count);
    open.reserve(segment_count);
    para_end.reserve(segment_count);
  }
  void add(std::span<const TokenId> ids, uint32_t text_length, bool open_end, bool ends_paragraph = false) {
    tokens.insert(tokens.end(), ids.begin(), ids.end());
    first.push_back(static_cast<uint32_t>(tokens.size()));
    length.push_back(text_length);
    open.push_back(open_end ? 1 : 0);
    para_end.push_back(ends_paragraph ? 1 : 0);
  }
};

struct DocSides {
  Units source, target;
  double ratio = 1;  // expected target length per source character
  // Both sides have paragraphs (blank lines in raw text): the paragraph-end parity term applies.
  bool paragraphs = false;
};

namespace bead_scorer_detail {

// Natural log to about 1e-4 (a polynomial on the mantissa): a bead takes one log per word, and
// this accuracy is far below the model's own noise.
inline float fast_log(float x) {
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const float exponent = static_cast<float>(static_cast<int>((bits >> 23) & 255) - 127);
  bits = (bits & 0x7FFFFF) | 0x3F800000;
  float m;
  std::memcpy(&m, &bits, sizeof m);
  // ln(m) on [1, 2) (not log2: scaling it by ln 2 again once inflated every penalty 2.7 times).
  const float ln_m =
      -1.7417939f + (2.8212026f + (-1.4699568f + (0.44717955f - 0.056570851f * m) * m) * m) * m;
  return exponent * 0.69314718f + ln_m;
}

}  // namespace bead_scorer_detail

enum class LexMode { kNone, kSeeds, kLearned };

// Everything a pass estimated from the input; shared by all documents of the pass.
struct PassModel {
  std::vector<BeadShape> shapes;
  std::vector<double> log_prior;  // per shape
  double kappa = 3;               // variance of the target length per character of expected length
  double mean_target = 40;        // of a target unit (the marginal of a 0-1 bead's length)
  // Log ratio added to a bead with both sides when its two sides hold as many segments that do
  // not end like a sentence (titles, labels) / a different number: how often translations keep
  // that structure against how often two random segments would (0 until estimated).
  double open_same = 0, open_differ = 0;
  // The same for beads with several segments on a side: joining a title to the sentence after it
  // is one way a side comes to hold fewer titles, so there the structure is kept less often.
  double joined_same = 0, joined_differ = 0;
  // The same for paragraph ends: a bead whose two sides both end a paragraph, or neither, against
  // one that ends a paragraph on one side only (documents with paragraphs on both sides only).
  double para_same = 0, para_differ = 0;
  LexMode mode = LexMode::kNone;
  const TranslationTable* forward = nullptr;   // learned p(t|s)
  const TranslationTable* backward = nullptr;  // learned p(s|t)
  const SeedLinks* seeds = nullptr;
  // By token id: unigram probability on each side; the learned NULL word's p(t|NULL) / p(s|NULL);
  // whether the learned tables saw the token (for the others they have no opinion, and the token
  // is scored as in the seed pass, with no penalty for being new).
  std::vector<float> bg_source, bg_target;
  std::vector<float> null_forward, null_backward;
  std::vector<uint8_t> known_source, known_target;
};

class BeadScorer {
 public:
  BeadScorer(const DocSides& doc, const PassModel& model);

  // Gathers the word masses of every one-to-one cell of the band (lexical passes only).
  void prepare(const Band& band);

  double operator()(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
    // Off the prepared cells first: inside a gap's rectangle most cells are, and need no more.
    if (a > 0 && b > 0 && model_.mode != LexMode::kNone && !covered(i, a, j, b))
      return -std::numeric_limits<double>::infinity();
    double s = model_.log_prior[shape_index_[a][b]] + length_score(i, a, j, b);
    if (a > 0 && b > 0) {
      const bool same = open_src_[i + a] - open_src_[i] == open_tgt_[j + b] - open_tgt_[j];
      if (a == 1 && b == 1)
        s += same ? model_.open_same : model_.open_differ;
      else
        s += same ? model_.joined_same : model_.joined_differ;
      if (doc_.paragraphs)
        s += doc_.source.para_end[i + a - 1] == doc_.target.para_end[j + b - 1] ? model_.para_same
                                                                                : model_.para_differ;
      if (model_.mode != LexMode::kNone) s += lexical_score(i, a, j, b);
    }
    return s;
  }

 private:
  // Per-token constants of the log ratio, one entry per token of a side (see word_log_ratio); `add`
  // and `cap` let one formula serve known and unknown words (see log_ratios).
  struct TokenTerms {
    std::vector<float> scale, offset, floor, add, cap;
    std::vector<uint8_t> known;
  };
  TokenTerms terms_of(const Units& units, const std::vector<float>& bg, const std::vector<float>& null_p,
                      const std::vector<uint8_t>& known) const;

  double length_score(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const;
  double lexical_score(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const;
  // The part of p(word | other side) that the other side's words give: `mass` of the word from
  // `from_words` words (the formula above terms_of), before scaling against the background.
  static float word_probability(const TokenTerms& t, size_t k, float mass, uint32_t from_words);
  // log p(word | other side) / p(word): `mass` of the word from `from_words` words of the other side.
  static float word_log_ratio(const TokenTerms& t, size_t k, float mass, uint32_t from_words);
  // The same for a word of the single side of a 1-2 or 2-1 bead, explained by the other side's two
  // segments in order: near its start mostly by the first, near its end by the second (a
  // translation keeps the order of what it joins or splits), instead of by both alike.
  static float ordered_log_ratio(const TokenTerms& t, size_t k, float share_first, float mass_first,
                                 uint32_t words_first, float mass_second, uint32_t words_second);
  // out[k] = word_log_ratio of word first + k with mass[k] (plus more[k] when `more` is given), for
  // k < count: one branch-free loop over flat arrays, which the compiler vectorizes.
  static void log_ratios(const TokenTerms& t, size_t first, uint32_t count, const float* mass,
                         const float* more, uint32_t from_words, float* out);
  double ordered_sum(const TokenTerms& t, uint32_t first, uint32_t count, const float* mass_first,
                     uint32_t words_first, const float* mass_second, uint32_t words_second) const;
  static constexpr float kOrderRamp = 0.2f;

  // Cached cells: source unit i with target units [row_lo_[i], row_hi_[i]] (empty when lo > hi).
  bool cached(uint32_t i, uint32_t j) const {
    return i < row_lo_.size() && j >= row_lo_[i] && j <= row_hi_[i];
  }
  // Whether every cell the bead's lexical term reads is cached.
  bool covered(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
    for (uint32_t f = 0; f < a; ++f)
      if (!cached(i + f, j) || !cached(i + f, j + b - 1)) return false;
    return true;
  }
  size_t cell(uint32_t i, uint32_t j) const { return cell_base_[i] + (j - row_lo_[i]); }
  // Masses of target unit j's words from source unit i, and of source unit i's words from target j.
  const float* forward_mass(uint32_t i, uint32_t j) const {
    return &fwd_[fwd_base_[i] + (doc_.target.first[j] - doc_.target.first[row_lo_[i]])];
  }
  const float* backward_mass(uint32_t i, uint32_t j) const {
    return &bwd_[bwd_base_[i] + size_t{j - row_lo_[i]} * doc_.source.count(i)];
  }
  void gather_forward();
  void gather_backward();
  void prepare_two();  // two_fwd_ and two_bwd_
  // The masses each word of the segments [lo, hi] of `pair` (consecutive, each cached with the
  // single segment) has from the whole single segment, into full_; and unless `out` is null, the
  // ordered terms of every two neighbours p, p+1 of them given the single segment's words, into
  // out[p - lo] for p in [lo, hi). See split_fwd_.
  void split_sums(std::span<const TokenId> single, const Units& pair, uint32_t lo, uint32_t hi,
                  const TranslationTable* table, const TranslationTable* seeds, float seed_weight,
                  const TokenTerms& terms, double* out);

  const DocSides& doc_;
  const PassModel& model_;
  uint8_t shape_index_[4][4] = {};
  std::vector<double> prefix_src_, prefix_tgt_;  // prefix sums of lengths
  float log_mean_target_ = 0;                    // fast_log of model_.mean_target
  std::vector<float> split_log_[4];  // [b][j]: fast_log(length of target units [j, j + b) + 1), b > 1
  std::vector<uint32_t> open_src_, open_tgt_;  // prefix counts of open-ended segments
  TokenTerms src_terms_, tgt_terms_;
  std::vector<uint32_t> row_lo_, row_hi_;
  std::vector<size_t> cell_base_, fwd_base_, bwd_base_;
  std::vector<float> fwd_, bwd_;          // word masses per cached cell
  std::vector<float> one_fwd_, one_bwd_;  // the 1-1 lexical term of each cached cell, per direction
  // Per cached cell (i, j): target unit j's words given source units i and i+1 (two_fwd_), source
  // unit i's words given target units j and j+1 (two_bwd_); NaN where the second cell is not
  // cached. A 2-2 bead reads two of each, and each is read by two 2-2 beads. The terms are sums of
  // fast_log values, all multiples of 2^-24 well inside double precision: summed in any grouping,
  // they give exactly the bead's sum word by word.
  std::vector<double> two_fwd_, two_bwd_;
  // Per cached cell (i, j): the words of target units j and j+1 given source unit i in order
  // (split_fwd_: a 1-2 bead's forward term), the words of source units i and i+1 given target unit
  // j in order (split_bwd_: a 2-1 bead's backward term). The two-segment side's first segment is
  // explained by the single segment's words up to its share of the two (by words), the second by
  // the rest: Model 1 alone lets one sentence explain two near-copies of its translation in full,
  // and a near-duplicate neighbour whose own counterpart is missing (a catalog's error messages, a
  // list of labels) then joins its bead. (ordered_sum, for the single side's words, mixes the two
  // parts over a ramp; here a ramp of 0.2 or 0.1 aligned a little worse than a sharp cut.)
  std::vector<double> split_fwd_, split_bwd_;
  // Scratch of split_sums, per candidate pair: where it cuts the single segment, where its words'
  // masses start in before_ (their masses from the words before the cut), the candidates in the
  // order of their cuts; each pair-side word's whole mass.
  std::vector<uint32_t> cut_, slot_, order_, by_cut_;
  std::vector<float> before_, full_;
  std::vector<double> split_out_;
  // Word log ratios of one loop of log_ratios or ordered_sum, summed afterwards in the order of the
  // words (a float sum depends on it; the double sums do not, see above).
  mutable std::vector<float> values_;
};

// log p(target lengths | source lengths): Gaussian around ratio * source length with variance
// proportional to the lengths (Gale & Church 1993); a 0-1 bead's target length follows the
// exponential marginal; several target units share their total uniformly (1/total each split).
inline double BeadScorer::length_score(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
  if (b == 0) return 0;
  const double lt = prefix_tgt_[j + b] - prefix_tgt_[j];
  if (a == 0) return -log_mean_target_ - lt / model_.mean_target;
  const double ls = prefix_src_[i + a] - prefix_src_[i];
  const double expected = doc_.ratio * ls;
  const double var = model_.kappa * ((expected + lt) / 2 + 1);
  const double d = lt - expected;
  double s = -d * d / (2 * var) - 0.5 * bead_scorer_detail::fast_log(static_cast<float>(2 * M_PI * var));
  if (b > 1) s -= (b - 1) * split_log_[b][j];
  return s;
}

}  // namespace songngu
