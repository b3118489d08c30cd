#include "segment/srx.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/data_dir.h"
#include "base/error.h"

namespace songngu {
namespace {

const char* kTwoLanguages = R"(<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="CASCADE"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\bMr\.</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule><beforebreak>[.?!]+</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="EN.*" languagerulename="English"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>
)";

std::string with_cascade(const std::string& value) {
  std::string xml = kTwoLanguages;
  xml.replace(xml.find("CASCADE"), 7, value);
  return xml;
}

TEST(Srx, ReadsRulesAndAttributes) {
  SrxDocument doc = read_srx_string(with_cascade("yes"), "test.srx");
  ASSERT_EQ(doc.language_rules.size(), 2u);
  const SrxRule& mr = doc.language_rules[0].rules.at(0);
  EXPECT_FALSE(mr.is_break);
  EXPECT_EQ(mr.before_break, "\\bMr\\.");
  EXPECT_EQ(mr.after_break, "\\s");
  EXPECT_EQ(mr.line, 7);
  EXPECT_TRUE(doc.language_rules[1].rules.at(0).is_break);  // break defaults to yes
}

TEST(Srx, CascadeConcatenatesEveryMatchingMapInOrder) {
  SrxDocument doc = read_srx_string(with_cascade("yes"), "test.srx");
  auto en = doc.rules_for("en-US");  // languagepattern matching ignores case
  ASSERT_EQ(en.size(), 2u);
  EXPECT_FALSE(en[0].is_break);
  EXPECT_TRUE(en[1].is_break);
  EXPECT_EQ(doc.rules_for("vi").size(), 1u);
}

TEST(Srx, WithoutCascadeOnlyTheFirstMatchingMapCounts) {
  SrxDocument doc = read_srx_string(with_cascade("no"), "test.srx");
  EXPECT_EQ(doc.rules_for("en").size(), 1u);
  EXPECT_EQ(doc.rules_for("ko").size(), 1u);
}

std::string error_of(const std::string& xml) {
  try {
    read_srx_string(xml, "bad.srx");
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "";
}

TEST(Srx, MalformedXmlNamesTheLine) {
  std::string xml = with_cascade("yes");
  xml.replace(xml.find("</afterbreak></rule>\n      </languagerule>"), 13, "</afterbrake>");
  std::string message = error_of(xml);
  EXPECT_NE(message.find("bad.srx:7: "), std::string::npos) << message;
}

TEST(Srx, BadBreakValueNamesTheLine) {
  std::string xml = with_cascade("yes");
  xml.replace(xml.find("break=\"no\""), 10, "break=\"maybe\"");
  std::string message = error_of(xml);
  EXPECT_NE(message.find("bad.srx:7: "), std::string::npos) << message;
  EXPECT_NE(message.find("maybe"), std::string::npos) << message;
}

TEST(Srx, MapToAnUnknownRuleNamesTheLine) {
  std::string xml = with_cascade("yes");
  xml.replace(xml.find("languagerulename=\"Default\"/>"), 26, "languagerulename=\"French\"/>");
  std::string message = error_of(xml);
  EXPECT_NE(message.find("bad.srx:15: "), std::string::npos) << message;
  EXPECT_NE(message.find("French"), std::string::npos) << message;
}

TEST(Srx, NotSrxAtAll) {
  EXPECT_NE(error_of("<tmx version=\"1.4\"/>").find("<srx>"), std::string::npos);
  EXPECT_NE(error_of("").find("bad.srx:"), std::string::npos);
}

// Each problem is one whole message template (translated as a sentence); the arguments are only
// text taken from the file, never English words glued into the template; file and line are the
// error's location.
TEST(Srx, EachProblemIsItsOwnTemplateWithDataArguments) {
  auto error_for = [](const std::string& xml) -> Error {
    try {
      read_srx_string(xml, "bad.srx");
    } catch (const Error& e) {
      return e;
    }
    return Error(ErrorKind::kBadInput, "no error");
  };
  std::string bad_break = with_cascade("yes");
  bad_break.replace(bad_break.find("break=\"no\""), 10, "break=\"maybe\"");
  Error e = error_for(bad_break);
  EXPECT_NE(e.message_template().find("must be yes or no"), std::string::npos) << e.message_template();
  EXPECT_EQ(e.args(), (std::vector<std::string>{"break", "maybe"}));
  EXPECT_EQ(e.where(), (Location{"bad.srx", 7}));

  std::string unknown_rule = with_cascade("yes");
  unknown_rule.replace(unknown_rule.find("languagerulename=\"Default\"/>"), 26,
                       "languagerulename=\"French\"/>");
  e = error_for(unknown_rule);
  EXPECT_NE(e.message_template().find("no languagerule named"), std::string::npos) << e.message_template();
  EXPECT_EQ(e.args(), (std::vector<std::string>{"French"}));
  EXPECT_EQ(e.where(), (Location{"bad.srx", 15}));

  std::vector<std::string> templates;
  for (const std::string& xml :
       {std::string("<tmx version=\"1.4\"/>"), std::string("<srx/>"), bad_break, unknown_rule}) {
    Error each = error_for(xml);
    EXPECT_EQ(each.where().file, "bad.srx");
    EXPECT_GE(each.where().line, 1u);
    for (const auto& t : templates) EXPECT_NE(t, each.message_template());
    templates.push_back(each.message_template());
  }
}

TEST(Srx, MissingFile) {
  EXPECT_THROW(read_srx_file("/nonexistent/rules.srx"), Error);
}

TEST(Srx, ShippedFileHasRulesForEveryLanguage) {
  SrxDocument doc = read_srx_file(data_file("srx/songngu.srx"));
  for (const char* tag : {"vi", "vi-VN", "en", "en-GB", "ko", "ko-KR"}) {
    auto rules = doc.rules_for(tag);
    EXPECT_GE(rules.size(), 3u) << tag;
  }
  EXPECT_EQ(doc.rules_for("fr").size(), doc.rules_for("de").size());  // Common only
}

}  // namespace
}  // namespace songngu
