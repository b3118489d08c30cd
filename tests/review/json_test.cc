#include "review/json.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

TEST(Json, ReadsAFlatObject) {
  const JsonObject o =
      parse_json_object(R"( {"doc": 0, "lang":"en", "bead": 12, "ok": true, "x": null, "r": -1.5e2} )");
  EXPECT_EQ(json_index(o, "doc"), 0u);
  EXPECT_EQ(json_string(o, "lang"), "en");
  EXPECT_EQ(json_index(o, "bead"), 12u);
  EXPECT_EQ(o.at("ok").type, JsonScalar::Type::kBool);
  EXPECT_TRUE(o.at("ok").boolean);
  EXPECT_EQ(o.at("x").type, JsonScalar::Type::kNull);
  EXPECT_DOUBLE_EQ(o.at("r").number, -150);
  EXPECT_FALSE(json_index(o, "r")) << "not a whole number >= 0";
  EXPECT_FALSE(json_index(o, "lang")) << "a string is not a number";
  EXPECT_FALSE(json_string(o, "missing"));
  EXPECT_TRUE(parse_json_object("{}").empty());
}

TEST(Json, DecodesEscapesIncludingSurrogatePairs) {
  const JsonObject o = parse_json_object(R"({"t": "a\"b\\c\n\u1ec7\ud83d\ude00"})");
  EXPECT_EQ(json_string(o, "t"), "a\"b\\c\nệ\xF0\x9F\x98\x80");
}

TEST(Json, RefusesWhatIsNotOneFlatObjectSayingWhere) {
  for (const char* bad :
       {"", "[]", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":[1]}", "{\"a\":{}}", "{\"a\":1} x",
        "{\"a\":1,\"a\":2}", "{\"a\":\"\\ud800\"}", "{\"a\":01}", "{'a':1}", "{\"a\":\"\x01\"}"}) {
    try {
      parse_json_object(bad);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_NE(e.message().text().find("bad JSON"), std::string::npos) << bad;
    }
  }
}

TEST(Json, QuotesForJsonInsideHtml) {
  EXPECT_EQ(json_quote("a\"b\\c\n</script>\x01"), "\"a\\\"b\\\\c\\n\\u003c/script>\\u0001\"");
  EXPECT_EQ(json_quote("Tiếng Việt"), "\"Tiếng Việt\"");
  EXPECT_EQ(json_string(parse_json_object("{\"t\":" + json_quote("x\ty<\"") + "}"), "t"), "x\ty<\"");
}

}  // namespace
}  // namespace songngu
