#include "report/aligned_terms.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

Document doc(const char* lang, const std::vector<std::string>& texts) {
  Document d;
  d.lang = Lang(lang);
  for (const auto& t : texts) {
    Segment s;
    s.text = t;
    d.segments.push_back(s);
  }
  return d;
}

// One document, one bead a sentence pair: 4 frames x 6 phrases. The glossary says "hợp tác" is
// "cooperation"; this translation writes "collaboration" in the units of the first phrase.
ReviewPage page_with_synonym() {
  const std::vector<std::pair<std::string, std::string>> frames = {
      {"Hai bên thúc đẩy {}.", "The two sides promote {}."},
      {"Chính phủ ủng hộ {}.", "The government supports {}."},
      {"Người dân quan tâm đến {}.", "People care about {}."},
      {"Báo chí đưa tin về {}.", "The press reports on {}."}};
  const std::vector<std::pair<std::string, std::string>> phrases = {
      {"hợp tác", "collaboration"},
      {"đầu tư nước ngoài", "foreign investment"},
      {"hợp tác văn hóa", "cultural cooperation"},
      {"phát triển kinh tế", "economic development"},
      {"giao lưu văn hóa", "cultural exchanges"},
      {"hợp tác quốc tế", "international cooperation"}};
  auto fill = [](std::string frame, const std::string& phrase) {
    return frame.replace(frame.find("{}"), 2, phrase);
  };
  std::vector<std::string> vi, en;
  for (const auto& [fv, fe] : frames)
    for (const auto& [pv, pe] : phrases) vi.push_back(fill(fv, pv)), en.push_back(fill(fe, pe));
  ReviewPage page;
  page.target_langs = {"en"};
  ReviewDocument d;
  d.name = "synonyms";
  d.source = doc("vi", vi);
  ReviewTranslation tr;
  tr.present = true;
  tr.document = doc("en", en);
  for (uint32_t i = 0; i < vi.size(); ++i) {
    Bead b;
    b.src_begin = b.tgt_begin = i;
    b.src_count = b.tgt_count = 1;
    tr.alignment.beads.push_back(b);
  }
  d.translations = {tr};
  page.documents.push_back(d);
  TermEntry e;
  e.status = TermStatus::kApproved;
  e.terms["vi"] = {{"hợp tác", TermStatus::kApproved, ""}};
  e.terms["en"] = {{"cooperation", TermStatus::kApproved, ""}};
  page.glossary.entries.push_back(e);
  return page;
}

TEST(AlignedTerms, MarkWhatRendersATermWhereTheGlossaryEquivalentIsMissing) {
  ReviewPage page = page_with_synonym();
  auto marks = aligned_terms(page, 0);
  ASSERT_EQ(marks.size(), 1u);
  std::vector<std::string> marked;
  for (const AlignedTerm& a : marks[0]) {
    EXPECT_EQ(a.entry, 0u);
    const std::string& text = page.documents[0].translations[0].document.segments[a.segment].text;
    marked.push_back(text.substr(a.begin, a.end - a.begin));
    // Only units without "cooperation": those of the first phrase (segments 0, 6, 12, 18).
    EXPECT_EQ(a.segment % 6, 0u) << text;
  }
  EXPECT_EQ(marked, std::vector<std::string>(4, "collaboration"));
}

TEST(AlignedTerms, NothingToMarkWithoutGlossaryOrTranslation) {
  ReviewPage page = page_with_synonym();
  EXPECT_TRUE(aligned_terms(page, 1).empty() || aligned_terms(page, 1)[0].empty());
  page.glossary.entries.clear();
  EXPECT_TRUE(aligned_terms(page, 0)[0].empty());
}

}  // namespace
}  // namespace songngu
