#include "report/review_page.h"

#include <gtest/gtest.h>

#include "base/escape.h"

namespace songngu {
namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

Document doc(const char* lang, std::vector<std::string> texts) {
  Document d;
  d.lang = Lang(lang);
  for (auto& t : texts) {
    Segment s;
    s.text = std::move(t);
    d.segments.push_back(std::move(s));
  }
  return d;
}

Bead bead(uint32_t sb, uint32_t sc, uint32_t tb, uint32_t tc, float confidence) {
  Bead b;
  b.src_begin = sb;
  b.src_count = sc;
  b.tgt_begin = tb;
  b.tgt_count = tc;
  b.confidence = confidence;
  return b;
}

ReviewPage sample_page() {
  ReviewPage page;
  page.style = "/*css*/";
  page.script = "/*js*/";
  ReviewDocument d;
  d.name = "2025-08-11-talks";
  d.source = doc("vi", {"Hai bên nhất trí nâng cấp quan hệ Đối tác chiến lược toàn diện.",
                        "Giá trị <b>\"4.400\"</b> & 'khác'.", "Câu thứ ba."});
  ReviewTranslation en;
  en.present = true;
  en.document = doc("en", {"Both sides agreed to upgrade the Comprehensive Strategic Partnership.",
                           "A value <script>alert(1)</script>.", "Third.", "An extra sentence."});
  en.alignment.beads = {bead(0, 1, 0, 1, 0.97f), bead(1, 1, 1, 1, 0.31f), bead(2, 1, 2, 1, 0.9f),
                        bead(3, 0, 3, 1, 0.2f)};
  ReviewTranslation ko;
  ko.present = true;
  ko.document =
      doc("ko", {"양측은 포괄적 전략적 동반자 관계를 격상하기로 합의했다.", "값 4,400. 세 번째 문장."});
  ko.alignment.beads = {bead(0, 1, 0, 1, 0.95f), bead(1, 2, 1, 1, 0.8f)};
  d.translations = {en, ko};
  page.documents.push_back(d);

  TermEntry e;
  e.id = "c1";
  e.status = TermStatus::kApproved;
  e.terms["vi"] = {{"Đối tác chiến lược toàn diện", TermStatus::kApproved, ""}};
  e.terms["en"] = {{"Comprehensive Strategic Partnership", TermStatus::kApproved, ""}};
  e.terms["ko"] = {{"포괄적 전략적 동반자 관계", TermStatus::kApproved, ""}};
  page.glossary.entries.push_back(e);

  ReviewFinding f;
  f.finding.rule = FindingRule::kNumberMismatch;
  f.finding.severity = Severity::kWarning;
  f.finding.source_term = "4.400";
  f.finding.expected = "4,400 <or> 4.400";
  f.finding.source_excerpt = "Giá trị <b>";
  f.finding.excerpt = "A value <script>";
  f.document = d.name;
  f.target_lang = "en";
  f.bead = 1;
  page.findings.push_back(f);
  ReviewFinding unplaced;
  unplaced.finding.rule = FindingRule::kMissingTranslation;
  unplaced.finding.unit = "tu-77";
  page.findings.push_back(unplaced);
  return page;
}

TEST(HtmlEscape, EscapesTheFiveSpecialCharactersOnly) {
  EXPECT_EQ(html_escape("a<b>&\"c\"'d' Việt"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; Việt");
}

TEST(ReviewPage, EscapesEveryTextFromTheInput) {
  ReviewPage page = sample_page();
  page.title = "Review <of> & \"x\"";
  std::string html = review_page_html(page);
  EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(html.find("A value &lt;script&gt;alert(1)&lt;/script&gt;."), std::string::npos);
  EXPECT_NE(html.find("Giá trị &lt;b&gt;&quot;4.400&quot;&lt;/b&gt; &amp; &#39;khác&#39;."),
            std::string::npos);
  EXPECT_NE(html.find("<title>Review &lt;of&gt; &amp; &quot;x&quot;</title>"), std::string::npos);
  EXPECT_NE(html.find("4,400 &lt;or&gt; 4.400"), std::string::npos);
  // The only <script> element is the page's own, and there are no external references.
  EXPECT_EQ(count(html, "<script"), 1u);
  EXPECT_EQ(html.find(" src=\""), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("<style>\n/*css*/"), std::string::npos);
}

TEST(ReviewPage, EveryBeadAppearsOnceInPivotRows) {
  std::string html = review_page_html(sample_page());
  EXPECT_EQ(count(html, "data-pair=\"vi-en\""), 4u);
  EXPECT_EQ(count(html, "data-pair=\"vi-ko\""), 2u);
  // Rows: [vi 0], [vi 1-2] (vi-ko joins them), [en-only extra sentence].
  EXPECT_EQ(count(html, "<tr id=\"d0-r"), 3u);
  EXPECT_NE(html.find("data-bead=\"3\" data-type=\"0-1\" data-confidence=\"0.20\""), std::string::npos);
  EXPECT_NE(html.find("data-pair-beads=\"vi-en\">4<"), std::string::npos);
  for (const char* text :
       {"Hai bên nhất trí", "Câu thứ ba.", "Third.", "An extra sentence.", "세 번째 문장."})
    EXPECT_EQ(count(html, text), 1u) << text;
}

TEST(ReviewPage, DoubtfulBeadsAndTheirRowsAreMarked) {
  ReviewPage page = sample_page();
  std::string html = review_page_html(page);
  EXPECT_NE(html.find("<tr id=\"d0-r1\" class=\"row\""), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"d0-r2\" class=\"row doubtful has-finding\""), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"d0-r3\" class=\"row doubtful\""), std::string::npos);
  EXPECT_EQ(count(html, "class=\"bead doubtful"), 2u);
  EXPECT_NE(html.find("id=\"doubtful-only\""), std::string::npos);
  page.doubtful_below = 0.1;
  EXPECT_EQ(count(review_page_html(page), "class=\"bead doubtful"), 0u);
}

TEST(ReviewPage, GlossaryTermsAreMarkedInEveryColumnWithTheirEquivalents) {
  std::string html = review_page_html(sample_page());
  // The term and its equivalents share the concept's colour (c0: the first entry) in every column.
  EXPECT_EQ(count(html, "<span class=\"term approved c0\" data-entry=\"0\""), 3u);
  EXPECT_NE(html.find(">Đối tác chiến lược toàn diện</span>"), std::string::npos);
  EXPECT_NE(html.find(">Comprehensive Strategic Partnership</span>"), std::string::npos);
  EXPECT_NE(html.find(">포괄적 전략적 동반자 관계를</span>"), std::string::npos);
  EXPECT_NE(html.find("title=\"en: Comprehensive Strategic Partnership\nko: 포괄적 전략적 동반자 관계\n"
                      "vi: Đối tác chiến lược toàn diện\napproved\""),
            std::string::npos);
}

TEST(ReviewPage, FindingsAreListedAndLinkedToTheirRows) {
  std::string html = review_page_html(sample_page());
  EXPECT_NE(html.find("Consistency findings (2)"), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"f1\" class=\"finding sev-warning\"><td>warning</td><td>number-mismatch</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<a class=\"goto\" href=\"#d0-r2\">en row 2</a>"), std::string::npos);
  EXPECT_NE(html.find("href=\"#f1\" title=\"number-mismatch: 4.400"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"excerpt\">Giá trị &lt;b&gt;</div><div class=\"excerpt\">A value "
                      "&lt;script&gt;</div>"),
            std::string::npos);
  // A finding without a bead is listed with its unit, without a link.
  EXPECT_NE(html.find("<td>missing-translation</td>"), std::string::npos);
  EXPECT_NE(html.find(">tu-77<"), std::string::npos);
  EXPECT_EQ(count(html, "class=\"goto\""), 1u);
}

TEST(ReviewPage, MissingTranslationIsSaidInItsColumnHeader) {
  ReviewPage page = sample_page();
  page.documents[0].translations[1] = ReviewTranslation{};
  std::string html = review_page_html(page);
  EXPECT_NE(html.find("<th>Korean (no translation)</th>"), std::string::npos);
  EXPECT_EQ(count(html, "data-pair=\"vi-ko\""), 0u);
  EXPECT_EQ(count(html, "<tr id=\"d0-r"), 4u);
}

TEST(ReviewPage, SameInputSameBytes) {
  EXPECT_EQ(review_page_html(sample_page()), review_page_html(sample_page()));
}

}  // namespace
}  // namespace songngu

namespace songngu {
namespace {

TEST(ReviewPage, ATargetTermSharedByTwoConceptsTakesTheColourOfTheOneInTheSource) {
  ReviewPage page;
  page.target_langs = {"en"};
  ReviewDocument d;
  d.name = "titles";
  d.source = doc("vi", {"Chủ tịch nước phát biểu.", "Tổng thống phát biểu."});
  ReviewTranslation en;
  en.present = true;
  en.document = doc("en", {"The President spoke.", "The President spoke."});
  en.alignment.beads = {bead(0, 1, 0, 1, 0.9f), bead(1, 1, 1, 1, 0.9f)};
  d.translations = {en};
  page.documents.push_back(d);
  for (const char* vi : {"Chủ tịch nước", "Tổng thống"}) {
    TermEntry e;
    e.status = TermStatus::kApproved;
    e.terms["vi"] = {{vi, TermStatus::kApproved, ""}};
    e.terms["en"] = {{"President", TermStatus::kApproved, ""}};
    page.glossary.entries.push_back(e);
  }
  std::string html = review_page_html(page);
  // Row 1: Chủ tịch nước (entry 0) and its President; row 2: Tổng thống (entry 1) and its President.
  EXPECT_EQ(count(html, "class=\"term approved c0\" data-entry=\"0\""), 2u);
  EXPECT_EQ(count(html, "class=\"term approved c1\" data-entry=\"1\""), 2u);
}

}  // namespace
}  // namespace songngu
