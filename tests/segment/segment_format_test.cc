#include "segment/segment_format.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace songngu {
namespace {

Document sample() {
  Document doc;
  doc.path = "a \"b\".txt";
  doc.segments = {Segment{"date 2025-10-30", "", SegmentKind::kMetadata, 0, {1, 16}},
                  Segment{"Chủ tịch nước hội đàm.", "", SegmentKind::kSentence, 0, {17, 45}},
                  Segment{"Huyền Lê", "", SegmentKind::kByline, 1, {47, 57}}};
  doc.paragraph_count = 2;
  return doc;
}

TEST(SegmentFormat, TextIsOneSegmentALineWithAnEmptyLineBetweenParagraphs) {
  EXPECT_EQ(segments_as_text(sample()), "date 2025-10-30\nChủ tịch nước hội đàm.\n\nHuyền Lê\n");
  EXPECT_EQ(segments_as_text(Document()), "");
}

TEST(SegmentFormat, Jsonl) {
  std::string out = segments_as_jsonl(sample());
  EXPECT_EQ(
      out.substr(0, out.find('\n')),
      R"({"file":"a \"b\".txt","paragraph":0,"index":0,"kind":"metadata","text":"date 2025-10-30","start":1,"end":16})");
  EXPECT_NE(out.find(R"("paragraph":1,"index":2,"kind":"byline","text":"Huyền Lê","start":47,"end":57})"),
            std::string::npos);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3);
}

}  // namespace
}  // namespace songngu
