#include "glossary/glossary_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"

namespace songngu {
namespace {

std::string data(const std::string& name) {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/glossary/" + name;
}

TermEntry entry(const std::string& id, const std::string& vi, std::vector<Term> en, std::vector<Term> ko = {},
                TermStatus status = TermStatus::kApproved) {
  TermEntry e;
  e.id = id;
  e.status = status;
  e.terms["vi"] = {Term{vi, status, "", 0}};
  e.terms["en"] = std::move(en);
  if (!ko.empty()) e.terms["ko"] = std::move(ko);
  return e;
}

Glossary sample() {
  Glossary g;
  g.entries.push_back(entry("e1", "Đối tác chiến lược toàn diện",
                            {{"Comprehensive Strategic Partnership", TermStatus::kApproved, "", 0},
                             {"Comprehensive Strategic Partners", TermStatus::kApproved, "", 0},
                             {"all-round strategic partnership", TermStatus::kForbidden, "", 0}},
                            {{"포괄적 전략적 동반자 관계", TermStatus::kApproved, "", 0}}));
  g.entries.back().note = "note with \"quotes\", commas";
  g.entries.push_back(
      entry("e2", "ăn uống", {{"eating", TermStatus::kCandidate, "", 0.5}}, {}, TermStatus::kCandidate));
  g.entries.back().frequency = 4;
  g.entries.push_back(
      entry("e3", "Bộ Ngoại giao", {{"Ministry of Foreign Affairs", TermStatus::kApproved, "", 0}}));
  g.entries.push_back(entry("e4", "an ninh", {{"security", TermStatus::kApproved, "", 0}}));
  g.entries.push_back(entry("e5", "âm nhạc", {{"music", TermStatus::kApproved, "", 0}}));
  g.entries.push_back(entry("e6", "dân tộc", {{"nation", TermStatus::kApproved, "", 0}}));
  return g;
}

std::vector<std::string> heads(const Glossary& g) {
  std::vector<std::string> out;
  for (const auto& e : g.entries) out.push_back(terms_of(e, "vi")[0].text);
  return out;
}

TEST(GlossaryIo, VietnameseDictionaryOrder) {
  Glossary g = sample();
  sort_glossary(g, "vi");
  // a < ă < â < b < d < đ, not code point order (which would put Đ and ă after z).
  EXPECT_EQ(heads(g), (std::vector<std::string>{"an ninh", "ăn uống", "âm nhạc", "Bộ Ngoại giao", "dân tộc",
                                                "Đối tác chiến lược toàn diện"}));
}

TEST(GlossaryIo, TbxRoundTripKeepsStatusVariantsAndNotes) {
  GlossaryWriteOptions w;
  Glossary back = parse_tbx(format_tbx(sample(), w), "mem.tbx");
  ASSERT_EQ(back.entries.size(), 6u);
  const TermEntry& e = back.entries[0];
  EXPECT_EQ(e.id, "e1");
  EXPECT_EQ(e.status, TermStatus::kApproved);
  ASSERT_EQ(terms_of(e, "en").size(), 3u);
  EXPECT_EQ(terms_of(e, "en")[0].text, "Comprehensive Strategic Partnership");
  EXPECT_EQ(terms_of(e, "en")[1].status, TermStatus::kApproved);
  EXPECT_EQ(terms_of(e, "en")[2].status, TermStatus::kForbidden);
  EXPECT_EQ(terms_of(e, "ko")[0].text, "포괄적 전략적 동반자 관계");
  EXPECT_EQ(e.note, "note with \"quotes\", commas");
  EXPECT_EQ(back.entries[1].status, TermStatus::kCandidate);
  EXPECT_EQ(back.entries[1].frequency, 4);
}

TEST(GlossaryIo, TbxHeaderAndAdministrativeStatus) {
  std::string tbx = format_tbx(sample(), GlossaryWriteOptions{});
  EXPECT_NE(tbx.find("<martif type=\"TBX\" xml:lang=\"en\">"), std::string::npos);
  EXPECT_NE(tbx.find("preferredTerm-admn-sts"), std::string::npos);
  EXPECT_NE(tbx.find("admittedTerm-admn-sts"), std::string::npos);
  EXPECT_NE(tbx.find("deprecatedTerm-admn-sts"), std::string::npos);
  EXPECT_NE(tbx.find("<langSet xml:lang=\"ko\">"), std::string::npos);
}

TEST(GlossaryIo, CsvRoundTripWithQuotes) {
  Glossary back = parse_glossary_csv(format_glossary_csv(sample(), GlossaryWriteOptions{}), "mem.csv");
  ASSERT_EQ(back.entries.size(), 6u);
  EXPECT_EQ(back.entries[0].note, "note with \"quotes\", commas");
  ASSERT_EQ(terms_of(back.entries[0], "en").size(), 3u);
  EXPECT_EQ(terms_of(back.entries[0], "en")[2].status, TermStatus::kForbidden);
  EXPECT_EQ(back.entries[1].status, TermStatus::kCandidate);
}

// An extracted entry: agreement, back agreement and two examples with the term marked.
Glossary with_evidence() {
  Glossary g;
  g.entries.push_back(entry("x1", "chuỗi cung ứng", {{"supply chain", TermStatus::kCandidate, "", 0.75}},
                            {{"공급망", TermStatus::kCandidate, "", 1.0}}, TermStatus::kCandidate));
  TermEntry& e = g.entries.back();
  e.frequency = 4;
  e.score = 0.6;
  e.terms["en"][0].agreeing = 3, e.terms["en"][0].occurrences = 4;
  e.terms["en"][0].back_agreeing = 2, e.terms["en"][0].back_occurrences = 2;
  e.terms["en"].push_back({"supply chains", TermStatus::kCandidate, "", 0});
  auto marked = [](std::string text, const std::string& term) {
    size_t at = text.find(term);
    return MarkedText{text, at, at + term.size()};
  };
  TermExample one;
  one["vi"] = marked("Tham gia chuỗi cung ứng, toàn cầu.", "chuỗi cung ứng");
  one["en"] = marked("Join the supply chain, globally.", "supply chain");
  one["ko"] = marked("공급망에 참여한다.", "공급망");
  TermExample two;
  two["vi"] = marked("Chuỗi cung ứng \"xanh\".", "Chuỗi cung ứng");
  two["en"] = {"Green supply chains.", 0, 0};  // nothing marked
  e.examples = {one, two};
  return g;
}

TEST(GlossaryIo, CsvHoldsTheEvidenceInColumnsWithMarks) {
  GlossaryWriteOptions w;
  w.target_langs = {"en", "ko"};
  std::string csv = format_glossary_csv(with_evidence(), w);
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "id,status,vi,en,ko,note,frequency,score,agreement_en,agreement_ko,example_1_vi,example_1_en,"
            "example_1_ko,example_2_vi,example_2_en,example_2_ko");
  EXPECT_NE(csv.find(",0.750,1.000,\"Tham gia ⟦chuỗi cung ứng⟧, toàn cầu.\",\"Join the ⟦supply chain⟧, "
                     "globally.\",⟦공급망⟧에 참여한다.,"),
            std::string::npos);
  Glossary back = parse_glossary_csv(csv, "mem.csv");
  ASSERT_EQ(back.entries.size(), 1u);
  const TermEntry& e = back.entries[0];
  EXPECT_EQ(terms_of(e, "en").size(), 2u);
  EXPECT_DOUBLE_EQ(terms_of(e, "en")[0].score, 0.75);
  ASSERT_EQ(e.examples.size(), 2u);
  EXPECT_EQ(e.examples[0].at("en").text, "Join the supply chain, globally.");
  EXPECT_EQ(e.examples[0].at("en").mark_begin, 9u);  // "Join the " is 9 bytes, "supply chain" 12
  EXPECT_EQ(e.examples[0].at("en").mark_end, 21u);
  EXPECT_EQ(e.examples[1].at("en").mark_end, 0u);
  // A curated glossary has no evidence columns.
  Glossary curated = sample();
  for (auto& entry : curated.entries)
    for (auto& [lang, terms] : entry.terms)
      for (Term& t : terms) t.score = 0;
  EXPECT_EQ(format_glossary_csv(curated, GlossaryWriteOptions{}).substr(0, 52),
            "id,status,vi,en,ko,note,frequency,score\r\ne1,approved");
}

TEST(GlossaryIo, CsvReadsTheOlderExampleColumns) {
  Glossary g = parse_glossary_csv(
      "id,status,vi,en,example_source,example_target\r\nx,candidate,hòa bình,peace,Vì ⟦hòa bình⟧.,For "
      "peace.\r\n",
      "old.csv");
  ASSERT_EQ(g.entries[0].examples.size(), 1u);
  EXPECT_EQ(g.entries[0].examples[0].at("vi").text, "Vì hòa bình.");
  EXPECT_EQ(g.entries[0].examples[0].at("vi").mark_begin, 4u);
  EXPECT_EQ(g.entries[0].examples[0].at("en").text, "For peace.");
}

TEST(GlossaryIo, TbxHoldsTheEvidenceAsNotes) {
  GlossaryWriteOptions w;
  w.target_langs = {"en", "ko"};
  std::string tbx = format_tbx(with_evidence(), w);
  EXPECT_NE(tbx.find("<note>agreement: 3 of 4 occurrences; back: 2 of 2</note>"), std::string::npos);
  EXPECT_NE(tbx.find("<note>example 1: Tham gia ⟦chuỗi cung ứng⟧, toàn cầu.</note>"), std::string::npos);
  EXPECT_NE(tbx.find("<note>example 2: Green supply chains.</note>"), std::string::npos);
  Glossary back = parse_tbx(tbx, "mem.tbx");
  const TermEntry& e = back.entries[0];
  EXPECT_EQ(terms_of(e, "en")[0].agreeing, 3);
  EXPECT_EQ(terms_of(e, "en")[0].occurrences, 4);
  EXPECT_EQ(terms_of(e, "en")[0].back_agreeing, 2);
  EXPECT_EQ(terms_of(e, "en")[0].note, "");  // evidence notes are not the term's note
  ASSERT_EQ(e.examples.size(), 2u);
  EXPECT_EQ(e.examples[0].at("ko").mark_end, std::string("공급망").size());
  EXPECT_EQ(e.examples[1].at("vi").text, "Chuỗi cung ứng \"xanh\".");
}

TEST(GlossaryIo, MarksSurviveOnlyWhole) {
  EXPECT_EQ(marked_text({"abc", 1, 2}), "a⟦b⟧c");
  EXPECT_EQ(marked_text({"abc", 2, 2}), "abc");
  EXPECT_EQ(marked_text({"abc", 1, 9}), "abc");  // out of range: unmarked
  MarkedText m = unmark_text("a⟦b⟧c");
  EXPECT_EQ(m.text, "abc");
  EXPECT_EQ(m.mark_begin, 1u);
  EXPECT_EQ(m.mark_end, 2u);
  EXPECT_EQ(unmark_text("a⟦bc").text, "a⟦bc");  // half a mark is text
}

TEST(GlossaryIo, OmegatTsvNeedsOneTargetAndDropsForbidden) {
  GlossaryWriteOptions w;
  EXPECT_THROW(format_omegat_tsv(sample(), w), Error);
  w.target_langs = {"en"};
  std::string tsv = format_omegat_tsv(sample(), w);
  EXPECT_NE(tsv.find("Đối tác chiến lược toàn diện\tComprehensive Strategic Partnership\tapproved; note"),
            std::string::npos);
  EXPECT_EQ(tsv.find("all-round"), std::string::npos);
  Glossary back = parse_omegat_tsv(tsv, "mem.txt", GlossaryReadOptions{});
  ASSERT_FALSE(back.entries.empty());
  EXPECT_EQ(terms_of(back.entries[0], "en").size(), 2u);  // preferred + accepted variant
  EXPECT_EQ(back.entries[1].status, TermStatus::kCandidate);
}

TEST(GlossaryIo, OmegatTsvTargetLanguageFromScript) {
  Glossary g = parse_omegat_tsv("Quốc hội\t국회\n", "ko.txt", GlossaryReadOptions{});
  EXPECT_EQ(terms_of(g.entries[0], "ko")[0].text, "국회");
}

std::string error_of(const std::string& path) {
  try {
    read_glossary(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(GlossaryIo, MalformedFilesNameTheLine) {
  EXPECT_NE(error_of(data("bad-entity.tbx")).find("bad-entity.tbx:3:"), std::string::npos);
  EXPECT_NE(error_of(data("bad-entity.tbx")).find("entity"), std::string::npos);
  EXPECT_NE(error_of(data("bad-unclosed.tbx")).find("bad-unclosed.tbx:"), std::string::npos);
  EXPECT_NE(error_of(data("bad-notab.txt")).find("bad-notab.txt:2:"), std::string::npos);
  EXPECT_NE(error_of(data("bad-quote.csv")).find("bad-quote.csv:3:"), std::string::npos);
  EXPECT_NE(error_of(data("bad-fields.csv")).find("bad-fields.csv:3:"), std::string::npos);
}

TEST(GlossaryIo, FormatFromExtension) {
  EXPECT_EQ(glossary_format_for("a.TBX"), GlossaryFormat::kTbx);
  EXPECT_EQ(glossary_format_for("a.txt"), GlossaryFormat::kOmegatTsv);
  EXPECT_EQ(glossary_format_for("a.csv"), GlossaryFormat::kCsv);
  EXPECT_THROW(glossary_format_for("a.xlsx"), Error);
}

TEST(GlossaryIo, WriteThenReadFile) {
  auto dir = std::filesystem::temp_directory_path() / "songngu-glossary-io-test";
  std::filesystem::create_directories(dir);
  GlossaryWriteOptions w;
  std::string path = (dir / "g.tbx").string();
  write_glossary(path, sample(), w);
  Glossary back = read_glossary(path);
  EXPECT_EQ(heads(back)[0], "an ninh");  // sorted on write
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace songngu
