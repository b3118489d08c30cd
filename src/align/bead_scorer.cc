#include "align/bead_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace songngu {
namespace {

using bead_scorer_detail::fast_log;

// Smoothing of the learned lexicon with the background unigram model: the share of a word not
// explained by its bead's other side. An unseen word then costs at most log(1/beta). (0.3 gained
// 0.001 on single short documents but let a block missing from the middle of a long translation
// pair with the text around it: gap-set lohelp-vi-en mid 0.9979 -> 0.9872.)
constexpr float kLexiconSmoothing = 0.1f;
// The same share for words the learned tables do not know (and for every word in the seed pass,
// where most words have no seed at all): a word with no link costs log(1 - alpha) only.
constexpr float kSeedMixture = 0.1f;
// Weight of seed links beside the learned table (names and numbers seen once are not in the
// learned table; the seeds keep them as evidence).
constexpr float kSeedWeightBesideLearned = 0.5f;

// word_probability of a word with from_words > 0, in one formula for known and unknown words:
// (mass + offset) / (n + add), capped. For a known word add = 1 and cap = infinity, for an unknown
// one offset = add = 0 and cap = 1: the same float operations, hence the same values.
inline float capped_probability(float mass, float offset, float n, float add, float cap) {
  const float p = (mass + offset) / (n + add);
  return p < cap ? p : cap;
}

// values[0] + values[1] + ... in this order, four a step (the loop's own instructions were as many
// as the sum's). A float sum depends on the order; double sums of word log ratios do not (see
// two_fwd_ in the header).
template <class Sum>
Sum sum_in_order(const float* values, uint32_t count) {
  Sum sum = 0;
  uint32_t k = 0;
  for (; k + 3 < count; k += 4) {
    sum += values[k];
    sum += values[k + 1];
    sum += values[k + 2];
    sum += values[k + 3];
  }
  for (; k < count; ++k) sum += values[k];
  return sum;
}

// Adds a table row into `dense`, four entries a step (the same order of additions).
void add_row(const SparseRow& row, float* dense) {
  size_t x = 0;
  for (; x + 3 < row.size(); x += 4) {
    dense[row[x].first] += row[x].second;
    dense[row[x + 1].first] += row[x + 1].second;
    dense[row[x + 2].first] += row[x + 2].second;
    dense[row[x + 3].first] += row[x + 3].second;
  }
  for (; x < row.size(); ++x) dense[row[x].first] += row[x].second;
}

// Sets a table row's entries of `dense` back to zero, four a step.
void clear_row(const SparseRow& row, float* dense) {
  size_t x = 0;
  for (; x + 3 < row.size(); x += 4) {
    dense[row[x].first] = 0.0f;
    dense[row[x + 1].first] = 0.0f;
    dense[row[x + 2].first] = 0.0f;
    dense[row[x + 3].first] = 0.0f;
  }
  for (; x < row.size(); ++x) dense[row[x].first] = 0.0f;
}

// A zeroed array indexed by token id, one per thread; callers put back the zeros they changed.
std::vector<float>& scratch(size_t size) {
  thread_local std::vector<float> dense;
  if (dense.size() < size) dense.resize(size, 0.0f);
  return dense;
}

}  // namespace

BeadScorer::BeadScorer(const DocSides& doc, const PassModel& model) : doc_(doc), model_(model) {
  for (size_t k = 0; k < model.shapes.size(); ++k)
    shape_index_[model.shapes[k].src][model.shapes[k].tgt] = static_cast<uint8_t>(k);
  auto prefix = [](const Units& u, std::vector<double>& out) {
    out.assign(u.size() + 1, 0.0);
    for (size_t x = 0; x < u.size(); ++x) out[x + 1] = out[x] + u.length[x];
  };
  prefix(doc.source, prefix_src_);
  prefix(doc.target, prefix_tgt_);
  log_mean_target_ = fast_log(static_cast<float>(model.mean_target));
  // log(lt + 1) of every run of b target units a bead with both sides may hold (b > 1).
  for (const auto& sh : model.shapes) {
    if (sh.src == 0 || sh.tgt < 2 || !split_log_[sh.tgt].empty()) continue;
    auto& logs = split_log_[sh.tgt];
    logs.assign(doc.target.size() + 1, 0.0f);
    for (size_t j = 0; j + sh.tgt <= doc.target.size(); ++j)
      logs[j] = fast_log(static_cast<float>(prefix_tgt_[j + sh.tgt] - prefix_tgt_[j] + 1));
  }
  auto open_prefix = [](const Units& u, std::vector<uint32_t>& out) {
    out.assign(u.size() + 1, 0);
    for (size_t x = 0; x < u.size(); ++x) out[x + 1] = out[x] + u.open[x];
  };
  open_prefix(doc.source, open_src_);
  open_prefix(doc.target, open_tgt_);
  if (model.mode == LexMode::kNone) return;
  src_terms_ = terms_of(doc.source, model.bg_source, model.null_backward, model.known_source);
  tgt_terms_ = terms_of(doc.target, model.bg_target, model.null_forward, model.known_target);
}

// A word's log ratio is log(scale * min(cap, (mass + offset) / divisor) + floor):
//  known to the learned tables:  p = (1-beta) (mass + p(w|NULL)) / (n+1) + beta bg(w)
//  otherwise:                    p = alpha min(1, mass / n) + (1-alpha) bg(w)   (bg(w) when n = 0)
// divided by bg(w), where n is the number of words on the other side.
BeadScorer::TokenTerms BeadScorer::terms_of(const Units& units, const std::vector<float>& bg,
                                            const std::vector<float>& null_p,
                                            const std::vector<uint8_t>& known) const {
  TokenTerms t;
  const size_t count = units.tokens.size();
  t.scale.resize(count);
  t.offset.resize(count);
  t.floor.resize(count);
  t.known.resize(count);
  t.add.resize(count);
  t.cap.resize(count);
  const bool learned = model_.mode == LexMode::kLearned;
  for (size_t k = 0; k < count; ++k) {
    const TokenId w = units.tokens[k];
    const float inv_bg = 1.0f / bg[w];
    t.known[k] = learned && known[w];
    if (t.known[k]) {
      t.scale[k] = (1 - kLexiconSmoothing) * inv_bg;
      t.offset[k] = null_p.empty() ? 0.0f : null_p[w];
      t.floor[k] = kLexiconSmoothing;
      t.add[k] = 1;
      t.cap[k] = std::numeric_limits<float>::infinity();
    } else {
      t.scale[k] = kSeedMixture * inv_bg;
      t.offset[k] = 0;
      t.floor[k] = 1 - kSeedMixture;
      t.add[k] = 0;
      t.cap[k] = 1;
    }
  }
  return t;
}

float BeadScorer::word_probability(const TokenTerms& t, size_t k, float mass, uint32_t from_words) {
  if (t.known[k]) return (mass + t.offset[k]) / static_cast<float>(from_words + 1);
  return from_words == 0 ? 0.0f : std::min(1.0f, mass / static_cast<float>(from_words));
}

float BeadScorer::word_log_ratio(const TokenTerms& t, size_t k, float mass, uint32_t from_words) {
  if (!t.known[k] && from_words == 0) return 0;
  return fast_log(t.scale[k] * word_probability(t, k, mass, from_words) + t.floor[k]);
}

void BeadScorer::log_ratios(const TokenTerms& t, size_t first, uint32_t count, const float* mass,
                            const float* more, uint32_t from_words, float* out) {
  if (from_words == 0) {
    for (uint32_t k = 0; k < count; ++k)
      out[k] = word_log_ratio(t, first + k, more ? mass[k] + more[k] : mass[k], 0);
    return;
  }
  const float n = static_cast<float>(from_words);
  const float *scale = t.scale.data() + first, *offset = t.offset.data() + first;
  const float *floor = t.floor.data() + first, *add = t.add.data() + first, *cap = t.cap.data() + first;
  if (more) {
    for (uint32_t k = 0; k < count; ++k)
      out[k] =
          fast_log(scale[k] * capped_probability(mass[k] + more[k], offset[k], n, add[k], cap[k]) + floor[k]);
  } else {
    for (uint32_t k = 0; k < count; ++k)
      out[k] = fast_log(scale[k] * capped_probability(mass[k], offset[k], n, add[k], cap[k]) + floor[k]);
  }
}

void BeadScorer::prepare(const Band& band) {
  if (model_.mode == LexMode::kNone) return;
  const uint32_t n = static_cast<uint32_t>(doc_.source.size()), m = static_cast<uint32_t>(doc_.target.size());
  row_lo_.assign(n, 1);
  row_hi_.assign(n, 0);
  cell_base_.assign(n + 1, 0);
  fwd_base_.assign(n + 1, 0);
  bwd_base_.assign(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i) {
    size_t cells = 0, fwd = 0;
    if (m > 0 && band.lo[i] < m) {
      row_lo_[i] = band.lo[i];
      row_hi_[i] = std::min(band.hi[i], m - 1);
      cells = row_hi_[i] - row_lo_[i] + 1;
      fwd = doc_.target.first[row_hi_[i] + 1] - doc_.target.first[row_lo_[i]];
    }
    cell_base_[i + 1] = cell_base_[i] + cells;
    fwd_base_[i + 1] = fwd_base_[i] + fwd;
    bwd_base_[i + 1] = bwd_base_[i] + cells * doc_.source.count(i);
  }
  fwd_.assign(fwd_base_[n], 0.0f);
  bwd_.assign(bwd_base_[n], 0.0f);
  bool one_two = false, two_one = false;  // whether a bead reads split_fwd_ / split_bwd_
  for (const auto& sh : model_.shapes) {
    one_two |= sh.src == 1 && sh.tgt == 2;
    two_one |= sh.src == 2 && sh.tgt == 1;
  }
  const double unset = std::numeric_limits<double>::quiet_NaN();
  split_fwd_.assign(one_two ? cell_base_[n] : 0, unset);
  split_bwd_.assign(two_one ? cell_base_[n] : 0, unset);
  gather_forward();
  gather_backward();
  one_fwd_.assign(cell_base_[n], 0.0f);
  one_bwd_.assign(cell_base_[n], 0.0f);
  // Room for the word log ratios of a row's target words, or of any segment's words.
  size_t room = 0;
  for (uint32_t i = 0; i < n; ++i)
    room = std::max({room, fwd_base_[i + 1] - fwd_base_[i], size_t{doc_.source.count(i)}});
  for (uint32_t j = 0; j < m; ++j) room = std::max(room, size_t{doc_.target.count(j)});
  if (values_.size() < room) values_.resize(room);
  float* values = values_.data();
  for (uint32_t i = 0; i < n; ++i) {
    if (row_lo_[i] > row_hi_[i]) continue;
    const uint32_t src_words = doc_.source.count(i), src_first = doc_.source.first[i];
    // The row's target words are consecutive, and all are given the same source unit.
    const uint32_t row_first = doc_.target.first[row_lo_[i]];
    log_ratios(tgt_terms_, row_first, static_cast<uint32_t>(fwd_base_[i + 1] - fwd_base_[i]),
               forward_mass(i, row_lo_[i]), nullptr, src_words, values);
    for (uint32_t j = row_lo_[i]; j <= row_hi_[i]; ++j) {
      one_fwd_[cell(i, j)] =
          sum_in_order<float>(values + (doc_.target.first[j] - row_first), doc_.target.count(j));
    }
    for (uint32_t j = row_lo_[i]; j <= row_hi_[i]; ++j) {
      log_ratios(src_terms_, src_first, src_words, backward_mass(i, j), nullptr, doc_.target.count(j),
                 values);
      one_bwd_[cell(i, j)] = sum_in_order<float>(values, src_words);
    }
  }
  prepare_two();
}

void BeadScorer::split_sums(std::span<const TokenId> single, const Units& pair, uint32_t lo, uint32_t hi,
                            const TranslationTable* table, const TranslationTable* seeds, float seed_weight,
                            const TokenTerms& terms, double* out) {
  // The pair p, p+1 splits the single segment where p's share of the pair's words ends: p's words
  // are explained by the single segment's words before that point, p+1's by those after it. A
  // word's mass from the words before a point is a running sum of the single side's rows, read
  // where each candidate's point lies; from those after it, its whole mass less that.
  const uint32_t n = static_cast<uint32_t>(single.size()), count = out ? hi - lo : 0, base = pair.first[lo];
  cut_.resize(count);
  slot_.resize(count + 1);
  slot_[0] = 0;
  for (uint32_t c = 0; c < count; ++c) {
    const uint32_t p = lo + c;
    const double share = static_cast<double>(pair.count(p)) / std::max(1u, pair.count(p) + pair.count(p + 1));
    // The words whose middle, (x + 0.5) / n, lies before the share.
    cut_[c] = static_cast<uint32_t>(std::clamp(std::ceil(share * n - 0.5), 0.0, static_cast<double>(n)));
    slot_[c + 1] = slot_[c] + pair.first[p + 2] - pair.first[p];
  }
  // The candidates in the order of their cuts (a counting sort: cuts are at most n).
  by_cut_.assign(n + 2, 0);
  for (uint32_t c = 0; c < count; ++c) ++by_cut_[cut_[c] + 1];
  for (uint32_t x = 0; x <= n; ++x) by_cut_[x + 1] += by_cut_[x];
  order_.resize(count);
  for (uint32_t c = 0; c < count; ++c) order_[by_cut_[cut_[c]]++] = c;
  before_.resize(slot_[count]);
  full_.resize(pair.first[hi + 1] - base);
  std::vector<float>& links = scratch(model_.bg_source.size());
  uint32_t next = 0;  // in order_
  for (uint32_t x = 0; x <= n; ++x) {
    for (; next < count && cut_[order_[next]] == x; ++next) {
      const uint32_t c = order_[next], p = lo + c;
      float* to = &before_[slot_[c]];
      for (uint32_t q = pair.first[p]; q < pair.first[p + 2]; ++q) *to++ = links[pair.tokens[q]];
    }
    if (x == n) break;
    if (table) add_row(table->row(single[x]), links.data());
    if (seeds)
      for (const auto& [token, probability] : seeds->row(single[x]))
        links[token] += seed_weight * probability;
  }
  for (uint32_t q = base; q < pair.first[hi + 1]; ++q) full_[q - base] = links[pair.tokens[q]];
  for (TokenId w : single) {
    if (table) clear_row(table->row(w), links.data());
    if (seeds) clear_row(seeds->row(w), links.data());
  }
  if (values_.size() < slot_[count]) values_.resize(slot_[count]);
  float* values = values_.data();
  for (uint32_t c = 0; c < count; ++c) {
    const uint32_t p = lo + c, first_words = pair.count(p), words = first_words + pair.count(p + 1);
    float* mass = &before_[slot_[c]];
    for (uint32_t k = first_words; k < words; ++k)
      mass[k] = std::max(0.0f, full_[pair.first[p] + k - base] - mass[k]);
    log_ratios(terms, pair.first[p], first_words, mass, nullptr, cut_[c], values);
    log_ratios(terms, pair.first[p + 1], words - first_words, mass + first_words, nullptr, n - cut_[c],
               values + first_words);
    out[c] = sum_in_order<double>(values, words);
  }
}

void BeadScorer::prepare_two() {
  bool two_sources = false, two_targets = false;  // whether a bead reads two_fwd_ / two_bwd_
  for (const auto& sh : model_.shapes) {
    two_sources |= sh.src == 2 && sh.tgt >= 2;
    two_targets |= sh.tgt == 2 && sh.src >= 2;
  }
  const uint32_t n = static_cast<uint32_t>(row_lo_.size());
  const double unset = std::numeric_limits<double>::quiet_NaN();
  float* values = values_.data();
  two_fwd_.assign(two_sources ? cell_base_[n] : 0, unset);
  two_bwd_.assign(two_targets ? cell_base_[n] : 0, unset);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t src_words = doc_.source.count(i), src_first = doc_.source.first[i];
    for (uint32_t j = row_lo_[i]; j <= row_hi_[i] && row_lo_[i] <= row_hi_[i]; ++j) {
      if (two_sources && cached(i + 1, j)) {
        const uint32_t words = src_words + doc_.source.count(i + 1), count = doc_.target.count(j);
        log_ratios(tgt_terms_, doc_.target.first[j], count, forward_mass(i, j), forward_mass(i + 1, j), words,
                   values);
        two_fwd_[cell(i, j)] = sum_in_order<double>(values, count);
      }
      if (two_targets && cached(i, j + 1)) {
        const uint32_t words = doc_.target.count(j) + doc_.target.count(j + 1);
        log_ratios(src_terms_, src_first, src_words, backward_mass(i, j), backward_mass(i, j + 1), words,
                   values);
        two_bwd_[cell(i, j)] = sum_in_order<double>(values, src_words);
      }
    }
  }
}

// Row by row: the masses that source unit i gives every target word, read for the row's cells.
void BeadScorer::gather_forward() {
  const bool learned = model_.mode == LexMode::kLearned;
  const TranslationTable* table = learned ? model_.forward : nullptr;
  const TranslationTable* seeds = model_.seeds ? &model_.seeds->forward : nullptr;
  const float weight = learned ? kSeedWeightBesideLearned : 1.0f;
  for (uint32_t i = 0; i < row_lo_.size(); ++i) {
    if (row_lo_[i] > row_hi_[i]) continue;
    split_sums(doc_.source.of(i), doc_.target, row_lo_[i], row_hi_[i], table, seeds, weight, tgt_terms_,
               split_fwd_.empty() ? nullptr : &split_fwd_[cell(i, row_lo_[i])]);
    std::copy(full_.begin(), full_.end(), fwd_.begin() + static_cast<ptrdiff_t>(fwd_base_[i]));
  }
}

// Column by column: the masses that target unit j gives every source word, read for the column's
// cells. The rows holding a column are listed first (the band of a lexical pass need not be
// monotone: around a block one side lacks it follows two lines, see anchors.h).
void BeadScorer::gather_backward() {
  const bool learned = model_.mode == LexMode::kLearned;
  const TranslationTable* table = learned ? model_.backward : nullptr;
  const TranslationTable* seeds = model_.seeds ? &model_.seeds->backward : nullptr;
  const float weight = learned ? kSeedWeightBesideLearned : 1.0f;
  const uint32_t n = static_cast<uint32_t>(row_lo_.size()), m = static_cast<uint32_t>(doc_.target.size());
  std::vector<uint32_t> first(m + 2, 0);  // column j's rows are rows[first[j], first[j + 1])
  for (uint32_t i = 0; i < n; ++i)
    if (row_lo_[i] <= row_hi_[i]) ++first[row_lo_[i] + 1], --first[row_hi_[i] + 2];
  for (uint32_t j = 1; j <= m + 1; ++j) first[j] += first[j - 1];  // rows per column
  for (uint32_t j = 1; j <= m + 1; ++j) first[j] += first[j - 1];  // where each column's rows start
  std::vector<uint32_t> rows(first[m]), fill(first.begin(), first.end() - 1);
  for (uint32_t i = 0; i < n; ++i)
    for (uint32_t j = row_lo_[i]; j <= row_hi_[i] && row_lo_[i] <= row_hi_[i]; ++j) rows[fill[j]++] = i;
  // Run by run of consecutive rows: the 2-1 beads' terms need both rows of a pair.
  for (uint32_t j = 0; j < m; ++j) {
    for (uint32_t k = first[j]; k < first[j + 1];) {
      uint32_t last = k;
      while (last + 1 < first[j + 1] && rows[last + 1] == rows[last] + 1) ++last;
      const uint32_t lo = rows[k], hi = rows[last];
      split_out_.resize(hi - lo);
      split_sums(doc_.target.of(j), doc_.source, lo, hi, table, seeds, weight, src_terms_,
                 split_bwd_.empty() ? nullptr : split_out_.data());
      for (uint32_t i = lo; i < hi && !split_bwd_.empty(); ++i) split_bwd_[cell(i, j)] = split_out_[i - lo];
      for (uint32_t i = lo; i <= hi; ++i)
        std::copy_n(full_.begin() + (doc_.source.first[i] - doc_.source.first[lo]), doc_.source.count(i),
                    bwd_.begin() +
                        static_cast<ptrdiff_t>(bwd_base_[i] + size_t{j - row_lo_[i]} * doc_.source.count(i)));
      k = last + 1;
    }
  }
}

float BeadScorer::ordered_log_ratio(const TokenTerms& t, size_t k, float share_first, float mass_first,
                                    uint32_t words_first, float mass_second, uint32_t words_second) {
  if (!t.known[k] && words_first + words_second == 0) return 0;
  const float mixed = share_first * word_probability(t, k, mass_first, words_first) +
                      (1 - share_first) * word_probability(t, k, mass_second, words_second);
  return fast_log(t.scale[k] * mixed + t.floor[k]);
}

double BeadScorer::ordered_sum(const TokenTerms& t, uint32_t first, uint32_t count, const float* mass_first,
                               uint32_t words_first, const float* mass_second, uint32_t words_second) const {
  // The first part's share of the single side, by words; a word's chance of belonging to it falls
  // from 1 to 0 over a ramp of kOrderRamp on either side of that point.
  const float split =
      static_cast<float>(words_first) / static_cast<float>(std::max(1u, words_first + words_second));
  // The share before it is clamped to [0, 1]; it falls with k. (k goes through int: a signed
  // conversion vectorizes, an unsigned one does not.)
  auto raw_share = [&](uint32_t k) {
    const float at = (static_cast<float>(static_cast<int32_t>(k)) + 0.5f) / static_cast<float>(count);
    return (split + kOrderRamp - at) / (2 * kOrderRamp);
  };
  double sum = 0;
  if (words_first == 0 || words_second == 0) {
    for (uint32_t k = 0; k < count; ++k)
      sum += ordered_log_ratio(t, first + k, std::clamp(raw_share(k), 0.0f, 1.0f), mass_first[k], words_first,
                               mass_second[k], words_second);
    return sum;
  }
  // Both parts have words. The words before the ramp have share 1 (the mixture is exactly the first
  // part's probability), those after it share 0 (the second part's): log_ratios of one part. The
  // words on the ramp mix both, in a loop of its own that needs no clamp; all three loops
  // vectorize. The sum is exact in any order (see two_fwd_).
  // The first k where `holds` (true, then false, as k grows) fails: from the word where the ramp's
  // edge `at` lies (share 1 ends at split - ramp, share 0 begins at split + ramp), stepped to the
  // exact place by the predicate itself.
  auto first_not = [&](float at, auto holds) {
    const float guess = std::ceil(at * static_cast<float>(count) - 0.5f);
    uint32_t k = guess <= 0 ? 0 : guess >= static_cast<float>(count) ? count : static_cast<uint32_t>(guess);
    while (k > 0 && !holds(k - 1)) --k;
    while (k < count && holds(k)) ++k;
    return k;
  };
  const uint32_t ramp_begin = first_not(split - kOrderRamp, [&](uint32_t k) { return raw_share(k) >= 1.0f; });
  const uint32_t ramp_end = first_not(split + kOrderRamp, [&](uint32_t k) { return raw_share(k) > 0.0f; });
  float* values = values_.data();
  log_ratios(t, first, ramp_begin, mass_first, nullptr, words_first, values);
  const float n_first = static_cast<float>(words_first), n_second = static_cast<float>(words_second);
  const float *scale = t.scale.data() + first, *offset = t.offset.data() + first;
  const float *floor = t.floor.data() + first, *add = t.add.data() + first, *cap = t.cap.data() + first;
  for (uint32_t k = ramp_begin; k < ramp_end; ++k) {
    const float share = raw_share(k);
    const float mixed = share * capped_probability(mass_first[k], offset[k], n_first, add[k], cap[k]) +
                        (1 - share) * capped_probability(mass_second[k], offset[k], n_second, add[k], cap[k]);
    values[k] = fast_log(scale[k] * mixed + floor[k]);
  }
  log_ratios(t, first + ramp_end, count - ramp_end, mass_second + ramp_end, nullptr, words_second,
             values + ramp_end);
  return sum_in_order<double>(values, count);
}

double BeadScorer::lexical_score(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
  double fwd = 0, bwd = 0;  // the caller checked that the cells are covered
  // Target words of [j, j+b) given source units [i, i+a).
  if (a == 2 && b == 1) {
    fwd = ordered_sum(tgt_terms_, doc_.target.first[j], doc_.target.count(j), forward_mass(i, j),
                      doc_.source.count(i), forward_mass(i + 1, j), doc_.source.count(i + 1));
  } else if (a == 1 && b == 2) {
    fwd = split_fwd_[cell(i, j)];
  } else if (a == 1) {
    for (uint32_t y = 0; y < b; ++y) fwd += one_fwd_[cell(i, j + y)];
  } else if (a == 2) {
    for (uint32_t y = 0; y < b; ++y) fwd += two_fwd_[cell(i, j + y)];
  } else {
    uint32_t words = 0;
    for (uint32_t f = 0; f < a; ++f) words += doc_.source.count(i + f);
    const float* mass[3];
    for (uint32_t y = 0; y < b; ++y) {
      for (uint32_t f = 0; f < a; ++f) mass[f] = forward_mass(i + f, j + y);
      const uint32_t first = doc_.target.first[j + y], count = doc_.target.count(j + y);
      for (uint32_t k = 0; k < count; ++k) {
        float x = 0;
        for (uint32_t f = 0; f < a; ++f) x += mass[f][k];
        fwd += word_log_ratio(tgt_terms_, first + k, x, words);
      }
    }
  }
  // Source words of [i, i+a) given target units [j, j+b).
  if (a == 1 && b == 2) {
    bwd = ordered_sum(src_terms_, doc_.source.first[i], doc_.source.count(i), backward_mass(i, j),
                      doc_.target.count(j), backward_mass(i, j + 1), doc_.target.count(j + 1));
  } else if (a == 2 && b == 1) {
    bwd = split_bwd_[cell(i, j)];
  } else if (b == 1) {
    for (uint32_t f = 0; f < a; ++f) bwd += one_bwd_[cell(i + f, j)];
  } else if (b == 2) {
    for (uint32_t f = 0; f < a; ++f) bwd += two_bwd_[cell(i + f, j)];
  } else {
    uint32_t words = 0;
    for (uint32_t y = 0; y < b; ++y) words += doc_.target.count(j + y);
    const float* mass[3];
    for (uint32_t f = 0; f < a; ++f) {
      for (uint32_t y = 0; y < b; ++y) mass[y] = backward_mass(i + f, j + y);
      const uint32_t first = doc_.source.first[i + f], count = doc_.source.count(i + f);
      for (uint32_t k = 0; k < count; ++k) {
        float x = 0;
        for (uint32_t y = 0; y < b; ++y) x += mass[y][k];
        bwd += word_log_ratio(src_terms_, first + k, x, words);
      }
    }
  }
  return 0.5 * (fwd + bwd);
}

}  // namespace songngu
