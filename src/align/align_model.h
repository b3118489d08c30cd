#pragma once
// What the aligner learns from its input, in a form that does not depend on one run's token ids:
// the parameters every pass ran with (length ratio and variance, bead priors, open-end parity),
// the background unigram model and the learned word-translation tables, keyed by token text.
// A run that is given a model aligns each document exactly as the run that learned it did, which
// is how the shards of a cluster job (`--shard K/N` with `--model FILE`) reproduce a single run.
//
// Contract: save_align_model writes a UTF-8 text file through AtomicFile; load_align_model reads
// it back equal (floats are written in hexadecimal, which round-trips). A malformed or cut-short
// file (the last line counts the lines before it) throws Error(kBadInput) naming the file.
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "align/lattice.h"

namespace songngu {

class LexiconFile;

// The parameters one pass runs with.
struct PassParameters {
  double kappa = 3;                           // length variance per character
  std::vector<double> log_prior;              // per bead shape (AlignModel::shapes)
  double open_same = 0, open_differ = 0;      // open-end parity of 1-1 beads (bead_scorer.h)
  double joined_same = 0, joined_differ = 0;  // the same for beads with several segments on a side
  double para_same = 0, para_differ = 0;      // paragraph-end parity (bead_scorer.h)
};

// p(to | from) by token text; "" is the NULL word.
using WordTable = std::unordered_map<std::string, std::vector<std::pair<std::string, float>>>;

struct AlignModel {
  std::string source_lang, target_lang;  // base language codes of the documents it was learned on
  std::vector<BeadShape> shapes;
  double ratio = 1;         // target characters per source character over the whole input
  double ratio_weight = 0;  // characters of that ratio mixed into each document's own ratio
  double mean_target = 40;  // characters of a target segment
  // The passes in order: length only (wide band), length again, seed links, learned lexicon.
  std::vector<PassParameters> passes;
  // Background unigram probabilities; a token not listed has the `unseen` probability.
  std::unordered_map<std::string, float> source_unigram, target_unigram;
  float source_unseen = 1, target_unseen = 1;
  bool learned = false;  // the tables below exist (the lexicon pass runs)
  WordTable forward, backward;
  std::unordered_set<std::string> known_source, known_target;  // tokens the tables were trained on
  // A prior's word tables, looked up where needed (align_prior.h); not part of a saved model.
  std::shared_ptr<const LexiconFile> lexicon;
};

// The background probability of a token seen `count` times among the input's `total` tokens
// (count 0: an unseen token). The input is a sample of its language, and a short one makes every
// word it holds look common: counted naively, a long sentence's words barely beat the background,
// and pairing the sentence with its translation scores hardly better than leaving both out. So an
// occurrence is measured against the rest of the input (leave-one-out: a word seen once has the
// unseen probability), and kBackgroundTokens more tokens stand for the language beyond the input.
// A batch, with its many tokens, hardly moves.
constexpr double kBackgroundTokens = 100;
float background_probability(size_t count, double total);

void save_align_model(const AlignModel& model, const std::string& path);
AlignModel load_align_model(const std::string& path);

}  // namespace songngu
