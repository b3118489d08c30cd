#pragma once
// Pivot rows: the review page shows Vietnamese | English | Korean side by side, but each translation
// is aligned to the Vietnamese on its own, so the two alignments may group the Vietnamese sentences
// differently (vi-en 2-1 where vi-ko is 1-1, 1-1). A pivot row is the smallest run of Vietnamese
// segments that is a whole number of beads in every alignment; a bead with no Vietnamese side
// (0-1) gets a row of its own at its place. Every bead of every alignment lands in exactly one row.
#include <cstddef>
#include <vector>

#include "align/alignment.h"

namespace songngu {

struct PivotRow {
  size_t src_begin = 0;  // Vietnamese segments [src_begin, src_begin + src_count)
  size_t src_count = 0;
  std::vector<std::vector<size_t>> beads;  // per alignment (same order as the input): bead indexes
};

// `alignments` may hold null pointers (no translation in that language); their rows stay empty.
// Beads are expected in document order, covering the source side contiguously; a bead out of that
// order is absorbed into the row being built rather than dropped.
std::vector<PivotRow> pivot_rows(const std::vector<const Alignment*>& alignments);

}  // namespace songngu
