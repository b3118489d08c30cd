#include "tm/inline_tags.h"

#include <gtest/gtest.h>

#include "base/error.h"

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

// "Tôi yêu Hà Nội." with "Hà Nội" bold; "I love Hanoi." with "Hanoi" bold.
TaggedText vi() {
  return {"Tôi yêu Hà Nội.", {span(9, 17, InlineKind::kBold, 0, "b")}};
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
  InlineSpan b = span(9, 17, InlineKind::kBold, 0, "t");
  b.boundaries = true;
  b.end_number = 1;
  TaggedText t{"Tôi yêu Hà Nội.", {b}};
  EXPECT_EQ(tagged_source(t, TagStyle::kOmegat), "Tôi yêu <t0/>Hà Nội<t1/>.");
  // Formatting over the whole paragraph is no tag in OmegaT.
  InlineSpan whole = span(0, 3, InlineKind::kBold, InlineSpan::kEnclosing, "b");
  EXPECT_EQ(tagged_source(TaggedText{"abc", {whole}}, TagStyle::kOmegat), "abc");
}

TEST(InlineTags, StyleNames) {
  EXPECT_EQ(tag_style_named("omegat"), TagStyle::kOmegat);
  EXPECT_EQ(tag_style_named("none"), TagStyle::kNone);
  EXPECT_THROW(tag_style_named("xliff"), Error);
}

}  // namespace
}  // namespace songngu
