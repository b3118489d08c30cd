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
  EXPECT_FALSE(
      inline_markup_problem("<bpt i=\"1\">&lt;b&gt;<sub>note</sub></bpt>x<ept i=\"1\"/><hi>y<ph/></hi>"));

  struct Case {
    const char* markup;
    Kind kind;
    const char* element;
    const char* parent;
  } cases[] = {
      {"a <b>x</b>", Kind::kNotInlineElement, "b", "seg"},
      {"<sub>x</sub>", Kind::kNotAllowedInside, "sub", "seg"},
      {"<ph><hi>x</hi></ph>", Kind::kNotAllowedInside, "hi", "ph"},
  };
  for (const auto& c : cases) {
    auto problem = inline_markup_problem(c.markup);
    ASSERT_TRUE(problem) << c.markup;
    EXPECT_EQ(problem->kind, c.kind) << c.markup;
    EXPECT_EQ(problem->element, c.element) << c.markup;
    EXPECT_EQ(problem->parent, c.parent) << c.markup;
  }

  // Ill-formed XML: the scanner's own whole template and its place, not its English text.
  auto amp = inline_markup_problem("a & b");
  ASSERT_TRUE(amp);
  EXPECT_EQ(amp->kind, Kind::kNotWellFormed);
  EXPECT_EQ(amp->xml.message.find("{1}:"), std::string::npos) << "no location in the template";
  EXPECT_NE(amp->xml.message.find("entity reference"), std::string::npos) << amp->xml.message;
  EXPECT_EQ(amp->xml.where.file, "seg");
  EXPECT_EQ(amp->xml.where.line, 1u);
}

TEST(InlineMarkup, TextErrorsAreWholeTemplates) {
  EXPECT_EQ(inline_markup_text("<bpt i=\"1\">{b}</bpt>Bold<ept i=\"1\">{/b}</ept> <hi>text</hi>"),
            "Bold text");
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
    EXPECT_EQ(
        e.message_template(),
        "inline markup is not valid TMX: <{1}> is not a TMX inline element (bpt, ept, ph, it, hi, ut, sub)");
    EXPECT_EQ(e.args(), (std::vector<std::string>{"b"}));
  }
}

}  // namespace
}  // namespace songngu
