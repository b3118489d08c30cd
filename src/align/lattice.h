#pragma once
// The bead lattice: dynamic programming over beads (a source segments, b target segments) inside a
// band of cells, memory and time linear in document length for a fixed band width. One pass gives
// the best path (Viterbi) and, by forward-backward over the same lattice, each chosen bead's
// posterior probability (the confidence the aligner reports).
//
// Contract: `score(i, a, j, b)` returns the log-probability (natural log; -infinity forbids) of
// the bead covering source [i, i+a) and target [j, j+b). The band holds, for every source
// position i in [0, n], a closed range of target positions; it must contain (0,0) and (n,m) and
// allow some path between them, otherwise run_lattice returns an empty result with ok = false.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "align/alignment.h"

namespace songngu {

struct BeadShape {
  uint8_t src = 1;
  uint8_t tgt = 1;
};

struct Band {
  std::vector<uint32_t> lo, hi;  // per source position 0..n: allowed target positions [lo, hi]
};

// Makes a band valid: monotone non-decreasing ends, (0,0) and (n,m) inside.
void close_band(Band& band, uint32_t n, uint32_t m);
// A band of half-width `width` around the straight line from (0,0) to (n,m).
Band diagonal_band(uint32_t n, uint32_t m, uint32_t width);
// Widens `band` only around the points where `path` runs along its edge: rows within `width` of
// such a point get at least `width` target positions on both sides of it. Returns false (and
// leaves the band) when the path touches no edge. `also`, when given, gets the same cells added
// (without being closed).
bool widen_where_touched(Band& band, const std::vector<Bead>& path, uint32_t n, uint32_t m, uint32_t width,
                         Band* also = nullptr);
// A band of half-width `width` around a path (the beads of an earlier pass).
Band band_around(const std::vector<Bead>& path, uint32_t n, uint32_t m, uint32_t width);

// True when target position j is at an end of source position i's band range that is not also an
// end of the document: a path there was pushed against the band and may want to go further.
inline bool on_band_edge(const Band& band, uint32_t i, uint32_t j, uint32_t m) {
  return (j == band.lo[i] && band.lo[i] > 0) || (j == band.hi[i] && band.hi[i] < m);
}

// The bead of shape `sh` that ends at (i, j).
inline Bead bead_ending_at(uint32_t i, uint32_t j, const BeadShape& sh) {
  Bead bead;
  bead.src_begin = i - sh.src;
  bead.src_count = sh.src;
  bead.tgt_begin = j - sh.tgt;
  bead.tgt_count = sh.tgt;
  return bead;
}

struct LatticeResult {
  bool ok = false;
  std::vector<Bead> beads;    // cost = -log score, confidence = posterior (when asked)
  bool touched_edge = false;  // the best path runs along the band's edge: widen and redo
  size_t cells = 0;           // lattice cells visited (for the linear-scaling test)
};

namespace lattice_detail {
// log(sum(exp(v))) of up to a few terms with one log: the lattice's forward and backward sums.
// The largest term's exp(0) is 1 and a lone term's log(1) is 0: neither is called for. Once the
// sum has reached 1, a term below exp(-38) < 2^-54 is less than half its last bit and would leave
// it unchanged: its exp is not called for either (the same result, bit for bit).
inline double log_sum_exp(const double* v, size_t count) {
  double top = -INFINITY;
  for (size_t k = 0; k < count; ++k) top = std::max(top, v[k]);
  if (top == -INFINITY) return top;
  double sum = 0;
  for (size_t k = 0; k < count; ++k) {
    if (v[k] == top)
      sum += 1.0;
    else if (sum < 1.0 || v[k] - top >= -38)
      sum += std::exp(v[k] - top);
  }
  return sum == 1.0 ? top : top + std::log(sum);
}
}  // namespace lattice_detail

template <class ScoreFn>
LatticeResult run_lattice(uint32_t n, uint32_t m, const std::vector<BeadShape>& shapes, const Band& band,
                          ScoreFn&& score, bool posteriors) {
  using lattice_detail::log_sum_exp;
  LatticeResult result;
  std::vector<size_t> offset(n + 2, 0);
  for (uint32_t i = 0; i <= n; ++i) offset[i + 1] = offset[i] + (band.hi[i] - band.lo[i] + 1);
  const size_t cells = offset[n + 1];
  result.cells = cells;
  const size_t k_shapes = shapes.size();
  auto cell = [&](uint32_t i, uint32_t j) -> long {
    if (j < band.lo[i] || j > band.hi[i]) return -1;
    return static_cast<long>(offset[i] + (j - band.lo[i]));
  };
  std::vector<double> viterbi(cells, -INFINITY), forward;
  std::vector<uint8_t> back(cells, 255);
  std::vector<float> bead_score(cells * k_shapes, -INFINITY);  // score of the bead ending here
  if (posteriors) forward.assign(cells, -INFINITY);
  viterbi[0] = 0;
  if (posteriors) forward[0] = 0;
  std::vector<double> terms(k_shapes);
  // Per shape, for the row at hand: the target positions whose bead of that shape starts (forward)
  // or ends (backward) inside the band, [from, to], and the cell there: base + j.
  struct InBand {
    int64_t from, to, base;
  };
  std::vector<InBand> reach(k_shapes);
  auto reach_row = [&](uint32_t i, bool ahead) {
    for (size_t k = 0; k < k_shapes; ++k) {
      const int64_t src = shapes[k].src, tgt = ahead ? -int64_t{shapes[k].tgt} : int64_t{shapes[k].tgt};
      const int64_t row = ahead ? int64_t{i} + src : int64_t{i} - src;
      if (row < 0 || row > int64_t{n}) {
        reach[k] = {1, 0, 0};
        continue;
      }
      const int64_t lo = band.lo[static_cast<size_t>(row)], hi = band.hi[static_cast<size_t>(row)];
      reach[k] = {std::max<int64_t>(lo + tgt, 0), hi + tgt,
                  static_cast<int64_t>(offset[static_cast<size_t>(row)]) - lo - tgt};
    }
  };
  for (uint32_t i = 0; i <= n; ++i) {
    reach_row(i, false);
    for (uint32_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      size_t c = offset[i] + (j - band.lo[i]);
      if (i == 0 && j == 0) continue;
      double best = -INFINITY;
      uint8_t best_k = 255;
      size_t count = 0;
      for (size_t k = 0; k < k_shapes; ++k) {
        const auto& sh = shapes[k];
        if (j < reach[k].from || j > reach[k].to) continue;
        const int64_t p = reach[k].base + j;
        if (viterbi[p] == -INFINITY) continue;
        double s = score(i - sh.src, sh.src, j - sh.tgt, sh.tgt);
        if (s == -INFINITY) continue;
        bead_score[c * k_shapes + k] = static_cast<float>(s);
        if (viterbi[p] + s > best) best = viterbi[p] + s, best_k = static_cast<uint8_t>(k);
        if (posteriors) terms[count++] = forward[p] + s;
      }
      viterbi[c] = best;
      back[c] = best_k;
      if (posteriors) forward[c] = log_sum_exp(terms.data(), count);
    }
  }
  long end = cell(n, m);
  if (end < 0 || viterbi[end] == -INFINITY) return result;
  std::vector<double> backward;
  if (posteriors) {
    // Pulled from the successors: backward(c) = log sum over beads starting at c.
    backward.assign(cells, -INFINITY);
    backward[end] = 0;
    for (uint32_t i = n + 1; i-- > 0;) {
      reach_row(i, true);
      for (uint32_t j = band.hi[i] + 1; j-- > band.lo[i];) {
        size_t c = offset[i] + (j - band.lo[i]);
        if (static_cast<long>(c) == end) continue;
        size_t count = 0;
        for (size_t k = 0; k < k_shapes; ++k) {
          if (j < reach[k].from || j > reach[k].to) continue;
          const int64_t q = reach[k].base + j;
          if (backward[q] == -INFINITY) continue;
          float s = bead_score[static_cast<size_t>(q) * k_shapes + k];
          if (s == -INFINITY) continue;
          terms[count++] = backward[q] + s;
        }
        backward[c] = log_sum_exp(terms.data(), count);
      }
    }
  }
  const double log_z = posteriors ? forward[end] : 0;
  uint32_t i = n, j = m;
  while (i > 0 || j > 0) {
    size_t c = static_cast<size_t>(cell(i, j));
    uint8_t k = back[c];
    Bead bead = bead_ending_at(i, j, shapes[k]);
    float s = bead_score[c * k_shapes + k];
    bead.cost = -s;
    if (posteriors) {
      long p = cell(bead.src_begin, bead.tgt_begin);
      double lp = forward[p] + s + backward[c] - log_z;
      bead.confidence = static_cast<float>(std::min(1.0, std::exp(lp)));
    }
    if (on_band_edge(band, i, j, m)) result.touched_edge = true;
    result.beads.push_back(bead);
    i = bead.src_begin;
    j = bead.tgt_begin;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  result.ok = true;
  return result;
}

// The best path only (no posteriors), with one byte a cell: for the first look at a very long
// document, where the full lattice would not fit in memory. Same contract as run_lattice; the
// returned beads carry cost but no confidence.
template <class ScoreFn>
LatticeResult best_path(uint32_t n, uint32_t m, const std::vector<BeadShape>& shapes, const Band& band,
                        ScoreFn&& score) {
  LatticeResult result;
  std::vector<size_t> offset(n + 2, 0);
  for (uint32_t i = 0; i <= n; ++i) offset[i + 1] = offset[i] + (band.hi[i] - band.lo[i] + 1);
  result.cells = offset[n + 1];
  std::vector<uint8_t> back(offset[n + 1], 255);
  // Scores of the last four rows (beads span at most three source segments).
  constexpr uint32_t kRows = 4;
  std::vector<std::vector<double>> rows(kRows);
  auto value = [&](uint32_t i, uint32_t j) -> double {
    if (j < band.lo[i] || j > band.hi[i]) return -INFINITY;
    return rows[i % kRows][j - band.lo[i]];
  };
  for (uint32_t i = 0; i <= n; ++i) {
    auto& row = rows[i % kRows];
    row.assign(band.hi[i] - band.lo[i] + 1, -INFINITY);
    for (uint32_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      if (i == 0 && j == 0) {
        row[0] = 0;
        continue;
      }
      double best = -INFINITY;
      uint8_t best_k = 255;
      for (size_t k = 0; k < shapes.size(); ++k) {
        const auto& sh = shapes[k];
        if (sh.src > i || sh.tgt > j) continue;
        double v = value(i - sh.src, j - sh.tgt);
        if (v == -INFINITY) continue;
        double s = score(i - sh.src, sh.src, j - sh.tgt, sh.tgt);
        if (v + s > best) best = v + s, best_k = static_cast<uint8_t>(k);
      }
      row[j - band.lo[i]] = best;
      back[offset[i] + (j - band.lo[i])] = best_k;
    }
  }
  if (m < band.lo[n] || m > band.hi[n] || value(n, m) == -INFINITY) return result;
  uint32_t i = n, j = m;
  while (i > 0 || j > 0) {
    Bead bead = bead_ending_at(i, j, shapes[back[offset[i] + (j - band.lo[i])]]);
    if (on_band_edge(band, i, j, m)) result.touched_edge = true;
    result.beads.push_back(bead);
    i = bead.src_begin;
    j = bead.tgt_begin;
  }
  std::reverse(result.beads.begin(), result.beads.end());
  result.ok = true;
  return result;
}

}  // namespace songngu
