#include "segment/segment_kinds.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

std::vector<SegmentKind> kinds_of(std::vector<std::string> texts, bool last = false,
                                  const char* lang = "vi") {
  std::vector<Segment> segments;
  for (auto& t : texts) segments.push_back(Segment{t, "", SegmentKind::kSentence, 0, {}});
  assign_kinds(segments.begin(), segments.end(), last, KindRules::load(Lang(lang)));
  std::vector<SegmentKind> out;
  for (const auto& s : segments) out.push_back(s.kind);
  return out;
}

using K = SegmentKind;

TEST(SegmentKinds, MetadataHeader) {
  EXPECT_EQ(metadata_header_length("date 2025-10-30 Chủ tịch nước"), 15u);
  EXPECT_EQ(metadata_header_length("date 2025-10-30"), 15u);
  EXPECT_EQ(metadata_header_length("date 2025-10-3 x"), 0u);
  EXPECT_EQ(metadata_header_length("date 2025-10-301"), 0u);
  EXPECT_EQ(metadata_header_length("dated 2025-10-30 x"), 0u);
  EXPECT_EQ(metadata_header_length("Chiều 30/1, date 2025-10-30"), 0u);
}

TEST(SegmentKinds, TitleIsAShortParagraphWithoutFinalPunctuation) {
  EXPECT_EQ(kinds_of({"Phấn đấu kim ngạch thương mại song phương đạt 150 tỷ USD vào năm 2030"}),
            std::vector<K>{K::kHeading});
  EXPECT_EQ(kinds_of({"Xoá nội dung"}), std::vector<K>{K::kHeading});
  EXPECT_EQ(kinds_of({"Chỉ xoá văn bản."}), std::vector<K>{K::kSentence});
  EXPECT_EQ(kinds_of({"nước kia…"}), std::vector<K>{K::kSentence});
  EXPECT_EQ(kinds_of({"Việt Nam – Hàn Quốc:"}), std::vector<K>{K::kSentence});
  EXPECT_EQ(kinds_of({"“Kỳ tích sông Hàn.”"}), std::vector<K>{K::kSentence});
}

TEST(SegmentKinds, KoreanSentenceWithoutFullStopIsNotATitle) {
  EXPECT_EQ(kinds_of({"양국은 협력을 강화하기로 했다"}, false, "ko"), std::vector<K>{K::kSentence});
  EXPECT_EQ(kinds_of({"양국, 2030년까지 교역액 1,500억 달러 목표"}, false, "ko"),
            std::vector<K>{K::kHeading});
}

TEST(SegmentKinds, Captions) {
  EXPECT_EQ(
      kinds_of({"Chủ tịch nước Lương Cường và Tổng thống Lee Jae Myung tại thành phố Gyeongju ngày 30/10.",
                "Ảnh: Báo Nhân dân"}),
      (std::vector<K>{K::kCaption, K::kCaption}));
  EXPECT_EQ(kinds_of({"Tổng Bí thư Tô Lâm và Thủ tướng Singapore Lawrence Wong (Ảnh: Báo Nhân dân)."}),
            std::vector<K>{K::kCaption});
  // Names only, under a photo.
  EXPECT_EQ(kinds_of({"Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung"}),
            std::vector<K>{K::kCaption});
  EXPECT_EQ(kinds_of({"General Secretary To Lam and President of the Republic of Korea Lee Jae Myung"}, false,
                     "en"),
            std::vector<K>{K::kCaption});
  // A title with "và" but mostly lower-case words stays a title.
  EXPECT_EQ(kinds_of({"Hàn Quốc và Việt Nam nâng cấp quan hệ lên tầm cao mới"}), std::vector<K>{K::kHeading});
  EXPECT_EQ(kinds_of({"Chủ tịch nước tại Gyeongju.", "Ảnh: Báo Nhân dân"}, false, "ko"),
            (std::vector<K>{K::kSentence, K::kSentence}));  // markers are per language
}

TEST(SegmentKinds, BylineOnlyAsTheLastParagraph) {
  EXPECT_EQ(kinds_of({"Huyền Lê"}, true), std::vector<K>{K::kByline});
  EXPECT_EQ(kinds_of({"Huyền Lê"}, false), std::vector<K>{K::kHeading});
  EXPECT_EQ(kinds_of({"김민수 기자"}, true, "ko"), std::vector<K>{K::kByline});
  EXPECT_EQ(kinds_of({"By Jane Doe"}, true, "en"), std::vector<K>{K::kByline});
  EXPECT_EQ(kinds_of({"Đối tượng"}, true), std::vector<K>{K::kHeading});
}

TEST(SegmentKinds, ListItems) {
  EXPECT_EQ(kinds_of({"1.Hai bên nhất trí.", "Hai bên đạt nhận thức chung."}),
            (std::vector<K>{K::kListItem, K::kSentence}));
  EXPECT_EQ(kinds_of({"2. Hai bên nhấn mạnh.", "Ngoài ra, hai bên nhất trí.", "3. Hai bên nhất trí."}),
            (std::vector<K>{K::kListItem, K::kSentence, K::kListItem}));
  EXPECT_EQ(kinds_of({"2027. Hai bên."}), std::vector<K>{K::kSentence});
  EXPECT_EQ(kinds_of({"- Hai bên nhất trí."}), std::vector<K>{K::kListItem});
}

TEST(SegmentKinds, MetadataSegmentIsLeftAlone) {
  std::vector<Segment> segments = {
      Segment{"date 2026-01-30", "", K::kMetadata, 0, {}},
      Segment{"Chiều 30/1, Tổng Bí thư Tô Lâm đã điện đàm.", "", K::kSentence, 0, {}}};
  assign_kinds(segments.begin(), segments.end(), false, KindRules::load(Lang("vi")));
  EXPECT_EQ(segments[0].kind, K::kMetadata);
  EXPECT_EQ(segments[1].kind, K::kSentence);
}

}  // namespace
}  // namespace songngu
