#include "check/check.h"

#include <gtest/gtest.h>

#include "glossary/glossary_io.h"

namespace songngu {
namespace {

Glossary test_glossary() {
  return read_glossary(std::string(SONGNGU_TEST_DATA_DIR) + "/check/glossary.csv");
}

TranslationUnit unit(const std::string& id, const std::string& vi, const std::string& lang,
                     const std::string& target) {
  TranslationUnit u;
  u.tuid = id;
  Variant s, t;
  s.lang = "vi";
  s.text = vi;
  t.lang = lang;
  t.text = target;
  u.variants = {s, t};
  return u;
}

std::vector<Finding> run(const std::vector<TranslationUnit>& units, const std::string& lang = "en",
                         bool notes = false) {
  CheckOptions o;
  o.file = "f";
  o.target_lang = lang;
  o.notes = notes;
  return check_units(units, test_glossary(), o);
}

TEST(Check, MissingApprovedTranslation) {
  auto f = run({unit("1", "Quan hệ Đối tác chiến lược toàn diện.", "en", "An all-out partnership.")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, FindingRule::kMissingTranslation);
  EXPECT_EQ(f[0].expected, "Comprehensive Strategic Partnership");
  EXPECT_EQ(f[0].found, "");
  EXPECT_TRUE(counts_as_finding(f[0]));
}

TEST(Check, SourceMatchingIgnoresCaseFormAndToneMarkPlacement) {
  // "hoà" (new placement) and NFD must still find the glossary's "hòa bình".
  auto f = run({unit("1",
                     "Vì ho\xCC\x80"
                     "a bình.",
                     "en", "For stability."),  // NFD hoà
                unit("2", "VÌ HOÀ BÌNH.", "en", "For stability.")});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].source_term, "hòa bình");
}

TEST(Check, SourceMatchesOnlyWholeSyllables) {
  EXPECT_TRUE(run({unit("1", "Hòa bìnhh là tên riêng.", "en", "A name.")}).empty());
}

TEST(Check, TargetToleratesInflectionAndParticles) {
  EXPECT_TRUE(
      run({unit("1", "Đối tác chiến lược toàn diện", "en", "comprehensive strategic partnerships")}).empty());
  EXPECT_TRUE(
      run({unit("1", "Đối tác chiến lược toàn diện", "ko", "포괄적 전략적 동반자관계를 맺었다")}, "ko")
          .empty());
  EXPECT_TRUE(run({unit("1", "Bộ Ngoại giao", "ko", "외교부에서는")}, "ko").empty());
  EXPECT_TRUE(run({unit("1", "Hội nghị cấp Bộ trưởng", "ko", "장관급 회의")}, "ko").empty());  // compound
  EXPECT_EQ(run({unit("1", "Hội nghị cấp Bộ trưởng", "ko", "차관급 회의")}, "ko").size(), 1u);
  EXPECT_EQ(run({unit("1", "Bộ Ngoại giao", "ko", "외무부는")}, "ko").size(), 1u);
}

TEST(Check, AcceptedVariantsAreNeverInconsistent) {
  auto f = run({unit("1", "Đối tác chiến lược toàn diện", "en", "Comprehensive Strategic Partnership"),
                unit("2", "Đối tác chiến lược toàn diện", "en", "Comprehensive Strategic Partners"),
                unit("3", "Đối tác chiến lược toàn diện", "en", "Comprehensive Strategic Partners")});
  EXPECT_TRUE(f.empty());
}

TEST(Check, InconsistentCandidateRendering) {
  auto f = run({unit("1", "Đối tác chiến lược toàn diện", "en", "Comprehensive Strategic Partnership"),
                unit("2", "Đối tác chiến lược toàn diện", "en", "an all-round strategic partnership"),
                unit("3", "Đối tác chiến lược toàn diện", "en", "Comprehensive Strategic Partnership")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, FindingRule::kInconsistentTranslation);
  EXPECT_EQ(f[0].unit, "2");
  EXPECT_EQ(f[0].other_unit, "1");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
}

TEST(Check, ForbiddenTerm) {
  auto f = run({unit("1", "Tổng Bí thư phát biểu", "en", "The Secretary General spoke")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, FindingRule::kForbiddenTerm);
  EXPECT_EQ(f[0].found, "Secretary General");
  EXPECT_EQ(f[0].expected, "General Secretary");
  // Beside the approved term, the forbidden one translates something else.
  EXPECT_TRUE(
      run({unit("1", "Tổng Bí thư và Tổng Thư ký", "en", "The General Secretary and the Secretary General")})
          .empty());
}

TEST(Check, NestedTermIsCoveredByTheLongerOne) {
  // "Bộ trưởng" inside "Bộ trưởng Ngoại giao" does not ask for "Minister"/"장관" separately.
  EXPECT_TRUE(run({unit("1", "Bộ trưởng Ngoại giao phát biểu", "ko", "외교장관이 연설했다")}, "ko").empty());
  auto f = run({unit("1", "Bộ trưởng Ngoại giao phát biểu", "ko", "외무상이 연설했다")}, "ko");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected, "외교부 장관");
}

TEST(Check, NumbersCompareByValue) {
  EXPECT_TRUE(run({unit("1", "Có 4.400 dự án.", "en", "There are 4,400 projects.")}).empty());
  EXPECT_TRUE(run({unit("1", "Đạt 150 tỷ USD.", "ko", "1,500억 달러에 달했다.")}, "ko").empty());
  auto f = run({unit("1", "Có 4.400 dự án.", "en", "There are 4,500 projects.")});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, FindingRule::kNumberMismatch);
  EXPECT_EQ(f[0].expected, "4400");
  EXPECT_EQ(f[0].found, "4500");
}

TEST(Check, CandidatesAreOnlyNotes) {
  std::vector<TranslationUnit> units = {unit("1", "Kim ngạch thương mại tăng", "en", "Trade grew")};
  EXPECT_TRUE(run(units).empty());
  auto f = run(units, "en", true);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, FindingRule::kCandidateNote);
  EXPECT_FALSE(counts_as_finding(f[0]));
}

TEST(Check, UnitsWithoutTheTargetLanguageAreSkipped) {
  EXPECT_TRUE(run({unit("1", "Đối tác chiến lược toàn diện", "ko", "없음")}, "en").empty());
  // An empty side is a 1-0 bead of an aligned TSV: nothing to check.
  EXPECT_TRUE(run({unit("1", "Đối tác chiến lược toàn diện 2025", "en", " ")}).empty());
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

// 4 frames x 6 phrases; "hòa bình" (glossary: "peace") is written "tranquillity" in the units of
// the first phrase. The word alignment of the checked units points at it.
std::vector<TranslationUnit> synonym_units() {
  const std::vector<std::pair<std::string, std::string>> frames = {
      {"Hai bên thúc đẩy {}.", "The two sides promote {}."},
      {"Chính phủ ủng hộ {}.", "The government supports {}."},
      {"Người dân quan tâm đến {}.", "People care about {}."},
      {"Báo chí đưa tin về {}.", "The press reports on {}."}};
  const std::vector<std::pair<std::string, std::string>> phrases = {
      {"hòa bình", "tranquillity"},
      {"đầu tư nước ngoài", "foreign investment"},
      {"hòa bình khu vực", "regional peace"},
      {"phát triển kinh tế", "economic development"},
      {"giao lưu văn hóa", "cultural exchanges"},
      {"hòa bình thế giới", "world peace"}};
  auto fill = [](std::string frame, const std::string& phrase) {
    return frame.replace(frame.find("{}"), 2, phrase);
  };
  std::vector<TranslationUnit> units;
  for (const auto& [fv, fe] : frames)
    for (const auto& [pv, pe] : phrases)
      units.push_back(unit(std::to_string(units.size() + 1), fill(fv, pv), "en", fill(fe, pe)));
  return units;
}

TEST(Check, FindingsPointAtTheTargetWordsThatRenderTheTerm) {
  const std::vector<TranslationUnit> units = synonym_units();
  auto findings = run(units);
  int pointed = 0;
  for (const Finding& f : findings) {
    ASSERT_EQ(f.rule, FindingRule::kMissingTranslation) << f.unit;
    EXPECT_TRUE(f.rendering_known);
    EXPECT_EQ(f.rendered_by, "tranquillity") << f.unit;
    const TranslationUnit& u = units[std::stoul(f.unit) - 1];
    EXPECT_EQ(u.variants[1].text.substr(f.rendered_begin, f.rendered_end - f.rendered_begin), "tranquillity");
    ++pointed;
  }
  EXPECT_EQ(pointed, 4);
}

TEST(Check, SaysWhenNoTargetWordRendersTheTerm) {
  std::vector<TranslationUnit> units = synonym_units();
  units.push_back(unit("omitted", "Hai bên thúc đẩy hòa bình.", "en", "The two sides promote."));
  auto findings = run(units);
  ASSERT_FALSE(findings.empty());
  const Finding& last = findings.back();
  EXPECT_EQ(last.unit, "omitted");
  EXPECT_TRUE(last.rendering_known);
  EXPECT_EQ(last.rendered_by, "");
}

}  // namespace
}  // namespace songngu
