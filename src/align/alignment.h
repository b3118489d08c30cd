#pragma once
// The data type at the align -> tm boundary: beads in document order that cover every segment of
// both sides exactly once. Beads are contiguous ranges, so a bead is four integers (1M beads fit in
// a few tens of MB).
#include <cstdint>
#include <string>
#include <vector>

namespace songngu {

struct Bead {
  uint32_t src_begin = 0;
  uint32_t src_count = 0;  // 0 for a 0-1 bead
  uint32_t tgt_begin = 0;
  uint32_t tgt_count = 0;  // 0 for a 1-0 bead
  float cost = 0;          // the aligner's cost of this bead (lower is better)
  float confidence = 0;    // calibrated probability in [0,1] that the bead is right

  std::string type() const { return std::to_string(src_count) + "-" + std::to_string(tgt_count); }
};

struct Alignment {
  std::vector<Bead> beads;
};

}  // namespace songngu
