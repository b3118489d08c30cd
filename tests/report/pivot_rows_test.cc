#include "report/pivot_rows.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

Bead bead(uint32_t sb, uint32_t sc, uint32_t tb, uint32_t tc) {
  Bead b;
  b.src_begin = sb;
  b.src_count = sc;
  b.tgt_begin = tb;
  b.tgt_count = tc;
  return b;
}

TEST(PivotRows, IdenticalGroupingGivesOneRowPerBead) {
  Alignment en{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 2)}};
  Alignment ko{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1)}};
  auto rows = pivot_rows({&en, &ko});
  ASSERT_EQ(rows.size(), 3u);
  for (size_t r = 0; r < 3; ++r) {
    EXPECT_EQ(rows[r].src_begin, r);
    EXPECT_EQ(rows[r].src_count, 1u);
    EXPECT_EQ(rows[r].beads[0], std::vector<size_t>{r});
    EXPECT_EQ(rows[r].beads[1], std::vector<size_t>{r});
  }
}

TEST(PivotRows, MergesWhereTheTranslationsGroupDifferently) {
  // vi-en joins Vietnamese 0 and 1; vi-ko keeps them apart; both agree again from 2 on.
  Alignment en{{bead(0, 2, 0, 1), bead(2, 1, 1, 1)}};
  Alignment ko{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1)}};
  auto rows = pivot_rows({&en, &ko});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].src_begin, 0u);
  EXPECT_EQ(rows[0].src_count, 2u);
  EXPECT_EQ(rows[0].beads[0], std::vector<size_t>{0});
  EXPECT_EQ(rows[0].beads[1], (std::vector<size_t>{0, 1}));
  EXPECT_EQ(rows[1].src_begin, 2u);
  EXPECT_EQ(rows[1].beads[1], std::vector<size_t>{2});
}

TEST(PivotRows, ChainedOverlapsGrowOneRow) {
  // en: [0,1] [2,3]; ko: [0] [1,2] [3] -> everything is one group.
  Alignment en{{bead(0, 2, 0, 1), bead(2, 2, 1, 1)}};
  Alignment ko{{bead(0, 1, 0, 1), bead(1, 2, 1, 1), bead(3, 1, 2, 1)}};
  auto rows = pivot_rows({&en, &ko});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].src_count, 4u);
  EXPECT_EQ(rows[0].beads[0].size(), 2u);
  EXPECT_EQ(rows[0].beads[1].size(), 3u);
}

TEST(PivotRows, TargetOnlyBeadGetsItsOwnRowAndEveryBeadIsPlacedOnce) {
  Alignment en{{bead(0, 1, 0, 1), bead(1, 0, 1, 1), bead(1, 1, 2, 1), bead(2, 1, 3, 0)}};
  Alignment ko{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1)}};
  auto rows = pivot_rows({&en, &ko});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].src_count, 0u);
  EXPECT_EQ(rows[1].beads[0], std::vector<size_t>{1});
  EXPECT_TRUE(rows[1].beads[1].empty());
  std::vector<int> seen_en(4), seen_ko(3);
  for (const auto& row : rows) {
    for (size_t b : row.beads[0]) ++seen_en[b];
    for (size_t b : row.beads[1]) ++seen_ko[b];
  }
  EXPECT_EQ(seen_en, (std::vector<int>{1, 1, 1, 1}));
  EXPECT_EQ(seen_ko, (std::vector<int>{1, 1, 1}));
}

TEST(PivotRows, MissingTranslationLeavesItsColumnEmpty) {
  Alignment ko{{bead(0, 1, 0, 1), bead(1, 2, 1, 1)}};
  auto rows = pivot_rows({nullptr, &ko});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].beads[0].empty());
  EXPECT_EQ(rows[1].src_count, 2u);
  EXPECT_TRUE(pivot_rows({nullptr, nullptr}).empty());
}

}  // namespace
}  // namespace songngu
