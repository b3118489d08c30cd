#include "align/lone_pairs.h"

#include <algorithm>

namespace songngu {
namespace {

bool one_to_one(const Bead& b) {
  return b.src_count == 1 && b.tgt_count == 1;
}

}  // namespace

void pair_lone_nulls(std::vector<Bead>& beads) {
  std::vector<Bead> out;
  out.reserve(beads.size());
  for (size_t k = 0; k < beads.size();) {
    // The run of beads with one side empty that starts at k.
    size_t end = k;
    std::vector<size_t> src, tgt;  // its 1-0 and 0-1 beads, in order
    for (; end < beads.size() && beads[end].src_count + beads[end].tgt_count == 1; ++end) {
      if (beads[end].src_count)
        src.push_back(end);
      else
        tgt.push_back(end);
    }
    const bool fits = !src.empty() && src.size() == tgt.size() && (out.empty() || one_to_one(out.back())) &&
                      (end == beads.size() || one_to_one(beads[end]));
    if (!fits) {  // the whole run as it is (a part of it follows a null bead, so none fits either)
      out.insert(out.end(), beads.begin() + static_cast<long>(k),
                 beads.begin() + static_cast<long>(std::max(end, k + 1)));
      k = std::max(end, k + 1);
      continue;
    }
    for (size_t x = 0; x < src.size(); ++x) {
      const Bead& s = beads[src[x]];
      const Bead& t = beads[tgt[x]];
      Bead joined;
      joined.src_begin = s.src_begin;
      joined.src_count = 1;
      joined.tgt_begin = t.tgt_begin;
      joined.tgt_count = 1;
      joined.cost = s.cost + t.cost;
      joined.confidence = kLonePairConfidence;
      out.push_back(joined);
    }
    k = end;
  }
  beads = std::move(out);
}

}  // namespace songngu
