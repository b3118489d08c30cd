#include "align/aligner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>
#include <functional>
#include <mutex>
#include <thread>

#include "align/lexicon.h"
#include "align/tokens.h"
#include "base/error.h"
#include "text/normalize.h"

namespace songngu {
namespace {

// Bead priors before any estimation: Gale & Church (1993, table 5) for 1-1, 1-0/0-1, 2-1/1-2, 2-2,
// split evenly between the two directions; 1-3/3-1 (not in their table) one tenth of 2-2. They
// are only starting points: each pass re-estimates them from the input (see estimate_priors).
double initial_prior(const BeadShape& s) {
  int a = s.src, b = s.tgt;
  if (a == 1 && b == 1) return 0.89;
  if (a + b == 1) return 0.0099 / 2;
  if ((a == 2 && b == 1) || (a == 1 && b == 2)) return 0.089 / 2;
  if (a == 2 && b == 2) return 0.011;
  return 0.0011 / 2;
}

const std::vector<BeadShape> kDefaultShapes = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}};

// Pseudo-count weight of the initial priors when re-estimating them (a Dirichlet prior worth this
// many beads): small against real documents, enough to keep unseen shapes possible.
constexpr double kPriorPseudoBeads = 20;
// Wide band of the length-only pass and narrow band of the lexical passes (half-widths in
// segments); both are widened automatically when the best path touches the band's edge.
constexpr uint32_t kWideBand = 32;
constexpr uint32_t kNarrowBand = 4;
// Beads whose pass-1 posterior reaches this train the lexicon (the calibration target itself).
constexpr double kTrainingConfidence = 0.9;
// Model 1 rounds (Moore 2002 used a few; the table converges quickly on short beads).
constexpr int kModel1Iterations = 5;
// Entries below this probability are dropped from the learned tables (memory; they carry no
// evidence against the background smoothing).
constexpr float kMinTableProbability = 0.002f;
// Smoothing of the learned lexicon with the background unigram model: the share of a target word
// not explained by its bead's source words. An unseen word then costs at most log(1/beta).
constexpr double kLexiconSmoothing = 0.1;
// The same share for the seed-links pass, where most words have no seed at all: a word with no
// seed costs log(1 - alpha) only.
constexpr double kSeedMixture = 0.1;
// Weight of seed links beside the learned table in pass 2 (names and numbers seen once are not in
// the learned table; the seeds keep them as evidence).
constexpr float kSeedWeightInPass2 = 0.5f;

struct Units {
  std::vector<std::vector<TokenId>> tokens;
  std::vector<uint32_t> length;
  size_t size() const { return length.size(); }
};

struct DocWork {
  Units source, target;
  double ratio = 1;
  Alignment result;
  std::vector<Bead> path;
  Band constraint;  // cells the path must stay in (empty lo = none); for a later paragraph pass
};

enum class LexMode { kNone, kSeeds, kLearned };

struct PassModel {
  std::vector<BeadShape> shapes;
  std::vector<double> log_prior;
  double kappa = 3;         // variance of the target length per character of expected length
  double mean_target = 40;  // of a target unit (the marginal of a 0-1 bead's length)
  LexMode mode = LexMode::kNone;
  const TranslationTable* forward = nullptr;   // learned p(t|s)
  const TranslationTable* backward = nullptr;  // learned p(s|t)
  // Tokens seen on each side of the training beads: the learned table knows only these; for the
  // others it has no opinion, and they are scored like the seed pass (no penalty for being new).
  std::vector<bool> known_source, known_target;
  const SeedLinks* seeds = nullptr;
  std::vector<float> bg_target, bg_source;  // unigram probabilities by token id
};

void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& fn) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(count)));
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i; (i = next++) < count;) {
        try {
          fn(i);
        } catch (...) {
          std::lock_guard<std::mutex> lock(error_mutex);
          if (!error) error = std::current_exception();
        }
      }
    });
  }
  for (auto& th : pool) th.join();
  if (error) std::rethrow_exception(error);
}

// Sum of table rows of the unit's tokens, as a sorted sparse vector.
SparseRow unit_mass(const std::vector<TokenId>& tokens, const TranslationTable* learned, const TranslationTable* seeds,
                    float seed_weight) {
  SparseRow mass;
  for (TokenId s : tokens) {
    if (learned)
      for (const auto& e : learned->row(s)) mass.push_back(e);
    if (seeds)
      for (const auto& e : seeds->row(s)) mass.emplace_back(e.first, e.second * seed_weight);
  }
  std::sort(mass.begin(), mass.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t out = 0;
  for (size_t i = 0; i < mass.size(); ++i) {
    if (out > 0 && mass[out - 1].first == mass[i].first) {
      mass[out - 1].second += mass[i].second;
    } else {
      mass[out++] = mass[i];
    }
  }
  mass.resize(out);
  return mass;
}

// Natural log to about 1e-4 (a polynomial on the mantissa): the lexical score takes one log per
// word per bead candidate, and this accuracy is far below the model's own noise.
inline float fast_log(float x) {
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const float exponent = static_cast<float>(static_cast<int>((bits >> 23) & 255) - 127);
  bits = (bits & 0x7FFFFF) | 0x3F800000;
  float m;
  std::memcpy(&m, &bits, sizeof m);
  // The polynomial is ln(m) on [1, 2) (not log2: scaling it by ln 2 again made log(0.9) -0.29
  // instead of -0.105 and inflated every small penalty about 2.7 times).
  const float ln_m = -1.7417939f + (2.8212026f + (-1.4699568f + (0.44717955f - 0.056570851f * m) * m) * m) * m;
  return exponent * 0.69314718f + ln_m;
}

float lookup(const SparseRow& row, TokenId t) {
  auto it = std::lower_bound(row.begin(), row.end(), t, [](const auto& e, TokenId v) { return e.first < v; });
  return it != row.end() && it->first == t ? it->second : 0.0f;
}

class PassScorer {
 public:
  PassScorer(const DocWork& doc, const PassModel& model) : doc_(doc), model_(model) {
    if (model.mode == LexMode::kNone) return;
    const bool learned = model.mode == LexMode::kLearned;
    const float sw = learned ? kSeedWeightInPass2 : 1.0f;
    src_mass_.reserve(doc.source.size());
    for (const auto& toks : doc.source.tokens)
      src_mass_.push_back(unit_mass(toks, learned ? model.forward : nullptr, model.seeds ? &model.seeds->forward : nullptr, sw));
    for (const auto& toks : doc.target.tokens)
      tgt_mass_.push_back(unit_mass(toks, learned ? model.backward : nullptr, model.seeds ? &model.seeds->backward : nullptr, sw));
  }

  // Looks up, for every one-to-one cell of the band, each word's translation mass from the other
  // side once; the beads of every shape then add these up instead of searching again.
  void prepare(const Band& band) {
    if (model_.mode == LexMode::kNone) return;
    const uint32_t n = static_cast<uint32_t>(doc_.source.size()), m = static_cast<uint32_t>(doc_.target.size());
    band_lo_ = band.lo;
    band_hi_ = band.hi;
    row_first_.assign(n + 1, 0);
    fwd_.clear();
    bwd_.clear();
    cell_fwd_.clear();
    cell_bwd_.clear();
    for (uint32_t i = 0; i < n; ++i) {
      row_first_[i] = cell_fwd_.size();
      for (uint32_t j = band.lo[i]; j <= band.hi[i] && j < m; ++j) {
        cell_fwd_.push_back(fwd_.size());
        cell_bwd_.push_back(bwd_.size());
        for (TokenId t : doc_.target.tokens[j]) fwd_.push_back(lookup(src_mass_[i], t));
        for (TokenId t : doc_.source.tokens[i]) bwd_.push_back(lookup(tgt_mass_[j], t));
      }
    }
    row_first_[n] = cell_fwd_.size();
  }

  double operator()(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
    size_t k = shape_index(a, b);
    double s = model_.log_prior[k];
    uint32_t ls = 0, lt = 0;
    for (uint32_t x = 0; x < a; ++x) ls += doc_.source.length[i + x];
    for (uint32_t y = 0; y < b; ++y) lt += doc_.target.length[j + y];
    s += length_score(ls, lt, a, b);
    if (a > 0 && b > 0 && model_.mode != LexMode::kNone) s += lexical_score(i, a, j, b);
    return s;
  }

 private:
  size_t shape_index(uint32_t a, uint32_t b) const {
    for (size_t k = 0; k < model_.shapes.size(); ++k)
      if (model_.shapes[k].src == a && model_.shapes[k].tgt == b) return k;
    return 0;
  }

  // log p(target lengths | source lengths): Gaussian around ratio * source length with variance
  // proportional to the lengths (Gale & Church 1993); a 0-1 bead's target length follows the
  // exponential marginal; several target units share their total uniformly (1/total each split).
  double length_score(uint32_t ls, uint32_t lt, uint32_t a, uint32_t b) const {
    if (b == 0) return 0;
    if (a == 0) return -std::log(model_.mean_target) - lt / model_.mean_target;
    double expected = doc_.ratio * ls;
    double var = model_.kappa * ((expected + lt) / 2 + 1);
    double d = lt - expected;
    return -d * d / (2 * var) - 0.5 * std::log(2 * M_PI * var) - (b - 1) * std::log(lt + 1.0);
  }

  // The cached masses of cell (i, j) (source unit i, target unit j), or nullptr outside the band.
  const float* cached(bool forward, uint32_t i, uint32_t j) const {
    if (band_lo_.empty() || i + 1 >= band_lo_.size() || j < band_lo_[i] || j > band_hi_[i]) return nullptr;
    size_t c = row_first_[i] + (j - band_lo_[i]);
    if (c >= row_first_[i + 1]) return nullptr;
    return forward ? &fwd_[cell_fwd_[c]] : &bwd_[cell_bwd_[c]];
  }

  double direction(bool forward, const std::vector<SparseRow>& from_mass, uint32_t from_begin, uint32_t from_count,
                   const Units& from, const Units& to, uint32_t to_begin, uint32_t to_count,
                   const TranslationTable* learned, const std::vector<float>& bg,
                   const std::vector<bool>& known) const {
    size_t n_from = 0;
    for (uint32_t x = 0; x < from_count; ++x) n_from += from.tokens[from_begin + x].size();
    double llr = 0;
    const bool is_learned = model_.mode == LexMode::kLearned;
    const float* cache[4] = {nullptr, nullptr, nullptr, nullptr};
    for (uint32_t y = 0; y < to_count; ++y) {
      for (uint32_t f = 0; f < from_count && f < 4; ++f)
        cache[f] = forward ? cached(true, from_begin + f, to_begin + y) : cached(false, to_begin + y, from_begin + f);
      const auto& to_tokens = to.tokens[to_begin + y];
      for (size_t k = 0; k < to_tokens.size(); ++k) {
        const TokenId t = to_tokens[k];
        double x = 0;
        for (uint32_t f = 0; f < from_count; ++f)
          x += f < 4 && cache[f] ? cache[f][k] : lookup(from_mass[from_begin + f], t);
        double p;
        if (is_learned && known[t]) {
          double null_p = learned ? lookup(learned->row(kNullToken), t) : 0;
          p = (1 - kLexiconSmoothing) * (x + null_p) / (n_from + 1) + kLexiconSmoothing * bg[t];
        } else {
          p = n_from == 0 ? bg[t] : kSeedMixture * std::min(1.0, x / n_from) + (1 - kSeedMixture) * bg[t];
        }
        llr += fast_log(static_cast<float>(p / bg[t]));
      }
    }
    return llr;
  }

  double lexical_score(uint32_t i, uint32_t a, uint32_t j, uint32_t b) const {
    double fwd = direction(true, src_mass_, i, a, doc_.source, doc_.target, j, b, model_.forward, model_.bg_target, model_.known_target);
    double bwd = direction(false, tgt_mass_, j, b, doc_.target, doc_.source, i, a, model_.backward, model_.bg_source, model_.known_source);
    return 0.5 * (fwd + bwd);
  }

  const DocWork& doc_;
  const PassModel& model_;
  std::vector<SparseRow> src_mass_, tgt_mass_;
  std::vector<uint32_t> band_lo_, band_hi_;
  std::vector<size_t> row_first_, cell_fwd_, cell_bwd_;
  std::vector<float> fwd_, bwd_;
};

// Intersects `band` with a constraint band (cells outside the constraint are dropped).
Band intersect(Band band, const Band& constraint) {
  if (constraint.lo.empty()) return band;
  for (size_t i = 0; i < band.lo.size(); ++i) {
    band.lo[i] = std::max(band.lo[i], constraint.lo[i]);
    band.hi[i] = std::min(band.hi[i], constraint.hi[i]);
    if (band.lo[i] > band.hi[i]) {  // keep the constraint there: the path must pass through it
      band.lo[i] = constraint.lo[i];
      band.hi[i] = constraint.hi[i];
    }
  }
  return band;
}

// One pass over one document: the lattice in a band (around the previous path, or the diagonal),
// widened until the best path no longer touches the band's edge.
LatticeResult run_pass(const DocWork& doc, const PassModel& model, uint32_t width, bool around_path,
                       size_t* cells) {
  const uint32_t n = static_cast<uint32_t>(doc.source.size()), m = static_cast<uint32_t>(doc.target.size());
  PassScorer scorer(doc, model);
  for (;;) {
    Band band = around_path ? band_around(doc.path, n, m, width) : diagonal_band(n, m, width);
    band = intersect(std::move(band), doc.constraint);
    scorer.prepare(band);
    LatticeResult r = run_lattice(n, m, model.shapes, band, scorer, true);
    *cells += r.cells;
    bool full = width >= std::max(n, m);
    if (r.ok && (!r.touched_edge || full)) return r;
    if (full) {
      if (!doc.constraint.lo.empty()) {  // the paragraph constraint admits no path: drop it
        DocWork free = doc;
        free.constraint = Band{};
        return run_pass(free, model, width, false, cells);
      }
      return r;
    }
    width *= 2;
  }
}

std::vector<double> estimate_priors(const std::vector<BeadShape>& shapes, const std::vector<DocWork>& docs) {
  std::vector<double> count(shapes.size(), 0);
  double total = 0;
  for (const auto& d : docs)
    for (const auto& b : d.path)
      for (size_t k = 0; k < shapes.size(); ++k)
        if (shapes[k].src == b.src_count && shapes[k].tgt == b.tgt_count) count[k] += 1, total += 1;
  double init_total = 0;
  for (const auto& s : shapes) init_total += initial_prior(s);
  std::vector<double> logp(shapes.size());
  for (size_t k = 0; k < shapes.size(); ++k) {
    double p0 = initial_prior(shapes[k]) / init_total;
    logp[k] = std::log((count[k] + kPriorPseudoBeads * p0) / (total + kPriorPseudoBeads));
  }
  return logp;
}

// Variance per character from the confident 1-1 beads: median of the squared standardized
// deviation divided by the median of chi-square with one degree of freedom (a robust estimate;
// short labels and omissions do not inflate it).
double estimate_kappa(const std::vector<DocWork>& docs, double fallback) {
  std::vector<double> r;
  for (const auto& d : docs)
    for (const auto& b : d.path) {
      if (b.src_count != 1 || b.tgt_count != 1 || b.confidence < kTrainingConfidence) continue;
      double ls = d.source.length[b.src_begin], lt = d.target.length[b.tgt_begin];
      double e = d.ratio * ls, dev = lt - e;
      r.push_back(dev * dev / ((e + lt) / 2 + 1));
    }
  if (r.size() < 10) return fallback;
  std::nth_element(r.begin(), r.begin() + static_cast<long>(r.size() / 2), r.end());
  return std::max(0.05, r[r.size() / 2] / 0.4549);
}

}  // namespace

std::vector<BeadShape> parse_bead_shapes(std::string_view list) {
  std::vector<BeadShape> shapes;
  bool has_one_one = false;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    size_t dash = item.find('-');
    auto digit = [](std::string_view s) { return s.size() == 1 && s[0] >= '0' && s[0] <= '3' ? s[0] - '0' : -1; };
    int a = dash == std::string_view::npos ? -1 : digit(item.substr(0, dash));
    int b = dash == std::string_view::npos ? -1 : digit(item.substr(dash + 1));
    if (a < 0 || b < 0 || a + b == 0)
      throw_usage(N_("bad bead type \"{1}\" in --beads (expected a list such as 1-1,1-2,2-1,0-1,1-0)"), {std::string(item)});
    if (a == 1 && b == 1) has_one_one = true;
    bool dup = false;
    for (const auto& s : shapes) dup |= s.src == a && s.tgt == b;
    if (!dup) shapes.push_back({static_cast<uint8_t>(a), static_cast<uint8_t>(b)});
  }
  if (!has_one_one) throw_usage(N_("--beads must include 1-1"));
  return shapes;
}

Aligner::Aligner(AlignerOptions options) : options_(std::move(options)) {
  if (options_.shapes.empty()) options_.shapes = kDefaultShapes;
}

Alignment Aligner::align(const Document& source, const Document& target, AlignStats* stats) const {
  return align(std::vector<DocumentPair>{{&source, &target}}, stats).front();
}

std::vector<Alignment> Aligner::align(const std::vector<DocumentPair>& pairs, AlignStats* stats) const {
  const size_t count = pairs.size();
  std::vector<DocWork> docs(count);
  // Tokens per document in parallel, then one vocabulary in document order (deterministic ids).
  std::vector<std::vector<std::vector<std::string>>> src_strings(count), tgt_strings(count);
  parallel_for(count, options_.threads, [&](size_t d) {
    auto tokenize = [](const Document& doc, std::vector<std::vector<std::string>>& out, Units& units) {
      out.reserve(doc.segments.size());
      for (const auto& seg : doc.segments) {
        std::string key = seg.key.empty() ? match_key(seg.text) : seg.key;
        out.push_back(alignment_tokens(seg.text, key, doc.lang.base()));
        units.length.push_back(text_length(seg.text));
      }
    };
    tokenize(*pairs[d].source, src_strings[d], docs[d].source);
    tokenize(*pairs[d].target, tgt_strings[d], docs[d].target);
  });
  Vocabulary vocab;
  std::vector<size_t> src_count, tgt_count;
  auto intern = [&](const std::vector<std::vector<std::string>>& strings, Units& units, std::vector<size_t>& freq) {
    for (const auto& seg : strings) {
      std::vector<TokenId> ids;
      ids.reserve(seg.size());
      for (const auto& t : seg) {
        TokenId id = vocab.id(t);
        if (freq.size() <= id) freq.resize(id + 1, 0);
        ++freq[id];
        ids.push_back(id);
      }
      units.tokens.push_back(std::move(ids));
    }
  };
  for (size_t d = 0; d < count; ++d) {
    intern(src_strings[d], docs[d].source, src_count);
    intern(tgt_strings[d], docs[d].target, tgt_count);
  }
  src_strings.clear();
  tgt_strings.clear();
  src_count.resize(vocab.size(), 0);
  tgt_count.resize(vocab.size(), 0);

  // Length statistics of the whole input; each document's ratio is its own total ratio, shrunk
  // towards the input's ratio in proportion to its size (a short page says little on its own).
  double total_src = 0, total_tgt = 0, units_tgt = 0;
  for (const auto& d : docs) {
    for (auto l : d.source.length) total_src += l;
    for (auto l : d.target.length) total_tgt += l;
    units_tgt += static_cast<double>(d.target.size());
  }
  const double global_ratio = total_src > 0 && total_tgt > 0 ? total_tgt / total_src : 1.0;
  const double mean_src_unit = total_src / std::max<double>(1, units_tgt);
  for (auto& d : docs) {
    double s = 0, t = 0;
    for (auto l : d.source.length) s += l;
    for (auto l : d.target.length) t += l;
    double weight = 10 * mean_src_unit;  // ten average segments' worth of the input ratio
    d.ratio = (t + global_ratio * weight) / (s + weight);
  }

  PassModel model;
  model.shapes = options_.shapes;
  model.mean_target = std::max(1.0, total_tgt / std::max(1.0, units_tgt));
  // Starting variance: Gale & Church's 6.8 per character for English-French, scaled by the ratio
  // (a denser script has fewer characters per unit of meaning); re-estimated after pass 0.
  model.kappa = 6.8 * global_ratio;
  model.log_prior = estimate_priors(model.shapes, {});
  {
    double total = 0;
    for (auto& c : src_count) total += static_cast<double>(c);
    model.bg_source.assign(vocab.size(), 1.0f);
    for (size_t t = 0; t < vocab.size(); ++t) model.bg_source[t] = static_cast<float>((src_count[t] + 0.5) / (total + 1));
    total = 0;
    for (auto& c : tgt_count) total += static_cast<double>(c);
    model.bg_target.assign(vocab.size(), 1.0f);
    for (size_t t = 0; t < vocab.size(); ++t) model.bg_target[t] = static_cast<float>((tgt_count[t] + 0.5) / (total + 1));
  }
  std::atomic<size_t> cells{0};
  auto run_all = [&](bool around_path, uint32_t width) {
    parallel_for(count, options_.threads, [&](size_t d) {
      size_t c = 0;
      LatticeResult r = run_pass(docs[d], model, width, around_path, &c);
      cells += c;
      docs[d].path = std::move(r.beads);
    });
  };

  // Pass 0: length only, wide band; twice, the second time with the variance and priors it found.
  run_all(false, kWideBand);
  model.kappa = estimate_kappa(docs, model.kappa);
  model.log_prior = estimate_priors(model.shapes, docs);
  run_all(true, kNarrowBand);
  model.kappa = estimate_kappa(docs, model.kappa);
  model.log_prior = estimate_priors(model.shapes, docs);

  // Pass 1: seed links.
  std::vector<bool> on_source(vocab.size(), false), on_target(vocab.size(), false);
  for (size_t t = 0; t < vocab.size(); ++t) on_source[t] = src_count[t] > 0, on_target[t] = tgt_count[t] > 0;
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> term_tokens;
  for (const auto& [s, t] : options_.term_pairs) {
    std::string lang_s = count ? pairs[0].source->lang.base() : "vi";
    std::string lang_t = count ? pairs[0].target->lang.base() : "en";
    term_tokens.emplace_back(alignment_tokens(s, match_key(s), lang_s), alignment_tokens(t, match_key(t), lang_t));
  }
  SeedLinks seeds = build_seed_links(vocab, on_source, on_target, term_tokens);
  if (!options_.use_cognates) {
    // Keep identity and glossary links only: drop links between different tokens that no term
    // pair made (cognates are the only other source of such links).
    SeedLinks plain = build_seed_links(vocab, on_source, std::vector<bool>(vocab.size(), false), term_tokens);
    for (TokenId id = 1; id < vocab.size(); ++id) {
      if (on_source[id] && on_target[id] && vocab.token(id).size() > 1) {
        plain.forward.mutable_row(id).emplace_back(id, 1.0f);
        plain.backward.mutable_row(id).emplace_back(id, 1.0f);
      }
    }
    plain.forward.sort_rows();
    plain.backward.sort_rows();
    seeds = std::move(plain);
  }
  model.seeds = &seeds;
  model.mode = LexMode::kSeeds;
  run_all(true, kNarrowBand);
  model.kappa = estimate_kappa(docs, model.kappa);
  model.log_prior = estimate_priors(model.shapes, docs);

  // Learn the lexicon from pass 1's confident beads, then pass 2.
  TranslationTable forward, backward;
  size_t training = 0;
  if (options_.learn_lexicon) {
    std::vector<std::vector<TokenId>> src_side, tgt_side;
    model.known_source.assign(vocab.size(), false);
    model.known_target.assign(vocab.size(), false);
    for (const auto& d : docs)
      for (const auto& b : d.path) {
        if (b.src_count == 0 || b.tgt_count == 0 || b.confidence < kTrainingConfidence) continue;
        std::vector<TokenId> s, t;
        for (uint32_t x = 0; x < b.src_count; ++x) {
          const auto& v = d.source.tokens[b.src_begin + x];
          s.insert(s.end(), v.begin(), v.end());
        }
        for (uint32_t y = 0; y < b.tgt_count; ++y) {
          const auto& v = d.target.tokens[b.tgt_begin + y];
          t.insert(t.end(), v.begin(), v.end());
        }
        if (s.empty() || t.empty()) continue;
        src_side.push_back(std::move(s));
        tgt_side.push_back(std::move(t));
        for (TokenId id : src_side.back()) model.known_source[id] = true;
        for (TokenId id : tgt_side.back()) model.known_target[id] = true;
      }
    training = src_side.size();
    std::vector<TokenPair> fwd_ex, bwd_ex;
    for (size_t k = 0; k < training; ++k) {
      fwd_ex.push_back({&src_side[k], &tgt_side[k]});
      bwd_ex.push_back({&tgt_side[k], &src_side[k]});
    }
    std::thread other([&] { backward = train_model1(bwd_ex, vocab.size(), kModel1Iterations, kMinTableProbability); });
    forward = train_model1(fwd_ex, vocab.size(), kModel1Iterations, kMinTableProbability);
    other.join();
    model.forward = &forward;
    model.backward = &backward;
    model.mode = LexMode::kLearned;
    run_all(true, kNarrowBand);
  }

  if (stats) {
    stats->lattice_cells += cells;
    stats->training_beads += training;
    size_t entries = 0;
    for (TokenId s = 0; s < forward.size(); ++s) entries += forward.row(s).size();
    stats->lexicon_entries += entries;
  }
  std::vector<Alignment> out(count);
  for (size_t d = 0; d < count; ++d) {
    for (auto& b : docs[d].path) b.confidence = std::clamp(b.confidence, 0.0f, 1.0f);
    out[d].beads = std::move(docs[d].path);
  }
  return out;
}

}  // namespace songngu
