#include "align/word_align.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "base/parallel.h"

namespace songngu {
namespace {

constexpr float kFloor = 1e-7f;  // probability of a pair never seen together in training

// Runs fn(begin, end) over [0, n) in chunks of up to 1024 indexes on up to `threads` threads
// (base/parallel.h). What fn writes must depend only on its own indexes, so the result does not
// depend on the number of threads.
template <typename Fn>
void parallel_ranges(size_t n, int threads, Fn fn) {
  constexpr size_t kChunk = 1024;
  parallel_for((n + kChunk - 1) / kChunk, static_cast<unsigned>(std::max(1, threads)),
               [&](size_t c) { fn(c * kChunk, std::min(n, (c + 1) * kChunk)); });
}

// Open-addressing map from a (source, target) token pair to a dense slot number.
class PairSlots {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  void reserve(size_t expected) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    keys_.assign(capacity, kEmpty);
    values_.assign(capacity, kNone);
    mask_ = capacity - 1;
  }
  uint32_t find(TokenId source, TokenId target) const {
    if (keys_.empty()) return kNone;
    uint64_t key = pack(source, target);
    for (size_t at = hash(key) & mask_;; at = (at + 1) & mask_) {
      if (keys_[at] == key) return values_[at];
      if (keys_[at] == kEmpty) return kNone;
    }
  }
  // Returns the pair's slot, giving it the next free number when new.
  uint32_t insert(TokenId source, TokenId target) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    uint64_t key = pack(source, target);
    for (size_t at = hash(key) & mask_;; at = (at + 1) & mask_) {
      if (keys_[at] == key) return values_[at];
      if (keys_[at] == kEmpty) {
        keys_[at] = key;
        values_[at] = static_cast<uint32_t>(size_);
        sources_.push_back(source);
        targets_.push_back(target);
        return static_cast<uint32_t>(size_++);
      }
    }
  }
  size_t size() const { return size_; }
  TokenId source_of(uint32_t slot) const { return sources_[slot]; }
  TokenId target_of(uint32_t slot) const { return targets_[slot]; }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;
  static uint64_t pack(TokenId s, TokenId t) { return (static_cast<uint64_t>(s) << 32) | t; }
  static size_t hash(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 17); }
  void grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_values = std::move(values_);
    reserve(std::max<size_t>(16, old_keys.size()));
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == kEmpty) continue;
      for (size_t at = hash(old_keys[i]) & mask_;; at = (at + 1) & mask_)
        if (keys_[at] == kEmpty) {
          keys_[at] = old_keys[i];
          values_[at] = old_values[i];
          break;
        }
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  std::vector<TokenId> sources_, targets_;
  size_t mask_ = 0, size_ = 0;
};

// The digamma function for x > 0 (recurrence up to 6, then the asymptotic series).
double digamma(double x) {
  double result = 0;
  while (x < 6) result -= 1 / x, x += 1;
  double f = 1 / (x * x);
  return result + std::log(x) - 0.5 / x -
         f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
}

// fast_align's diagonal feature: minus the distance from the diagonal, positions 1-based.
double diagonal_feature(size_t i, size_t j, size_t source_length, size_t target_length) {
  return -std::fabs(static_cast<double>(i) / source_length - static_cast<double>(j) / target_length);
}

// Prior p(a_j = i) for i = 1..m (index i-1 in `out`), without the NULL share. Uniform (Model 1)
// when tension is 0.
void alignment_prior(size_t j, size_t m, size_t n, double tension, double p_null, std::vector<double>& out) {
  out.resize(m);
  if (tension <= 0) {
    std::fill(out.begin(), out.end(), (1 - p_null) / m);
    return;
  }
  // exp(tension * -|i/m - j/n|) is geometric in i on each side of the diagonal (ratio exp(tension/m)),
  // as fast_align computes it: two exp calls a position instead of m.
  const double ratio = std::exp(-tension / m), diagonal = static_cast<double>(j) * m / n;
  size_t below = std::min<size_t>(m, static_cast<size_t>(diagonal));  // last i with i <= diagonal
  double z = 0;
  if (below >= 1) {
    double v = std::exp(tension * diagonal_feature(below, j, m, n));
    for (size_t i = below; i >= 1; --i, v *= ratio) z += out[i - 1] = v;
  }
  if (below < m) {
    double v = std::exp(tension * diagonal_feature(below + 1, j, m, n));
    for (size_t i = below + 1; i <= m; ++i, v *= ratio) z += out[i - 1] = v;
  }
  for (auto& p : out) p *= (1 - p_null) / z;
}

// d log Z / d tension at target position j: the prior's expected feature.
double expected_feature(size_t j, size_t m, size_t n, double tension) {
  double z = 0, f = 0;
  for (size_t i = 1; i <= m; ++i) {
    double h = diagonal_feature(i, j, m, n), e = std::exp(tension * h);
    z += e;
    f += h * e;
  }
  return f / z;
}

}  // namespace

// One direction: "from" words generate "to" words. In the source-to-target direction from = source.
class DirectionalModel {
 public:
  std::vector<float> probability;       // per slot: p(to | from)
  std::vector<float> null_probability;  // per "to" token: p(to | NULL)
  double tension = 0;
  double p_null = 0.08;

  float p(uint32_t slot) const {
    return slot == PairSlots::kNone ? kFloor : std::max(kFloor, probability[slot]);
  }
  float p_from_null(TokenId to) const {
    return to < null_probability.size() ? std::max(kFloor, null_probability[to]) : kFloor;
  }
};

struct WordAlignmentModel::Impl {
  PairSlots slots;            // (source, target) pairs seen together in training
  DirectionalModel forward;   // source -> target
  DirectionalModel backward;  // target -> source

  uint32_t slot(TokenId s, TokenId t) const { return slots.find(s, t); }

  // The slot of every (source i, target j) pair of a unit, source-major; kNone where the two
  // words never met in training. Looked up once for both directions.
  std::vector<uint32_t> unit_slots(const TokenizedPair& pair) const {
    std::vector<uint32_t> out(pair.source.size() * pair.target.size());
    for (size_t i = 0; i < pair.source.size(); ++i)
      for (size_t j = 0; j < pair.target.size(); ++j)
        out[i * pair.target.size() + j] = slot(pair.source[i], pair.target[j]);
    return out;
  }

  // Viterbi links of one direction, in (source, target) orientation.
  WordLinks viterbi(const TokenizedPair& pair, const std::vector<uint32_t>& cells,
                    bool source_to_target) const {
    WordLinks links;
    const auto& from = source_to_target ? pair.source : pair.target;
    const auto& to = source_to_target ? pair.target : pair.source;
    const DirectionalModel& model = source_to_target ? forward : backward;
    size_t m = from.size(), n = to.size(), row = pair.target.size();
    if (m == 0 || n == 0) return links;
    std::vector<double> prior;
    for (size_t j = 0; j < n; ++j) {
      alignment_prior(j + 1, m, n, model.tension, model.p_null, prior);
      double best = model.p_null * model.p_from_null(to[j]);
      size_t best_i = m;
      for (size_t i = 0; i < m; ++i) {
        uint32_t s = source_to_target ? cells[i * row + j] : cells[j * row + i];
        if (s == PairSlots::kNone) continue;  // never seen together: no evidence for a link
        double score = prior[i] * model.p(s);
        if (score > best) best = score, best_i = i;
      }
      if (best_i == m) continue;
      links.push_back(source_to_target ? WordLink{static_cast<uint16_t>(best_i), static_cast<uint16_t>(j)}
                                       : WordLink{static_cast<uint16_t>(j), static_cast<uint16_t>(best_i)});
    }
    std::sort(links.begin(), links.end());
    return links;
  }
};

namespace {

// The training data as slot numbers: for pair k, cells[offset[k] + i * n + j] is the slot of
// (source i, target j).
struct TrainingCells {
  std::vector<const TokenizedPair*> pairs;
  std::vector<size_t> offset;
  std::vector<uint32_t> cells;
  std::vector<size_t> source_offset, target_offset;  // pair k's words in a flat per-word array
  size_t source_words = 0, target_words = 0;
};

// One EM iteration of one direction over the training cells. Posteriors are written per cell (in
// parallel, each pair on its own) and summed into the counts in cell order, so the counts do not
// depend on the number of threads.
void em_iteration(const TrainingCells& data, const PairSlots& slots, bool source_to_target,
                  DirectionalModel& model, const std::vector<float>& prior_counts, size_t to_vocabulary,
                  const WordAlignOptions& options, bool update_tension) {
  const size_t pairs = data.pairs.size();
  std::vector<float> posterior(data.cells.size());
  // NULL's posterior for each "to" word, in a flat array (pair k's words from to_offset[k]).
  const std::vector<size_t>& to_offset = source_to_target ? data.target_offset : data.source_offset;
  std::vector<float> null_posterior(source_to_target ? data.target_words : data.source_words);
  std::vector<double> feature_sum(pairs, 0), token_count(pairs, 0);
  parallel_ranges(pairs, options.threads, [&](size_t begin, size_t end) {
    std::vector<double> prior, score;
    for (size_t k = begin; k < end; ++k) {
      const TokenizedPair& pair = *data.pairs[k];
      const auto& from = source_to_target ? pair.source : pair.target;
      const auto& to = source_to_target ? pair.target : pair.source;
      size_t m = from.size(), n = to.size();
      size_t row = pair.target.size();  // cells are laid out source-major
      const uint32_t* cells = data.cells.data() + data.offset[k];
      float* post = posterior.data() + data.offset[k];
      float* null_post = null_posterior.data() + to_offset[k];
      auto cell = [&](size_t i, size_t j) {  // i indexes `from`, j indexes `to`
        return source_to_target ? i * row + j : j * row + i;
      };
      score.resize(m);
      for (size_t j = 0; j < n; ++j) {
        alignment_prior(j + 1, m, n, model.tension, model.p_null, prior);
        double null_score = model.p_null * model.p_from_null(to[j]);
        double total = null_score;
        for (size_t i = 0; i < m; ++i) total += score[i] = prior[i] * model.p(cells[cell(i, j)]);
        double feature = 0, mass = 0;
        for (size_t i = 0; i < m; ++i) {
          double q = score[i] / total;
          post[cell(i, j)] = static_cast<float>(q);
          feature += q * diagonal_feature(i + 1, j + 1, m, n);
          mass += q;
        }
        null_post[j] = static_cast<float>(null_score / total);
        if (mass > 0) feature_sum[k] += feature / mass, token_count[k] += 1;
      }
    }
  });

  // M step: counts in cell order, plus the priors' pseudo-counts, normalized per "from" token.
  std::vector<double> counts(slots.size(), 0);
  for (size_t c = 0; c < data.cells.size(); ++c) counts[data.cells[c]] += posterior[c];
  for (size_t s = 0; s < prior_counts.size(); ++s) counts[s] += prior_counts[s];
  // With a Dirichlet prior (variational Bayes, as fast_align), each count gets `alpha` and the
  // expectation goes through digamma: rare words stop spreading over everything they met.
  const double alpha = options.sparsity;
  std::vector<double> totals;
  for (size_t s = 0; s < counts.size(); ++s) {
    TokenId from = source_to_target ? slots.source_of(static_cast<uint32_t>(s))
                                    : slots.target_of(static_cast<uint32_t>(s));
    if (from >= totals.size()) totals.resize(from + 1, 0);
    totals[from] += counts[s] + alpha;
  }
  model.probability.assign(slots.size(), 0);
  for (size_t s = 0; s < counts.size(); ++s) {
    TokenId from = source_to_target ? slots.source_of(static_cast<uint32_t>(s))
                                    : slots.target_of(static_cast<uint32_t>(s));
    if (totals[from] <= 0) continue;
    model.probability[s] =
        alpha > 0 ? static_cast<float>(std::exp(digamma(counts[s] + alpha) - digamma(totals[from])))
                  : static_cast<float>(counts[s] / totals[from]);
  }
  std::vector<double> null_totals(to_vocabulary, 0);
  double null_sum = 0;
  for (size_t k = 0; k < pairs; ++k) {
    const auto& to = source_to_target ? data.pairs[k]->target : data.pairs[k]->source;
    for (size_t j = 0; j < to.size(); ++j) {
      double q = null_posterior[to_offset[k] + j];
      null_totals[to[j]] += q, null_sum += q;
    }
  }
  model.null_probability.assign(to_vocabulary, 0);
  if (null_sum > 0)
    for (size_t t = 0; t < to_vocabulary; ++t)
      model.null_probability[t] = static_cast<float>(null_totals[t] / null_sum);

  if (!update_tension) return;
  // fast_align's tension update: move the prior's expected feature toward the posteriors'.
  double emp = 0, tokens = 0;
  for (size_t k = 0; k < pairs; ++k) emp += feature_sum[k], tokens += token_count[k];
  if (tokens == 0) return;
  emp /= tokens;
  std::vector<std::pair<std::pair<size_t, size_t>, size_t>> sizes;  // (m, n) -> pairs
  {
    std::vector<std::pair<size_t, size_t>> all;
    for (const TokenizedPair* p : data.pairs)
      all.emplace_back(source_to_target ? p->source.size() : p->target.size(),
                       source_to_target ? p->target.size() : p->source.size());
    std::sort(all.begin(), all.end());
    for (const auto& mn : all)
      if (!sizes.empty() && sizes.back().first == mn)
        ++sizes.back().second;
      else
        sizes.push_back({mn, 1});
  }
  for (int step = 0; step < 8; ++step) {
    double mod = 0;
    for (const auto& [mn, count] : sizes)
      for (size_t j = 1; j <= mn.second; ++j)
        mod += count * expected_feature(j, mn.first, mn.second, model.tension);
    mod /= tokens;
    model.tension = std::clamp(model.tension + (emp - mod) * 20.0, 0.1, 14.0);
  }
}

}  // namespace

WordAlignmentModel::WordAlignmentModel() : impl_(std::make_unique<Impl>()) {}
WordAlignmentModel::WordAlignmentModel(WordAlignmentModel&&) noexcept = default;
WordAlignmentModel& WordAlignmentModel::operator=(WordAlignmentModel&&) noexcept = default;
WordAlignmentModel::~WordAlignmentModel() = default;

WordAlignmentModel WordAlignmentModel::train(const std::vector<TokenizedPair>& pairs,
                                             size_t source_vocabulary, size_t target_vocabulary,
                                             const PriorLinks& priors, const WordAlignOptions& options) {
  WordAlignmentModel model;
  Impl& impl = *model.impl_;
  // An even sample of at most max_training_pairs usable units.
  std::vector<size_t> usable;
  for (size_t k = 0; k < pairs.size(); ++k)
    if (!pairs[k].source.empty() && !pairs[k].target.empty() &&
        pairs[k].source.size() <= options.max_length && pairs[k].target.size() <= options.max_length)
      usable.push_back(k);
  TrainingCells data;
  size_t usable_cells = 0;
  for (size_t k : usable) usable_cells += pairs[k].source.size() * pairs[k].target.size();
  size_t take = std::min(usable.size(), std::max<size_t>(1, options.max_training_pairs));
  if (usable_cells > options.max_training_cells && usable_cells > 0)  // long units: fewer of them
    take =
        std::min(take, std::max<size_t>(1, static_cast<size_t>(static_cast<double>(usable.size()) *
                                                               options.max_training_cells / usable_cells)));
  size_t total_cells = 0;
  for (size_t t = 0; t < take; ++t) {
    const TokenizedPair* p = &pairs[usable[t * usable.size() / take]];
    data.pairs.push_back(p);
    data.offset.push_back(total_cells);
    data.source_offset.push_back(data.source_words);
    data.target_offset.push_back(data.target_words);
    data.source_words += p->source.size();
    data.target_words += p->target.size();
    total_cells += p->source.size() * p->target.size();
  }
  impl.slots.reserve(std::min<size_t>(total_cells, 1 << 22));
  data.cells.resize(total_cells);
  for (size_t k = 0; k < data.pairs.size(); ++k) {
    const TokenizedPair& p = *data.pairs[k];
    uint32_t* out = data.cells.data() + data.offset[k];
    for (size_t i = 0; i < p.source.size(); ++i)
      for (size_t j = 0; j < p.target.size(); ++j)
        out[i * p.target.size() + j] = impl.slots.insert(p.source[i], p.target[j]);
  }
  // Priors count only where their pair was seen together: a prior says which of the words a unit
  // offers is the translation, not that a word is translated when it is absent.
  std::vector<float> prior_counts;
  if (priors) {
    prior_counts.resize(impl.slots.size());
    parallel_ranges(impl.slots.size(), options.threads, [&](size_t begin, size_t end) {
      for (size_t s = begin; s < end; ++s) {
        auto slot = static_cast<uint32_t>(s);
        float w = priors(impl.slots.source_of(slot), impl.slots.target_of(slot));
        prior_counts[s] = static_cast<float>(options.prior_strength * std::clamp(w, 0.0f, 1.0f));
      }
    });
  }
  for (DirectionalModel* d : {&impl.forward, &impl.backward}) {
    d->p_null = options.null_probability;
    d->tension = 0;  // Model 1 first
    // Uniform start: p(to | from) = 1 for every pair seen together, so the first E step is Model 1's.
    d->probability.assign(impl.slots.size(), 1.0f);
  }
  impl.forward.null_probability.assign(target_vocabulary, 1.0f);
  impl.backward.null_probability.assign(source_vocabulary, 1.0f);
  for (bool forward : {true, false}) {
    DirectionalModel& d = forward ? impl.forward : impl.backward;
    size_t to_vocabulary = forward ? target_vocabulary : source_vocabulary;
    for (int it = 0; it < options.model1_iterations; ++it)
      em_iteration(data, impl.slots, forward, d, prior_counts, to_vocabulary, options, false);
    if (options.diagonal_iterations > 0) d.tension = options.diagonal_tension;
    for (int it = 0; it < options.diagonal_iterations; ++it)
      em_iteration(data, impl.slots, forward, d, prior_counts, to_vocabulary, options,
                   options.optimize_tension);
  }
  return model;
}

WordLinks WordAlignmentModel::source_to_target(const TokenizedPair& pair) const {
  return impl_->viterbi(pair, impl_->unit_slots(pair), true);
}

WordLinks WordAlignmentModel::target_to_source(const TokenizedPair& pair) const {
  return impl_->viterbi(pair, impl_->unit_slots(pair), false);
}

UnitLinks WordAlignmentModel::align_unit(const TokenizedPair& pair) const {
  UnitLinks out;
  if (pair.source.size() > UINT16_MAX || pair.target.size() > UINT16_MAX) return out;
  std::vector<uint32_t> cells = impl_->unit_slots(pair);
  out.forward = impl_->viterbi(pair, cells, true);
  out.backward = impl_->viterbi(pair, cells, false);
  out.symmetrized = grow_diag_final_and(out.forward, out.backward, pair.source.size(), pair.target.size());
  return out;
}

WordLinks WordAlignmentModel::align(const TokenizedPair& pair) const {
  return align_unit(pair).symmetrized;
}

double WordAlignmentModel::translation_probability(TokenId source, TokenId target) const {
  uint32_t s = impl_->slot(source, target);
  return s == PairSlots::kNone ? 0.0 : impl_->forward.probability[s];
}

double WordAlignmentModel::diagonal_tension() const {
  return impl_->forward.tension;
}

WordLinks grow_diag_final_and(const WordLinks& forward, const WordLinks& backward, size_t source_length,
                              size_t target_length) {
  auto index = [&](size_t i, size_t j) { return i * target_length + j; };
  std::vector<char> in_union(source_length * target_length, 0), in_forward(in_union), in_backward(in_union);
  for (const WordLink& l : forward)
    if (l.source < source_length && l.target < target_length) in_forward[index(l.source, l.target)] = 1;
  for (const WordLink& l : backward)
    if (l.source < source_length && l.target < target_length) in_backward[index(l.source, l.target)] = 1;
  std::vector<char> chosen(in_union.size(), 0);
  std::vector<char> source_aligned(source_length, 0), target_aligned(target_length, 0);
  auto add = [&](size_t i, size_t j) {
    chosen[index(i, j)] = 1;
    source_aligned[i] = target_aligned[j] = 1;
  };
  for (size_t c = 0; c < in_union.size(); ++c) {
    in_union[c] = in_forward[c] || in_backward[c];
    if (in_forward[c] && in_backward[c]) add(c / target_length, c % target_length);
  }
  // grow-diag: neighbours (with diagonals) of chosen links, from the union, touching an unaligned word.
  for (bool added = true; added;) {
    added = false;
    for (size_t i = 0; i < source_length; ++i)
      for (size_t j = 0; j < target_length; ++j) {
        if (!chosen[index(i, j)]) continue;
        for (int di = -1; di <= 1; ++di)
          for (int dj = -1; dj <= 1; ++dj) {
            if (di == 0 && dj == 0) continue;
            long ni = static_cast<long>(i) + di, nj = static_cast<long>(j) + dj;
            if (ni < 0 || nj < 0 || ni >= static_cast<long>(source_length) ||
                nj >= static_cast<long>(target_length))
              continue;
            size_t c = index(static_cast<size_t>(ni), static_cast<size_t>(nj));
            if (!chosen[c] && in_union[c] && (!source_aligned[ni] || !target_aligned[nj])) {
              add(static_cast<size_t>(ni), static_cast<size_t>(nj));
              added = true;
            }
          }
      }
  }
  // final-and: a link of either direction whose two words are both still unaligned.
  for (const auto* direction : {&in_forward, &in_backward})
    for (size_t c = 0; c < in_union.size(); ++c) {
      size_t i = c / target_length, j = c % target_length;
      if ((*direction)[c] && !source_aligned[i] && !target_aligned[j]) add(i, j);
    }
  WordLinks out;
  for (size_t c = 0; c < chosen.size(); ++c)
    if (chosen[c])
      out.push_back({static_cast<uint16_t>(c / target_length), static_cast<uint16_t>(c % target_length)});
  return out;
}

std::optional<TokenSpan> consistent_target_span(const WordLinks& links, TokenSpan source) {
  size_t lo = SIZE_MAX, hi = 0;
  for (const WordLink& l : links)
    if (l.source >= source.begin && l.source < source.end)
      lo = std::min<size_t>(lo, l.target), hi = std::max<size_t>(hi, l.target);
  if (lo == SIZE_MAX) return std::nullopt;
  for (const WordLink& l : links)
    if (l.target >= lo && l.target <= hi && (l.source < source.begin || l.source >= source.end))
      return std::nullopt;
  return TokenSpan{lo, hi + 1};
}

std::optional<TokenSpan> consistent_target_span(const WordLinks& links, TokenSpan source,
                                                const WordLinks& firm) {
  size_t lo = SIZE_MAX, hi = 0;
  for (const WordLink& l : links)
    if (l.source >= source.begin && l.source < source.end)
      lo = std::min<size_t>(lo, l.target), hi = std::max<size_t>(hi, l.target);
  if (lo == SIZE_MAX) return std::nullopt;
  for (const WordLink& l : firm)
    if (l.target >= lo && l.target <= hi && (l.source < source.begin || l.source >= source.end))
      return std::nullopt;
  return TokenSpan{lo, hi + 1};
}

WordLinks intersect_links(const WordLinks& a, const WordLinks& b) {
  WordLinks out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::optional<TokenSpan> consistent_source_span(const WordLinks& links, TokenSpan target) {
  WordLinks swapped;
  swapped.reserve(links.size());
  for (const WordLink& l : links) swapped.push_back({l.target, l.source});
  return consistent_target_span(swapped, target);
}

std::vector<std::pair<TokenSpan, TokenSpan>> extract_phrase_pairs(const WordLinks& links,
                                                                  size_t source_length, size_t target_length,
                                                                  size_t max_length) {
  std::vector<char> target_aligned(target_length, 0);
  for (const WordLink& l : links)
    if (l.target < target_length) target_aligned[l.target] = 1;
  std::vector<std::pair<TokenSpan, TokenSpan>> out;
  for (size_t b = 0; b < source_length; ++b)
    for (size_t e = b + 1; e <= source_length && e - b <= max_length; ++e) {
      std::optional<TokenSpan> tight = consistent_target_span(links, {b, e});
      if (!tight) continue;
      // The tight span, then every extension over unaligned words on either side.
      for (size_t lo = tight->begin;; --lo) {
        for (size_t hi = tight->end; hi <= target_length; ++hi) {
          if (hi - lo > max_length) break;
          out.push_back({TokenSpan{b, e}, TokenSpan{lo, hi}});
          if (hi < target_length && target_aligned[hi]) break;
        }
        if (lo == 0 || target_aligned[lo - 1]) break;
      }
    }
  return out;
}

}  // namespace songngu
