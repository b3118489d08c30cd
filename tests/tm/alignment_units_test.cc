#include "tm/alignment_units.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

Document doc(const std::string& lang, const std::string& path, std::vector<std::string> sentences,
             std::vector<size_t> paragraphs = {}) {
  Document d;
  d.lang = Lang(lang);
  d.path = path;
  for (size_t i = 0; i < sentences.size(); ++i) {
    Segment s;
    s.text = sentences[i];
    s.paragraph = i < paragraphs.size() ? paragraphs[i] : 0;
    d.segments.push_back(s);
  }
  return d;
}

Bead bead(uint32_t sb, uint32_t sc, uint32_t tb, uint32_t tc, float confidence = 0.9f) {
  Bead b;
  b.src_begin = sb;
  b.src_count = sc;
  b.tgt_begin = tb;
  b.tgt_count = tc;
  b.confidence = confidence;
  return b;
}

UnitOptions options(double min_confidence = 0) {
  UnitOptions o;
  o.min_confidence = min_confidence;
  o.creationdate = "20250102T030405Z";
  return o;
}

std::string text(const TranslationUnit& u, const std::string& lang) {
  const Variant* v = u.variant(lang);
  return v ? v->text : "<none>";
}

TEST(AlignmentUnits, OneUnitPerBeadWithBothSides) {
  Document vi = doc("vi", "corpus/vi/001.txt", {"Một.", "Hai.", "Ba.", "Bốn."}, {0, 0, 1, 1});
  Document en = doc("en", "corpus/en/001.txt", {"One.", "Two", "too.", "Extra.", "Four."});
  Alignment a{
      {bead(0, 1, 0, 1, 0.973f), bead(1, 1, 1, 2), bead(2, 1, 3, 0), bead(3, 0, 3, 1), bead(3, 1, 4, 1)}};
  auto units = units_from_alignments({{&vi, &en, &a}}, options());
  ASSERT_EQ(units.size(), 3u);  // the 1-0 and 0-1 beads are not units
  EXPECT_EQ(text(units[0], "vi"), "Một.");
  EXPECT_EQ(text(units[1], "en"), "Two too.");  // joined with one space
  EXPECT_EQ(text(units[2], "vi"), "Bốn.");
  EXPECT_EQ(units[0].tuid, "001-1");
  EXPECT_EQ(units[2].tuid, "001-3");
  EXPECT_EQ(units[0].creationdate, "20250102T030405Z");
  EXPECT_EQ(*units[0].prop("x-document"), "001.txt");
  EXPECT_EQ(*units[0].prop("x-confidence"), "0.973");
  EXPECT_EQ(*units[1].prop("x-bead"), "1-2");
  EXPECT_EQ(*units[2].prop("x-paragraph"), "2");
  EXPECT_EQ(units[0].variants[0].lang, "vi");
  EXPECT_EQ(units[0].variants[1].lang, "en");
}

TEST(AlignmentUnits, NoEmptySegmentAndMinConfidence) {
  Document vi = doc("vi", "a.txt", {"Một.", "  ", "Ba."});
  Document en = doc("en", "a.txt", {"One.", "Two.", "Three."});
  Alignment a{{bead(0, 1, 0, 1, 0.95f), bead(1, 1, 1, 1), bead(2, 1, 2, 1, 0.4f)}};
  auto units = units_from_alignments({{&vi, &en, &a}}, options());
  EXPECT_EQ(units.size(), 2u);  // the blank source sentence gives no unit
  units = units_from_alignments({{&vi, &en, &a}}, options(0.5));
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(text(units[0], "en"), "One.");
}

TEST(AlignmentUnits, LanguageTagsMustAgreeInForm) {
  Document vi = doc("vi-VN", "a.txt", {"Một."});
  Document en = doc("en", "a.txt", {"One."});
  Document en_us = doc("en-US", "a.txt", {"One."});
  Alignment a{{bead(0, 1, 0, 1)}};
  EXPECT_THROW(units_from_alignments({{&vi, &en, &a}}, options()), Error);
  auto units = units_from_alignments({{&vi, &en_us, &a}}, options());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].variants[0].lang, "vi-VN");
  EXPECT_EQ(units[0].variants[1].lang, "en-US");
}

// for_each_unit hands over, one at a time and in order, exactly the units units_from_alignments
// returns (the CLI streams them into the TMX writer).
TEST(AlignmentUnits, StreamedUnitsEqualTheCollectedOnes) {
  Document vi = doc("vi", "d.txt", {"V0.", "V1.", "V2.", "V3."});
  Document en = doc("en", "d.txt", {"E0.", "E1.", "E2."});
  Document ko = doc("ko", "d.txt", {"K0.", "K1.", "K2.", "K3."});
  Alignment ae{{bead(0, 1, 0, 1), bead(1, 2, 1, 1, 0.5f), bead(3, 1, 2, 1)}};
  Alignment ak{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1), bead(3, 1, 3, 1)}};
  const std::vector<AlignedPair> pairs{{&vi, &en, &ae}, {&vi, &ko, &ak}};
  auto collected = units_from_alignments(pairs, options());
  std::vector<std::string> streamed;
  for_each_unit(pairs, options(), [&](TranslationUnit&& u) {
    streamed.push_back(u.tuid + " " + text(u, "vi") + " " + text(u, "en") + " " + text(u, "ko") + " " +
                       *u.prop("x-bead"));
  });
  ASSERT_EQ(streamed.size(), collected.size());
  ASSERT_GE(streamed.size(), 3u);
  for (size_t k = 0; k < collected.size(); ++k) {
    const auto& u = collected[k];
    EXPECT_EQ(streamed[k], u.tuid + " " + text(u, "vi") + " " + text(u, "en") + " " + text(u, "ko") + " " +
                               *u.prop("x-bead"));
  }
}

TEST(AlignmentUnits, TrilingualSameRangesGiveOneUnit) {
  Document vi = doc("vi", "s.txt", {"V0.", "V1."});
  Document en = doc("en", "s.txt", {"E0.", "E1."});
  Document ko = doc("ko", "s.txt", {"K0.", "K1."});
  Alignment ae{{bead(0, 1, 0, 1, 0.9f), bead(1, 1, 1, 1)}};
  Alignment ak{{bead(0, 1, 0, 1, 0.8f), bead(1, 1, 1, 1)}};
  auto units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options());
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].variants.size(), 3u);
  EXPECT_EQ(text(units[0], "en"), "E0.");
  EXPECT_EQ(text(units[0], "ko"), "K0.");
  EXPECT_EQ(*units[0].prop("x-bead"), "1-1-1");
  EXPECT_EQ(*units[0].prop("x-confidence"), "0.800");  // the lower of the two
}

TEST(AlignmentUnits, TrilingualOverlappingBeadsMergeIntoSmallestCommonRange) {
  // en: 1-1, 1-1, 1-1; ko: 2-1 over V0 V1, then 1-1. Common ranges: [V0 V1], [V2].
  Document vi = doc("vi", "s.txt", {"V0.", "V1.", "V2."});
  Document en = doc("en", "s.txt", {"E0.", "E1.", "E2."});
  Document ko = doc("ko", "s.txt", {"K01.", "K2."});
  Alignment ae{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1)}};
  Alignment ak{{bead(0, 2, 0, 1), bead(2, 1, 1, 1)}};
  auto units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options());
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(text(units[0], "vi"), "V0. V1.");
  EXPECT_EQ(text(units[0], "en"), "E0. E1.");
  EXPECT_EQ(text(units[0], "ko"), "K01.");
  EXPECT_EQ(*units[0].prop("x-bead"), "2-2-1");
  EXPECT_EQ(text(units[1], "ko"), "K2.");

  // Staggered beads chain: en [V0 V1][V2 V3], ko [V0][V1 V2][V3] -> one range V0..V3.
  Document vi4 = doc("vi", "t.txt", {"V0.", "V1.", "V2.", "V3."});
  Document en2 = doc("en", "t.txt", {"E01.", "E23."});
  Document ko3 = doc("ko", "t.txt", {"K0.", "K12.", "K3."});
  Alignment be{{bead(0, 2, 0, 1), bead(2, 2, 1, 1)}};
  Alignment bk{{bead(0, 1, 0, 1), bead(1, 2, 1, 1), bead(3, 1, 2, 1)}};
  units = units_from_alignments({{&vi4, &en2, &be}, {&vi4, &ko3, &bk}}, options());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(text(units[0], "vi"), "V0. V1. V2. V3.");
  EXPECT_EQ(text(units[0], "en"), "E01. E23.");
  EXPECT_EQ(text(units[0], "ko"), "K0. K12. K3.");
  EXPECT_EQ(*units[0].prop("x-bead"), "4-2-3");
}

TEST(AlignmentUnits, UnitsKnowTheBeadsTheyCameFrom) {
  // Bilingual: bead index in the pair's alignment, skipping the beads that make no unit.
  Document vi = doc("vi", "a.txt", {"Một.", "Hai.", "Ba."});
  Document en = doc("en", "a.txt", {"One.", "Three."});
  Alignment a{{bead(0, 1, 0, 1), bead(1, 1, 1, 0), bead(2, 1, 1, 1)}};
  auto units = units_from_alignments({{&vi, &en, &a}}, options());
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].beads, (std::vector<BeadRef>{{0, 0}}));
  EXPECT_EQ(units[1].beads, (std::vector<BeadRef>{{0, 2}})) << "the 1-0 bead 1 made no unit";

  // Pivot of two pairs (en 1-1 + 1-1, ko 2-1 over both): one unit holding three beads of two pairs,
  // pair indexes as given; a second document's pairs keep their own indexes.
  Document vi2 = doc("vi", "s.txt", {"V0.", "V1."});
  Document en2 = doc("en", "s.txt", {"E0.", "E1."});
  Document ko2 = doc("ko", "s.txt", {"K01."});
  Alignment ae{{bead(0, 1, 0, 1), bead(1, 1, 1, 1)}};
  Alignment ak{{bead(0, 2, 0, 1)}};
  units = units_from_alignments({{&vi, &en, &a}, {&vi2, &en2, &ae}, {&vi2, &ko2, &ak}}, options());
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[1].beads, (std::vector<BeadRef>{{0, 2}}));
  EXPECT_EQ(units[2].beads, (std::vector<BeadRef>{{1, 0}, {1, 1}, {2, 0}}));
}

TEST(AlignmentUnits, TrilingualKeepsTheLanguagesItHas) {
  // V1 is untranslated in Korean (1-0), and Korean 2-1 bead covers V2 V3 while English has a 1-0 at V3.
  Document vi = doc("vi", "s.txt", {"V0.", "V1.", "V2.", "V3."});
  Document en = doc("en", "s.txt", {"E0.", "E1.", "E2."});
  Document ko = doc("ko", "s.txt", {"K0.", "K23."});
  Alignment ae{{bead(0, 1, 0, 1), bead(1, 1, 1, 1), bead(2, 1, 2, 1), bead(3, 1, 3, 0)}};
  Alignment ak{{bead(0, 1, 0, 1), bead(1, 1, 1, 0), bead(2, 2, 1, 1)}};
  auto units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options());
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[0].variants.size(), 3u);  // V0: vi en ko
  EXPECT_EQ(text(units[1], "vi"), "V1.");   // V1: vi en only
  EXPECT_EQ(text(units[1], "en"), "E1.");
  EXPECT_EQ(units[1].variant("ko"), nullptr);
  // [V2 V3]: English covers only V2 -> its own vi/en unit; Korean covers it whole -> vi/ko unit.
  EXPECT_EQ(text(units[2], "vi"), "V2.");
  EXPECT_EQ(text(units[2], "en"), "E2.");
  EXPECT_EQ(units[2].variant("ko"), nullptr);
  EXPECT_EQ(text(units[3], "vi"), "V2. V3.");
  EXPECT_EQ(text(units[3], "ko"), "K23.");
  EXPECT_EQ(units[3].variant("en"), nullptr);
  // tuids stay unique within the document.
  EXPECT_EQ(units[3].tuid, "s-4");
}

TEST(AlignmentUnits, TrilingualDoubtfulBeadDropsOnlyThatLanguage) {
  Document vi = doc("vi", "s.txt", {"V0."});
  Document en = doc("en", "s.txt", {"E0."});
  Document ko = doc("ko", "s.txt", {"K0."});
  Alignment ae{{bead(0, 1, 0, 1, 0.9f)}};
  Alignment ak{{bead(0, 1, 0, 1, 0.2f)}};
  auto units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options(0.5));
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].variants.size(), 2u);
  EXPECT_EQ(text(units[0], "en"), "E0.");
}

TEST(AlignmentUnits, TrilingualRangeCoveredByOneTranslationKeepsItsOwnBeads) {
  // Korean 2-1 over V0 V1 is doubtful: English keeps its two 1-1 beads, not a merged 2-2 unit.
  Document vi = doc("vi", "s.txt", {"V0.", "V1."});
  Document en = doc("en", "s.txt", {"E0.", "E1."});
  Document ko = doc("ko", "s.txt", {"K01."});
  Alignment ae{{bead(0, 1, 0, 1, 0.9f), bead(1, 1, 1, 1, 0.9f)}};
  Alignment ak{{bead(0, 2, 0, 1, 0.2f)}};
  auto units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options(0.5));
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(text(units[0], "vi"), "V0.");
  EXPECT_EQ(text(units[0], "en"), "E0.");
  EXPECT_EQ(*units[1].prop("x-bead"), "1-1");
  // Without the confidence threshold the Korean bead counts and the range is merged.
  units = units_from_alignments({{&vi, &en, &ae}, {&vi, &ko, &ak}}, options());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(*units[0].prop("x-bead"), "2-2-1");
}

TEST(AlignmentUnits, SeveralDocumentsKeepPairOrder) {
  Document v1 = doc("vi", "x/b.txt", {"B."}), e1 = doc("en", "y/b.txt", {"Bb."});
  Document v2 = doc("vi", "x/a.txt", {"A."}), e2 = doc("en", "y/a.txt", {"Aa."});
  Alignment a{{bead(0, 1, 0, 1)}};
  auto units = units_from_alignments({{&v1, &e1, &a}, {&v2, &e2, &a}}, options());
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].tuid, "b-1");
  EXPECT_EQ(units[1].tuid, "a-1");
  EXPECT_EQ(*units[1].prop("x-document"), "a.txt");
}

}  // namespace
}  // namespace songngu
