#include "align/lone_pairs.h"

#include <gtest/gtest.h>

#include <string>

namespace songngu {
namespace {

// Beads from a compact notation: "1-1 1-0 0-1 1-1" in document order.
std::vector<Bead> beads_of(const std::string& shapes) {
  std::vector<Bead> out;
  uint32_t s = 0, t = 0;
  for (size_t k = 0; k + 2 < shapes.size() + 1; k += 4) {
    Bead b;
    b.src_begin = s;
    b.src_count = static_cast<uint32_t>(shapes[k] - '0');
    b.tgt_begin = t;
    b.tgt_count = static_cast<uint32_t>(shapes[k + 2] - '0');
    b.cost = 1;
    b.confidence = 0.99f;
    s += b.src_count;
    t += b.tgt_count;
    out.push_back(b);
  }
  return out;
}

std::string shapes_of(const std::vector<Bead>& beads) {
  std::string out;
  for (const auto& b : beads) out += (out.empty() ? "" : " ") + b.type();
  return out;
}

TEST(LonePairs, JoinsOneSegmentOfEachSideBetweenOneToOneBeads) {
  auto beads = beads_of("1-1 1-0 0-1 1-1");
  pair_lone_nulls(beads);
  ASSERT_EQ(shapes_of(beads), "1-1 1-1 1-1");
  EXPECT_EQ(beads[1].src_begin, 1u);
  EXPECT_EQ(beads[1].tgt_begin, 1u);
  EXPECT_FLOAT_EQ(beads[1].cost, 2);
  EXPECT_FLOAT_EQ(beads[1].confidence, kLonePairConfidence);
  EXPECT_EQ(beads[2].src_begin, 2u);
  EXPECT_EQ(beads[2].tgt_begin, 2u);
}

TEST(LonePairs, EitherOrderAndAtTheDocumentEnds) {
  auto beads = beads_of("0-1 1-0 1-1 1-1 1-0 0-1");
  pair_lone_nulls(beads);
  EXPECT_EQ(shapes_of(beads), "1-1 1-1 1-1 1-1");
  auto alone = beads_of("1-0 0-1");
  pair_lone_nulls(alone);
  EXPECT_EQ(shapes_of(alone), "1-1");
}

TEST(LonePairs, RunsWithAsManySegmentsOfEachSideJoinInOrder) {
  auto beads = beads_of("1-1 1-0 1-0 0-1 0-1 1-1");
  pair_lone_nulls(beads);
  ASSERT_EQ(shapes_of(beads), "1-1 1-1 1-1 1-1");
  EXPECT_EQ(beads[1].src_begin, 1u);
  EXPECT_EQ(beads[1].tgt_begin, 1u);
  EXPECT_EQ(beads[2].src_begin, 2u);
  EXPECT_EQ(beads[2].tgt_begin, 2u);
  EXPECT_FLOAT_EQ(beads[2].confidence, kLonePairConfidence);
  auto mixed = beads_of("0-1 1-0 0-1 1-0 1-1");
  pair_lone_nulls(mixed);
  ASSERT_EQ(shapes_of(mixed), "1-1 1-1 1-1");
  EXPECT_EQ(mixed[1].src_begin, 1u);
  EXPECT_EQ(mixed[1].tgt_begin, 1u);
}

TEST(LonePairs, LeavesLongerGapsAndOtherNeighboursAlone) {
  // Two segments missing on one side and one on the other is a block one side lacks, not loose
  // pairs; next to a 2-1 bead the leftover may belong to it.
  for (const std::string s : {"1-1 1-0 1-0 0-1 1-1", "1-1 0-1 1-0 0-1 1-1", "2-1 1-0 0-1 1-1",
                              "1-1 1-0 0-1 1-2", "1-1 1-0 1-1 0-1 1-1"}) {
    auto beads = beads_of(s);
    pair_lone_nulls(beads);
    EXPECT_EQ(shapes_of(beads), s);
  }
}

// A block one side lacks, as long as a missing tail of a long document: left as it is (the run is
// passed on whole, in one step: read from each of its beads, a long gap took quadratic time).
TEST(LonePairs, ALongOneSidedRunIsLeftAsItIs) {
  std::string shapes = "1-1";
  for (int i = 0; i < 200000; ++i) shapes += " 1-0";
  shapes += " 0-1 1-1";
  auto beads = beads_of(shapes);
  const auto before = beads;
  pair_lone_nulls(beads);
  ASSERT_EQ(beads.size(), before.size());
  EXPECT_EQ(beads[200001].src_begin, before[200001].src_begin);
  EXPECT_EQ(beads[200001].tgt_count, 1u);
  EXPECT_EQ(shapes_of(beads).size(), shapes.size());
}

}  // namespace
}  // namespace songngu
