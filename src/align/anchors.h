#pragma once
// Where the path of a document pair runs, from cheap evidence, before any lattice: anchors are
// pairs of segments that share a token rare on both sides (a number, a name, code, a cognate or a
// glossary term: any seed link), and the best chain of them that runs forward on both sides is
// the path's shape. In a long document a token too common to be rare but spread out on both sides
// (at most once in a few hundred segments) also pairs, with its occurrences near the proportional
// place: repeated text has no rare token, and would otherwise have no anchors at all. The first
// pass then looks only near that chain, so a block one side lacks (an untranslated introduction, a
// missing tail or middle) is found where the anchors jump, not spread along the corner-to-corner
// diagonal.
//
// Contract: anchor_chain returns anchors strictly increasing on both sides, deterministic for a
// document; anchor_band a valid band (lattice.h) holding every monotone path through the chain's
// anchors within `width` segments of them; between two anchors far apart on both sides, a band of
// half-width `width` around the line where both sides have covered the same share of their text. Time and
// memory are linear in the document's tokens and segments.
#include <cstdint>
#include <vector>

#include "align/bead_scorer.h"
#include "align/lattice.h"
#include "align/lexicon.h"

namespace songngu {

struct Anchor {
  uint32_t source = 0, target = 0;  // segment indexes
  double weight = 0;
};

// `seeds` may be null (identical tokens only).
std::vector<Anchor> anchor_chain(const DocSides& doc, const SeedLinks* seeds);

Band anchor_band(const std::vector<Anchor>& chain, const DocSides& doc, uint32_t width);

// Adds to `band` (any valid band, e.g. around an earlier path) the whole of every stretch between
// anchors where one side is much longer than the other (a block one side lacks), so that a later
// pass can still move such a gap anywhere inside it; returns whether there was such a stretch.
// When `lines` is given (the same band as `band` was, before), it gets only the two lines through
// each such stretch that a path with one block missing follows before and after the block: where
// a lexical pass needs to score beads with both sides. `lines` is left unclosed (not monotone).
// `gap_ends`, when given, gets the first and last source row of each such stretch.
bool open_gaps(Band& band, Band* lines, const std::vector<Anchor>& chain, const DocSides& doc, uint32_t width,
               std::vector<uint32_t>* gap_ends = nullptr);

}  // namespace songngu
