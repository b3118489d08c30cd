#include "tm/inline_tags.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "tm/tmx_writer.h"
#include "tm/xliff_writer.h"
#include "tm_test_util.h"
#include "xliff_rules.h"

namespace songngu {
namespace {

InlineSpan span(uint32_t b, uint32_t e, InlineKind kind, uint16_t number, std::string name) {
  InlineSpan s;
  s.begin = b;
  s.end = e;
  s.kind = kind;
  s.number = number;
  s.name = std::move(name);
  return s;
}

// A span over the first `piece` of `text` (offsets are bytes: "Hà Nội" is 9 of them).
InlineSpan over(const std::string& text, const std::string& piece, InlineKind kind, uint16_t number,
                std::string name) {
  const auto b = static_cast<uint32_t>(text.find(piece));
  EXPECT_NE(text.find(piece), std::string::npos) << piece;
  return span(b, b + static_cast<uint32_t>(piece.size()), kind, number, std::move(name));
}

// "Tôi yêu Hà Nội." with "Hà Nội" bold; "I love Hanoi." with "Hanoi" bold.
TaggedText vi() {
  return {"Tôi yêu Hà Nội.", {over("Tôi yêu Hà Nội.", "Hà Nội", InlineKind::kBold, 0, "b")}};
}
TaggedText en() {
  return {"I love Hanoi.", {span(7, 12, InlineKind::kBold, 0, "b")}};
}

TEST(InlineTags, TmxLevel2PairsBptEptWithMatchingX) {
  EXPECT_EQ(tagged_source(vi(), TagStyle::kTmx),
            "Tôi yêu <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>Hà Nội<ept i=\"1\">&lt;/b&gt;</ept>.");
  EXPECT_EQ(tagged_target(vi(), en(), TagStyle::kTmx),
            "I love <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>Hanoi<ept i=\"1\">&lt;/b&gt;</ept>.");
}

TEST(InlineTags, OmegatTagsAsText) {
  EXPECT_EQ(tagged_source(vi(), TagStyle::kOmegat), "Tôi yêu <b0>Hà Nội</b0>.");
  EXPECT_EQ(tagged_target(vi(), en(), TagStyle::kOmegat), "I love <b0>Hanoi</b0>.");
  EXPECT_EQ(tagged_target(vi(), en(), TagStyle::kNone), "I love Hanoi.");
}

TEST(InlineTags, MatchesByKindAndOrder) {
  // Source: bold, italic; target: italic, bold, bold (the last one has no partner).
  std::vector<InlineSpan> s = {span(0, 1, InlineKind::kBold, 0, "b"),
                               span(2, 3, InlineKind::kItalic, 1, "i")};
  std::vector<InlineSpan> t = {span(0, 1, InlineKind::kItalic, 0, "i"), span(2, 3, InlineKind::kBold, 1, "b"),
                               span(4, 5, InlineKind::kBold, 2, "b")};
  EXPECT_EQ(match_spans(s, t), (std::vector<int>{1, 0, -1}));
  // OmegaT: the target takes the source's tag names; the unmatched span is left out.
  TaggedText src{"a b", s}, tgt{"x y z", t};
  EXPECT_EQ(tagged_target(src, tgt, TagStyle::kOmegat), "<i1>x</i1> <b0>y</b0> z");
  // TMX: the unmatched span keeps its codes, without x=.
  EXPECT_EQ(tagged_target(src, tgt, TagStyle::kTmx),
            "<bpt i=\"1\" x=\"2\" type=\"italic\">&lt;i&gt;</bpt>x<ept i=\"1\">&lt;/i&gt;</ept> "
            "<bpt i=\"2\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>y<ept i=\"2\">&lt;/b&gt;</ept> "
            "<bpt i=\"3\" type=\"bold\">&lt;b&gt;</bpt>z<ept i=\"3\">&lt;/b&gt;</ept>");
}

TEST(InlineTags, SpanCutBySegmentEdgeIsIsolated) {
  InlineSpan cut = span(4, 9, InlineKind::kBold, 0, "b");
  cut.open_end = true;  // the bold goes on into the next sentence
  TaggedText t{"One <two>", {cut}};
  EXPECT_EQ(tagged_source(t, TagStyle::kTmx),
            "One <it pos=\"begin\" x=\"1\" type=\"bold\">&lt;b&gt;</it>&lt;two&gt;");
  EXPECT_EQ(tagged_source(t, TagStyle::kOmegat), "One <b0><two>");
}

TEST(InlineTags, DocxBoundariesAreStandaloneTags) {
  InlineSpan b = over("Tôi yêu Hà Nội.", "Hà Nội", InlineKind::kBold, 0, "t");
  b.boundaries = true;
  b.end_number = 1;
  TaggedText t{"Tôi yêu Hà Nội.", {b}};
  EXPECT_EQ(tagged_source(t, TagStyle::kOmegat), "Tôi yêu <t0/>Hà Nội<t1/>.");
  // Formatting over the whole paragraph is no tag in OmegaT.
  InlineSpan whole = span(0, 3, InlineKind::kBold, InlineSpan::kEnclosing, "b");
  EXPECT_EQ(tagged_source(TaggedText{"abc", {whole}}, TagStyle::kOmegat), "abc");
}

TEST(InlineTags, SpanCutBySegmentBoundaryIsOnePairInAJoinedUnit) {
  // "Một <b>câu. Hai</b> ba." segmented after "câu.": the bold ends the first segment and opens the
  // second. In a 2-1 bead both are one unit, so the bold is one pair again.
  InlineSpan head = over("Một câu.", "câu.", InlineKind::kBold, 0, "b");
  head.open_end = true;
  InlineSpan tail = over("Hai ba.", "Hai", InlineKind::kBold, 0, "b");
  tail.open_begin = true;
  TaggedText t;
  append_tagged(t, "Một câu.", {head});
  append_tagged(t, "Hai ba.", {tail});
  ASSERT_EQ(t.spans.size(), 1u);
  EXPECT_EQ(t.text, "Một câu. Hai ba.");
  EXPECT_EQ(
      tagged_source(t, TagStyle::kTmx),
      "Một <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>câu. Hai<ept i=\"1\">&lt;/b&gt;</ept> ba.");
  // Another bold of the same kind opening the next segment is not glued to a span that ended.
  TaggedText u;
  append_tagged(u, "Một câu.", {over("Một câu.", "câu.", InlineKind::kBold, 0, "b")});
  InlineSpan other = over("Hai ba.", "Hai", InlineKind::kBold, 1, "b");
  append_tagged(u, "Hai ba.", {other});
  EXPECT_EQ(u.spans.size(), 2u);
}

// A unit with nested, overlapping, cut, standalone and unmatched codes, as the aligner writes it.
TranslationUnit tagged_unit() {
  // "Một & <hai> ba bốn năm": italic cut before "Một", a break after it, bold over "<hai> ba" with
  // underline inside, a link over "ba bốn" overlapping the end of the bold.
  const std::string v = "Một & <hai> ba bốn năm", e = "One & <two> three four five";
  InlineSpan cut = over(v, "Một", InlineKind::kItalic, 0, "i");
  cut.open_begin = true;
  const auto vb = static_cast<uint32_t>(v.find(' '));
  TaggedText vi{
      v,
      {cut, span(vb, vb, InlineKind::kBreak, 1, "br"), over(v, "<hai> ba", InlineKind::kBold, 2, "b"),
       over(v, "hai", InlineKind::kUnderline, 3, "u"), over(v, "ba bốn", InlineKind::kLink, 4, "a")}};
  InlineSpan ecut = over(e, "One", InlineKind::kItalic, 0, "i");
  ecut.open_begin = true;
  const auto eb = static_cast<uint32_t>(e.find(' '));
  TaggedText en{
      e,
      {ecut, span(eb, eb, InlineKind::kBreak, 1, "br"), over(e, "<two> three", InlineKind::kBold, 2, "b"),
       over(e, "two", InlineKind::kUnderline, 3, "u"), over(e, "three four", InlineKind::kLink, 4, "a"),
       over(e, "five", InlineKind::kCode, 5, "c")}};
  TranslationUnit u;
  u.tuid = "1";
  u.variants = {Variant{"vi", vi.text, tagged_source(vi, TagStyle::kTmx), {}, {}, {}},
                Variant{"en", en.text, tagged_target(vi, en, TagStyle::kTmx), {}, {}, {}}};
  return u;
}

TEST(InlineTags, TaggedTmxIsValidAgainstTheTmx14Dtd) {
  const TranslationUnit u = tagged_unit();
  EXPECT_EQ(
      u.variants[0].markup,
      "Một<it pos=\"end\" x=\"1\" type=\"italic\">&lt;/i&gt;</it><ph x=\"2\" type=\"lb\">&lt;br/&gt;</ph> "
      "&amp; <bpt i=\"1\" x=\"3\" type=\"bold\">&lt;b&gt;</bpt>&lt;<bpt i=\"2\" x=\"4\" "
      "type=\"ulined\">&lt;u&gt;</bpt>hai<ept i=\"2\">&lt;/u&gt;</ept>&gt; <bpt i=\"3\" x=\"5\" "
      "type=\"link\">&lt;a&gt;</bpt>ba<ept i=\"1\">&lt;/b&gt;</ept> bốn<ept i=\"3\">&lt;/a&gt;</ept> năm");
  // The code span has no partner: no x=.
  EXPECT_NE(u.variants[1].markup.find("<bpt i=\"4\" type=\"x-code\">&lt;code&gt;</bpt>five"),
            std::string::npos);
  const std::string path = test::temp_dir("inline-tags-tmx") + "/tags.tmx";
  EXPECT_EQ(write_tmx(path, default_header("vi"), {u}), 0u);
  if (test::tmx14_dtd().empty()) GTEST_SKIP() << "xmllint or OmegaT's DTD not installed";
  EXPECT_EQ(test::dtd_validate(path), 0) << test::slurp(path);
}

TEST(InlineTags, TaggedUnitsInXliffShareTheIdsOfMatchedCodesAndAreValid) {
  const std::string dir = test::temp_dir("inline-tags-xliff");
  XliffWriteOptions o;
  o.source_lang = "vi";
  o.target_lang = "en";
  for (const std::string version : {"1.2", "2.0"}) {
    o.version = version;
    const std::string path = dir + "/tags" + version + ".xlf";
    EXPECT_EQ(write_xliff(path, {tagged_unit()}, o).units, 1u);
    const std::string xml = test::slurp(path);
    const bool v2 = version == "2.0";
    // The bold's id is its TMX x= on both sides; the unmatched code span gets an id of its own.
    const std::string bold =
        v2 ? "<sc id=\"x3\" type=\"fmt\" subType=\"xlf:b\"" : "<bpt id=\"x3\" ctype=\"bold\">";
    const size_t first = xml.find(bold);
    EXPECT_NE(first, std::string::npos) << xml;
    EXPECT_NE(xml.find(bold, first + 1), std::string::npos) << xml;
    EXPECT_NE(xml.find(v2 ? "<sc id=\"b1\" dataRef=" : "<bpt id=\"b1\">&lt;code&gt;"), std::string::npos)
        << xml;
    EXPECT_NE(xml.find(v2 ? "<ec id=\"x1\" isolated=\"yes\" type=\"fmt\" subType=\"xlf:i\""
                          : "<it id=\"x1\" pos=\"close\" ctype=\"italic\">"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find(v2 ? "<ph id=\"x2\" type=\"fmt\" subType=\"xlf:lb\"" : "<ph id=\"x2\" ctype=\"lb\">"),
              std::string::npos)
        << xml;
    if (v2) {
      EXPECT_EQ(test::xliff20_rule_problems(xml), std::vector<std::string>{});
    }
    if (!test::have_xmllint()) continue;
    EXPECT_EQ(test::xsd_validate(path, v2 ? "xliff_core_2.0.xsd" : "xliff-core-1.2-strict.xsd"), 0) << xml;
  }
}

TEST(InlineTags, StyleNames) {
  EXPECT_EQ(tag_style_named("omegat"), TagStyle::kOmegat);
  EXPECT_EQ(tag_style_named("none"), TagStyle::kNone);
  EXPECT_THROW(tag_style_named("xliff"), Error);
}

}  // namespace
}  // namespace songngu
