#include "align/aligner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <utility>

#include "align/align_input.h"
#include "align/align_prior.h"
#include "align/anchors.h"
#include "align/bead_scorer.h"
#include "align/lexicon.h"
#include "align/lexicon_file.h"
#include "align/lone_pairs.h"
#include "align/pieces.h"
#include "align/tokens.h"
#include "base/error.h"
#include "base/parallel.h"
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

// 1-3 and 3-1 are left to --beads: they cost 15% of the time and gained nothing on the dev sets
// (vi-ko strict F1 0.9945 with them, 0.9941 without; the other sets equal).
const std::vector<BeadShape> kDefaultShapes = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}};

// Pseudo-count weight of the initial priors when re-estimating them (a Dirichlet prior worth this
// many beads): small against real documents, enough to keep unseen shapes possible.
constexpr double kPriorPseudoBeads = 20;
// Wide band of the length-only pass and narrow band of the lexical passes (half-widths in
// segments); both are widened automatically when the best path touches the band's edge.
constexpr uint32_t kWideBand = 16;
constexpr uint32_t kNarrowBand = 4;
constexpr uint32_t kMaxWidthAroundPath = 32;
constexpr int kTriesAroundPath = 3;
// Beads whose pass-1 posterior reaches this train the lexicon (the calibration target itself).
constexpr double kTrainingConfidence = 0.9;
// Model 1 rounds (Moore 2002 used a few; the table converges quickly on short beads).
constexpr int kModel1Iterations = 5;
// Training word pairs below which both directions are trained on the calling thread (a direction's
// training then takes at most about 0.2 ms, not much more than starting a thread costs).
constexpr double kWordPairsPerThread = 4000;
// Entries below this probability are dropped from the learned tables (memory; they carry no
// evidence against the background smoothing).
constexpr float kMinTableProbability = 0.002f;

// A document, or a piece of a long one, during alignment: its sides and the latest pass's path.
struct DocWork {
  DocSides* sides = nullptr;
  std::vector<Bead> path;
  std::vector<Anchor> anchors;              // the first pass's band follows them (anchors.h)
  size_t doc = 0;                           // the input document it belongs to
  uint32_t src_offset = 0, tgt_offset = 0;  // where the piece starts in that document
};

// Where a pass looks: around the anchors (the first pass), or around the last path with the whole
// of every stretch where one side lacks a block (the later passes: a gap may still move anywhere in
// its stretch; keeping only a window of 64 segments around the last path there lost up to 0.03 of
// strict F1 on the gap sets).
enum class Reach { kAnchors, kPathAndGaps };

// Where the path enters or leaves a stretch that one side lacks a block of, it moves most from one
// pass to the next (the block's place in the stretch is what a pass decides): within
// kMaxWidthAroundPath rows of either end of such a stretch the band is as wide as widening would
// make it, at once. Widening after the fact costs the whole lattice again: on the gap sets, passes
// 1 and 2 each ran twice for it.
void widen_at_gap_ends(Band& band, Band& lexical, const std::vector<uint8_t>& lines_only,
                       const std::vector<uint32_t>& gap_ends, const std::vector<Bead>& path, uint32_t n,
                       uint32_t m) {
  const Band wide = band_around(path, n, m, kMaxWidthAroundPath);
  std::vector<uint8_t> near(n + 1, 0);
  for (uint32_t end : gap_ends) {
    const uint32_t from = end > kMaxWidthAroundPath ? end - kMaxWidthAroundPath : 0;
    for (uint32_t i = from; i <= std::min(n, end + kMaxWidthAroundPath); ++i) near[i] = 1;
  }
  for (uint32_t i = 0; i <= n; ++i)
    if (near[i]) {
      band.lo[i] = std::min(band.lo[i], wide.lo[i]), band.hi[i] = std::max(band.hi[i], wide.hi[i]);
      lexical.lo[i] = std::min(lexical.lo[i], wide.lo[i]),
      lexical.hi[i] = std::max(lexical.hi[i], wide.hi[i]);
    }
  close_band(band, n, m);
  for (uint32_t i = 0; i <= n; ++i)
    if (!lines_only[i]) lexical.lo[i] = band.lo[i], lexical.hi[i] = band.hi[i];
}

// One pass over one document: the lattice in a band, widened until the best path no longer
// touches the band's edge.
LatticeResult run_pass(const DocWork& doc, const PassModel& model, uint32_t width, Reach reach,
                       size_t* cells) {
  const DocSides& sides = *doc.sides;
  const uint32_t n = static_cast<uint32_t>(sides.source.size()),
                 m = static_cast<uint32_t>(sides.target.size());
  BeadScorer scorer(sides, model);
  const bool around_path = reach != Reach::kAnchors;
  // Where beads with both sides are scored: the whole band, except inside a stretch that one side
  // lacks a block of, where only the lines through it are (anchors.h, open_gaps).
  Band lexical;
  bool gaps = false;
  std::vector<uint8_t> lines_only;  // rows where `lexical` is the lines, not the band
  auto first_band = [&] {
    if (!around_path) return anchor_band(doc.anchors, sides, width);
    Band band = band_around(doc.path, n, m, width);
    if (reach == Reach::kPathAndGaps) {
      lexical = band;
      std::vector<uint32_t> gap_ends;
      gaps = open_gaps(band, model.mode == LexMode::kNone ? nullptr : &lexical, doc.anchors, sides, width,
                       &gap_ends);
      lines_only.assign(n + 1, 0);
      for (uint32_t i = 0; i <= n; ++i)
        lines_only[i] = lexical.lo[i] != band.lo[i] || lexical.hi[i] != band.hi[i];
      if (gaps) widen_at_gap_ends(band, lexical, lines_only, gap_ends, doc.path, n, m);
    }
    return band;
  };
  Band band = first_band();
  int tries = 0;
  for (;;) {
    scorer.prepare(gaps ? lexical : band);
    LatticeResult r = run_lattice(n, m, model.shapes, band, scorer, true);
    *cells += r.cells;
    // Widen only where the path was pushed against the band's edge (a long omission): the cost
    // grows with the excursion, not with the document. The first pass doubles the reach each
    // time. Around an earlier path (which the wide first pass found) the reach goes straight to
    // its widest, for a few tries at most (each try costs the whole lattice again; doubling from 4
    // took four): a later pass that still pulls away is drawn by repeated sentences elsewhere, not
    // by a better alignment.
    ++tries;
    if (r.ok && (!r.touched_edge || (around_path && tries >= kTriesAroundPath) ||
                 (!around_path && !doc.anchors.empty() && width >= kMaxWidthAroundPath)))
      return r;
    width = around_path && r.ok ? std::max(width, kMaxWidthAroundPath) : 2 * width;
    if (r.ok ? !widen_where_touched(band, r.beads, n, m, width, gaps ? &lexical : nullptr)
             : width > 2 * std::max(n, m))
      return r;
    if (!r.ok) {
      band = first_band();
    } else if (gaps) {
      // Off the gaps the lexical band is the band, with the cells closing the band added.
      for (uint32_t i = 0; i <= n; ++i)
        if (!lines_only[i]) lexical.lo[i] = band.lo[i], lexical.hi[i] = band.hi[i];
    }
  }
}

// The prior probability of each shape: the prior pass's where it has the shape, Gale & Church's
// otherwise (or for every shape without a prior), normalized over `shapes`.
std::vector<double> prior_probabilities(const std::vector<BeadShape>& shapes, const AlignModel* prior,
                                        const PassParameters* pass) {
  std::vector<double> p(shapes.size());
  double total = 0;
  for (size_t k = 0; k < shapes.size(); ++k) {
    p[k] = initial_prior(shapes[k]);
    if (prior && pass)
      for (size_t x = 0; x < prior->shapes.size() && x < pass->log_prior.size(); ++x)
        if (prior->shapes[x].src == shapes[k].src && prior->shapes[x].tgt == shapes[k].tgt)
          p[k] = std::exp(pass->log_prior[x]);
    total += p[k];
  }
  // Omissions are not one language's habit only: whichever side a prior's data happened to lack
  // text on (the vi-en dev sets have no 1-0 bead at all), a block may be missing from the other
  // side too, so neither null shape is less than a tenth as likely as the other.
  double top_null = 0;
  for (size_t k = 0; k < shapes.size(); ++k)
    if (shapes[k].src + shapes[k].tgt == 1) top_null = std::max(top_null, p[k]);
  total = 0;
  for (size_t k = 0; k < shapes.size(); ++k) {
    if (shapes[k].src + shapes[k].tgt == 1) p[k] = std::max(p[k], top_null / 10);
    total += p[k];
  }
  for (auto& x : p) x /= total;
  return p;
}

// Bead-type priors from the paths' shape counts, with the prior worth kPriorBeads beads (without
// a shipped prior, Gale & Church's table is worth kPriorPseudoBeads: enough to keep unseen shapes
// possible).
std::vector<double> estimate_priors(const std::vector<BeadShape>& shapes, const std::vector<DocWork>& docs,
                                    const AlignModel* prior, const PassParameters* pass) {
  std::vector<double> count(shapes.size(), 0);
  double total = 0;
  for (const auto& d : docs)
    for (const auto& b : d.path)
      for (size_t k = 0; k < shapes.size(); ++k)
        if (shapes[k].src == b.src_count && shapes[k].tgt == b.tgt_count) count[k] += 1, total += 1;
  const std::vector<double> p0 = prior_probabilities(shapes, prior, pass);
  const double weight = prior && pass ? kPriorBeads : kPriorPseudoBeads;
  std::vector<double> logp(shapes.size());
  for (size_t k = 0; k < shapes.size(); ++k)
    logp[k] = std::log((count[k] + weight * p0[k]) / (total + weight));
  return logp;
}

// Variance per character from the confident 1-1 beads: median of the squared standardized
// deviation divided by the median of chi-square with one degree of freedom (a robust estimate;
// short labels and omissions do not inflate it).
double estimate_kappa(const std::vector<DocWork>& docs, double fallback, const PassParameters* prior) {
  std::vector<double> r;
  for (const auto& d : docs)
    for (const auto& b : d.path) {
      if (b.src_count != 1 || b.tgt_count != 1 || b.confidence < kTrainingConfidence) continue;
      double ls = d.sides->source.length[b.src_begin], lt = d.sides->target.length[b.tgt_begin];
      double e = d.sides->ratio * ls, dev = lt - e;
      r.push_back(dev * dev / ((e + lt) / 2 + 1));
    }
  if (prior && r.empty()) return prior->kappa;
  if (!prior && r.size() < 10) return fallback;
  std::nth_element(r.begin(), r.begin() + static_cast<long>(r.size() / 2), r.end());
  const double own = std::max(0.05, r[r.size() / 2] / 0.4549);
  if (!prior) return own;
  const double n = static_cast<double>(r.size());
  return (n * own + kPriorBeads * prior->kappa) / (n + kPriorBeads);
}

// Probability that `a` segments of one side and `b` of the other, open-ended with probability ps
// and pt each and paired at random, hold as many open-ended segments.
double random_open_parity(uint32_t a, uint32_t b, double ps, double pt) {
  auto binomial = [](uint32_t n, uint32_t k, double p) {
    double c = 1;
    for (uint32_t x = 0; x < k; ++x) c = c * (n - x) / (x + 1);
    return c * std::pow(p, k) * std::pow(1 - p, n - k);
  };
  double q = 0;
  for (uint32_t k = 0; k <= std::min(a, b); ++k) q += binomial(a, k, ps) * binomial(b, k, pt);
  return std::clamp(q, 0.01, 0.99);
}

// The share of beads with both sides that have several segments on a side, by a pass's priors.
double joined_share(const PassParameters& pass, const std::vector<BeadShape>& shapes) {
  double joined = 0, both = 0;
  for (size_t k = 0; k < shapes.size() && k < pass.log_prior.size(); ++k) {
    if (shapes[k].src == 0 || shapes[k].tgt == 0) continue;
    both += std::exp(pass.log_prior[k]);
    if (shapes[k].src > 1 || shapes[k].tgt > 1) joined += std::exp(pass.log_prior[k]);
  }
  return both > 0 ? joined / both : 0;
}

// The open-end parity terms of PassParameters from the confident beads with both sides, apart for
// 1-1 beads and for beads with several segments on a side: p(same) there, against q(same) for
// segments paired at random (from each side's share of open-ended segments).
void estimate_open_parity(const std::vector<DocWork>& docs, PassParameters& model,
                          const PassParameters* prior, const std::vector<BeadShape>* prior_shapes) {
  double open_src = 0, units_src = 0, open_tgt = 0, units_tgt = 0;
  for (const auto& d : docs) {
    for (auto o : d.sides->source.open) open_src += o;
    for (auto o : d.sides->target.open) open_tgt += o;
    units_src += static_cast<double>(d.sides->source.size());
    units_tgt += static_cast<double>(d.sides->target.size());
  }
  // [0]: 1-1 beads, [1]: the others; q is the confidence-weighted mean of each bead's q.
  double same[2] = {}, total[2] = {}, q_sum[2] = {}, beads[2] = {};
  const double ps = units_src > 0 ? open_src / units_src : 0, pt = units_tgt > 0 ? open_tgt / units_tgt : 0;
  for (const auto& d : docs) {
    const Units &su = d.sides->source, &tu = d.sides->target;
    for (const auto& b : d.path) {
      if (b.src_count == 0 || b.tgt_count == 0) continue;
      beads[b.src_count == 1 && b.tgt_count == 1 ? 0 : 1] += 1;
      uint32_t os = 0, ot = 0;
      for (uint32_t x = 0; x < b.src_count; ++x) os += su.open[b.src_begin + x];
      for (uint32_t y = 0; y < b.tgt_count; ++y) ot += tu.open[b.tgt_begin + y];
      const int k = b.src_count == 1 && b.tgt_count == 1 ? 0 : 1;
      same[k] += (os == ot) * b.confidence;
      total[k] += b.confidence;
      q_sum[k] += random_open_parity(b.src_count, b.tgt_count, ps, pt) * b.confidence;
    }
  }
  if (prior) {
    // The prior's log ratios, shrunk toward this input's by its confident beads. Whether a joined
    // bead keeps the structure depends on why the sides were segmented apart: an input that joins
    // often (a title run into the next sentence on one side) breaks it often, one that hardly joins
    // keeps it as its 1-1 beads do. So the joined terms start between the prior's 1-1 and joined
    // terms, by this input's share of joined beads (with kPriorBeads beads of none) against the
    // prior's share.
    model.open_same = prior->open_same, model.open_differ = prior->open_differ;
    const double share = beads[1] / (beads[0] + beads[1] + kPriorBeads);
    const double s = std::min(1.0, share / std::max(1e-9, joined_share(*prior, *prior_shapes)));
    model.joined_same = prior->open_same + s * (prior->joined_same - prior->open_same);
    model.joined_differ = prior->open_differ + s * (prior->joined_differ - prior->open_differ);
  }
  if (units_src == 0 || units_tgt == 0) return;
  auto estimate = [&](int k, double& same_term, double& differ_term) {
    if (total[k] < (prior ? 1 : 10)) return;
    const double p = (same[k] + 1) / (total[k] + 2), q = q_sum[k] / total[k];
    const double w = prior ? total[k] / (total[k] + kPriorBeads) : 1.0;
    same_term = w * std::log(p / q) + (1 - w) * same_term;
    differ_term = w * std::log((1 - p) / (1 - q)) + (1 - w) * differ_term;
  };
  // Without a prior and with too few joined beads to say, joined beads keep the 1-1 terms.
  estimate(0, model.open_same, model.open_differ);
  if (!prior) model.joined_same = model.open_same, model.joined_differ = model.open_differ;
  estimate(1, model.joined_same, model.joined_differ);
}

// The paragraph-end terms of PassParameters from the confident beads with both sides of documents
// with paragraphs: p(both or neither side ends a paragraph) there, with a prior of 9 in 10 worth
// ten beads (translations keep their paragraphs), against q for segments paired at random.
void estimate_paragraph_parity(const std::vector<DocWork>& docs, PassParameters& model) {
  double same = 0, total = 0, ends_src = 0, units_src = 0, ends_tgt = 0, units_tgt = 0;
  for (const auto& d : docs) {
    if (!d.sides->paragraphs) continue;
    const Units &su = d.sides->source, &tu = d.sides->target;
    for (auto e : su.para_end) ends_src += e;
    for (auto e : tu.para_end) ends_tgt += e;
    units_src += static_cast<double>(su.size());
    units_tgt += static_cast<double>(tu.size());
    for (const auto& b : d.path) {
      if (b.src_count == 0 || b.tgt_count == 0) continue;
      const bool s = su.para_end[b.src_begin + b.src_count - 1],
                 t = tu.para_end[b.tgt_begin + b.tgt_count - 1];
      same += (s == t) * b.confidence;
      total += b.confidence;
    }
  }
  if (units_src == 0 || units_tgt == 0) return;
  const double p = (same + 9) / (total + 10);
  const double ps = ends_src / units_src, pt = ends_tgt / units_tgt;
  const double q = std::clamp(ps * pt + (1 - ps) * (1 - pt), 0.01, 0.99);
  model.para_same = std::log(p / q);
  model.para_differ = std::log((1 - p) / (1 - q));
}

// The next pass's parameters from the paths of the last one, each shrunk toward `prior`'s pass
// (when there is a prior) by the evidence the paths hold.
PassParameters estimate_pass(const std::vector<BeadShape>& shapes, const std::vector<DocWork>& docs,
                             const PassParameters& last, const AlignModel* prior,
                             const PassParameters* prior_pass) {
  PassParameters p;
  p.kappa = estimate_kappa(docs, last.kappa, prior_pass);
  p.log_prior = estimate_priors(shapes, docs, prior, prior_pass);
  estimate_open_parity(docs, p, prior_pass, prior ? &prior->shapes : nullptr);
  estimate_paragraph_parity(docs, p);
  return p;
}

// Each document's length ratio again, from the beads the last pass is confident of (a block one
// side lacks would bias a ratio of whole totals), shrunk toward the input's ratio as before.
void estimate_doc_ratios(std::vector<DocWork>& docs, const AlignModel& model) {
  for (auto& d : docs) {
    double s = 0, t = 0;
    for (const auto& b : d.path) {
      if (b.src_count == 0 || b.tgt_count == 0 || b.confidence < kTrainingConfidence) continue;
      for (uint32_t x = 0; x < b.src_count; ++x) s += d.sides->source.length[b.src_begin + x];
      for (uint32_t y = 0; y < b.tgt_count; ++y) t += d.sides->target.length[b.tgt_begin + y];
    }
    d.sides->ratio = (t + model.ratio * model.ratio_weight) / (s + model.ratio_weight);
  }
}

// `table` (by token id of `vocab`) by token text, and back: the learned tables go through the
// model's text form in every run, so a run given a model file computes exactly what the run that
// wrote it did.
// The table by token text. Rows flagged in `mixed` (mix_with_prior's) are listed even when empty and
// sorted by text, as the mixing by text made them; the others keep the table's order.
WordTable table_text(const TranslationTable& table, const Vocabulary& vocab,
                     const std::vector<uint8_t>* mixed = nullptr) {
  WordTable out;
  for (TokenId s = 0; s < table.size(); ++s) {
    const auto& row = table.row(s);
    const bool by_text = mixed && s < mixed->size() && (*mixed)[s];
    if (row.empty() && !by_text) continue;
    auto& text_row = out[vocab.token(s)];
    for (const auto& [t, p] : row) text_row.emplace_back(vocab.token(t), p);
    if (by_text) std::sort(text_row.begin(), text_row.end());
  }
  return out;
}

TranslationTable table_ids(const WordTable& table, const Vocabulary& vocab) {
  TranslationTable out(vocab.size());
  for (const auto& [s, row] : table) {
    TokenId sid = s.empty() ? kNullToken : vocab.find(s);
    if (sid == kNullToken && !s.empty()) continue;  // a word absent from these documents
    auto& id_row = out.mutable_row(sid);
    for (const auto& [t, p] : row) {
      TokenId tid = vocab.find(t);
      if (tid != kNullToken) id_row.emplace_back(tid, p);
    }
    std::sort(id_row.begin(), id_row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  return out;
}

// The prior lexicon's rows for the input's tokens, read from the file once per run: the seed pass's
// links and the mixing after training both use them. Table 'F' is read for the source tokens, 'B'
// for the target tokens; a row keeps, in the file's order, the entries whose token is on the other
// side of the input.
struct PriorRows {
  std::vector<uint8_t> present;                                 // by token: the lexicon has its row
  std::vector<std::vector<std::pair<TokenId, float>>> entries;  // by token: (other side's token, p)
  std::vector<uint8_t> known;  // by token: the lexicon lists it as known on its side (KS or KT)
};

class PriorRowCache {
 public:
  PriorRowCache(const Vocabulary& vocab, const std::vector<bool>& on_source,
                const std::vector<bool>& on_target)
      : vocab_(vocab), on_source_(on_source), on_target_(on_target) {}

  const PriorRows& rows(const LexiconFile& lexicon, char table) {
    auto& slot = cache_[{&lexicon, table}];
    if (slot.present.empty()) {
      const auto& on_from = table == 'F' ? on_source_ : on_target_;
      const auto& on_to = table == 'F' ? on_target_ : on_source_;
      slot.present.assign(vocab_.size(), 0);
      slot.known.assign(vocab_.size(), 0);
      slot.entries.resize(vocab_.size());
      if (lexicon.indexed()) {
        indexed_rows(lexicon, table, on_from, on_to, slot);
        return slot;
      }
      const TokenSignatures to_tokens(vocab_, on_to);
      for (TokenId id = 1; id < vocab_.size(); ++id) {
        if (!on_from[id]) continue;
        slot.known[id] = lexicon.known(table == 'F', vocab_.token(id));
        lexicon.visit_row(table, vocab_.token(id), [&](const LexiconFile::Entry& e) {
          slot.present[id] = 1;
          if (!to_tokens.may_hold(e.to)) return;
          const TokenId to = vocab_.find(e.to);
          if (to != kNullToken && on_to[to]) slot.entries[id].emplace_back(to, e.probability());
        });
      }
    }
    return slot;
  }

 private:
  // The same rows through the lexicon's index: the input's tokens by their numbers in the lexicon.
  void indexed_rows(const LexiconFile& lexicon, char table, const std::vector<bool>& on_from,
                    const std::vector<bool>& on_to, PriorRows& slot) const {
    // The input's `to` tokens by their numbers in the lexicon: a small open-addressing table (the
    // lexicon's number + 1, 0 empty; at most a quarter full), probed once for most entries.
    size_t size = 16;
    while (size < 4 * vocab_.size()) size *= 2;
    std::vector<std::pair<uint32_t, TokenId>> to_of(size, {0, kNullToken});
    auto slot_of = [&](uint32_t n) {
      size_t at = (n * size_t{0x9E3779B1}) & (size - 1);
      while (to_of[at].first != 0 && to_of[at].first != n + 1) at = (at + 1) & (size - 1);
      return at;
    };
    for (TokenId id = 1; id < vocab_.size(); ++id)
      if (on_to[id])
        if (const uint32_t n = lexicon.token_number(vocab_.token(id)); n != LexiconFile::kNoToken)
          to_of[slot_of(n)] = {n + 1, id};
    std::vector<std::pair<TokenId, float>> kept;
    for (TokenId id = 1; id < vocab_.size(); ++id) {
      if (!on_from[id]) continue;
      const uint32_t n = lexicon.token_number(vocab_.token(id));
      if (n == LexiconFile::kNoToken) continue;
      slot.known[id] = lexicon.indexed_known(table == 'F', n);
      const auto row = lexicon.indexed_row(table, n);
      slot.present[id] = !row.empty();
      kept.clear();  // gathered first, then copied: one allocation of the right size a row
      for (const auto& e : row)
        if (const auto& [key, to] = to_of[slot_of(e.to)]; key != 0) kept.emplace_back(to, e.probability);
      slot.entries[id].assign(kept.begin(), kept.end());
    }
  }

  const Vocabulary& vocab_;
  const std::vector<bool>& on_source_;
  const std::vector<bool>& on_target_;
  std::map<std::pair<const LexiconFile*, char>, PriorRows> cache_;
};

// Mixes the prior lexicon's table `table` ('F' or 'B') into `own` (p(to | from) by token id), for
// the `from` tokens of this input only (`on_from`): each row becomes w * own + (1 - w) * prior, with
// w = own_row_weight of its `from` token's occurrences (align_prior.h); the NULL row stays the
// input's own. Flags the rows it replaced in `mixed`. The lexicon's known tokens that occur in the
// input become known (`rows.known` on the `from` side, `other.known`, the other table's, on the `to`
// side). A token the lexicon does not know and the training beads hold once has no
// evidence either way (its row would only confirm the bead it came from): it loses its row and is
// scored as unknown.
void mix_with_prior(TranslationTable& own, std::vector<uint8_t>& mixed,
                    std::unordered_set<std::string>& known_from, std::unordered_set<std::string>& known_to,
                    const PriorRows& rows, const PriorRows& other, const std::vector<bool>& on_from,
                    const std::vector<bool>& on_to, const std::vector<double>& occurrences,
                    const Vocabulary& vocab) {
  mixed.assign(vocab.size(), 0);
  std::vector<std::pair<TokenId, double>> prior_part;
  for (TokenId id = 1; id < vocab.size(); ++id) {
    const std::string& from = vocab.token(id);
    if (on_to[id] && other.known[id]) known_to.insert(from);
    if (!on_from[id]) continue;
    if (rows.known[id]) {
      known_from.insert(from);
    } else if (occurrences[id] <= 1) {
      own.mutable_row(id).clear();
      known_from.erase(from);
      continue;
    }
    if (!rows.present[id]) continue;
    const double w = own_row_weight(occurrences[id]);
    // The prior's part and the own row (each lists a token at most once; the own row is sorted by
    // token), merged by token: a token in both gets prior + own, in that order.
    prior_part.clear();
    for (const auto& [to, p] : rows.entries[id]) prior_part.emplace_back(to, (1 - w) * p);
    std::sort(prior_part.begin(), prior_part.end());
    const SparseRow& own_row = own.row(id);
    SparseRow row;
    row.reserve(prior_part.size() + own_row.size());  // one allocation, not one per doubling
    auto keep = [&](TokenId to, double p) {
      if (p >= kMinTableProbability) row.emplace_back(to, static_cast<float>(p));
    };
    size_t a = 0, b = 0;
    while (a < prior_part.size() || b < own_row.size()) {
      if (b == own_row.size() || (a < prior_part.size() && prior_part[a].first < own_row[b].first)) {
        keep(prior_part[a].first, prior_part[a].second), ++a;
      } else if (a == prior_part.size() || own_row[b].first < prior_part[a].first) {
        keep(own_row[b].first, w * own_row[b].second), ++b;
      } else {
        keep(prior_part[a].first, prior_part[a].second + w * own_row[b].second), ++a, ++b;
      }
    }
    own.mutable_row(id) = std::move(row);
    mixed[id] = 1;
  }
}

// Links of the prior's lexicon at least this likely join the seed links: the passes before the
// input's own tables exist then see the words the prior knows are translations.
constexpr float kLexiconSeedLink = 0.1f;

// Table 'F' (into `links`, source -> target) or 'B' (target -> source) of the prior's lexicon, for
// the tokens on both sides of the input.
void add_lexicon_links(const PriorRows& rows, TranslationTable& links) {
  for (TokenId id = 1; id < rows.entries.size(); ++id)
    for (const auto& [to, p] : rows.entries[id])
      if (to != id && p >= kLexiconSeedLink) links.mutable_row(id).emplace_back(to, p);
  links.sort_rows();
}

// Trains the model's tables on the confident beads of `docs` (IBM Model 1 both ways, Moore 2002),
// mixed with the prior's tables when it has them; returns the number of training beads.
// The tables come out twice: by token id in `forward` and `backward` (the next pass's), and by text
// in the model's `forward` and `backward` when `keep_text` (a model to save).
size_t train_lexicon(const std::vector<DocWork>& docs, const Vocabulary& vocab, unsigned threads,
                     double word_pair_budget, const AlignModel* prior, const std::vector<bool>& on_source,
                     const std::vector<bool>& on_target, PriorRowCache& prior_rows, bool keep_text,
                     AlignModel& model, TranslationTable& forward, TranslationTable& backward) {
  // The training beads, as token ranges: (side, first token, end token) for each side.
  struct Span {
    const Units* units;
    uint32_t begin, end;
  };
  std::vector<std::pair<Span, Span>> beads;
  double links = 0;
  for (const auto& d : docs)
    for (const auto& b : d.path) {
      if (b.src_count == 0 || b.tgt_count == 0 || b.confidence < kTrainingConfidence) continue;
      const Units& su = d.sides->source;
      const Units& tu = d.sides->target;
      Span s{&su, su.first[b.src_begin], su.first[b.src_begin + b.src_count]};
      Span t{&tu, tu.first[b.tgt_begin], tu.first[b.tgt_begin + b.tgt_count]};
      if (s.begin == s.end || t.begin == t.end) continue;
      beads.emplace_back(s, t);
      links += static_cast<double>(s.end - s.begin) * (t.end - t.begin);
    }
  // Training time grows with the word pairs of the beads: beyond the budget, an evenly spread
  // sample of the beads (every k-th) trains the tables. Only the sample's tokens are copied.
  const double step = word_pair_budget > 0 && links > word_pair_budget ? links / word_pair_budget : 1.0;
  std::vector<std::vector<TokenId>> src_side, tgt_side;
  auto copy = [](const Span& x) {
    return std::vector<TokenId>(x.units->tokens.begin() + x.begin, x.units->tokens.begin() + x.end);
  };
  for (double x = 0; static_cast<size_t>(x) < beads.size(); x += step) {
    const auto& [s, t] = beads[static_cast<size_t>(x)];
    src_side.push_back(copy(s));
    tgt_side.push_back(copy(t));
  }
  // Each token once (the sets hash its text).
  std::vector<uint8_t> seen(vocab.size(), 0);
  for (const auto& v : src_side)
    for (TokenId id : v)
      if (!std::exchange(seen[id], 1)) model.known_source.insert(vocab.token(id));
  seen.assign(vocab.size(), 0);
  for (const auto& v : tgt_side)
    for (TokenId id : v)
      if (!std::exchange(seen[id], 1)) model.known_target.insert(vocab.token(id));
  std::vector<TokenPair> fwd_ex, bwd_ex;
  for (size_t k = 0; k < src_side.size(); ++k) {
    fwd_ex.push_back({&src_side[k], &tgt_side[k]});
    bwd_ex.push_back({&tgt_side[k], &src_side[k]});
  }
  // One direction a thread, unless training is too short to pay for starting one.
  parallel_for(2, threads_for(links / step, kWordPairsPerThread, threads), [&](size_t direction) {
    (direction == 0 ? forward : backward) =
        train_model1(direction == 0 ? fwd_ex : bwd_ex, vocab.size(), kModel1Iterations, kMinTableProbability);
  });
  std::vector<uint8_t> mixed_forward, mixed_backward;
  if (prior && prior->lexicon) {
    // How often each token occurs in the training beads: its own table row's evidence.
    std::vector<double> src_occ(vocab.size(), 0), tgt_occ(vocab.size(), 0);
    for (const auto& v : src_side)
      for (TokenId id : v) src_occ[id] += 1;
    for (const auto& v : tgt_side)
      for (TokenId id : v) tgt_occ[id] += 1;
    const LexiconFile& lexicon = *prior->lexicon;
    const PriorRows& f = prior_rows.rows(lexicon, 'F');
    const PriorRows& b = prior_rows.rows(lexicon, 'B');
    mix_with_prior(forward, mixed_forward, model.known_source, model.known_target, f, b, on_source, on_target,
                   src_occ, vocab);
    mix_with_prior(backward, mixed_backward, model.known_target, model.known_source, b, f, on_target,
                   on_source, tgt_occ, vocab);
  }
  // A token spelled "" other than the NULL word would share the NULL row by text (table_ids): then
  // the id tables are made from the text tables, as a given model's are.
  const bool empty_token = vocab.find("") != kNullToken;
  if (keep_text || empty_token) {
    model.forward = table_text(forward, vocab, &mixed_forward);
    model.backward = table_text(backward, vocab, &mixed_backward);
  }
  if (empty_token) {
    forward = table_ids(model.forward, vocab);
    backward = table_ids(model.backward, vocab);
  }
  return src_side.size();
}

// The prior of a run: the one given in the options, else the shipped one of the pair when asked
// for; refused when learned for another pair.
const AlignModel* chosen_prior(const AlignerOptions& options, const std::string& source_lang,
                               const std::string& target_lang) {
  const AlignModel* prior = options.prior           ? options.prior
                            : options.shipped_prior ? shipped_prior(source_lang, target_lang)
                                                    : nullptr;
  if (prior && (prior->source_lang != source_lang || prior->target_lang != target_lang))
    throw_bad_input(N_("the alignment prior was learned for {1}-{2}, not for {3}-{4}"),
                    {prior->source_lang, prior->target_lang, source_lang, target_lang});
  return prior;
}

// The model of the input before any pass: length statistics of the whole input (shrunk toward the
// prior's when there is one), Gale & Church's first pass, the unigram backgrounds.
AlignModel input_model(const AlignInput& input, const AlignerOptions& options, const AlignModel* prior,
                       const std::string& source_lang, const std::string& target_lang) {
  const Vocabulary& vocab = input.vocabulary;
  AlignModel model;
  // Length statistics of the whole input; each document's ratio is its own total ratio, shrunk
  // towards the input's ratio in proportion to its size (a short page says little on its own).
  double total_src = 0, total_tgt = 0, units_tgt = 0;
  for (const auto& d : input.docs) {
    for (auto l : d.source.length) total_src += l;
    for (auto l : d.target.length) total_tgt += l;
    units_tgt += static_cast<double>(d.target.size());
  }
  model.shapes = options.shapes;
  model.source_lang = source_lang;
  model.target_lang = target_lang;
  model.learned = options.learn_lexicon;  // whether pass 2 runs, with a lexicon learned after pass 1
  model.ratio = total_src > 0 && total_tgt > 0 ? total_tgt / total_src : 1.0;
  model.ratio_weight = 10 * total_src / std::max<double>(1, units_tgt);  // ten average segments
  model.mean_target = std::max(1.0, total_tgt / std::max(1.0, units_tgt));
  if (prior) {
    // The input's ratio and segment length shrunk toward the prior's.
    const double w = kPriorRatioSegments * model.ratio_weight / 10;
    model.ratio = (total_tgt + prior->ratio * w) / (total_src + w);
    model.mean_target = (total_tgt + kPriorBeads * prior->mean_target) / (units_tgt + kPriorBeads);
  }
  // The first pass is a broad search, prior or not: Gale & Church's variance of 6.8 per character
  // for English-French, scaled by the ratio (a denser script has fewer characters per unit of
  // meaning), and their bead priors. (Starting from the prior's tighter estimates made the first
  // path surer of its mistakes: batch merged vi-ko strict F1 0.9710 -> 0.9657.)
  PassParameters first;
  first.kappa = 6.8 * model.ratio;
  first.log_prior = estimate_priors(model.shapes, {}, nullptr, nullptr);
  model.passes = {first};
  auto unigrams = [&](const std::vector<size_t>& freq, std::unordered_map<std::string, float>& out,
                      float& unseen) {
    double total = 0;
    for (auto c : freq) total += static_cast<double>(c);
    for (TokenId t = 1; t < vocab.size(); ++t)
      if (freq[t] > 0) out.emplace(vocab.token(t), background_probability(freq[t], total));
    unseen = background_probability(0, total);
  };
  unigrams(input.source_count, model.source_unigram, model.source_unseen);
  unigrams(input.target_count, model.target_unigram, model.target_unseen);
  return model;
}

// What every pass of `model` shares: shapes, the target segment length, the unigram backgrounds.
PassModel pass_model_of(const AlignModel& model, const Vocabulary& vocab) {
  PassModel pm;
  pm.shapes = model.shapes;
  pm.mean_target = model.mean_target;
  pm.bg_source.assign(vocab.size(), model.source_unseen);
  pm.bg_target.assign(vocab.size(), model.target_unseen);
  for (TokenId t = 1; t < vocab.size(); ++t) {
    if (auto it = model.source_unigram.find(vocab.token(t)); it != model.source_unigram.end())
      pm.bg_source[t] = it->second;
    if (auto it = model.target_unigram.find(vocab.token(t)); it != model.target_unigram.end())
      pm.bg_target[t] = it->second;
  }
  return pm;
}

void use_parameters(PassModel& pm, const PassParameters& p) {
  pm.kappa = p.kappa;
  pm.log_prior = p.log_prior;
  pm.open_same = p.open_same;
  pm.open_differ = p.open_differ;
  pm.joined_same = p.joined_same;
  pm.joined_differ = p.joined_differ;
  pm.para_same = p.para_same;
  pm.para_differ = p.para_differ;
}

// Links the input's tokens have before any lexicon: identity, cognates and the glossary's term
// pairs (identity and term pairs only without cognates).
SeedLinks input_seed_links(const AlignerOptions& options, const Vocabulary& vocab,
                           const std::vector<bool>& on_source, const std::vector<bool>& on_target,
                           const std::string& lang_s, const std::string& lang_t) {
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> term_tokens;
  for (const auto& [s, t] : options.term_pairs)
    term_tokens.emplace_back(alignment_tokens(s, match_key(s), lang_s),
                             alignment_tokens(t, match_key(t), lang_t));
  if (options.use_cognates) return build_seed_links(vocab, on_source, on_target, term_tokens);
  // Keep identity and glossary links only: drop links between different tokens that no term pair
  // made (cognates are the only other source of such links).
  SeedLinks plain = build_seed_links(vocab, on_source, std::vector<bool>(vocab.size(), false), term_tokens);
  for (TokenId id = 1; id < vocab.size(); ++id) {
    if (on_source[id] && on_target[id] && vocab.token(id).size() > 1) {
      plain.forward.mutable_row(id).emplace_back(id, 1.0f);
      plain.backward.mutable_row(id).emplace_back(id, 1.0f);
    }
  }
  plain.forward.sort_rows();
  plain.backward.sort_rows();
  return plain;
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
    auto digit = [](std::string_view s) {
      return s.size() == 1 && s[0] >= '0' && s[0] <= '3' ? s[0] - '0' : -1;
    };
    int a = dash == std::string_view::npos ? -1 : digit(item.substr(0, dash));
    int b = dash == std::string_view::npos ? -1 : digit(item.substr(dash + 1));
    if (a < 0 || b < 0 || a + b == 0)
      throw Error(ErrorKind::kUsage,
                  N_("bad bead type \"{1}\" (expected a list such as 1-1,1-2,2-1,0-1,1-0)"),
                  {std::string(item)})
          .hint(Setting::kBeadTypes);
    if (a == 1 && b == 1) has_one_one = true;
    bool dup = false;
    for (const auto& s : shapes) dup |= s.src == a && s.tgt == b;
    if (!dup) shapes.push_back({static_cast<uint8_t>(a), static_cast<uint8_t>(b)});
  }
  if (!has_one_one)
    throw Error(ErrorKind::kUsage, N_("the bead types must include 1-1")).hint(Setting::kBeadTypes);
  return shapes;
}

Aligner::Aligner(AlignerOptions options) : options_(std::move(options)) {
  if (options_.shapes.empty()) options_.shapes = kDefaultShapes;
}

Alignment Aligner::align(const Document& source, const Document& target, AlignStats* stats) const {
  return align(std::vector<DocumentPair>{{&source, &target}}, stats).front();
}

namespace {

// A sink that keeps every alignment, for the calls that return them all.
AlignmentSink collect_into(std::vector<Alignment>& out) {
  return [&out](size_t doc, Alignment&& alignment) { out[doc] = std::move(alignment); };
}

}  // namespace

std::vector<Alignment> Aligner::align(const std::vector<DocumentPair>& pairs, AlignStats* stats) const {
  return align(pairs, stats, nullptr);
}

std::vector<Alignment> Aligner::align(const std::vector<DocumentPair>& pairs, AlignStats* stats,
                                      AlignModel* learned) const {
  std::vector<Alignment> out(pairs.size());
  run(pairs, nullptr, learned, collect_into(out), stats);
  return out;
}

std::vector<Alignment> Aligner::align(const std::vector<DocumentPair>& pairs, const AlignModel& model,
                                      AlignStats* stats) const {
  std::vector<Alignment> out(pairs.size());
  run(pairs, &model, nullptr, collect_into(out), stats);
  return out;
}

void Aligner::align(const std::vector<DocumentPair>& pairs, const AlignmentSink& sink, AlignStats* stats,
                    AlignModel* learned) const {
  run(pairs, nullptr, learned, sink, stats);
}

void Aligner::align(const std::vector<DocumentPair>& pairs, const AlignModel& model,
                    const AlignmentSink& sink, AlignStats* stats) const {
  run(pairs, &model, nullptr, sink, stats);
}

AlignModel Aligner::learn(const std::vector<DocumentPair>& pairs, AlignStats* stats) const {
  AlignModel model;
  run(pairs, nullptr, &model, nullptr, stats);
  return model;
}

void Aligner::run(const std::vector<DocumentPair>& pairs, const AlignModel* given, AlignModel* learned,
                  const AlignmentSink& sink, AlignStats* stats) const {
  const size_t count = pairs.size();
  const std::string source_lang = count ? pairs[0].source->lang.base() : "";
  const std::string target_lang = count ? pairs[0].target->lang.base() : "";
  if (given && count && !given->source_lang.empty() &&
      (given->source_lang != source_lang || given->target_lang != target_lang))
    throw_bad_input(N_("the alignment model was learned for {1}-{2}, not for {3}-{4}"),
                    {given->source_lang, given->target_lang, source_lang, target_lang});
  // The prior the input's estimates are shrunk toward (none when a model is given: it is final).
  // Its lexicon seeds the first lexical pass either way, so that a model learned from a list aligns
  // each part of the list as the learning run did.
  const AlignModel* seed_prior = count ? chosen_prior(options_, source_lang, target_lang) : nullptr;
  const AlignModel* prior = given ? nullptr : seed_prior;
  auto prior_pass = [&](size_t k) { return prior ? &prior->passes.at(k) : nullptr; };
  AlignInput input = read_align_input(pairs, options_.threads);
  const Vocabulary& vocab = input.vocabulary;
  AlignModel model = given ? *given : input_model(input, options_, prior, source_lang, target_lang);
  // The first pass starts every document from the input's ratio: a document's own total is the
  // measurement text one side lacks moves most. Its own ratio comes from its confident beads.
  for (auto& d : input.docs) d.ratio = model.ratio;

  PassModel pm = pass_model_of(model, vocab);
  auto use = [&](const PassParameters& p) { use_parameters(pm, p); };

  // Seed links.
  std::vector<bool> on_source(vocab.size(), false), on_target(vocab.size(), false);
  for (size_t t = 0; t < vocab.size(); ++t)
    on_source[t] = input.source_count[t] > 0, on_target[t] = input.target_count[t] > 0;
  SeedLinks seeds = input_seed_links(options_, vocab, on_source, on_target, count ? source_lang : "vi",
                                     count ? target_lang : "en");
  PriorRowCache prior_rows(vocab, on_source, on_target);
  // Long documents become pieces, each aligned as a document of its own.
  use(model.passes.at(0));
  std::vector<std::vector<Piece>> cuts(count);
  parallel_for(count, options_.threads, [&](size_t d) {
    cuts[d] = cut_into_pieces(input.docs[d], pm, &seeds, options_.piece_segments);
  });
  std::deque<DocSides> piece_sides;
  std::vector<DocWork> docs;
  for (size_t d = 0; d < count; ++d) {
    if (cuts[d].size() == 1) {
      docs.push_back(DocWork{&input.docs[d], {}, {}, d, 0, 0});
      continue;
    }
    for (Piece& piece : cuts[d]) {
      piece_sides.push_back(slice(input.docs[d], piece));
      docs.push_back(DocWork{&piece_sides.back(), {}, {}, d, piece.src_begin, piece.tgt_begin});
    }
    input.docs[d] = DocSides{};  // the pieces hold its segments now
  }
  const size_t work_count = docs.size();
  parallel_for(work_count, options_.threads,
               [&](size_t d) { docs[d].anchors = anchor_chain(*docs[d].sides, &seeds); });
  // The last pass hands each document to the sink as soon as its last piece is aligned.
  std::vector<size_t> first_work(count + 1, 0);  // document d is docs[first_work[d], first_work[d + 1])
  for (const auto& work : docs) ++first_work[work.doc + 1];
  for (size_t d = 0; d < count; ++d) first_work[d + 1] += first_work[d];
  auto pieces_left = std::make_unique<std::atomic<uint32_t>[]>(count);
  for (size_t d = 0; d < count; ++d)
    pieces_left[d] = static_cast<uint32_t>(first_work[d + 1] - first_work[d]);
  auto hand_over = [&](size_t doc) {
    Alignment out;
    for (size_t w = first_work[doc]; w < first_work[doc + 1]; ++w)
      for (Bead b : docs[w].path) {
        b.src_begin += docs[w].src_offset;
        b.tgt_begin += docs[w].tgt_offset;
        b.confidence = std::clamp(b.confidence, 0.0f, 1.0f);
        out.beads.push_back(b);
      }
    pair_lone_nulls(out.beads);
    sink(doc, std::move(out));
  };
  std::atomic<size_t> cells{0};
  auto run_all = [&](Reach reach, uint32_t width, bool last) {
    parallel_for(work_count, options_.threads, [&](size_t d) {
      size_t c = 0;
      LatticeResult r = run_pass(docs[d], pm, width, reach, &c);
      cells += c;
      docs[d].path = std::move(r.beads);
      if (last && --pieces_left[docs[d].doc] == 0) hand_over(docs[d].doc);
    });
  };
  // The parameters of pass k: the model's when given, otherwise estimated from the last paths.
  auto parameters = [&](size_t k) {
    if (!given)
      model.passes.push_back(estimate_pass(model.shapes, docs, model.passes[k - 1], prior, prior_pass(k)));
    if (k >= model.passes.size()) throw_bad_input(N_("the alignment model has too few passes"));
    use(model.passes[k]);
  };

  // Length only, wide band; then again around that path with the variance and priors it found.
  run_all(Reach::kAnchors, kWideBand, false);
  estimate_doc_ratios(docs, model);
  parameters(1);
  run_all(Reach::kPathAndGaps, kNarrowBand, false);

  // Anchors and pieces keep to the input's own links: a prior's common words would anchor text that
  // one side lacks. The seed pass scores with the prior's lexicon too.
  if (seed_prior && seed_prior->lexicon && options_.use_cognates) {
    add_lexicon_links(prior_rows.rows(*seed_prior->lexicon, 'F'), seeds.forward);
    add_lexicon_links(prior_rows.rows(*seed_prior->lexicon, 'B'), seeds.backward);
  }
  pm.seeds = &seeds;
  pm.mode = LexMode::kSeeds;
  TranslationTable forward, backward;
  // Installs word tables (forward and backward, by token id) as the lexicon of the next pass.
  auto install = [&](const std::unordered_set<std::string>& known_s,
                     const std::unordered_set<std::string>& known_t) {
    pm.forward = &forward;
    pm.backward = &backward;
    auto known = [&](const std::unordered_set<std::string>& words) {
      std::vector<uint8_t> flags(vocab.size(), 0);
      for (TokenId t = 1; t < vocab.size(); ++t) flags[t] = words.count(vocab.token(t)) ? 1 : 0;
      return flags;
    };
    pm.known_source = known(known_s);
    pm.known_target = known(known_t);
    auto null_row = [&](const TranslationTable& table) {
      std::vector<float> dense(vocab.size(), 0.0f);
      for (const auto& [t, p] : table.row(kNullToken)) dense[t] = p;
      return dense;
    };
    pm.null_forward = null_row(forward);
    pm.null_backward = null_row(backward);
    pm.mode = LexMode::kLearned;
  };
  parameters(2);
  // Without a lexicon pass, the seed pass is the last one; nothing is last when only learning.
  run_all(Reach::kPathAndGaps, kNarrowBand, sink && !model.learned);

  // Learn the lexicon from the seed pass's confident beads, then the last pass. The seed pass's
  // confident beads, lexical ones, give each document's ratio again (the length-only first pass
  // can follow a wrong diagonal confidently on a short page).
  estimate_doc_ratios(docs, model);
  size_t training = 0;
  if (!given) {
    model.passes.push_back(estimate_pass(model.shapes, docs, model.passes[2], prior, prior_pass(3)));
    if (model.learned)
      training = train_lexicon(docs, vocab, options_.threads, options_.training_word_pairs, prior, on_source,
                               on_target, prior_rows, learned != nullptr, model, forward, backward);
  }
  if (model.learned) {
    if (given) {  // a given model's tables are by text
      forward = table_ids(model.forward, vocab);
      backward = table_ids(model.backward, vocab);
    }
    install(model.known_source, model.known_target);
    use(model.passes.at(3));
    if (sink) run_all(Reach::kPathAndGaps, kNarrowBand, true);
  }

  if (stats) {
    stats->lattice_cells += cells;
    stats->training_beads += training;
    stats->pieces += docs.size();
    size_t entries = 0;
    for (TokenId s = 0; s < forward.size(); ++s) entries += forward.row(s).size();
    stats->lexicon_entries += entries;
  }
  if (learned) *learned = std::move(model);
}

}  // namespace songngu
