#pragma once
// The aligner's view of its input: every document pair as token ids of one shared vocabulary,
// segment lengths and open ends (align/bead_scorer.h), and how often each token occurs on each
// side (the background model).
//
// Contract: ids are assigned in document and segment order, so they do not depend on the number
// of threads. Segments are tokenized in blocks of bounded size, so memory for the token strings
// stays small however long a document is.
#include <vector>

#include "align/aligner.h"
#include "align/bead_scorer.h"
#include "align/lexicon.h"

namespace songngu {

struct AlignInput {
  Vocabulary vocabulary;
  std::vector<DocSides> docs;                      // one per document pair, ratio not yet set
  std::vector<size_t> source_count, target_count;  // occurrences by token id (vocabulary-sized)
};

AlignInput read_align_input(const std::vector<DocumentPair>& pairs, unsigned threads);

}  // namespace songngu
