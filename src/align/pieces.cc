#include "align/pieces.h"

#include <algorithm>

namespace songngu {
namespace {

// Half-width of the first path's band (segments), and how far from a place where that path runs
// along the band's edge a cut may be made.
constexpr uint32_t kBandWidth = 32;
constexpr uint32_t kEdgeMargin = 200;

}  // namespace

std::vector<Piece> cut_into_pieces(const DocSides& doc, const PassModel& length_model, uint32_t piece_segments) {
  const uint32_t n = static_cast<uint32_t>(doc.source.size()), m = static_cast<uint32_t>(doc.target.size());
  if (n <= piece_segments + piece_segments / 2) return {Piece{0, n, 0, m}};
  BeadScorer scorer(doc, length_model);
  // One narrow band around the equal-share line. Where the path runs along the band's edge (a long
  // omission, an untranslated tail) it is unreliable: no cut is made near there, and the piece
  // around it is aligned in its own band, which widens as needed.
  const Band band = length_band(doc.source.length, doc.target.length, kBandWidth);
  LatticeResult path = best_path(n, m, length_model.shapes, band, scorer);
  if (!path.ok) return {Piece{0, n, 0, m}};
  std::vector<uint32_t> edge_rows;  // source positions where the path touches the band's edge
  for (const Bead& b : path.beads) {
    const uint32_t i = b.src_begin, j = b.tgt_begin;
    if ((j == band.lo[i] && band.lo[i] > 0) || (j == band.hi[i] && band.hi[i] < m)) edge_rows.push_back(i);
  }
  auto near_edge = [&](uint32_t i) {
    auto it = std::lower_bound(edge_rows.begin(), edge_rows.end(), i > kEdgeMargin ? i - kEdgeMargin : 0);
    return it != edge_rows.end() && *it <= i + kEdgeMargin;
  };
  std::vector<Piece> pieces;
  Piece current;
  const auto& beads = path.beads;
  uint32_t next_cut = piece_segments;
  for (size_t k = 1; k < beads.size(); ++k) {
    const Bead& b = beads[k];
    if (b.src_begin < next_cut || n - b.src_begin < piece_segments / 2 || near_edge(b.src_begin)) continue;
    const Bead& before = beads[k - 1];
    const bool between_one_to_ones = before.src_count == 1 && before.tgt_count == 1 && b.src_count == 1 && b.tgt_count == 1;
    // A boundary between two 1-1 beads, or any reliable boundary once a quarter piece past the mark.
    if (!between_one_to_ones && b.src_begin < next_cut + piece_segments / 4) continue;
    current.src_end = b.src_begin;
    current.tgt_end = b.tgt_begin;
    pieces.push_back(current);
    current = Piece{b.src_begin, 0, b.tgt_begin, 0};
    next_cut = b.src_begin + piece_segments;
  }
  current.src_end = n;
  current.tgt_end = m;
  pieces.push_back(current);
  return pieces;
}

DocSides slice(const DocSides& doc, const Piece& piece) {
  auto part = [](const Units& from, uint32_t begin, uint32_t end) {
    Units out;
    out.tokens.assign(from.tokens.begin() + from.first[begin], from.tokens.begin() + from.first[end]);
    out.first.resize(end - begin + 1);
    for (uint32_t u = begin; u <= end; ++u) out.first[u - begin] = from.first[u] - from.first[begin];
    out.length.assign(from.length.begin() + begin, from.length.begin() + end);
    out.open.assign(from.open.begin() + begin, from.open.begin() + end);
    return out;
  };
  DocSides out;
  out.source = part(doc.source, piece.src_begin, piece.src_end);
  out.target = part(doc.target, piece.tgt_begin, piece.tgt_end);
  out.ratio = doc.ratio;
  return out;
}

}  // namespace songngu
