#include "align/aligner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <memory>
#include <thread>

#include "align/align_input.h"
#include "align/bead_scorer.h"
#include "align/lexicon.h"
#include "align/pieces.h"
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
// Beads whose pass-1 posterior reaches this train the lexicon (the calibration target itself).
constexpr double kTrainingConfidence = 0.9;
// Model 1 rounds (Moore 2002 used a few; the table converges quickly on short beads).
constexpr int kModel1Iterations = 5;
// Budget of Model 1 training, in (source word, target word) pairs of the training beads: about
// 0.1 s of training and 10 MB per direction; a bead sample of this size already gives the tables
// what the aligner needs (the dev sets score the same with 2M pairs as with all 6M).
constexpr double kTrainingWordPairs = 2e6;
// Entries below this probability are dropped from the learned tables (memory; they carry no
// evidence against the background smoothing).
constexpr float kMinTableProbability = 0.002f;

// A document, or a piece of a long one, during alignment: its sides and the latest pass's path.
struct DocWork {
  const DocSides* sides = nullptr;
  std::vector<Bead> path;
  size_t doc = 0;                           // the input document it belongs to
  uint32_t src_offset = 0, tgt_offset = 0;  // where the piece starts in that document
};

// One pass over one document: the lattice in a band (around the previous path, or the diagonal),
// widened until the best path no longer touches the band's edge.
LatticeResult run_pass(const DocWork& doc, const PassModel& model, uint32_t width, bool around_path,
                       size_t* cells) {
  const DocSides& sides = *doc.sides;
  const uint32_t n = static_cast<uint32_t>(sides.source.size()),
                 m = static_cast<uint32_t>(sides.target.size());
  BeadScorer scorer(sides, model);
  Band band = around_path ? band_around(doc.path, n, m, width) : diagonal_band(n, m, width);
  for (;;) {
    scorer.prepare(band);
    LatticeResult r = run_lattice(n, m, model.shapes, band, scorer, true);
    *cells += r.cells;
    // Widen only where the path was pushed against the band's edge (a long omission), doubling
    // the reach each time: the cost grows with the excursion, not with the document. Around an
    // earlier path (which the wide first pass found) a few doublings suffice: a later pass that
    // still pulls away is drawn by repeated sentences elsewhere, not by a better alignment.
    if (r.ok && (!r.touched_edge || (around_path && width >= kMaxWidthAroundPath))) return r;
    width *= 2;
    if (r.ok ? !widen_where_touched(band, r.beads, n, m, width) : width > 2 * std::max(n, m)) return r;
    if (!r.ok) band = around_path ? band_around(doc.path, n, m, width) : diagonal_band(n, m, width);
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
      double ls = d.sides->source.length[b.src_begin], lt = d.sides->target.length[b.tgt_begin];
      double e = d.sides->ratio * ls, dev = lt - e;
      r.push_back(dev * dev / ((e + lt) / 2 + 1));
    }
  if (r.size() < 10) return fallback;
  std::nth_element(r.begin(), r.begin() + static_cast<long>(r.size() / 2), r.end());
  return std::max(0.05, r[r.size() / 2] / 0.4549);
}

// The open-end parity terms of PassParameters from the confident beads with both sides: p(same) there,
// against q(same) for segments paired at random (from each side's share of open-ended segments).
void estimate_open_parity(const std::vector<DocWork>& docs, PassParameters& model) {
  double same = 0, total = 0, open_src = 0, units_src = 0, open_tgt = 0, units_tgt = 0;
  for (const auto& d : docs) {
    const Units &su = d.sides->source, &tu = d.sides->target;
    for (auto o : su.open) open_src += o;
    for (auto o : tu.open) open_tgt += o;
    units_src += static_cast<double>(su.size());
    units_tgt += static_cast<double>(tu.size());
    for (const auto& b : d.path) {
      if (b.src_count == 0 || b.tgt_count == 0) continue;
      uint32_t os = 0, ot = 0;
      for (uint32_t x = 0; x < b.src_count; ++x) os += su.open[b.src_begin + x];
      for (uint32_t y = 0; y < b.tgt_count; ++y) ot += tu.open[b.tgt_begin + y];
      same += (os == ot) * b.confidence;
      total += b.confidence;
    }
  }
  if (total < 10 || units_src == 0 || units_tgt == 0) return;
  const double p = (same + 1) / (total + 2);
  const double ps = open_src / units_src, pt = open_tgt / units_tgt;
  const double q = std::clamp(ps * pt + (1 - ps) * (1 - pt), 0.01, 0.99);
  model.open_same = std::log(p / q);
  model.open_differ = std::log((1 - p) / (1 - q));
}

// The next pass's parameters from the paths of the last one.
PassParameters estimate_pass(const std::vector<BeadShape>& shapes, const std::vector<DocWork>& docs,
                             const PassParameters& last) {
  PassParameters p;
  p.kappa = estimate_kappa(docs, last.kappa);
  p.log_prior = estimate_priors(shapes, docs);
  estimate_open_parity(docs, p);
  return p;
}

// `table` (by token id of `vocab`) by token text, and back: the learned tables go through the
// model's text form in every run, so a run given a model file computes exactly what the run that
// wrote it did.
WordTable table_text(const TranslationTable& table, const Vocabulary& vocab) {
  WordTable out;
  for (TokenId s = 0; s < table.size(); ++s) {
    const auto& row = table.row(s);
    if (row.empty()) continue;
    auto& text_row = out[vocab.token(s)];
    for (const auto& [t, p] : row) text_row.emplace_back(vocab.token(t), p);
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

// Trains the model's tables on the confident beads of `docs` (IBM Model 1 both ways, Moore 2002);
// returns the number of training beads.
size_t train_lexicon(const std::vector<DocWork>& docs, const Vocabulary& vocab, unsigned threads,
                     AlignModel& model) {
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
  const double step = links > kTrainingWordPairs ? links / kTrainingWordPairs : 1.0;
  std::vector<std::vector<TokenId>> src_side, tgt_side;
  auto copy = [](const Span& x) {
    return std::vector<TokenId>(x.units->tokens.begin() + x.begin, x.units->tokens.begin() + x.end);
  };
  for (double x = 0; static_cast<size_t>(x) < beads.size(); x += step) {
    const auto& [s, t] = beads[static_cast<size_t>(x)];
    src_side.push_back(copy(s));
    tgt_side.push_back(copy(t));
  }
  for (const auto& v : src_side)
    for (TokenId id : v) model.known_source.insert(vocab.token(id));
  for (const auto& v : tgt_side)
    for (TokenId id : v) model.known_target.insert(vocab.token(id));
  std::vector<TokenPair> fwd_ex, bwd_ex;
  for (size_t k = 0; k < src_side.size(); ++k) {
    fwd_ex.push_back({&src_side[k], &tgt_side[k]});
    bwd_ex.push_back({&tgt_side[k], &src_side[k]});
  }
  TranslationTable forward, backward;
  auto train_backward = [&] {
    backward = train_model1(bwd_ex, vocab.size(), kModel1Iterations, kMinTableProbability);
  };
  std::thread other;
  if (threads > 1) other = std::thread(train_backward);
  forward = train_model1(fwd_ex, vocab.size(), kModel1Iterations, kMinTableProbability);
  if (other.joinable())
    other.join();
  else
    train_backward();
  model.forward = table_text(forward, vocab);
  model.backward = table_text(backward, vocab);
  return src_side.size();
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
      throw_usage(N_("bad bead type \"{1}\" in --beads (expected a list such as 1-1,1-2,2-1,0-1,1-0)"),
                  {std::string(item)});
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
  AlignInput input = read_align_input(pairs, options_.threads);
  const Vocabulary& vocab = input.vocabulary;
  AlignModel model;
  if (given) {
    model = *given;
  } else {
    // Length statistics of the whole input; each document's ratio is its own total ratio, shrunk
    // towards the input's ratio in proportion to its size (a short page says little on its own).
    double total_src = 0, total_tgt = 0, units_tgt = 0;
    for (const auto& d : input.docs) {
      for (auto l : d.source.length) total_src += l;
      for (auto l : d.target.length) total_tgt += l;
      units_tgt += static_cast<double>(d.target.size());
    }
    model.shapes = options_.shapes;
    model.source_lang = source_lang;
    model.target_lang = target_lang;
    model.learned = options_.learn_lexicon;  // whether pass 2 runs, with a lexicon learned after pass 1
    model.ratio = total_src > 0 && total_tgt > 0 ? total_tgt / total_src : 1.0;
    model.ratio_weight = 10 * total_src / std::max<double>(1, units_tgt);  // ten average segments
    model.mean_target = std::max(1.0, total_tgt / std::max(1.0, units_tgt));
    // Starting variance: Gale & Church's 6.8 per character for English-French, scaled by the
    // ratio (a denser script has fewer characters per unit of meaning).
    PassParameters first;
    first.kappa = 6.8 * model.ratio;
    first.log_prior = estimate_priors(model.shapes, {});
    model.passes = {first};
    auto unigrams = [&](const std::vector<size_t>& freq, std::unordered_map<std::string, float>& out,
                        float& unseen) {
      double total = 0;
      for (auto c : freq) total += static_cast<double>(c);
      for (TokenId t = 1; t < vocab.size(); ++t)
        if (freq[t] > 0) out.emplace(vocab.token(t), static_cast<float>((freq[t] + 0.5) / (total + 1)));
      unseen = static_cast<float>(0.5 / (total + 1));
    };
    unigrams(input.source_count, model.source_unigram, model.source_unseen);
    unigrams(input.target_count, model.target_unigram, model.target_unseen);
  }
  for (auto& d : input.docs) {
    double s = 0, t = 0;
    for (auto l : d.source.length) s += l;
    for (auto l : d.target.length) t += l;
    d.ratio = (t + model.ratio * model.ratio_weight) / (s + model.ratio_weight);
  }

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
  auto use = [&](const PassParameters& p) {
    pm.kappa = p.kappa;
    pm.log_prior = p.log_prior;
    pm.open_same = p.open_same;
    pm.open_differ = p.open_differ;
  };

  // Long documents become pieces, each aligned as a document of its own.
  use(model.passes.at(0));
  std::vector<std::vector<Piece>> cuts(count);
  parallel_for(count, options_.threads,
               [&](size_t d) { cuts[d] = cut_into_pieces(input.docs[d], pm, options_.piece_segments); });
  std::deque<DocSides> piece_sides;
  std::vector<DocWork> docs;
  for (size_t d = 0; d < count; ++d) {
    if (cuts[d].size() == 1) {
      docs.push_back(DocWork{&input.docs[d], {}, d, 0, 0});
      continue;
    }
    for (Piece& piece : cuts[d]) {
      piece_sides.push_back(slice(input.docs[d], piece));
      docs.push_back(DocWork{&piece_sides.back(), {}, d, piece.src_begin, piece.tgt_begin});
    }
    input.docs[d] = DocSides{};  // the pieces hold its segments now
  }
  const size_t work_count = docs.size();
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
    sink(doc, std::move(out));
  };
  std::atomic<size_t> cells{0};
  auto run_all = [&](bool around_path, uint32_t width, bool last) {
    parallel_for(work_count, options_.threads, [&](size_t d) {
      size_t c = 0;
      LatticeResult r = run_pass(docs[d], pm, width, around_path, &c);
      cells += c;
      docs[d].path = std::move(r.beads);
      if (last && --pieces_left[docs[d].doc] == 0) hand_over(docs[d].doc);
    });
  };
  // The parameters of pass k: the model's when given, otherwise estimated from the last paths.
  auto parameters = [&](size_t k) {
    if (!given) model.passes.push_back(estimate_pass(model.shapes, docs, model.passes[k - 1]));
    if (k >= model.passes.size()) throw_bad_input(N_("the alignment model has too few passes"));
    use(model.passes[k]);
  };

  // Length only, wide band; then again around that path with the variance and priors it found.
  run_all(false, kWideBand, false);
  parameters(1);
  run_all(true, kNarrowBand, false);

  // Seed links.
  std::vector<bool> on_source(vocab.size(), false), on_target(vocab.size(), false);
  for (size_t t = 0; t < vocab.size(); ++t)
    on_source[t] = input.source_count[t] > 0, on_target[t] = input.target_count[t] > 0;
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> term_tokens;
  for (const auto& [s, t] : options_.term_pairs) {
    std::string lang_s = count ? pairs[0].source->lang.base() : "vi";
    std::string lang_t = count ? pairs[0].target->lang.base() : "en";
    term_tokens.emplace_back(alignment_tokens(s, match_key(s), lang_s),
                             alignment_tokens(t, match_key(t), lang_t));
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
  pm.seeds = &seeds;
  pm.mode = LexMode::kSeeds;
  parameters(2);
  // Without a lexicon pass, the seed pass is the last one; nothing is last when only learning.
  run_all(true, kNarrowBand, sink && !model.learned);

  // Learn the lexicon from the seed pass's confident beads, then the last pass.
  size_t training = 0;
  if (!given) {
    model.passes.push_back(estimate_pass(model.shapes, docs, model.passes[2]));
    if (model.learned) training = train_lexicon(docs, vocab, options_.threads, model);
  }
  TranslationTable forward, backward;
  if (model.learned) {
    forward = table_ids(model.forward, vocab);
    backward = table_ids(model.backward, vocab);
    pm.forward = &forward;
    pm.backward = &backward;
    auto known = [&](const std::unordered_set<std::string>& words) {
      std::vector<uint8_t> flags(vocab.size(), 0);
      for (TokenId t = 1; t < vocab.size(); ++t) flags[t] = words.count(vocab.token(t)) ? 1 : 0;
      return flags;
    };
    pm.known_source = known(model.known_source);
    pm.known_target = known(model.known_target);
    auto null_row = [&](const TranslationTable& table) {
      std::vector<float> dense(vocab.size(), 0.0f);
      for (const auto& [t, p] : table.row(kNullToken)) dense[t] = p;
      return dense;
    };
    pm.null_forward = null_row(forward);
    pm.null_backward = null_row(backward);
    pm.mode = LexMode::kLearned;
    use(model.passes.at(3));
    if (sink) run_all(true, kNarrowBand, true);
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
