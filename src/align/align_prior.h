#pragma once
// The prior of an alignment model: the few numbers (length ratio and variance, bead-type priors,
// open-end parity) a short document cannot estimate on its own. A shipped prior per language pair
// lives in data/models/SRC-TGT.prior (an alignment model file without word tables) with a word
// lexicon in SRC-TGT.lexicon; PROVENANCE.md beside them says what they were learned from and
// scripts/build-align-priors.sh rebuilds them. The
// aligner shrinks each estimate it makes from the input toward the prior, weighted by how much
// evidence the input holds: a long document speaks for itself, a five-line page mostly uses the prior.
//
// Contract: shipped_prior is thread-safe and loads each pair's file once; a pair without a file
// has no prior (nullptr). A file that exists but is not a complete prior for its pair throws
// Error(kBadInput) naming it.
#include <string>

#include "align/align_model.h"

namespace songngu {

// Pseudo-counts of the prior (the evidence it is worth): beads for the bead-type priors and the
// open-end parity, and confident 1-1 beads for the length variance.
constexpr double kPriorBeads = 20;
// The prior's length ratio, in average segments of the input. An input's total ratio measures its
// translation ratio poorly: text one side lacks moves it, an untranslated title and introduction by
// half on a short page (the first, length-only pass then pairs the page along the wrong diagonal).
// 100 and the 60 or 200 around it align alike (single documents and the title-and-introduction
// sets of docs/accuracy.md); 20 did not.
constexpr double kPriorRatioSegments = 100;

// The weight of the input's own word-table row against the prior lexicon's row for a word with
// `occurrences` in the training beads (the other 1 - weight goes to the prior's row). The prior's
// row is worth kPriorWordOccurrences occurrences, and one occurrence is left out: a word seen once
// was learned from the very bead its row would then confirm (on a short page, a wrong pairing of
// two titles would teach itself), so only a second occurrence is evidence of its own.
constexpr double kPriorWordOccurrences = 2;
double own_row_weight(double occurrences);

const AlignModel* shipped_prior(const std::string& source_lang, const std::string& target_lang);

// Loads a prior file: an alignment model whose word tables may be empty, with the lexicon of the
// same name (PAIR.lexicon beside PAIR.prior; align/lexicon_file.h) when there is one. Throws
// Error(kBadInput) when either is not one, or was made for another language pair than the one given.
// `lexicon_index`: the lexicon's index (LexiconFile), used when it was made from that lexicon; the
// shipped priors' are built into built_data_dir()/models/PAIR.lexicon.index.
AlignModel load_align_prior(const std::string& path, const std::string& source_lang,
                            const std::string& target_lang, const std::string& lexicon_index = {});

}  // namespace songngu
