#pragma once
// Sentence alignment of a Vietnamese document with its translation (one method for English and
// Korean; everything that differs between language pairs is estimated from the input).
//
// Method (docs/accuracy.md has the figures):
//  pieces  a document of more than 1.5 x piece_segments segments is cut into pieces aligned as
//          documents of their own (align/pieces.h);
//  pass 0  length-only dynamic programming in a wide band around the diagonal (Gale & Church 1993
//          length model; ratio per document, variance and bead priors estimated from the input),
//          then again in a narrow band around its path with the estimates;
//  pass 1  length + open-end parity (a title pairs with a title; bead_scorer.h) + seed links (identical
//  tokens: numbers in every notation, names, code,
//          punctuation; Sino-Vietnamese <-> Sino-Korean syllable cognates; glossary terms) in a
//          narrow band around pass 0's path;
//  learn   IBM Model 1 in both directions on pass 1's confident beads of all documents of the call
//          (Moore 2002), bead priors re-estimated from pass 1's posteriors; all of it is the
//          AlignModel (align_model.h), which a later run can be given instead of learning;
//  pass 2  length + learned lexicon (+ seeds) around pass 1's path; each bead's confidence is its
//          posterior probability by forward-backward over the same lattice.
// Paragraph structure is not used yet: the lattice runs over the whole document (see
// docs/accuracy.md; end to end from raw text it already reaches lax F1 0.99 on the dev sets).
//
// Contract: align() returns, per document pair, beads in order covering every segment of both
// sides exactly once, each with confidence in [0,1]. Results do not depend on the number of
// threads. Thread-safe (const); the library never prints.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "align/align_model.h"
#include "align/alignment.h"
#include "align/lattice.h"
#include "text/document.h"

namespace songngu {

struct AlignerOptions {
  std::vector<BeadShape> shapes;  // bead types allowed; empty: 0-1 1-0 1-1 1-2 2-1 2-2 (1-3, 3-1 on request)
  // A user's glossary: (source term, target term) pairs used as lexical evidence.
  std::vector<std::pair<std::string, std::string>> term_pairs;
  bool learn_lexicon = true;  // pass 2 (false: stop after pass 1; for tests and ablation)
  bool use_cognates = true;
  unsigned threads = 1;
  // Budget of Model 1 training, in (source word, target word) pairs of the confident beads: beyond
  // it an evenly spread sample of them trains the tables. 2M pairs are about 0.1 s of training and
  // 10 MB per direction, and already give the aligner what it needs (the dev sets score the same
  // with 2M pairs as with all 6M). 0: every confident bead trains (a lexicon learned to be kept).
  double training_word_pairs = 2e6;
  // Documents longer than 1.5 x this (source segments) are aligned in pieces (align/pieces.h).
  uint32_t piece_segments = 5000;
  // The prior the input's own estimates are shrunk toward (align_prior.h): `prior` when set, else
  // the shipped one for the language pair when `shipped_prior` is on and data/models has it.
  const AlignModel* prior = nullptr;
  bool shipped_prior = true;
};

struct DocumentPair {
  const Document* source = nullptr;
  const Document* target = nullptr;
};

struct AlignStats {
  size_t lattice_cells = 0;    // DP cells visited over all passes (linear-scaling check)
  size_t training_beads = 0;   // beads the lexicon was learned from
  size_t lexicon_entries = 0;  // entries of the learned forward table
  size_t pieces = 0;           // documents and pieces of long documents aligned (align/pieces.h)
};

// Receives each document's alignment (by its index in the pairs) as soon as the last pass has
// finished it: once per document, on the aligner's threads, in no particular order. The pairs'
// documents are no longer read by then, so the sink may write the result out and free them.
using AlignmentSink = std::function<void(size_t doc, Alignment&& alignment)>;

class Aligner {
 public:
  explicit Aligner(AlignerOptions options = {});

  // Aligns every pair; the model (lexicon, priors, length ratio) is learned from all pairs of one
  // call ("from the input") and shared by them.
  std::vector<Alignment> align(const std::vector<DocumentPair>& pairs, AlignStats* stats = nullptr) const;
  Alignment align(const Document& source, const Document& target, AlignStats* stats = nullptr) const;
  // The model the call above would learn from these pairs, without the last pass.
  AlignModel learn(const std::vector<DocumentPair>& pairs, AlignStats* stats = nullptr) const;
  // align(pairs) that also hands back the model it learned (to save it for later runs).
  std::vector<Alignment> align(const std::vector<DocumentPair>& pairs, AlignStats* stats,
                               AlignModel* learned) const;
  // Aligns with a given model (learned from these or other documents): each document comes out
  // exactly as in the call that learned the model. The model's bead types replace the options'.
  // Throws Error(kBadInput) when the model was learned for another language pair.
  std::vector<Alignment> align(const std::vector<DocumentPair>& pairs, const AlignModel& model,
                               AlignStats* stats = nullptr) const;
  // The same two, handing each alignment to `sink` as it is done instead of returning them all at
  // the end: a batch writes its outputs while the other documents are still being aligned.
  void align(const std::vector<DocumentPair>& pairs, const AlignmentSink& sink, AlignStats* stats = nullptr,
             AlignModel* learned = nullptr) const;
  void align(const std::vector<DocumentPair>& pairs, const AlignModel& model, const AlignmentSink& sink,
             AlignStats* stats = nullptr) const;

 private:
  // Learns (unless `given`) and aligns; without a sink it only learns (the last pass is skipped).
  void run(const std::vector<DocumentPair>& pairs, const AlignModel* given, AlignModel* learned,
           const AlignmentSink& sink, AlignStats* stats) const;
  AlignerOptions options_;
};

// "1-1,1-2,2-1" -> shapes. Throws Error(kUsage) on a malformed list, or when 1-1 is missing.
std::vector<BeadShape> parse_bead_shapes(std::string_view list);

}  // namespace songngu
