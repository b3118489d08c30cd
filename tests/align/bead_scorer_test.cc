#include "align/bead_scorer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace songngu {
namespace {

// A band need not be monotone for the scorer (around a block one side lacks, the lexical passes
// score only the two lines through it): every bead whose cells the band holds scores as with the
// whole document prepared, every other bead with both sides is refused.
TEST(BeadScorer, ANonMonotoneBandScoresItsCellsAsTheFullBandDoes) {
  constexpr TokenId kVocabulary = 12;
  DocSides doc;
  for (uint32_t u = 0; u < 9; ++u) {
    const std::vector<TokenId> src{static_cast<TokenId>(1 + u % 5), static_cast<TokenId>(1 + (u * 3) % 5)};
    const std::vector<TokenId> tgt{static_cast<TokenId>(6 + u % 5), static_cast<TokenId>(6 + (u + 2) % 5),
                                   11};
    doc.source.add(src, 8 + u, false);
    doc.target.add(tgt, 9 + 2 * u, false);
  }
  SeedLinks seeds;
  for (TokenId s = 1; s <= 5; ++s) {
    seeds.forward.mutable_row(s).emplace_back(static_cast<TokenId>(s + 5), 0.8f);
    seeds.backward.mutable_row(static_cast<TokenId>(s + 5)).emplace_back(s, 0.8f);
  }
  PassModel model;
  model.shapes = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}};
  model.log_prior.assign(model.shapes.size(), -1.0);
  model.mode = LexMode::kSeeds;
  model.seeds = &seeds;
  model.bg_source.assign(kVocabulary, 0.05f);
  model.bg_target.assign(kVocabulary, 0.05f);
  model.known_source.assign(kVocabulary, 0);
  model.known_target.assign(kVocabulary, 0);

  const uint32_t n = 9, m = 9;
  Band full{std::vector<uint32_t>(n + 1, 0), std::vector<uint32_t>(n + 1, m)};
  Band zigzag;  // rows jump back and forth: not monotone
  for (uint32_t i = 0; i <= n; ++i) {
    zigzag.lo.push_back((i * 5) % 7);
    zigzag.hi.push_back(std::min(m, (i * 5) % 7 + 2));
  }
  BeadScorer whole(doc, model), part(doc, model);
  whole.prepare(full);
  part.prepare(zigzag);
  auto held = [&](uint32_t i, uint32_t j) { return j >= zigzag.lo[i] && j <= std::min(zigzag.hi[i], m - 1); };
  size_t scored = 0, refused = 0;
  for (const auto& sh : model.shapes) {
    if (sh.src == 0 || sh.tgt == 0) continue;
    for (uint32_t i = 0; i + sh.src <= n; ++i)
      for (uint32_t j = 0; j + sh.tgt <= m; ++j) {
        bool covered = true;
        for (uint32_t f = 0; f < sh.src; ++f)
          covered = covered && held(i + f, j) && held(i + f, j + sh.tgt - 1);
        const double expected = whole(i, sh.src, j, sh.tgt);
        ASSERT_TRUE(std::isfinite(expected));
        if (covered) {
          EXPECT_DOUBLE_EQ(part(i, sh.src, j, sh.tgt), expected) << i << " " << j;
          ++scored;
        } else {
          EXPECT_EQ(part(i, sh.src, j, sh.tgt), -INFINITY) << i << " " << j;
          ++refused;
        }
      }
  }
  EXPECT_GT(scored, 20u);
  EXPECT_GT(refused, 100u);
}

}  // namespace
}  // namespace songngu
