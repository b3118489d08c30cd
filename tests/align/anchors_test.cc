#include "align/anchors.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace songngu {
namespace {

// A side whose segment u holds the tokens of `segments[u]` (ids; 1 and up).
Units units_of(const std::vector<std::vector<TokenId>>& segments) {
  Units u;
  for (const auto& s : segments) u.add(s, static_cast<uint32_t>(10 * s.size()), false);
  return u;
}

// Segments of common tokens (ids 1-3, everywhere) with one rare token each where `rare` says.
std::vector<std::vector<TokenId>> side(size_t count, const std::vector<std::pair<size_t, TokenId>>& rare) {
  std::vector<std::vector<TokenId>> out(count, std::vector<TokenId>{1, 2, 3});
  for (auto [at, token] : rare) out[at].push_back(token);
  return out;
}

TEST(Anchors, ChainFollowsSharedRareTokensAcrossAGap) {
  // Target segments 20-39 have no source: source k pairs with target k (k < 20) or k + 20.
  std::vector<std::pair<size_t, TokenId>> src_rare, tgt_rare;
  for (size_t k = 0; k < 60; k += 3) {
    src_rare.emplace_back(k, static_cast<TokenId>(100 + k));
    tgt_rare.emplace_back(k < 20 ? k : k + 20, static_cast<TokenId>(100 + k));
  }
  DocSides doc;
  doc.source = units_of(side(60, src_rare));
  doc.target = units_of(side(80, tgt_rare));
  const auto chain = anchor_chain(doc, nullptr);
  ASSERT_EQ(chain.size(), 20u);
  for (const auto& a : chain) EXPECT_EQ(a.target, a.source < 20 ? a.source : a.source + 20) << a.source;
  // The band holds the whole gap: every target position between the anchors around it.
  const Band band = anchor_band(chain, doc, 2);
  EXPECT_LE(band.lo[19], 19u);
  EXPECT_GE(band.hi[19], 41u);
  EXPECT_EQ(band.lo[0], 0u);
  EXPECT_EQ(band.hi[60], 80u);
  for (uint32_t i = 1; i <= 60; ++i) EXPECT_LE(band.lo[i - 1], band.lo[i]);
}

TEST(Anchors, AGapStretchIsScoredOnlyAlongItsTwoLines) {
  // The translation lacks source 100-249; anchors only before source 40 and from 291 on, so one
  // stretch, (40, 40) to (291, 141), holds 101 translated segments and the 150 missing ones.
  std::vector<std::pair<size_t, TokenId>> src_rare, tgt_rare;
  for (size_t k = 0; k < 300; k += 3) {
    if (k >= 40 && k < 291) continue;
    src_rare.emplace_back(k, static_cast<TokenId>(100 + k));
    tgt_rare.emplace_back(k < 100 ? k : k - 150, static_cast<TokenId>(100 + k));
  }
  DocSides doc;
  doc.source = units_of(side(300, src_rare));
  doc.target = units_of(side(150, tgt_rare));
  const auto chain = anchor_chain(doc, nullptr);
  // The true path: 1-1 up to source 99, one-sided beads over the block, 1-1 after it.
  std::vector<Bead> path;
  for (uint32_t k = 0; k < 300; ++k) {
    const bool missing = k >= 100 && k < 250;
    Bead b;
    b.src_begin = k, b.src_count = 1;
    b.tgt_begin = missing ? 100 : (k < 100 ? k : k - 150), b.tgt_count = missing ? 0 : 1;
    path.push_back(b);
  }
  Band band = band_around(path, 300, 150, 4);
  Band lines = band;
  ASSERT_TRUE(open_gaps(band, &lines, chain, doc, 4));
  // The whole stretch is in the band; inside it, the lines: from (40, 40) along the length ratio,
  // and into (291, 141), with the last path's band. Outside the stretch, lines and band agree.
  EXPECT_LE(band.lo[160], 40u);
  EXPECT_GE(band.hi[160], 141u);
  EXPECT_GT(lines.lo[160], band.lo[160]);  // between the lines: the last path's band only
  EXPECT_LT(lines.hi[160], band.hi[160]);
  EXPECT_LE(lines.lo[70], 70u);  // on the first line
  EXPECT_GE(lines.hi[70], 70u);
  EXPECT_LT(lines.hi[70], band.hi[70]);
  EXPECT_LE(lines.lo[270], 120u);  // on the second line: source 270 is target 120
  EXPECT_GE(lines.hi[270], 120u);
  EXPECT_GT(lines.lo[270], band.lo[270]);
  for (uint32_t i : {0u, 10u, 30u, 295u, 300u}) {
    EXPECT_EQ(lines.lo[i], band.lo[i]) << i;
    EXPECT_EQ(lines.hi[i], band.hi[i]) << i;
  }
  // A document without such a stretch opens nothing.
  DocSides even;
  even.source = units_of(side(60, {{0, 100}, {30, 101}, {59, 102}}));
  even.target = units_of(side(60, {{0, 100}, {30, 101}, {59, 102}}));
  Band plain = diagonal_band(60, 60, 4), plain_lines = plain;
  EXPECT_FALSE(open_gaps(plain, &plain_lines, anchor_chain(even, nullptr), even, 4));
}

TEST(Anchors, ARepeatedTokenFarFromThePathIsDropped) {
  // Source 30 shares a rare token with target 5 only (a repeated phrase): an excursion between
  // anchors that agree with each other.
  std::vector<std::pair<size_t, TokenId>> src_rare, tgt_rare;
  for (size_t k = 0; k < 60; k += 4) {
    src_rare.emplace_back(k, static_cast<TokenId>(100 + k));
    tgt_rare.emplace_back(k, static_cast<TokenId>(100 + k));
  }
  src_rare.emplace_back(30, 999);
  tgt_rare.emplace_back(5, 999);
  DocSides doc;
  doc.source = units_of(side(60, src_rare));
  doc.target = units_of(side(60, tgt_rare));
  for (const auto& a : anchor_chain(doc, nullptr)) EXPECT_EQ(a.source, a.target);
}

// A block of `block` segments whose segment u holds the common tokens and token 1000 + u, `copies`
// times over except the copies in `missing`: the text repeats, so no token is rare.
std::vector<std::vector<TokenId>> repeated(size_t block, size_t copies, const std::vector<size_t>& missing) {
  std::vector<std::vector<TokenId>> out;
  for (size_t c = 0; c < copies; ++c)
    if (std::find(missing.begin(), missing.end(), c) == missing.end())
      for (size_t u = 0; u < block; ++u) out.push_back({1, 2, 3, static_cast<TokenId>(1000 + u)});
  return out;
}

TEST(Anchors, RepeatedTextIsAnchoredByTokensSpreadOutOnBothSides) {
  // Twelve copies of a 300-segment block; the translation lacks three copies in the middle. Which
  // three the text cannot tell, but every anchor must pair a segment with its own translation (the
  // same place in a copy), and nearly every translated segment must be anchored.
  DocSides doc;
  doc.source = units_of(repeated(300, 12, {}));
  doc.target = units_of(repeated(300, 12, {5, 6, 7}));
  const auto chain = anchor_chain(doc, nullptr);
  EXPECT_GE(chain.size(), 2600u);
  for (const auto& a : chain) EXPECT_EQ(a.source % 300, a.target % 300) << a.source << " " << a.target;
  // A token repeated closer together than a chapter's length is not spread out: no anchors.
  doc.source = units_of(repeated(100, 36, {}));
  doc.target = units_of(repeated(100, 36, {15, 16, 17}));
  EXPECT_TRUE(anchor_chain(doc, nullptr).empty());
}

TEST(Anchors, BetweenAnchorsFarApartOnBothSidesTheBandFollowsTheLine) {
  // Anchors every 60 segments of a one-to-one document: a whole 60 x 60 rectangle between two of
  // them would score 60 cells a row where a band of width 4 along the line scores 9.
  std::vector<std::pair<size_t, TokenId>> rare;
  for (size_t k = 0; k < 600; k += 60) rare.emplace_back(k, static_cast<TokenId>(100 + k));
  DocSides doc;
  doc.source = units_of(side(600, rare));
  doc.target = units_of(side(600, rare));
  const auto chain = anchor_chain(doc, nullptr);
  ASSERT_EQ(chain.size(), 10u);
  const Band band = anchor_band(chain, doc, 4);
  for (uint32_t i : {30u, 90u, 330u}) {
    EXPECT_LE(band.lo[i], i) << i;
    EXPECT_GE(band.hi[i], i) << i;
    EXPECT_LE(band.hi[i] - band.lo[i], 9u) << i;
  }
}

TEST(Anchors, CommonTokensMakeNoAnchors) {
  DocSides doc;
  doc.source = units_of(side(50, {}));
  doc.target = units_of(side(50, {}));
  EXPECT_TRUE(anchor_chain(doc, nullptr).empty());
  // Without anchors the band follows the diagonal of the whole document.
  const Band band = anchor_band({}, doc, 4);
  EXPECT_LE(band.lo[25], 25u);
  EXPECT_GE(band.hi[25], 25u);
  EXPECT_EQ(band.lo[0], 0u);
  EXPECT_EQ(band.hi[50], 50u);
}

}  // namespace
}  // namespace songngu
