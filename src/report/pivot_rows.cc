#include "report/pivot_rows.h"

#include <algorithm>

namespace songngu {

std::vector<PivotRow> pivot_rows(const std::vector<const Alignment*>& alignments) {
  const size_t n = alignments.size();
  std::vector<size_t> next(n, 0);
  auto remaining = [&](size_t k) {
    return alignments[k] != nullptr && next[k] < alignments[k]->beads.size();
  };
  auto bead_end = [](const Bead& b) { return size_t{b.src_begin} + b.src_count; };

  std::vector<PivotRow> rows;
  for (;;) {
    bool any = false;
    for (size_t k = 0; k < n; ++k) any = any || remaining(k);
    if (!any) break;

    // A bead without a Vietnamese side sits between groups: give it a row of its own.
    bool inserted = false;
    for (size_t k = 0; k < n && !inserted; ++k) {
      if (!remaining(k)) continue;
      const Bead& b = alignments[k]->beads[next[k]];
      if (b.src_count != 0) continue;
      PivotRow row;
      row.src_begin = b.src_begin;
      row.beads.resize(n);
      row.beads[k].push_back(next[k]++);
      rows.push_back(std::move(row));
      inserted = true;
    }
    if (inserted) continue;

    // Grow the group until every alignment's beads end at the same Vietnamese segment.
    PivotRow row;
    row.beads.resize(n);
    size_t begin = SIZE_MAX;
    size_t end = 0;
    for (size_t k = 0; k < n; ++k) {
      if (!remaining(k)) continue;
      const Bead& b = alignments[k]->beads[next[k]];
      begin = std::min<size_t>(begin, b.src_begin);
      end = std::max(end, bead_end(b));
    }
    bool grew = true;
    while (grew) {
      grew = false;
      for (size_t k = 0; k < n; ++k) {
        while (remaining(k) && alignments[k]->beads[next[k]].src_begin < end) {
          const Bead& b = alignments[k]->beads[next[k]];
          if (b.src_count != 0) begin = std::min<size_t>(begin, b.src_begin);
          if (bead_end(b) > end) {
            end = bead_end(b);
            grew = true;
          }
          row.beads[k].push_back(next[k]++);
        }
      }
    }
    row.src_begin = begin;
    row.src_count = end > begin ? end - begin : 0;
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace songngu
