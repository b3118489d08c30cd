#pragma once
// People who align translations pair what is left over: where one segment of each side lies
// unaligned, side by side, between two one-to-one beads (or a document's end), the two are a loose
// translation of each other, not an omission on both sides at the same place (the dev sets' gold
// alignments never hold a 1-0 next to a 0-1). A translation too free for the length and word
// evidence makes the aligner leave such a pair as 1-0 + 0-1; this joins them into one doubtful-ish
// 1-1 bead.
#include <vector>

#include "align/alignment.h"

namespace songngu {

// Confidence of a joined pair: the share of such joins that were right on the dev sets, one
// document at a time (43 of 51).
constexpr float kLonePairConfidence = 0.8f;

// Joins every 1-0 bead next to a 0-1 bead (either order) whose neighbours on both sides are 1-1
// beads or document ends into one 1-1 bead (cost the sum, confidence kLonePairConfidence).
void pair_lone_nulls(std::vector<Bead>& beads);

}  // namespace songngu
