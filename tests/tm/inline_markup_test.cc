// Inline markup checks: problems come back as data (a kind plus the element names), and every
// caller's error is a whole message template with those names as arguments.
#include "tm/inline_markup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/error.h"

namespace songngu {
namespace {

using Kind = InlineMarkupProblem::Kind;

TEST(InlineMarkup, ProblemIsAKindWithTheElementNames) {
  EXPECT_FALSE(inline_markup_problem("<bpt i=\"1\">&lt;b&gt;<sub>note</sub></bpt>x<ept i=\"1\"/><hi>y<ph/></hi>"));

  auto not_inline = inline_markup_problem("a <b>x</b>");
  ASSERT_TRUE(not_inline);
  EXPECT_EQ(not_inline->kind, Kind::kNotInlineElement);
  EXPECT_EQ(not_inline->element, "b");
  EXPECT_EQ(not_inline->parent, "seg");

  auto sub_in_seg = inline_markup_problem("<sub>x</sub>");
  ASSERT_TRUE(sub_in_seg);
  EXPECT_EQ(sub_in_seg->kind, Kind::kNotAllowedInside);
  EXPECT_EQ(sub_in_seg->element, "sub");
  EXPECT_EQ(sub_in_seg->parent, "seg");

  auto hi_in_ph = inline_markup_problem("<ph><hi>x</hi></ph>");
  ASSERT_TRUE(hi_in_ph);
  EXPECT_EQ(hi_in_ph->kind, Kind::kNotAllowedInside);
  EXPECT_EQ(hi_in_ph->element, "hi");
  EXPECT_EQ(hi_in_ph->parent, "ph");

  // Ill-formed XML: the scanner's own whole template and arguments, not its English text.
  auto amp = inline_markup_problem("a & b");
  ASSERT_TRUE(amp);
  EXPECT_EQ(amp->kind, Kind::kNotWellFormed);
  EXPECT_EQ(amp->xml_template.rfind("{1}:{2}:{3}: ", 0), 0u) << amp->xml_template;
  EXPECT_NE(amp->xml_template.find("entity reference"), std::string::npos) << amp->xml_template;
  ASSERT_GE(amp->xml_args.size(), 3u);
  EXPECT_EQ(amp->xml_args[0], "seg");
}

TEST(InlineMarkup, TextErrorsAreWholeTemplates) {
  EXPECT_EQ(inline_markup_text("<bpt i=\"1\">{b}</bpt>Bold<ept i=\"1\">{/b}</ept> <hi>text</hi>"), "Bold text");
  try {
    inline_markup_text("<ph><hi>x</hi></ph>");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.message_template(), "inline markup is not valid TMX: <{1}> is not allowed inside <{2}>");
    EXPECT_EQ(e.args(), (std::vector<std::string>{"hi", "ph"}));
    EXPECT_STREQ(e.what(), "inline markup is not valid TMX: <hi> is not allowed inside <ph>");
  }
  try {
    inline_markup_text("<b/>");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.message_template(),
              "inline markup is not valid TMX: <{1}> is not a TMX inline element (bpt, ept, ph, it, hi, ut, sub)");
    EXPECT_EQ(e.args(), (std::vector<std::string>{"b"}));
  }
}

}  // namespace
}  // namespace songngu
