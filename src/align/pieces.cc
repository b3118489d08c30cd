#include "align/pieces.h"

#include <algorithm>

#include "align/anchors.h"

namespace songngu {
namespace {

// Half-width of the first path's band (segments), and how far from a place where that path runs
// along the band's edge a cut may be made.
constexpr uint32_t kBandWidth = 16;
constexpr uint32_t kEdgeMargin = 200;
// A cut is made between two runs of this many 1-1 beads of the first path.
constexpr size_t kCalmBeads = 4;
// Of the 2 x kCalmBeads beads around a cut, at least this many share a token on both sides.
constexpr size_t kAnchoredBeads = 5;

}  // namespace

std::vector<Piece> cut_into_pieces(const DocSides& doc, const PassModel& length_model, const SeedLinks* seeds,
                                   uint32_t piece_segments) {
  const uint32_t n = static_cast<uint32_t>(doc.source.size()), m = static_cast<uint32_t>(doc.target.size());
  if (n <= piece_segments + piece_segments / 2) return {Piece{0, n, 0, m}};
  // One narrow band around the equal-share line. Where the path runs along the band's edge (a long
  // omission, an untranslated tail) it is unreliable, and no cut is made near there.
  const Band band = anchor_band(anchor_chain(doc, seeds), doc, kBandWidth);
  BeadScorer scorer(doc, length_model);
  const LatticeResult path = best_path(n, m, length_model.shapes, band, scorer);
  if (!path.ok) return {Piece{0, n, 0, m}};
  std::vector<uint32_t> edge_rows;  // source positions where the path touches the band's edge
  for (const Bead& b : path.beads) {
    if (on_band_edge(band, b.src_begin, b.tgt_begin, m)) edge_rows.push_back(b.src_begin);
  }
  auto near_edge = [&](uint32_t i) {
    auto it = std::lower_bound(edge_rows.begin(), edge_rows.end(), i > kEdgeMargin ? i - kEdgeMargin : 0);
    return it != edge_rows.end() && *it <= i + kEdgeMargin;
  };
  // Cut points on the path: (source, target) positions between beads, inside a calm run of 1-1
  // beads where most beads share a token on both sides (a number, a name, code): a length-only
  // path can be off by an offset over long stretches (it is for Vietnamese-Korean), shared tokens
  // almost never are.
  const auto& beads = path.beads;
  auto shares_token = [&](const Bead& b) {
    if (b.src_count != 1 || b.tgt_count != 1) return false;
    auto s = doc.source.of(b.src_begin), t = doc.target.of(b.tgt_begin);
    for (TokenId x : s)
      if (std::find(t.begin(), t.end(), x) != t.end()) return true;
    return false;
  };
  std::vector<std::pair<uint32_t, uint32_t>> cuts;
  uint32_t next_cut = piece_segments;
  for (size_t k = kCalmBeads; k + kCalmBeads <= beads.size(); ++k) {
    const Bead& b = beads[k];
    if (b.src_begin < next_cut || n - b.src_begin < piece_segments / 2 || near_edge(b.src_begin)) continue;
    size_t calm = 0, anchored = 0;
    for (size_t x = k - kCalmBeads; x < k + kCalmBeads; ++x) {
      calm += beads[x].src_count == 1 && beads[x].tgt_count == 1;
      anchored += shares_token(beads[x]);
    }
    if (calm < 2 * kCalmBeads || anchored < kAnchoredBeads) continue;
    cuts.emplace_back(b.src_begin, b.tgt_begin);
    next_cut = b.src_begin + piece_segments;
  }
  std::vector<Piece> pieces;
  Piece piece;
  for (const auto& [i, j] : cuts) {
    piece.src_end = i;
    piece.tgt_end = j;
    pieces.push_back(piece);
    piece = Piece{i, 0, j, 0};
  }
  piece.src_end = n;
  piece.tgt_end = m;
  pieces.push_back(piece);
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
    out.para_end.assign(from.para_end.begin() + begin, from.para_end.begin() + end);
    return out;
  };
  DocSides out;
  out.source = part(doc.source, piece.src_begin, piece.src_end);
  out.target = part(doc.target, piece.tgt_begin, piece.tgt_end);
  out.ratio = doc.ratio;
  out.paragraphs = doc.paragraphs;
  return out;
}

}  // namespace songngu
