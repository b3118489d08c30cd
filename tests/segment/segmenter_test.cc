#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "base/error.h"
#include "segment/segment_format.h"
#include "text/normalize.h"

namespace songngu {
namespace {

const Segmenter& segmenter(const char* lang) {
  static const Segmenter vi{Lang("vi")}, en{Lang("en")}, ko{Lang("ko")};
  std::string l = lang;
  return l == "en" ? en : l == "ko" ? ko : vi;
}

std::vector<std::string> sentences(const char* lang, const std::string& text) {
  Document doc = segmenter(lang).segment(text_from_string(text, "test.txt"));
  std::vector<std::string> out;
  for (const auto& s : doc.segments) out.push_back(s.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Segmenter, NumberedPointsAtParagraphStart) {
  EXPECT_EQ(sentences("vi", "1.Hai bên nhất trí. Hai bên đạt nhận thức chung."),
            (V{"1.Hai bên nhất trí.", "Hai bên đạt nhận thức chung."}));
  EXPECT_EQ(sentences("vi", "2. Hai bên nhấn mạnh sự cần thiết."), (V{"2. Hai bên nhấn mạnh sự cần thiết."}));
  EXPECT_EQ(sentences("vi", "24.Hai bên nhất trí.\n\n3. Hai bên."),
            (V{"24.Hai bên nhất trí.", "3. Hai bên."}));
  // A wrapped line starting "2027." is not a point: the sentence ends there.
  EXPECT_EQ(sentences("vi", "tại Hàn Quốc vào năm 2025 và tại Việt Nam vào năm\n2027.\n\n19.Hai bên"),
            (V{"tại Hàn Quốc vào năm 2025 và tại Việt Nam vào năm 2027.", "19.Hai bên"}));
  EXPECT_EQ(sentences("vi", "Hai bên họp năm\n2027. Hai bên nhất trí."),
            (V{"Hai bên họp năm 2027.", "Hai bên nhất trí."}));
  // Points on consecutive lines of one paragraph: never a bare "2." segment.
  EXPECT_EQ(
      sentences("en", "1. The two sides agreed.\n2. They will open a centre.\n3.The Korean side agreed."),
      (V{"1. The two sides agreed.", "2. They will open a centre.", "3.The Korean side agreed."}));
}

TEST(Segmenter, Ellipsis) {
  EXPECT_EQ(sentences("vi", "hội kiến các lãnh đạo cấp cao Hàn Quốc… Sau\nđây là Tuyên bố chung:"),
            (V{"hội kiến các lãnh đạo cấp cao Hàn Quốc…", "Sau đây là Tuyên bố chung:"}));
  EXPECT_EQ(sentences("vi", "hợp tác khoa học, công nghệ... thành trụ cột mới."),
            (V{"hợp tác khoa học, công nghệ... thành trụ cột mới."}));
  EXPECT_EQ(sentences("vi", "năng lượng tái tạo (điện gió, điện mặt trời...) và nâng cao hiệu quả."),
            (V{"năng lượng tái tạo (điện gió, điện mặt trời...) và nâng cao hiệu quả."}));
  EXPECT_EQ(sentences("vi", "công nghệ… thành trụ cột. Xây dựng đô thị mới... Hai bên nhất trí."),
            (V{"công nghệ… thành trụ cột.", "Xây dựng đô thị mới...", "Hai bên nhất trí."}));
}

TEST(Segmenter, VietnameseAbbreviations) {
  EXPECT_EQ(sentences("vi", "Hội thảo có PGS.TS. Nguyễn Văn A, Th.S. Lê Thị B và TS. Trần C tham dự."),
            (V{"Hội thảo có PGS.TS. Nguyễn Văn A, Th.S. Lê Thị B và TS. Trần C tham dự."}));
  EXPECT_EQ(sentences("vi", "GS. Hoàng và ThS. Phạm đến TP. Hồ Chí Minh."),
            (V{"GS. Hoàng và ThS. Phạm đến TP. Hồ Chí Minh."}));
  EXPECT_EQ(sentences("vi", "Đoàn đã đến TP.HCM. Hai bên tiếp tục hội đàm."),
            (V{"Đoàn đã đến TP.HCM.", "Hai bên tiếp tục hội đàm."}));
  // "v.v." stays breakable: it ends a sentence before a capital, not before a comma or lower case.
  EXPECT_EQ(sentences("vi", "Hợp tác văn hóa, du lịch, v.v. Hai bên nhất trí."),
            (V{"Hợp tác văn hóa, du lịch, v.v.", "Hai bên nhất trí."}));
  EXPECT_EQ(sentences("vi", "Văn hóa, du lịch v.v., và giáo dục v.v. và thể thao."),
            (V{"Văn hóa, du lịch v.v., và giáo dục v.v. và thể thao."}));
}

TEST(Segmenter, NumbersAndDates) {
  EXPECT_EQ(
      sentences("vi", "với 4.400 dự án trị giá 1.500 tỷ đồng ngày 30/10 và 13/8/2025. Hai bên; VSIP 2.0."),
      (V{"với 4.400 dự án trị giá 1.500 tỷ đồng ngày 30/10 và 13/8/2025.", "Hai bên; VSIP 2.0."}));
  EXPECT_EQ(sentences("vi", "từ ngày 10 đến ngày\n13/8/2025.\nTrong thời gian chuyến thăm"),
            (V{"từ ngày 10 đến ngày 13/8/2025.", "Trong thời gian chuyến thăm"}));
}

TEST(Segmenter, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(
      sentences("vi",
                "nhất là “Chương trình hành động Việt\nNam - Hàn Quốc”. Lãnh đạo hai nước (LHQ). Hai bên."),
      (V{"nhất là “Chương trình hành động Việt Nam - Hàn Quốc”.", "Lãnh đạo hai nước (LHQ).", "Hai bên."}));
  EXPECT_EQ(sentences("en", "He said: \"We are ready.\" Mr. Lee agreed. (This was new.) Then they left."),
            (V{"He said: \"We are ready.\"", "Mr. Lee agreed.", "(This was new.)", "Then they left."}));
}

// ICU breaks after an opening bracket that follows a full stop when a letter without case comes
// next (SB11 counts the bracket among the stop's closers): the bracket stays with its sentence.
TEST(Segmenter, ABracketRightAfterAFullStopIsNotCutOpen) {
  EXPECT_EQ(sentences("ko", "평균값입니다.(선택 사항)"), (V{"평균값입니다.(선택 사항)"}));
  EXPECT_EQ(sentences("ko", "평균값입니다.(선택 사항) 표준 편차입니다.(예: 1) 끝입니다."),
            (V{"평균값입니다.(선택 사항)", "표준 편차입니다.(예: 1)", "끝입니다."}));
  EXPECT_EQ(sentences("ko", "값입니다.(괄호 (안의) 괄호) 다음입니다."),
            (V{"값입니다.(괄호 (안의) 괄호)", "다음입니다."}));
}

TEST(Segmenter, AQuestionOrExclamationMarkGluedToWhatFollowsIsNotAnEnd) {
  // ICU breaks after "?" before ">", which is not closing punctuation.
  EXPECT_EQ(sentences("vi", "Bạn có thể nhập lim <?> trực tiếp. Hai bên nhất trí."),
            (V{"Bạn có thể nhập lim <?> trực tiếp.", "Hai bên nhất trí."}));
  EXPECT_EQ(sentences("ko", "명령창에 직접 lim <?>을 입력할 수도 있습니다. 다음입니다."),
            (V{"명령창에 직접 lim <?>을 입력할 수도 있습니다.", "다음입니다."}));
  // With a space, or a capital right after it, the sentence still ends.
  EXPECT_EQ(sentences("en", "Is it done? Yes. Why?Because."), (V{"Is it done?", "Yes.", "Why?", "Because."}));
}

TEST(Segmenter, PunctuationThatEndsNoWordStartsTheTextGluedToIt) {
  // ICU ends a sentence after ".." when a letter without case follows.
  EXPECT_EQ(sentences("ko", "..에 결과 복사"), (V{"..에 결과 복사"}));
  // With a space after it, the sentence still ends.
  EXPECT_EQ(sentences("en", "C'est vrai ? Oui."), (V{"C'est vrai ?", "Oui."}));
}

TEST(Segmenter, ColonAndSemicolonBeforeACapitalAreNotBoundaries) {
  EXPECT_EQ(
      sentences("vi", "chất lượng cao; Từ phát triển theo chiều rộng; Đưa liên kết kinh tế lên tầm cao mới."),
      (V{"chất lượng cao; Từ phát triển theo chiều rộng; Đưa liên kết kinh tế lên tầm cao mới."}));
  EXPECT_EQ(sentences("vi", "Tuyên bố chung nêu rõ: Tổng Bí thư Tô Lâm và Tổng thống nhất trí."),
            (V{"Tuyên bố chung nêu rõ: Tổng Bí thư Tô Lâm và Tổng thống nhất trí."}));
}

TEST(Segmenter, EnglishAbbreviations) {
  EXPECT_EQ(sentences("en", "Mr. Lee met Mrs. Kim and Dr. Park. The talks ended."),
            (V{"Mr. Lee met Mrs. Kim and Dr. Park.", "The talks ended."}));
  EXPECT_EQ(sentences("en",
                      "They discussed U.S. tariffs with U.S. President Donald J. Trump. Both then flew to "
                      "the U.S. The visit ended."),
            (V{"They discussed U.S. tariffs with U.S. President Donald J. Trump.",
               "Both then flew to the U.S.", "The visit ended."}));
  EXPECT_EQ(
      sentences("en", "The U.N. Security Council met on Aug. 14. Talks continued in Aug. The date is open."),
      (V{"The U.N. Security Council met on Aug. 14.", "Talks continued in Aug.", "The date is open."}));
  EXPECT_EQ(sentences("en", "It grew, i.e. faster than expected, e.g. Samsung. See No. 4 of the annex."),
            (V{"It grew, i.e. faster than expected, e.g. Samsung.", "See No. 4 of the annex."}));
}

TEST(Segmenter, Korean) {
  EXPECT_EQ(
      sentences("ko",
                "또 럼 서기장은 “양국 관계가 새로운 단계에 들어섰다.”라고 강조했다. 두 정상은 합의했다."),
      (V{"또 럼 서기장은 “양국 관계가 새로운 단계에 들어섰다.”라고 강조했다.", "두 정상은 합의했다."}));
  EXPECT_EQ(sentences("ko", "이 대통령은 “함께 노력하자”며 손을 내밀었다! 베트남 측은 4.5% 성장을 소개했다."),
            (V{"이 대통령은 “함께 노력하자”며 손을 내밀었다!", "베트남 측은 4.5% 성장을 소개했다."}));
  // A sentence that ends in 다 at a line end without a full stop; other line ends are soft wraps.
  EXPECT_EQ(sentences("ko", "양국은 협력을 강화하기로 했다\n이어 노동 협력도 늘리기로\n했다."),
            (V{"양국은 협력을 강화하기로 했다", "이어 노동 협력도 늘리기로 했다."}));
  EXPECT_EQ(sentences("ko", "성장 전망을 소개했다… 정부는 대표단을 보낸다."),
            (V{"성장 전망을 소개했다…", "정부는 대표단을 보낸다."}));
}

TEST(Segmenter, HeaderBecomesMetadataAndLeadItsOwnSentence) {
  Document doc = segmenter("vi").segment(text_from_string(
      " date 2026-01-30 Chiều 30/1, Tổng Bí thư Tô Lâm đã điện đàm.\n\nPhấn đấu đạt 150 tỷ USD\n", "x"));
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[0].text, "date 2026-01-30");
  EXPECT_EQ(doc.segments[0].kind, SegmentKind::kMetadata);
  EXPECT_EQ(doc.segments[0].span.begin, 1u);
  EXPECT_EQ(doc.segments[0].span.end, 16u);
  EXPECT_EQ(doc.segments[1].text, "Chiều 30/1, Tổng Bí thư Tô Lâm đã điện đàm.");
  EXPECT_EQ(doc.segments[1].kind, SegmentKind::kSentence);
  EXPECT_EQ(doc.segments[1].paragraph, 0u);
  EXPECT_EQ(doc.segments[2].kind, SegmentKind::kHeading);
  EXPECT_EQ(doc.segments[2].paragraph, 1u);
  EXPECT_EQ(doc.paragraph_count, 2u);
}

TEST(Segmenter, TextIsNfcKeyIsMatchKeySpanIsOriginalBytes) {
  // "hoà" written with a combining grave accent (not NFC), behind a UTF-8 BOM.
  std::string raw = "\xEF\xBB\xBFHo\xC3\xA0 b\xC3\xACnh.\nHoa\xCC\x80 h\xE1\xBB\xA3p.";
  Document doc = segmenter("vi").segment(text_from_string(raw, "x"));
  ASSERT_EQ(doc.segments.size(), 2u);
  EXPECT_EQ(doc.segments[1].text, nfc("Hoa\xCC\x80 h\xE1\xBB\xA3p."));
  EXPECT_EQ(doc.segments[1].key, match_key(doc.segments[1].text));
  EXPECT_EQ(doc.segments[0].key.substr(0, 4), doc.segments[1].key.substr(0, 4));  // hoa2 both ways
  EXPECT_EQ(doc.segments[0].span.begin, 3u);                                      // the BOM counts
  EXPECT_EQ(raw.substr(doc.segments[1].span.begin, doc.segments[1].span.end - doc.segments[1].span.begin),
            "Hoa\xCC\x80 h\xE1\xBB\xA3p.");
}

TEST(Segmenter, CrLfAndCrGiveTheSameSegmentsAsLf) {
  std::string lf = "Hai bên nhất trí tiếp tục\ntạo thuận lợi. Hai bên đạt.\n\nTổng Bí thư.\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  EXPECT_EQ(sentences("vi", crlf), sentences("vi", lf));
  EXPECT_EQ(sentences("vi", cr), sentences("vi", lf));
}

TEST(Segmenter, EmptyAndBlankTextsGiveNoSegments) {
  EXPECT_TRUE(sentences("vi", "  \n\n \t\n").empty());
}

TEST(Segmenter, SafeToShareBetweenThreads) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "1.Hai bên nhất trí. Hàn Quốc… Sau\nđây là Mr. Lee. Tổng Bí thư.\n\n";
  TextFile file = text_from_string(text, "x");
  Document expected = segmenter("vi").segment(file);
  std::vector<std::thread> threads;
  std::vector<size_t> mismatches(4, 0);
  for (size_t t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        Document d = segmenter("vi").segment(file);
        if (d.segments.size() != expected.segments.size()) ++mismatches[t];
        for (size_t i = 0; i < d.segments.size() && i < expected.segments.size(); ++i)
          if (d.segments[i].text != expected.segments[i].text) ++mismatches[t];
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, std::vector<size_t>(4, 0));
  EXPECT_EQ(expected.segments.size(), 800u);
}

TEST(Segmenter, UserSrxReplacesTheShippedRules) {
  std::string path = ::testing::TempDir() + "/user.srx";
  std::ofstream(path) << R"(<?xml version="1.0"?>
<srx version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules>
<languagerule languagerulename="All"><rule break="no"><beforebreak>\bHai\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
</languagerules><maprules><languagemap languagepattern=".*" languagerulename="All"/></maprules></body></srx>
)";
  Segmenter custom(Lang("vi"), SegmenterOptions{path});
  EXPECT_EQ(custom.segment(text_from_string("Một Hai. Ba. Bốn.", "x")).segments.size(), 2u);
  // Without the shipped rules "TS." before a name ends a sentence again (ICU alone).
  EXPECT_EQ(custom.segment(text_from_string("Gặp TS. Lê.", "x")).segments.size(), 2u);
  EXPECT_EQ(segmenter("vi").segment(text_from_string("Gặp TS. Lê.", "x")).segments.size(), 1u);
}

TEST(Segmenter, BadSrxNamesItsLine) {
  std::string path = ::testing::TempDir() + "/bad.srx";
  std::ofstream(path)
      << "<?xml version=\"1.0\"?>\n<srx version=\"2.0\">\n<body>\n<languagerules>\n"
         "<languagerule languagerulename=\"A\"><rule><beforebreak>(</beforebreak></rule></languagerule>\n"
         "</languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules>\n"
         "</body></srx>\n";
  try {
    Segmenter s(Lang("vi"), SegmenterOptions{path});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.srx:5: "), std::string::npos) << e.what();
  }
  std::ofstream(path) << "<srx><body>\n<languagerules>\n</srx>\n";
  try {
    Segmenter s(Lang("vi"), SegmenterOptions{path});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where().line, 2u) << e.what();
  }
}

TEST(Segmenter, Presegmented) {
  std::string raw = "Hai bên nhất trí.\r\n\n  Tổng Bí thư Tô Lâm.  \nMr. Lee";
  Document doc = read_presegmented(text_from_string(raw, "x"), Lang("vi"));
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[1].text, "Tổng Bí thư Tô Lâm.");
  EXPECT_EQ(raw.substr(doc.segments[1].span.begin, doc.segments[1].span.end - doc.segments[1].span.begin),
            "Tổng Bí thư Tô Lâm.");
  EXPECT_EQ(doc.segments[2].text, "Mr. Lee");
  for (const auto& s : doc.segments) {
    EXPECT_EQ(s.paragraph, 0u);
    EXPECT_EQ(s.kind, SegmentKind::kSentence);
  }
  EXPECT_EQ(doc.paragraph_count, 1u);
}

}  // namespace
}  // namespace songngu

// ---------------------------------------------------------------------------------------------
// Fixtures: tests/data/segment/STEM.LANG.expected (the `songngu segment` text output, checked by
// reading; see the README there) and STEM.LANG.kinds (one kind per segment, same layout). The
// input is tests/data/segment/STEM.LANG.txt, or corpus/LANG/STEM.txt for the seeds.
namespace songngu {
namespace {

namespace fs = std::filesystem;

struct Fixture {
  std::string name;
  std::string input;
  std::string lang;
  fs::path expected;
  fs::path kinds;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Fixture> fixtures() {
  std::vector<Fixture> out;
  fs::path dir = fs::path(SONGNGU_TEST_DATA_DIR) / "segment";
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (!name.ends_with(".expected")) continue;
    std::string stem_lang = name.substr(0, name.size() - std::string(".expected").size());
    size_t dot = stem_lang.rfind('.');
    Fixture f;
    f.name = stem_lang;
    f.lang = stem_lang.substr(dot + 1);
    std::string stem = stem_lang.substr(0, dot);
    fs::path local = dir / (stem_lang + ".txt");
    f.input = fs::exists(local)
                  ? local.string()
                  : (fs::path(SONGNGU_SOURCE_DIR) / "corpus" / f.lang / (stem + ".txt")).string();
    f.expected = entry.path();
    f.kinds = dir / (stem_lang + ".kinds");
    out.push_back(f);
  }
  std::sort(out.begin(), out.end(), [](const Fixture& a, const Fixture& b) { return a.name < b.name; });
  return out;
}

std::string kinds_as_text(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    if (i > 0 && doc.segments[i].paragraph != doc.segments[i - 1].paragraph) out += '\n';
    out += segment_kind_name(doc.segments[i].kind);
    out += '\n';
  }
  return out;
}

// First differing line, for a readable failure.
std::string first_difference(const std::string& got, const std::string& want) {
  std::istringstream a(got), b(want);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
    if (!ga && !gb) return "";
    if (!ga || !gb || la != lb)
      return "line " + std::to_string(line) + "\n  got:      " + (ga ? la : "<end>") +
             "\n  expected: " + (gb ? lb : "<end>");
  }
}

TEST(SegmenterFixtures, AllSeedsAndOwnFixturesArePresent) {
  auto all = fixtures();
  size_t seeds = 0;
  for (const auto& f : all) seeds += f.input.find("/corpus/vi/") != std::string::npos;
  EXPECT_EQ(seeds, 5u);
  EXPECT_GE(all.size(), 7u);
  for (const auto& f : all) {
    EXPECT_TRUE(fs::exists(f.input)) << f.input;
    EXPECT_TRUE(fs::exists(f.kinds)) << f.kinds;
  }
}

TEST(SegmenterFixtures, EveryFixtureSegmentsAsExpected) {
  for (const auto& f : fixtures()) {
    Document doc = Segmenter(Lang(f.lang)).segment(read_text_file(f.input));
    std::string got = segments_as_text(doc);
    EXPECT_EQ(first_difference(got, slurp(f.expected)), "") << f.name;
    EXPECT_EQ(first_difference(kinds_as_text(doc), slurp(f.kinds)), "") << f.name << " (kinds)";
  }
}

// Unwrapping done independently of the library: a line break and the spaces around it become one
// space, or nothing after a hyphen glued to its word.
std::string unwrap(const std::string& bytes) {
  std::string out;
  size_t i = 0;
  while (i < bytes.size()) {
    if (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n') {
      size_t j = i;
      bool line_break = false;
      while (j < bytes.size() &&
             (bytes[j] == ' ' || bytes[j] == '\t' || bytes[j] == '\r' || bytes[j] == '\n'))
        line_break = line_break || bytes[j] == '\r' || bytes[j] == '\n', ++j;
      if (!line_break) {
        out.append(bytes, i, j - i);
      } else {
        bool glued_hyphen = out.size() >= 2 && out.back() == '-' && out[out.size() - 2] != ' ';
        if (!glued_hyphen) out += ' ';
      }
      i = j;
    } else {
      out += bytes[i++];
    }
  }
  return out;
}

TEST(SegmenterFixtures, SpansPointBackToTheOriginalBytes) {
  for (const auto& f : fixtures()) {
    std::string bytes = slurp(f.input);
    Document doc = Segmenter(Lang(f.lang)).segment(read_text_file(f.input));
    ASSERT_FALSE(doc.segments.empty()) << f.name;
    size_t previous_end = 0;
    for (const auto& s : doc.segments) {
      ASSERT_LE(s.span.begin, s.span.end) << f.name;
      ASSERT_LE(s.span.end, bytes.size()) << f.name;
      EXPECT_GE(s.span.begin, previous_end) << f.name << ": spans overlap at " << s.text;
      previous_end = s.span.end;
      std::string raw = bytes.substr(s.span.begin, s.span.end - s.span.begin);
      EXPECT_EQ(nfc(unwrap(raw)), s.text) << f.name;
      EXPECT_EQ(s.key, match_key(s.text));
    }
  }
}

}  // namespace
}  // namespace songngu
