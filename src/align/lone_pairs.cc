#include "align/lone_pairs.h"

namespace songngu {
namespace {

bool one_to_one(const Bead& b) {
  return b.src_count == 1 && b.tgt_count == 1;
}

bool opposite_nulls(const Bead& a, const Bead& b) {
  return (a.src_count == 1 && a.tgt_count == 0 && b.src_count == 0 && b.tgt_count == 1) ||
         (a.src_count == 0 && a.tgt_count == 1 && b.src_count == 1 && b.tgt_count == 0);
}

}  // namespace

void pair_lone_nulls(std::vector<Bead>& beads) {
  std::vector<Bead> out;
  out.reserve(beads.size());
  for (size_t k = 0; k < beads.size(); ++k) {
    const bool fits = k + 1 < beads.size() && opposite_nulls(beads[k], beads[k + 1]) &&
                      (out.empty() || one_to_one(out.back())) &&
                      (k + 2 == beads.size() || one_to_one(beads[k + 2]));
    if (!fits) {
      out.push_back(beads[k]);
      continue;
    }
    const Bead& s = beads[k].src_count ? beads[k] : beads[k + 1];
    const Bead& t = beads[k].tgt_count ? beads[k] : beads[k + 1];
    Bead joined;
    joined.src_begin = s.src_begin;
    joined.src_count = 1;
    joined.tgt_begin = t.tgt_begin;
    joined.tgt_count = 1;
    joined.cost = beads[k].cost + beads[k + 1].cost;
    joined.confidence = kLonePairConfidence;
    out.push_back(joined);
    ++k;
  }
  beads = std::move(out);
}

}  // namespace songngu
