#pragma once
// The corpus job's alignment step when a person has reviewed it: align_corpus (corpus.h) that
// honours CORPUS/corrections/ (corrections.h). Segment edits are applied to the documents before
// aligning; after aligning, the beads a person decided are kept as they are and the automatic
// beads between them are kept where they fill the gap exactly, otherwise the gap is realigned with
// the model learned from the whole corpus. Without a corrections folder the result is exactly
// align_corpus's.
//
// Source-side segment edits may come from the files of several language pairs (the Vietnamese of
// vi-en and vi-ko is one document): identical edits count once; an edit that overlaps a different
// one from an earlier file (in target-language order) is reported and skipped. Every correction
// that no longer fits the text is reported through sink.warning, never applied silently.
#include "pipeline/corpus.h"

namespace songngu {

// One step per target language, as align_corpus. Throws Error(kBadInput) on a malformed
// corrections file.
void align_corpus_with_corrections(Corpus& corpus, ProgressSink& sink);

}  // namespace songngu
