#pragma once
// Long documents are aligned in pieces. A first best path by length alone, one byte a lattice
// cell, gives cut points about every `piece_segments` source segments, each inside a run of 1-1
// beads most of which share a token on both sides (a number, a name, code): a length-only path
// can be off by an offset over long stretches (it often is for Vietnamese-Korean), a run of shared
// tokens almost never is. Each piece is then aligned as a document of its own: memory is bounded
// by the piece, pieces run in parallel, and the learned model is still estimated from the whole
// input. Where no such cut exists, the document stays whole.
//
// Contract: pieces are contiguous, in order, and cover both sides exactly; they depend only on the
// document and the length model (so a run given a model cuts the same way).
#include <cstdint>
#include <vector>

#include "align/bead_scorer.h"

namespace songngu {

struct Piece {
  uint32_t src_begin = 0, src_end = 0, tgt_begin = 0, tgt_end = 0;
};

// One piece for a document of at most 1.5 x piece_segments source segments. The first path runs
// in a band around the anchors of `seeds` (anchors.h).
std::vector<Piece> cut_into_pieces(const DocSides& doc, const PassModel& length_model, const SeedLinks* seeds,
                                   uint32_t piece_segments);

// The segments of one piece as a document (the ratio is the whole document's).
DocSides slice(const DocSides& doc, const Piece& piece);

}  // namespace songngu
