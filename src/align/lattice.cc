#include "align/lattice.h"

#include <algorithm>

namespace songngu {
namespace {

// Makes the band a valid one: monotone non-decreasing ends, (0,0) and (n,m) inside.
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

}  // namespace

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

Band band_around(const std::vector<Bead>& path, uint32_t n, uint32_t m, uint32_t width) {
  // The path's target range at each source position, then widened by `width` in both directions
  // (along rows and columns).
  std::vector<uint32_t> pmin(n + 1, m), pmax(n + 1, 0);
  auto mark = [&](uint32_t i, uint32_t j) {
    pmin[i] = std::min(pmin[i], j);
    pmax[i] = std::max(pmax[i], j);
  };
  mark(0, 0);
  for (const auto& b : path) {
    for (uint32_t di = 0; di <= b.src_count; ++di)
      for (uint32_t dj = 0; dj <= b.tgt_count; ++dj) mark(b.src_begin + di, b.tgt_begin + dj);
  }
  mark(n, m);
  Band band;
  band.lo.assign(n + 1, m);
  band.hi.assign(n + 1, 0);
  for (uint32_t i = 0; i <= n; ++i) {
    if (pmin[i] > pmax[i]) continue;
    uint32_t from = i > width ? i - width : 0, to = std::min(n, i + width);
    uint32_t lo = pmin[i] > width ? pmin[i] - width : 0, hi = std::min(m, pmax[i] + width);
    for (uint32_t k = from; k <= to; ++k) {
      band.lo[k] = std::min(band.lo[k], lo);
      band.hi[k] = std::max(band.hi[k], hi);
    }
  }
  close_band(band, n, m);
  return band;
}

}  // namespace songngu
