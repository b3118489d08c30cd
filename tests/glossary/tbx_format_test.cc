// parse_tbx's errors: each problem of a TBX file is a whole message template ("{1}:{2}: ..."), with
// the file, the line and the data (a status value) as arguments, so a Vietnamese or Korean session
// gets the message translated in full instead of an English fragment inside a translated frame.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/error.h"
#include "glossary/glossary_io.h"

namespace songngu {
namespace {

constexpr const char* kHead = "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n<text><body>\n";
constexpr const char* kTail = "</body></text>\n</martif>\n";

Error parse_error(const std::string& text) {
  try {
    parse_tbx(text, "g.tbx");
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error for: " << text;
  return Error(ErrorKind::kBadInput, "");
}

TEST(TbxFormat, EachProblemIsItsOwnTemplateWithTheDataAsArguments) {
  struct Case {
    std::string body;
    std::string message_template;
    std::vector<std::string> args;
    size_t line;
  } cases[] = {
      {"<termEntry>\n<langSet><tig><term>a</term></tig></langSet></termEntry>\n",
       "langSet without xml:lang",
       {},
       5},
      {"<termEntry>\n<langSet xml:lang=\"vi\"><tig><termNote>x</termNote></tig></langSet></termEntry>\n",
       "tig without term",
       {},
       5},
      {"<termEntry>\n<langSet xml:lang=\"vi\"><ntig><termGrp/></ntig></langSet></termEntry>\n",
       "ntig without termGrp/term",
       {},
       5},
      {"<termEntry>\n<descrip type=\"x-status\">maybe</descrip></termEntry>\n",
       "unknown status value \"{1}\"",
       {"maybe"},
       5},
      {"<termEntry>\n<descrip type=\"x-status\">approved</descrip></termEntry>\n",
       "termEntry without langSet",
       {},
       4},
      {"<termEntry><langSet xml:lang=\"en\"><tig><term>a</term>\n"
       "<termNote type=\"administrativeStatus\">sort-of-preferred</termNote></tig></langSet></termEntry>\n",
       "unknown {1} value \"{2}\"",
       {"administrativeStatus", "sort-of-preferred"},
       5},
  };
  for (const auto& c : cases) {
    Error e = parse_error(std::string(kHead) + c.body + kTail);
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput) << c.body;
    EXPECT_EQ(e.message_template(), c.message_template) << c.body;
    EXPECT_EQ(e.args(), c.args) << c.body;
    EXPECT_EQ(e.where(), (Location{"g.tbx", c.line})) << c.body;
  }

  Error root = parse_error("<?xml version=\"1.0\"?>\n\n<tmx/>\n");
  EXPECT_EQ(root.message_template(), "not a TBX file (the root element must be martif)");
  EXPECT_EQ(root.where(), (Location{"g.tbx", 3}));
  Error body = parse_error("<?xml version=\"1.0\"?>\n<martif><text/></martif>\n");
  EXPECT_EQ(body.message_template(), "TBX without text/body");
  Error entity = parse_error("<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY k \"x\">]>\n<martif/>\n");
  EXPECT_EQ(entity.message_template(),
            "entity declarations are not accepted in a glossary (refused, not expanded)");
  EXPECT_EQ(entity.where(), (Location{"g.tbx", 3}));
  // The English text the CLI falls back to reads as before, now with the offending value.
  EXPECT_STREQ(parse_error(std::string(kHead) + cases[3].body + kTail).what(),
               "g.tbx:5: unknown status value \"maybe\"");
}

}  // namespace
}  // namespace songngu
