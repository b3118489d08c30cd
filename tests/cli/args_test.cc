#include "cli/args.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/error.h"

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"source-lang", 's', true, "", "LANG", "source"},
    {"min-freq", 0, true, "", "N"},
    {"min-score", 0, true, "", "X"},
    {"jobs", 'j', true, "", "N"},
    {"quiet", 'q', false, "", ""},
};

Args parse(std::vector<std::string> words) {
  std::vector<char*> argv;
  words.insert(words.begin(), "cmd");
  for (auto& w : words) argv.push_back(w.data());
  return Args(kSpecs, static_cast<int>(argv.size()), argv.data());
}

std::string usage_error(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    return e.what();
  }
  return "no error";
}

TEST(Args, AnOlderSpellingIsAnAlias) {
  EXPECT_EQ(parse({"--source", "ko"}).get("source-lang"), "ko");
  EXPECT_EQ(parse({"--source=ko"}).get("source-lang"), "ko");
  EXPECT_EQ(parse({"-s", "ko"}).get("source-lang"), "ko");
  EXPECT_FALSE(parse({"-s", "ko"}).get("source"));
}

TEST(Args, IntegersAreWholeNumbersInRange) {
  EXPECT_EQ(parse({}).integer("min-freq", 2, 1), 2);
  EXPECT_EQ(parse({"--min-freq", "7"}).integer("min-freq", 2, 1), 7);
  EXPECT_EQ(parse({"-j3"}).integer("jobs", 1, 1, 9999), 3);
  // "2.5" was once read as 2; now it is refused with the range.
  EXPECT_EQ(usage_error([] {
              parse({"--min-freq", "2.5"}).integer("min-freq", 2, 1);
            }),
            "--min-freq needs a whole number of 1 or more, not \"2.5\"");
  EXPECT_EQ(usage_error([] {
              parse({"-j", "0"}).integer("jobs", 1, 1, 9999);
            }),
            "--jobs needs a whole number from 1 to 9999, not \"0\"");
  for (const char* bad : {"", "-1", "+3", " 3", "3 ", "1e3", "0x10", "99999999999999999999999", "three"})
    EXPECT_NE(usage_error([&] { parse({"--min-freq", bad}).integer("min-freq", 2, 1); }), "no error") << bad;
}

TEST(Args, RealsAreDecimalNumbersInRange) {
  EXPECT_DOUBLE_EQ(parse({}).real("min-score", 0.35, 0, 1), 0.35);
  EXPECT_DOUBLE_EQ(parse({"--min-score", "0.5"}).real("min-score", 0.35, 0, 1), 0.5);
  EXPECT_DOUBLE_EQ(parse({"--min-score", "1"}).real("min-score", 0.35, 0, 1), 1.0);
  EXPECT_EQ(usage_error([] {
              parse({"--min-score", "1.5"}).real("min-score", 0.35, 0, 1);
            }),
            "--min-score needs a number from 0 to 1, not \"1.5\"");
  for (const char* bad : {"", "-0.1", "nan", "inf", "1e-1", "0,5", ".", "0.5x"})
    EXPECT_NE(usage_error([&] {
                parse({"--min-score", bad}).real("min-score", 0.35, 0, 1);
              }),
              "no error")
        << bad;
}

TEST(Args, UnknownOptionsAndMissingValuesAreUsageErrors) {
  EXPECT_NE(usage_error([] { parse({"--nope"}); }), "no error");
  EXPECT_NE(usage_error([] { parse({"--min-freq"}); }), "no error");
  EXPECT_NE(usage_error([] { parse({"--quiet=yes"}); }), "no error");
}

}  // namespace
}  // namespace songngu::cli
