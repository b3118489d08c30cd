#include "align/lattice.h"

#include <algorithm>

namespace songngu {

void close_band(Band& band, uint32_t n, uint32_t m) {
  band.lo[0] = 0;
  band.hi[n] = m;
  for (uint32_t i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  for (uint32_t i = n; i-- > 0;) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (uint32_t i = 0; i <= n; ++i) {
    band.hi[i] = std::min(band.hi[i], m);
    band.lo[i] = std::min(band.lo[i], band.hi[i]);
  }
}

Band diagonal_band(uint32_t n, uint32_t m, uint32_t width) {
  Band band;
  band.lo.resize(n + 1);
  band.hi.resize(n + 1);
  for (uint32_t i = 0; i <= n; ++i) {
    double center = n == 0 ? 0 : static_cast<double>(i) * m / n;
    double lo = center - width, hi = center + width;
    band.lo[i] = lo < 0 ? 0 : static_cast<uint32_t>(lo);
    band.hi[i] = static_cast<uint32_t>(std::min<double>(hi, m));
  }
  close_band(band, n, m);
  return band;
}

bool widen_where_touched(Band& band, const std::vector<Bead>& path, uint32_t n, uint32_t m, uint32_t width,
                         Band* also) {
  std::vector<std::pair<uint32_t, uint32_t>> touched;
  for (const auto& b : path) {
    if (on_band_edge(band, b.src_begin, b.tgt_begin, m)) touched.emplace_back(b.src_begin, b.tgt_begin);
  }
  if (touched.empty()) return false;
  for (auto [i, j] : touched) {
    const uint32_t from = i > width ? i - width : 0, to = std::min(n, i + width);
    const uint32_t lo = j > width ? j - width : 0, hi = std::min(m, j + width);
    for (uint32_t k = from; k <= to; ++k) {
      band.lo[k] = std::min(band.lo[k], lo);
      band.hi[k] = std::max(band.hi[k], hi);
      if (also) also->lo[k] = std::min(also->lo[k], lo), also->hi[k] = std::max(also->hi[k], hi);
    }
  }
  close_band(band, n, m);
  return true;
}

Band band_around(const std::vector<Bead>& path, uint32_t n, uint32_t m, uint32_t width) {
  // At each source position, the path's target range widened by `width` on both sides.
  Band band;
  band.lo.assign(n + 1, m);
  band.hi.assign(n + 1, 0);
  auto mark = [&](uint32_t i, uint32_t j) {
    band.lo[i] = std::min(band.lo[i], j > width ? j - width : 0);
    band.hi[i] = std::max(band.hi[i], std::min(m, j + width));
  };
  mark(0, 0);
  for (const auto& b : path) {
    for (uint32_t di = 0; di <= b.src_count; ++di)
      for (uint32_t dj = 0; dj <= b.tgt_count; ++dj) mark(b.src_begin + di, b.tgt_begin + dj);
  }
  // A run of null beads that leaves on one side and comes back on the other (1-0 ... then 0-1 ...)
  // may hide 1-1 beads the path could not reach: the whole rectangle it spans stays open.
  for (size_t k = 0; k < path.size();) {
    if (path[k].src_count != 0 && path[k].tgt_count != 0) {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < path.size() && (path[end].src_count == 0 || path[end].tgt_count == 0)) ++end;
    const Bead &first = path[k], &last = path[end - 1];
    const uint32_t i1 = first.src_begin, j1 = first.tgt_begin;
    const uint32_t i2 = last.src_begin + last.src_count, j2 = last.tgt_begin + last.tgt_count;
    if (i2 > i1 && j2 > j1)
      for (uint32_t i = i1; i <= i2; ++i) {
        mark(i, j1);
        mark(i, j2);
      }
    k = end;
  }
  mark(n, m);
  close_band(band, n, m);
  return band;
}

}  // namespace songngu
