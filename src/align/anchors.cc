#include "align/anchors.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace songngu {
namespace {

// A token is an anchor's evidence when it occurs in at most this many segments on each side.
constexpr uint32_t kRareSegments = 3;
// Between two anchors, a rectangle of the band holds every path when it is at most this many
// cells per segment of its longer side (one side short: a gap, or anchors close together);
// otherwise a band of the given width follows the straight line between them.
constexpr uint64_t kRectangleCellsPerSegment = 64;
constexpr uint64_t kRectangleCells = 1 << 16;
constexpr uint32_t kRectangleMargin = 4;
// A stretch where one side lacks a block keeps its whole rectangle up to this many cells (about
// 100 MB of lattice): the block may be anywhere in it.
constexpr uint64_t kGapRectangleCells = 1 << 21;
constexpr uint32_t kGapSegments = 8;
// Half-width of the two lines through such a stretch where beads with both sides are scored: the
// lines follow the text's length ratio, which drifts by a few segments over a few hundred.
constexpr uint32_t kGapLineWidth = 32;
// An excursion is a run of at most this many anchors whose offset between the sides differs by
// more than kOffsetSlack segments (plus a tenth of the distance between its neighbours) from that
// of the anchors around it, which agree with each other.
constexpr size_t kMaxExcursion = 3;
constexpr long kOffsetSlack = 2;
// An anchor weaker than this (evidence below one token unique on both sides) is kept only when a
// neighbouring anchor within kNeighbourhood source segments agrees with its offset.
constexpr double kStrongAnchor = 1.0;
constexpr long kNeighbourhood = 20;

// The segments of one side where each token occurs (at most kRareSegments + 1 are kept: more
// means common), by token id.
struct Occurrences {
  std::unordered_map<TokenId, std::vector<uint32_t>> segments;

  explicit Occurrences(const Units& units) {
    for (uint32_t u = 0; u < units.size(); ++u)
      for (TokenId t : units.of(u)) {
        auto& list = segments[t];
        if (list.size() <= kRareSegments && (list.empty() || list.back() != u)) list.push_back(u);
      }
  }
  const std::vector<uint32_t>* rare(TokenId t) const {
    auto it = segments.find(t);
    return it == segments.end() || it->second.size() > kRareSegments ? nullptr : &it->second;
  }
};

// A token too common to be rare may still be spread out: in a long document, at most once in
// any kSpreadWindow segments of each side (a word of each chapter, a block the text repeats). Each
// of its source occurrences is paired with the kSpreadPairs target occurrences nearest to where
// the sides' proportions put it: where a block is missing, the right one is among them, or, in
// repeated text, one the text cannot tell from it. Worth kSpreadWeight of a link, below
// kStrongAnchor, so such an anchor stays only where a neighbour agrees.
constexpr uint32_t kSpreadWindow = 256;
constexpr size_t kSpreadPairs = 4;
constexpr double kSpreadWeight = 0.25;

// The segments where each spread token occurs, by token id (empty for the others).
struct Spread {
  std::vector<std::vector<uint32_t>> segments;

  explicit Spread(const Units& units) {
    // A spread token occurs more than kRareSegments times, kSpreadWindow segments apart at least:
    // a shorter side (every page of the dev sets) has none, and nothing to count.
    if (units.size() <= kRareSegments * kSpreadWindow) return;
    struct Seen {
      uint32_t count = 0, last = 0;
      bool spread = true;
    };
    std::vector<Seen> seen;
    for (uint32_t u = 0; u < units.size(); ++u)
      for (TokenId t : units.of(u)) {
        if (t >= seen.size()) seen.resize(t + 1);
        Seen& s = seen[t];
        if (s.count > 0 && s.last == u) continue;
        if (s.count > 0 && u - s.last < kSpreadWindow) s.spread = false;
        ++s.count, s.last = u;
      }
    segments.resize(seen.size());
    for (uint32_t u = 0; u < units.size(); ++u)
      for (TokenId t : units.of(u))
        if (seen[t].spread && seen[t].count > kRareSegments &&
            (segments[t].empty() || segments[t].back() != u))
          segments[t].push_back(u);
  }
  const std::vector<uint32_t>* of(TokenId t) const {
    return t < segments.size() && !segments[t].empty() ? &segments[t] : nullptr;
  }
};

// Adds to `pairs` the pairs of spread source token occurrences `in_source` with the spread
// target occurrences `in_target` nearest to their proportional place.
void add_spread_pairs(const std::vector<uint32_t>& in_source, const std::vector<uint32_t>& in_target,
                      double scale, double w, std::vector<Anchor>& pairs) {
  for (uint32_t i : in_source) {
    const double want = i * scale;
    auto hi = std::lower_bound(in_target.begin(), in_target.end(), want);
    auto lo = hi;
    for (size_t k = 0; k < kSpreadPairs && (lo != in_target.begin() || hi != in_target.end()); ++k) {
      const bool take_low =
          hi == in_target.end() || (lo != in_target.begin() && want - *(lo - 1) < *hi - want);
      const uint32_t j = take_low ? *--lo : *hi++;
      pairs.push_back({i, j, w});
    }
  }
}

// Maximum prefix over target positions (a Fenwick tree of (score, candidate index)).
class PrefixMax {
 public:
  explicit PrefixMax(size_t size) : tree_(size + 1, {-1.0, -1}) {}
  void update(size_t pos, std::pair<double, long> v) {
    for (++pos; pos < tree_.size(); pos += pos & (~pos + 1)) tree_[pos] = std::max(tree_[pos], v);
  }
  std::pair<double, long> query(size_t end) const {  // max over positions [0, end)
    std::pair<double, long> best{-1.0, -1};
    for (size_t pos = end; pos > 0; pos -= pos & (~pos + 1)) best = std::max(best, tree_[pos]);
    return best;
  }

 private:
  std::vector<std::pair<double, long>> tree_;
};

// Removes short runs of anchors that leave the path and come back: their neighbours on both sides
// agree on the offset between the sides (target minus source segment), the run does not. A block
// one side lacks shifts the offset for good; a repeated sentence elsewhere only for a moment.
void drop_excursions(std::vector<Anchor>& chain) {
  auto offset = [&](size_t k) {
    return static_cast<long>(chain[k].target) - static_cast<long>(chain[k].source);
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = 1; k + 1 < chain.size() && !changed; ++k)
      for (size_t run = 1; run <= kMaxExcursion && k + run < chain.size(); ++run) {
        const long before = offset(k - 1), after = offset(k + run);
        // Offsets drift between anchors far apart (a 1-2 bead, an omission): the slack grows with
        // the distance between the anchors around the run.
        const long slack = kOffsetSlack + static_cast<long>(chain[k + run].source - chain[k - 1].source) / 10;
        if (std::abs(before - after) > slack) continue;
        bool away = true;
        for (size_t x = k; x < k + run; ++x)
          away &= std::abs(offset(x) - before) > slack && std::abs(offset(x) - after) > slack;
        if (!away) continue;
        chain.erase(chain.begin() + static_cast<long>(k), chain.begin() + static_cast<long>(k + run));
        changed = true;
        break;
      }
  }
}

// Removes weak anchors (one shared token that is not unique on both sides) that no other anchor
// nearby agrees with: alone, such a match is as likely a repeated word as a translation.
void drop_lonely(std::vector<Anchor>& chain) {
  std::vector<Anchor> kept;
  auto offset = [](const Anchor& a) { return static_cast<long>(a.target) - static_cast<long>(a.source); };
  for (size_t k = 0; k < chain.size(); ++k) {
    bool agreed = chain[k].weight >= kStrongAnchor;
    for (size_t x : {k - 1, k + 1})
      if (!agreed && x < chain.size() &&
          std::abs(static_cast<long>(chain[x].source) - static_cast<long>(chain[k].source)) <= kNeighbourhood)
        agreed = std::abs(offset(chain[x]) - offset(chain[k])) <= kOffsetSlack;
    if (agreed) kept.push_back(chain[k]);
  }
  chain = std::move(kept);
}

}  // namespace

std::vector<Anchor> anchor_chain(const DocSides& doc, const SeedLinks* seeds) {
  const Occurrences src(doc.source), tgt(doc.target);
  const Spread src_spread(doc.source), tgt_spread(doc.target);
  const double scale = static_cast<double>(doc.target.size()) / std::max<size_t>(1, doc.source.size());
  // Candidate pairs: a rare source token and the rare target tokens it is identical or linked to,
  // each worth its link weight over the number of pairs it makes; a spread source token and the
  // spread target tokens it is linked to, near their proportional place.
  std::vector<Anchor> pairs;  // one per piece of evidence; the same pair may come several times
  for (const auto& entry : src.segments) {
    const TokenId token = entry.first;
    const auto& in_source = entry.second;  // named: lambdas may not capture structured bindings
    if (token == kNullToken) continue;
    const auto* spread = in_source.size() > kRareSegments ? src_spread.of(token) : nullptr;
    if (in_source.size() > kRareSegments && !spread) continue;
    auto add = [&](TokenId to, float link) {
      if (spread) {
        if (const auto* in_target = tgt_spread.of(to))
          add_spread_pairs(*spread, *in_target, scale, kSpreadWeight * link, pairs);
        return;
      }
      const auto* in_target = tgt.rare(to);
      if (!in_target) return;
      const double w = link / static_cast<double>(in_source.size() * in_target->size());
      for (uint32_t i : in_source)
        for (uint32_t j : *in_target) pairs.push_back({i, j, w});
    };
    if (seeds) {
      for (const auto& [to, p] : seeds->forward.row(token)) add(to, std::min(1.0f, p));
    } else {
      add(token, 1.0f);
    }
  }
  // Candidates by source, and within one source segment by falling target (the order the chain
  // below needs), each pair once with its evidence summed.
  std::sort(pairs.begin(), pairs.end(), [](const Anchor& a, const Anchor& b) {
    return a.source != b.source ? a.source < b.source : a.target > b.target;
  });
  std::vector<Anchor> candidates;
  for (const Anchor& p : pairs) {
    if (!candidates.empty() && candidates.back().source == p.source && candidates.back().target == p.target)
      candidates.back().weight += p.weight;
    else
      candidates.push_back(p);
  }
  pairs = {};
  // The heaviest chain strictly increasing on both sides: candidates by source, and within one
  // source segment by falling target, so that two candidates of one source never chain.
  PrefixMax best(doc.target.size());
  std::vector<long> previous(candidates.size(), -1);
  std::vector<double> score(candidates.size(), 0);
  std::pair<double, long> top{-1.0, -1};
  for (size_t c = 0; c < candidates.size(); ++c) {
    auto [s, p] = best.query(candidates[c].target);
    score[c] = candidates[c].weight + std::max(0.0, s);
    previous[c] = s > 0 ? p : -1;
    best.update(candidates[c].target, {score[c], static_cast<long>(c)});
    top = std::max(top, {score[c], static_cast<long>(c)});
  }
  std::vector<Anchor> chain;
  for (long c = top.second; c >= 0; c = previous[c]) chain.push_back(candidates[c]);
  std::reverse(chain.begin(), chain.end());
  drop_excursions(chain);
  drop_lonely(chain);
  return chain;
}

namespace {

// The two lines a path through a gap stretch from (i1, j1) to (i2, j2) follows: from the first corner
// with the text's length ratio until the shorter side is used up (the block is missing after it),
// and the same line into the last corner (the block is missing before it). A block in between
// joins them by one-sided beads, which need no lexical score. Marked `kGapLineWidth` wide into
// `lines`, which is not closed (two lines make no monotone band).
void mark_gap_lines(Band& lines, uint32_t i1, uint32_t j1, uint32_t i2, uint32_t j2,
                    const std::vector<double>& src_at, const std::vector<double>& tgt_at, double ratio,
                    uint32_t m) {
  auto mark = [&](uint32_t i, uint32_t j) {
    lines.lo[i] = std::min(lines.lo[i], j > kGapLineWidth ? j - kGapLineWidth : 0);
    lines.hi[i] = std::max(lines.hi[i], std::min(m, j + kGapLineWidth));
  };
  uint32_t j = j1;
  for (uint32_t i = i1; i <= i2 && j < j2; ++i) {
    const double covered = ratio * (src_at[i] - src_at[i1]);
    while (j < j2 && tgt_at[j + 1] - tgt_at[j1] <= covered) ++j;
    mark(i, j);
  }
  j = j2;
  for (uint32_t i = i2 + 1; i-- > i1 && j > j1;) {
    const double covered = ratio * (src_at[i2] - src_at[i]);
    while (j > j1 && tgt_at[j2] - tgt_at[j - 1] <= covered) --j;
    mark(i, j);
  }
}

// Marks into `band` the stretches between consecutive anchors (from (0,0) to (n,m)): a rectangle
// where it is small or one side is short, else a band of `width` around the straight line; with
// `gaps_only`, only stretches where one side is much longer than the other, and the lines through
// each of them into `lines` when given (outside those stretches `lines` becomes the band). Then
// closes the band. Returns whether a gap was marked; `gap_ends`, when given, gets the first and last
// source row of each gap stretch.
bool mark_stretches(Band& band, Band* lines, const std::vector<Anchor>& chain, const DocSides& doc,
                    uint32_t width, bool gaps_only, std::vector<uint32_t>* gap_ends) {
  const uint32_t n = static_cast<uint32_t>(doc.source.size()), m = static_cast<uint32_t>(doc.target.size());
  std::vector<uint8_t> inside(lines ? n + 1 : 0, 0);  // rows strictly inside a gap's rectangle
  // Prefix sums of the lengths: a long stretch's band follows the line where both sides have
  // covered the same share of their text (it follows omissions better than the straight diagonal).
  std::vector<double> src_at(n + 1, 0), tgt_at(m + 1, 0);
  for (uint32_t i = 0; i < n; ++i) src_at[i + 1] = src_at[i] + doc.source.length[i] + 1;
  for (uint32_t j = 0; j < m; ++j) tgt_at[j + 1] = tgt_at[j] + doc.target.length[j] + 1;
  auto mark = [&](uint32_t i, uint32_t lo, uint32_t hi) {
    band.lo[i] = std::min(band.lo[i], lo);
    band.hi[i] = std::max(band.hi[i], hi);
  };
  // Consecutive corners: (0,0), the anchors (a bead ends before and starts after each), (n,m).
  std::vector<std::pair<uint32_t, uint32_t>> corners{{0, 0}};
  for (const auto& a : chain) {
    corners.emplace_back(a.source, a.target);
    corners.emplace_back(a.source + 1, a.target + 1);
  }
  corners.emplace_back(n, m);
  // One side longer by at least kGapSegments and by a quarter of the other: a block it lacks.
  auto is_gap = [](uint32_t di, uint32_t dj) {
    const uint32_t excess = std::max(di, dj) - std::min(di, dj);
    return excess >= kGapSegments && excess >= std::min(di, dj) / 4;
  };
  // The length ratio of the text outside the gaps (the lines through a gap follow it).
  double src_kept = 0, tgt_kept = 0;
  for (size_t k = 0; k + 1 < corners.size(); ++k)
    if (!is_gap(corners[k + 1].first - corners[k].first, corners[k + 1].second - corners[k].second)) {
      src_kept += src_at[corners[k + 1].first] - src_at[corners[k].first];
      tgt_kept += tgt_at[corners[k + 1].second] - tgt_at[corners[k].second];
    }
  const double ratio =
      src_kept > 0 && tgt_kept > 0 ? tgt_kept / src_kept : tgt_at[m] / std::max(1.0, src_at[n]);
  bool marked = false;
  for (size_t k = 0; k + 1 < corners.size(); ++k) {
    const auto [i1, j1] = corners[k];
    const auto [i2, j2] = corners[k + 1];
    const uint32_t di = i2 - i1, dj = j2 - j1;
    const uint64_t area = uint64_t{di} * dj;
    const bool gap = is_gap(di, dj);
    if (gaps_only && !gap) continue;
    // Where neither side is short, a rectangle only when it is no wider than the band along the
    // line would be: between anchors a few dozen segments apart on both sides, a whole rectangle
    // scored up to 64 cells a row where the path keeps close to the line.
    const uint64_t longer = std::max<uint64_t>({di, dj, 1});
    const bool rectangle = gap ? area <= kRectangleCells || area <= kRectangleCellsPerSegment * longer ||
                                     area <= kGapRectangleCells
                               : area <= (2 * uint64_t{width} + 1) * longer;
    marked = marked || gap;
    if (gap && gap_ends) gap_ends->insert(gap_ends->end(), {i1, i2});
    if (gap && rectangle && lines) {
      mark_gap_lines(*lines, i1, j1, i2, j2, src_at, tgt_at, ratio, m);
      for (uint32_t i = i1 + 1; i < i2; ++i) inside[i] = 1;
    }
    // A rectangle holds every path between its anchors already: its margin only lets the path
    // leave an anchor that is off by a little (a wider one is what widening is for). A full
    // `width` there made the first pass of a densely anchored document score four times the cells.
    const uint32_t margin = rectangle ? std::min(width, kRectangleMargin) : width;
    const uint32_t from = i1 > margin ? i1 - margin : 0, to = std::min(n, i2 + margin);
    uint32_t j = j1;  // the equal-share target position of row i
    const double src_span = std::max(1e-9, src_at[i2] - src_at[i1]), tgt_span = tgt_at[j2] - tgt_at[j1];
    for (uint32_t i = from; i <= to; ++i) {
      if (rectangle) {
        mark(i, j1 > margin ? j1 - margin : 0, std::min(m, j2 + margin));
      } else if (i >= i1 && i <= i2) {
        const double share = (src_at[i] - src_at[i1]) / src_span;
        while (j < j2 && (tgt_at[j + 1] - tgt_at[j1]) <= share * tgt_span) ++j;
        mark(i, j > width ? j - width : 0, std::min(m, j + width));
      }
    }
  }
  close_band(band, n, m);
  // Outside the gaps' rectangles `lines` is the band itself (closing it may have added cells there).
  if (lines)
    for (uint32_t i = 0; i <= n; ++i)
      if (!inside[i]) lines->lo[i] = band.lo[i], lines->hi[i] = band.hi[i];
  return marked;
}

}  // namespace

Band anchor_band(const std::vector<Anchor>& chain, const DocSides& doc, uint32_t width) {
  const uint32_t n = static_cast<uint32_t>(doc.source.size()), m = static_cast<uint32_t>(doc.target.size());
  Band band;
  band.lo.assign(n + 1, m);
  band.hi.assign(n + 1, 0);
  mark_stretches(band, nullptr, chain, doc, width, false, nullptr);
  return band;
}

bool open_gaps(Band& band, Band* lines, const std::vector<Anchor>& chain, const DocSides& doc, uint32_t width,
               std::vector<uint32_t>* gap_ends) {
  return mark_stretches(band, lines, chain, doc, width, true, gap_ends);
}

}  // namespace songngu
