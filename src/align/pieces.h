#pragma once
// Long documents are aligned in pieces. A first best path by length alone, one byte a lattice
// cell, cuts the document about every `piece_segments` source segments at a boundary between two
// 1-1 beads; each piece is then aligned as a document of its own. Memory is bounded by the piece,
// pieces run in parallel, and the learned model is still estimated from the whole input.
//
// Contract: the pieces of a document are contiguous and in order, cover both sides exactly, and
// depend only on the document and the length model (so a run given a model cuts the same way).
#include <cstdint>
#include <vector>

#include "align/bead_scorer.h"

namespace songngu {

struct Piece {
  uint32_t src_begin = 0, src_end = 0, tgt_begin = 0, tgt_end = 0;
};

// One piece for a document of at most 1.5 x piece_segments source segments.
std::vector<Piece> cut_into_pieces(const DocSides& doc, const PassModel& length_model, uint32_t piece_segments);

// The segments of one piece as a document (the ratio is the whole document's).
DocSides slice(const DocSides& doc, const Piece& piece);

}  // namespace songngu
