#include "align/aligner.h"

#include <gtest/gtest.h>

#include <set>

#include "align/alignment_output.h"
#include "base/error.h"
#include "synthetic.h"

namespace songngu {
namespace {

using test::make_document;
using test::make_parallel;

std::string beads_of(const Alignment& a) {
  return format_beads(a, false);
}

bool has_bead(const Alignment& a, uint32_t sb, uint32_t sc, uint32_t tb, uint32_t tc) {
  for (const auto& b : a.beads)
    if (b.src_begin == sb && b.src_count == sc && b.tgt_begin == tb && b.tgt_count == tc) return true;
  return false;
}

const Bead* bead_at(const Alignment& a, uint32_t sb) {
  for (const auto& b : a.beads)
    if (b.src_begin == sb && b.src_count > 0) return &b;
  return nullptr;
}

TEST(Aligner, ParallelTextGivesOneToOneBeadsWithHighConfidence) {
  auto p = make_parallel(1, 40);
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  Alignment a = Aligner().align(src, tgt);
  EXPECT_EQ(check_alignment(a, 40, 40), "");
  ASSERT_EQ(a.beads.size(), 40u);
  for (uint32_t i = 0; i < 40; ++i) {
    EXPECT_TRUE(has_bead(a, i, 1, i, 1)) << i;
    EXPECT_GT(a.beads[i].confidence, 0.9f) << i;
  }
}

// A short news item aligned on its own (no other documents to learn from): long sentences, few
// beads. Written for this test; each English sentence translates the Vietnamese one beside it.
TEST(Aligner, ShortDocumentAlignedAloneGivesOneToOneBeads) {
  const std::vector<std::string> vi = {
      "Sáng 5/3, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2025 "
      "và triển khai nhiệm vụ năm 2026. Các lực lượng chức năng đã huy động hơn 2.000 cán bộ, chiến sĩ và "
      "150 phương tiện tham gia ứng cứu.",
      "Theo báo cáo, trong năm qua thành phố chịu ảnh hưởng của 4 cơn bão và 2 đợt mưa lớn, làm 12 người bị "
      "thương và hơn 3.000 ngôi nhà bị hư hỏng. Nhiều tuyến đường giao thông bị chia cắt trong nhiều ngày, "
      "gây khó khăn cho việc vận chuyển hàng hóa và đi lại của người dân.",
      "Tổng thiệt hại về tài sản ước tính khoảng 450 tỷ đồng, thấp hơn nhiều so với năm 2024 nhờ công tác dự "
      "báo và sơ tán dân được thực hiện kịp thời. Ngân sách thành phố đã chi 80 tỷ đồng để hỗ trợ các hộ gia "
      "đình bị thiệt hại khắc phục hậu quả và sớm ổn định cuộc sống.",
      "Phát biểu tại hội nghị, Phó Chủ tịch thành phố đề nghị các sở, ngành rà soát lại hệ thống đê điều, hồ "
      "chứa và kênh thoát nước trước mùa mưa bão. Ông nhấn mạnh việc nạo vét kênh mương phải hoàn thành "
      "trước ngày 30 tháng 5 để bảo đảm tiêu thoát nước khi có mưa lớn.",
      "Ông cũng yêu cầu các quận, huyện chuẩn bị đầy đủ lương thực, thuốc men và phương tiện cứu hộ tại "
      "những khu vực thường xuyên bị ngập sâu. Các trường học và bệnh viện nằm trong vùng trũng cần có "
      "phương án di dời người và tài sản đến nơi an toàn khi có cảnh báo.",
      "Thành phố sẽ đầu tư thêm 25 trạm quan trắc tự động để cảnh báo sớm lũ quét và sạt lở đất ở các xã "
      "miền núi. Dự án có tổng vốn đầu tư khoảng 60 tỷ đồng và dự kiến hoàn thành vào cuối năm 2026.",
      "Hội nghị đã khen thưởng 18 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác cứu hộ, cứu "
      "nạn năm 2025. Những tập thể và cá nhân này đã kịp thời đưa hàng trăm người dân ra khỏi vùng nguy hiểm "
      "trong các đợt lũ."};
  const std::vector<std::string> en = {
      "On the morning of 5 March, the city People's Committee held a conference to review disaster "
      "prevention work in 2025 and set out the tasks for 2026. The authorities mobilised more than 2,000 "
      "officers and soldiers and 150 vehicles for the rescue effort.",
      "According to the report, over the past year the city was hit by 4 storms and 2 spells of heavy rain, "
      "which injured 12 people and damaged more than 3,000 houses. Many roads were cut off for days, making "
      "it hard to transport goods and for people to travel.",
      "Property damage is estimated at about 450 billion dong, much lower than in 2024 thanks to timely "
      "forecasting and evacuation of residents. The city budget spent 80 billion dong helping affected "
      "households recover and return to normal life quickly.",
      "Speaking at the conference, the city's Vice Chairman asked departments and agencies to review the "
      "system of dykes, reservoirs and drainage canals before the rainy season. He stressed that the "
      "dredging of canals and ditches must be finished before 30 May so that water can drain away during "
      "heavy rain.",
      "He also asked districts to stock enough food, medicine and rescue equipment in areas that are often "
      "deeply flooded. Schools and hospitals in low-lying areas need plans to move people and property to "
      "safe places when a warning is issued.",
      "The city will invest in 25 more automatic monitoring stations to give early warning of flash floods "
      "and landslides in mountain communes. The project has a total investment of about 60 billion dong and "
      "is expected to be completed by the end of 2026.",
      "The conference honoured 18 groups and 35 individuals for outstanding achievements in rescue work in "
      "2025. These groups and individuals promptly brought hundreds of people out of danger during the "
      "floods."};
  Alignment a = Aligner().align(make_document(vi, "vi"), make_document(en, "en"));
  EXPECT_EQ(check_alignment(a, 7, 7), "");
  ASSERT_EQ(a.beads.size(), 7u) << beads_of(a);
  for (uint32_t i = 0; i < 7; ++i) EXPECT_TRUE(has_bead(a, i, 1, i, 1)) << beads_of(a);
}

TEST(Aligner, JoinedSourceSentenceGivesOneToTwo) {
  auto p = make_parallel(2, 30);
  p.source[10] = p.source[10] + " " + p.source[11];
  p.source.erase(p.source.begin() + 11);
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_TRUE(has_bead(a, 10, 1, 10, 2)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 11, 1, 12, 1)) << beads_of(a);
}

TEST(Aligner, JoinedTargetSentenceGivesTwoToOne) {
  auto p = make_parallel(3, 30);
  p.target[20] = p.target[20] + " " + p.target[21];
  p.target.erase(p.target.begin() + 21);
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_TRUE(has_bead(a, 20, 2, 20, 1)) << beads_of(a);
}

TEST(Aligner, OmissionsGiveOneToZeroAndZeroToOne) {
  auto p = make_parallel(4, 40);
  p.target.erase(p.target.begin() + 8);   // source 8 untranslated: 1-0
  p.source.erase(p.source.begin() + 25);  // target 26 (now 25) has no source: 0-1
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 39, 39), "");
  EXPECT_TRUE(has_bead(a, 8, 1, 8, 0)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 9, 1, 8, 1)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 25, 0, 24, 1)) << beads_of(a);
}

// A heading the translator left out: the target's extra title (no full stop) before a sentence is
// a 0-1 bead, not merged into the sentence's bead, even though it shares every token with that
// sentence (on the dev sets such merges were the commonest error; see docs/accuracy.md).
TEST(Aligner, UntranslatedHeadingIsNotMergedIntoTheNextSentence) {
  auto p = make_parallel(12, 40);
  for (size_t k : {5u, 15u, 25u, 35u}) {  // headings on both sides: short and without a full stop
    p.source[k].pop_back();
    p.target[k].pop_back();
  }
  // Target 20 gets a heading with no counterpart, made of names and a number that the sentence
  // after it shares with its source (identical tokens: lexical evidence that favours a merge).
  p.source[20].insert(p.source[20].size() - 1, " APEC Busan 2025");
  p.target[20].insert(p.target[20].size() - 1, " APEC Busan 2025");
  p.target.insert(p.target.begin() + 20, "APEC Busan 2025");
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 40, 41), "");
  EXPECT_TRUE(has_bead(a, 20, 0, 20, 1)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 20, 1, 21, 1)) << beads_of(a);
}

// A help page of eleven lines aligned alone, written for this test after a LibreOffice help page
// that went wrong so: labels, some joined on one side, and one long sentence. The sentence and
// its translation make half of the page's words, and when the background unigram model counted
// each word in the page itself, they scored as words common in the language: pairing them beat
// leaving both out by less than the lexicon's doubts, and the sentence came out as a 1-0 and a 0-1
// bead (align_model.h, background_probability).
TEST(Aligner, TheLongSentenceOfAShortPageIsPairedNotLeftOut) {
  const std::vector<std::string> vi = {
      "Chèn hình",
      "Nhấn vào mũi tên bên cạnh biểu tượng để mở thanh công cụ Chèn hình, nhờ đó bạn có thể chèn hình "
      "ảnh, biểu đồ và khung vào tài liệu hiện thời.",
      "Biểu tượng thanh công cụ:",
      "Chèn hình",
      "Bạn có thể chọn những biểu tượng này:",
      "Chèn hình từ tập tin",
      "Hình từ tập tin",
      "Chèn biểu đồ",
      "Biểu đồ mới",
      "Khung Chèn khung",
      "Công thức Chèn công thức"};
  const std::vector<std::string> ko = {
      "그림 삽입",
      "그림, 차트 및 프레임을 현재 문서에 삽입할 수 있는 그림 삽입 도구 모음을 열려면 아이콘 옆의 "
      "화살표를 클릭합니다.",
      "도구 모음 아이콘: 그림 삽입",
      "다음 아이콘을 선택할 수 있습니다:",
      "파일에서 그림 삽입 파일에서 그림 삽입",
      "차트 삽입",
      "새 차트",
      "프레임",
      "프레임 삽입",
      "수식",
      "수식 삽입"};
  Alignment a = Aligner().align(make_document(vi, "vi"), make_document(ko, "ko"));
  EXPECT_EQ(check_alignment(a, 11, 11), "");
  EXPECT_TRUE(has_bead(a, 1, 1, 1, 1)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 2, 2, 2, 1)) << beads_of(a);
}

// A long document is cut into pieces inside runs of 1-1 beads that share tokens (here a number in
// every sentence pair); the pieces must not change the alignment of clean text (omissions and
// joins included). Without shared tokens there is nothing safe to cut at, and it stays whole.
TEST(Aligner, PiecesOfALongDocumentGiveTheWholeDocumentsAlignment) {
  auto p = make_parallel(21, 3000);
  for (size_t k = 0; k < p.source.size(); ++k) {
    const std::string number = " " + std::to_string(1000 + k);
    p.source[k].insert(p.source[k].size() - 1, number);
    p.target[k].insert(p.target[k].size() - 1, number);
  }
  for (long k = 2900; k > 100; k -= 370) {
    p.target.erase(p.target.begin() + k);                                                  // source k: 1-0
    p.source[static_cast<size_t>(k - 50)] += " " + p.source[static_cast<size_t>(k - 49)];  // 1-2
    p.source.erase(p.source.begin() + (k - 49));
  }
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  AlignerOptions whole, pieces;
  pieces.piece_segments = 400;
  pieces.threads = 2;
  AlignStats whole_stats, piece_stats;
  Alignment a = Aligner(whole).align(src, tgt, &whole_stats),
            b = Aligner(pieces).align(src, tgt, &piece_stats);
  EXPECT_EQ(whole_stats.pieces, 1u);
  EXPECT_GE(piece_stats.pieces, 5u);
  EXPECT_EQ(check_alignment(b, src.segments.size(), tgt.segments.size()), "");
  size_t differ = 0;
  std::set<std::string> in_a;
  for (const auto& x : a.beads)
    in_a.insert(x.type() + "@" + std::to_string(x.src_begin) + "," + std::to_string(x.tgt_begin));
  for (const auto& x : b.beads)
    differ += !in_a.count(x.type() + "@" + std::to_string(x.src_begin) + "," + std::to_string(x.tgt_begin));
  EXPECT_EQ(differ, 0u) << beads_of(b);
  EXPECT_EQ(a.beads.size(), b.beads.size());
}

TEST(Aligner, CrossingSplitGivesTwoToTwo) {
  auto p = make_parallel(5, 30);
  // Source 12|13 and target 12|13 split the same words at different points.
  auto words = [](const std::string& s) {
    std::vector<std::string> w;
    size_t start = 0;
    std::string t = s.substr(0, s.size() - 1);  // without the final full stop
    while (start <= t.size()) {
      size_t sp = t.find(' ', start);
      if (sp == std::string::npos) sp = t.size();
      w.push_back(t.substr(start, sp - start));
      start = sp + 1;
    }
    return w;
  };
  auto join = [](const std::vector<std::string>& w, size_t from, size_t to) {
    std::string out;
    for (size_t i = from; i < to; ++i) out += (i > from ? " " : "") + w[i];
    return out + ".";
  };
  auto sw = words(p.source[12] + " " + p.source[13].substr(0, p.source[13].size() - 1) + ".");
  auto tw = words(p.target[12] + " " + p.target[13].substr(0, p.target[13].size() - 1) + ".");
  ASSERT_EQ(sw.size(), tw.size());
  size_t cut_s = sw.size() / 4, cut_t = sw.size() * 3 / 4;
  p.source[12] = join(sw, 0, cut_s);
  p.source[13] = join(sw, cut_s, sw.size());
  p.target[12] = join(tw, 0, cut_t);
  p.target[13] = join(tw, cut_t, tw.size());
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_TRUE(has_bead(a, 12, 2, 12, 2)) << beads_of(a);
}

TEST(Aligner, RestrictedBeadTypesAreRespected) {
  auto p = make_parallel(2, 30);
  p.source[10] = p.source[10] + " " + p.source[11];
  p.source.erase(p.source.begin() + 11);
  AlignerOptions options;
  options.shapes = parse_bead_shapes("1-1,1-0,0-1");
  Alignment a = Aligner(options).align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 29, 30), "");
  for (const auto& b : a.beads) EXPECT_LE(b.src_count + b.tgt_count, 2u) << beads_of(a);
}

TEST(Aligner, ParseBeadShapesRejectsNonsense) {
  EXPECT_EQ(parse_bead_shapes("1-1,2-1").size(), 2u);
  EXPECT_THROW(parse_bead_shapes("1-2,2-1"), Error);  // no 1-1
  EXPECT_THROW(parse_bead_shapes("1-1,x"), Error);
  EXPECT_THROW(parse_bead_shapes("1-1,0-0"), Error);
  EXPECT_THROW(parse_bead_shapes("1-1,4-1"), Error);
}

TEST(Aligner, EmptySidesGiveOnlyNullBeads) {
  Document src = make_document({"Một câu.", "Hai câu."}, "vi"), empty = make_document({}, "en");
  Alignment a = Aligner().align(src, empty);
  EXPECT_EQ(check_alignment(a, 2, 0), "");
  EXPECT_EQ(a.beads.size(), 2u);
  Alignment b = Aligner().align(empty, make_document({"One."}, "en"));
  EXPECT_EQ(check_alignment(b, 0, 1), "");
  Alignment c = Aligner().align(make_document({}, "vi"), empty);
  EXPECT_TRUE(c.beads.empty());
}

// A shared number is one signal among several: it decides between two equally plausible
// candidates, but does not pull a sentence away from its translation.
TEST(Aligner, SharedNumberBreaksATieButDoesNotForceAPair) {
  auto p = make_parallel(6, 24);
  // Tie: target 10 dropped; source 10 and 11 are the same length and words; only the number in
  // source 11 and target 11 (now 10) tells which one was translated.
  p.source[10] = "vab vcd vef vgh vij 4.400 vkl.";
  p.source[11] = "vab vcd vef vgh vij 2.100 vkl.";
  p.target[11] = "eabs ecds eefs eghs eijs 2,100 ekls.";
  p.target.erase(p.target.begin() + 10);
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_TRUE(has_bead(a, 11, 1, 10, 1)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 10, 1, 10, 0)) << beads_of(a);

  // No force: the same year in source 5 and target 7 does not move either off its translation.
  auto q = make_parallel(7, 24);
  q.source[5] = q.source[5].substr(0, q.source[5].size() - 1) + " 2025.";
  q.target[7] = q.target[7].substr(0, q.target[7].size() - 1) + " 2025.";
  Alignment b = Aligner().align(make_document(q.source, "vi"), make_document(q.target, "en"));
  EXPECT_TRUE(has_bead(b, 5, 1, 5, 1)) << beads_of(b);
  EXPECT_TRUE(has_bead(b, 7, 1, 7, 1)) << beads_of(b);
}

// Vietnamese-Korean sentence pairs written for this test (plain statements in the style of the
// bundled corpus, not taken from any translation); Sino-Vietnamese words have Sino-Korean
// counterparts: chính phủ/정부, hội nghị/회의, thủ đô/수도, giáo dục/교육, phát triển/발전.
const std::vector<std::pair<std::string, std::string>> kViKo = {
    {"Hai nước tăng cường hợp tác kinh tế.", "양국은 경제 협력을 강화한다."},
    {"Chính phủ công bố chính sách mới.", "정부는 새로운 정책을 발표했다."},
    {"Hội nghị diễn ra tại thủ đô.", "회의는 수도에서 열렸다."},
    {"Tổng thống gặp Thủ tướng.", "대통령은 총리를 만났다."},
    {"Đại sứ quán tổ chức lễ kỷ niệm.", "대사관은 기념 행사를 개최했다."},
    {"Giáo dục là nền tảng của phát triển.", "교육은 발전의 기초이다."},
    {"Văn hóa Việt Nam rất phong phú.", "베트남 문화는 매우 풍부하다."},
    {"Hai bên thảo luận về an ninh khu vực.", "양측은 지역 안보에 대해 논의했다."},
};

TEST(Aligner, CognatesFindTheKoreanTranslationWhereLengthsMislead) {
  // Sources 4 and 5 have about the same length; only source 5 is translated. Its Sino-Vietnamese
  // syllables (quan hệ, đối ngoại, phát triển, quốc gia) have Sino-Korean counterparts.
  std::vector<std::string> vi, ko;
  for (size_t k = 0; k < kViKo.size(); ++k) {
    if (k == 4) {
      vi.push_back("Bạn có thể chọn mục khác ở đây khi cần.");
      vi.push_back("Quan hệ đối ngoại và phát triển quốc gia.");
      ko.push_back("대외 관계와 국가 발전.");
    }
    vi.push_back(kViKo[k].first);
    ko.push_back(kViKo[k].second);
  }
  Document src = make_document(vi, "vi"), tgt = make_document(ko, "ko");
  AlignerOptions options;
  options.learn_lexicon = false;
  Alignment with = Aligner(options).align(src, tgt);
  EXPECT_TRUE(has_bead(with, 5, 1, 4, 1)) << beads_of(with);
  // The untranslated source 4 is not paired with target 4. (Since the lexical score's log was
  // made exact, the seed pass alone merges it into the previous bead, [3,4]:[3], instead of a 1-0
  // bead: a word with no seed now costs log(0.9), not the 2.7 times larger penalty it had before.)
  EXPECT_FALSE(has_bead(with, 4, 1, 4, 1)) << beads_of(with);
  options.use_cognates = false;
  Alignment without = Aligner(options).align(src, tgt);
  const Bead* b_with = bead_at(with, 5);
  const Bead* b_without = bead_at(without, 5);
  ASSERT_TRUE(b_with && b_without);
  // Without cognates the choice rests on length alone and is less certain (or wrong).
  EXPECT_GT(b_with->confidence, 0.5f);
  bool same = b_without->tgt_count == 1 && b_without->tgt_begin == 4;
  EXPECT_LT(same ? b_without->confidence : 0.0f, b_with->confidence);
}

TEST(Aligner, GlossaryTermsAreEvidence) {
  auto p = make_parallel(11, 20);
  p.source.insert(p.source.begin() + 10, {"Vqwerty vzxcv vmnbv.", "Vasdfgh vghjk vlpoi."});
  p.target.insert(p.target.begin() + 10, "Ekkkks errrrs ettts.");
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  AlignerOptions options;
  options.learn_lexicon = false;
  options.term_pairs = {{"vghjk", "errrrs"}, {"vlpoi", "ettts"}};
  Alignment a = Aligner(options).align(src, tgt);
  EXPECT_TRUE(has_bead(a, 11, 1, 10, 1)) << beads_of(a);
  options.term_pairs = {{"vzxcv", "errrrs"}, {"vmnbv", "ettts"}};
  Alignment b = Aligner(options).align(src, tgt);
  EXPECT_TRUE(has_bead(b, 10, 1, 10, 1)) << beads_of(b);
}

// Beyond the training budget an evenly spread sample of the confident beads trains the tables;
// a budget of 0 trains on all of them (how the shipped lexicons are learned).
TEST(Aligner, TrainingBudgetSamplesTheBeadsAndZeroTrainsOnAll) {
  auto p = make_parallel(9, 200);
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  AlignStats all, sampled;
  AlignerOptions every_bead;
  every_bead.training_word_pairs = 0;
  Aligner(every_bead).align(src, tgt, &all);
  AlignerOptions small_budget;
  small_budget.training_word_pairs = 1000;
  Aligner(small_budget).align(src, tgt, &sampled);
  EXPECT_GT(all.training_beads, 150u);
  EXPECT_LT(sampled.training_beads, all.training_beads / 2);
  EXPECT_GT(sampled.training_beads, 0u);
}

// The second pass with the lexicon learned from the first pass's confident beads fixes a bead
// that length and seeds alone get wrong: a dropped translation between two sentences of equal
// length, told apart only by their (invented) words.
TEST(Aligner, LearnedLexiconFixesWhatLengthCannot) {
  auto p = make_parallel(8, 120);
  // Sources 60 and 61 have exactly the same length; target 60 (translation of source 60) is gone.
  p.source[60] = "vaaaa vbbbb vcccc vdddd.";
  p.source[61] = "vpppp vqqqq vrrrr vssss.";
  p.target[60] = "eaaaas ebbbbs eccccs eddddds.";
  p.target[61] = "epppps eqqqqs errrrs essssss.";
  // Teach the invented words elsewhere in the document, as a longer text would.
  for (size_t k = 0; k < 6; ++k) {
    p.source[10 + k * 8] += " vpppp vqqqq vrrrr vssss.";
    p.target[10 + k * 8] += " epppps eqqqqs errrrs essssss.";
  }
  p.target.erase(p.target.begin() + 60);
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  AlignerOptions learned;
  Alignment a = Aligner(learned).align(src, tgt);
  EXPECT_TRUE(has_bead(a, 61, 1, 60, 1)) << beads_of(a);
  EXPECT_TRUE(has_bead(a, 60, 1, 60, 0)) << beads_of(a);
  AlignStats stats;
  Aligner(learned).align(src, tgt, &stats);
  EXPECT_GT(stats.training_beads, 50u);
  EXPECT_GT(stats.lexicon_entries, 100u);
  AlignerOptions seeds_only;
  seeds_only.learn_lexicon = false;
  Alignment b = Aligner(seeds_only).align(src, tgt);
  const Bead* right = bead_at(a, 61);
  const Bead* before = bead_at(b, 61);
  ASSERT_TRUE(right && before);
  EXPECT_GT(right->confidence, before->tgt_count == 1 && before->tgt_begin == 60 ? before->confidence : 0.0f);
}

TEST(Aligner, ThreadsGiveTheSameResultAsOneThread) {
  std::vector<Document> src, tgt;
  for (unsigned d = 0; d < 12; ++d) {
    auto p = make_parallel(100 + d, 20 + d);
    if (d % 3 == 0) p.target.erase(p.target.begin() + 5);
    src.push_back(make_document(p.source, "vi"));
    tgt.push_back(make_document(p.target, "en"));
  }
  std::vector<DocumentPair> pairs;
  for (size_t d = 0; d < src.size(); ++d) pairs.push_back({&src[d], &tgt[d]});
  AlignerOptions one, two;
  two.threads = 2;
  auto a = Aligner(one).align(pairs);
  auto b = Aligner(two).align(pairs);
  ASSERT_EQ(a.size(), b.size());
  for (size_t d = 0; d < a.size(); ++d) EXPECT_EQ(format_beads(a[d], true), format_beads(b[d], true)) << d;
}

TEST(Aligner, LatticeCellsGrowLinearlyWithLength) {
  auto cells_for = [](size_t n) {
    auto p = make_parallel(9, n, 400);
    AlignStats stats;
    Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"), &stats);
    return static_cast<double>(stats.lattice_cells);
  };
  double small = cells_for(500), large = cells_for(4000);
  EXPECT_LT(large / small, 8 * 1.25);  // 8x the length, at most 10x the cells
  EXPECT_GT(large / small, 8 * 0.75);
}

}  // namespace
}  // namespace songngu
