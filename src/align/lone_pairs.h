#pragma once
// People who align translations pair what is left over: where as many segments of each side lie
// unaligned, side by side, between two one-to-one beads (or a document's end), they are loose
// translations of each other in order, not omissions on both sides at the same place (the dev sets'
// gold alignments never hold a 1-0 next to a 0-1). A translation too free for the length and word
// evidence makes the aligner leave such pairs as 1-0 and 0-1 beads (two catalog strings in a row
// whose Vietnamese is three times as long as the English: 1-0 1-0 0-1 0-1); this joins them into
// doubtful-ish 1-1 beads.
#include <vector>

#include "align/alignment.h"

namespace songngu {

// Confidence of a joined pair: the share of such joins that were right on the dev sets, one
// document at a time (43 of 51).
constexpr float kLonePairConfidence = 0.8f;

// Joins every run of 1-0 and 0-1 beads (any order) that holds as many of each and whose neighbours
// on both sides are 1-1 beads or document ends into 1-1 beads, the k-th source segment of the run
// with its k-th target segment (cost the sum, confidence kLonePairConfidence).
void pair_lone_nulls(std::vector<Bead>& beads);

}  // namespace songngu
