#include "glossary/term_alignment.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace songngu {
namespace {

// 4 sentence frames x the phrases given, as parallel source and target texts.
struct Corpus {
  std::vector<std::string> sources, targets;
  std::vector<std::string_view> source_views() const { return {sources.begin(), sources.end()}; }
  std::vector<std::string_view> target_views() const { return {targets.begin(), targets.end()}; }
};

Corpus framed(const std::vector<std::pair<std::string, std::string>>& frames,
              const std::vector<std::pair<std::string, std::string>>& phrases) {
  auto fill = [](std::string frame, const std::string& phrase) {
    return frame.replace(frame.find("{}"), 2, phrase);
  };
  Corpus c;
  for (const auto& [fs, ft] : frames)
    for (const auto& [ps, pt] : phrases) c.sources.push_back(fill(fs, ps)), c.targets.push_back(fill(ft, pt));
  return c;
}

const std::vector<std::pair<std::string, std::string>> kEnglishFrames = {
    {"Hai bên thúc đẩy {}.", "The two sides promote {}."},
    {"Chính phủ ủng hộ {}.", "The government supports {}."},
    {"Người dân quan tâm đến {}.", "People care about {}."},
    {"Báo chí đưa tin về {}.", "The press reports on {}."}};

std::string rendered(const TermAlignment& a, const Corpus& c, size_t unit, const std::string& term,
                     bool every_word = true) {
  size_t at = c.sources[unit].find(term);
  auto source = a.source_span(unit, at, at + term.size());
  if (!source) return "(cuts a token)";
  auto span = a.rendering(unit, *source, every_word);
  if (!span) return "(none)";
  const auto& tokens = a.target_tokens(unit);
  return c.targets[unit].substr(tokens[span->begin].begin,
                                tokens[span->end - 1].end - tokens[span->begin].begin);
}

TEST(TermAlignment, CompoundsAreOneTokenNamesAreNot) {
  Corpus c = framed(kEnglishFrames, {{"hợp tác kinh tế", "economic cooperation"},
                                     {"Lee Jae Myung", "Lee Jae Myung"},
                                     {"phát triển kinh tế", "economic development"}});
  TermAlignmentOptions options;
  options.source_compounds = {{match_key("hợp tác"), 8}, {match_key("Lee Jae"), 4}};
  options.source_names = {match_key("Lee"), match_key("Jae"), match_key("Myung")};
  TermAlignment a(c.source_views(), c.target_views(), options);
  // "Hai bên thúc đẩy hợp tác kinh tế.": hợp tác is one token, so a span cutting it is no term.
  EXPECT_EQ(a.source_tokens(0).size(), 7u);
  EXPECT_EQ(rendered(a, c, 0, "hợp"), "(cuts a token)");
  EXPECT_EQ(rendered(a, c, 0, "hợp tác"), "cooperation");
  EXPECT_EQ(rendered(a, c, 0, "hợp tác kinh tế"), "economic cooperation");
  // Names stay syllables, linked to the same words in English.
  EXPECT_EQ(a.source_tokens(1).size(), 7u);
  EXPECT_EQ(rendered(a, c, 1, "Lee Jae Myung"), "Lee Jae Myung");
}

TEST(TermAlignment, KoreanParticlesAreNotPartOfTheRendering) {
  Corpus c = framed({{"Hai bên thúc đẩy {}.", "양측은 {}를 촉진한다."},
                     {"Chính phủ ủng hộ {}.", "정부는 {}를 지지한다."},
                     {"Người dân quan tâm đến {}.", "국민은 {}에 관심이 있다."},
                     {"Báo chí đưa tin về {}.", "언론은 {}에 대해 보도한다."}},
                    {{"hợp tác kinh tế", "경제 협력"},
                     {"đầu tư nước ngoài", "해외 투자"},
                     {"phát triển kinh tế", "경제 발전"}});
  TermAlignmentOptions options;
  options.target_lang = "ko";
  options.source_compounds = {{match_key("hợp tác"), 8}, {match_key("kinh tế"), 8}};
  TermAlignment a(c.source_views(), c.target_views(), options);
  EXPECT_EQ(rendered(a, c, 0, "hợp tác kinh tế"), "경제 협력");  // not 협력를
  EXPECT_EQ(rendered(a, c, 3, "hợp tác"), "협력");
}

TEST(TermAlignment, AClauseRendersNoTerm) {
  // "chọn phạm vi" is rendered "select the range": an article inside, before a lowercase word, is
  // a clause, not a glossary term.
  Corpus c = framed(kEnglishFrames, {{"chọn phạm vi", "to select the range"},
                                     {"phạm vi in", "the print range"},
                                     {"chọn ô", "to select cells"}});
  TermAlignmentOptions options;
  options.source_compounds = {{match_key("phạm vi"), 8}};
  TermAlignment a(c.source_views(), c.target_views(), options);
  EXPECT_EQ(rendered(a, c, 0, "phạm vi"), "range");
  EXPECT_EQ(rendered(a, c, 0, "chọn phạm vi"), "(none)");
  EXPECT_EQ(rendered(a, c, 2, "chọn ô"), "select cells");
}

TEST(TermAlignment, EveryWordOfTheTermMustBeRenderedUnlessAsked) {
  // "bề cao" with "bề" left out of the translation ("the height"): not an equivalent, but a pointer.
  Corpus c = framed(kEnglishFrames, {{"bề cao", "height"}, {"chiều cao", "height"}, {"độ cao", "altitude"}});
  TermAlignment a(c.source_views(), c.target_views(), TermAlignmentOptions{});
  std::string strict = rendered(a, c, 0, "bề cao"), loose = rendered(a, c, 0, "bề cao", false);
  EXPECT_TRUE(strict == "height" || strict == "(none)") << strict;
  EXPECT_EQ(loose, "height");
}

TEST(TermAlignment, AKoreanRenderingEndsInAWordNotInAVerbStem) {
  // "thả ra" is rendered 놓 of 놓은, a verb's stem (the texts also have 놓고, 놓습니다, never 놓
  // alone): no equivalent. "điểm mạnh" = 강점 of 강점은 is a noun (no verb endings): it renders.
  Corpus c = framed({{"Hai bên {} ngay.", "양측은 곧 {} 상태이다."},
                     {"Chính phủ {} lại.", "정부는 다시 {} 상태이다."},
                     {"Người dân {} rồi.", "국민은 이미 {} 상태이다."}},
                    {{"thả ra", "놓은"}, {"điểm mạnh", "강점은"}, {"đầu tư", "투자를"}});
  c.sources.insert(c.sources.end(), {"Thả ra rồi đi.", "Thả ra.", "Đầu tư."});
  c.targets.insert(c.targets.end(), {"놓고 간다.", "놓습니다.", "투자."});
  TermAlignmentOptions options;
  options.target_lang = "ko";
  options.source_compounds = {
      {match_key("thả ra"), 8}, {match_key("điểm mạnh"), 8}, {match_key("đầu tư"), 8}};
  TermAlignment a(c.source_views(), c.target_views(), options);
  for (size_t unit : {0, 3, 6}) EXPECT_EQ(rendered(a, c, unit, "thả ra"), "(none)") << unit;
  EXPECT_EQ(rendered(a, c, 1, "điểm mạnh"), "강점");
  EXPECT_EQ(rendered(a, c, 2, "đầu tư"), "투자");
}

TEST(TermAlignment, AnOccurrenceSeesTheRenderingNearestIt) {
  // "máy in A, máy in B" = "프린터 A, 프린터 B" with each máy in linked to both 프린터: each
  // occurrence keeps the links into the place nearest it.
  std::vector<UnitToken> target(6);
  for (size_t i = 0; i < target.size(); ++i) target[i].id = static_cast<TokenId>(20 + i);
  target[0].id = target[4].id = 7;  // 프린터
  WordLinks links = {{0, 0}, {0, 4}, {1, 1}, {2, 2}, {3, 3}, {4, 0}, {4, 4}, {5, 5}};
  auto without = [&](WordLink l) {
    WordLinks out = links;
    std::erase(out, l);
    return out;
  };
  EXPECT_EQ(occurrence_links(links, {0, 1}, 6, target), without({0, 4}));
  EXPECT_EQ(occurrence_links(links, {4, 5}, 6, target), without({4, 0}));
  // Links to two places that do not repeat a word (a term rendered in two parts) are kept.
  target[4].id = 12;
  EXPECT_EQ(occurrence_links(links, {0, 1}, 6, target).value_or(links), links);
  // So are links into one place (two words with a particle between).
  WordLinks near = {{0, 0}, {0, 2}};
  target[1].flags = UnitToken::kParticle;
  target[2].id = 7;
  EXPECT_EQ(occurrence_links(near, {0, 1}, 6, target).value_or(near), near);
}

TEST(TermAlignment, PostingsListTheUnitsOfAToken) {
  Corpus c = framed(kEnglishFrames, {{"hợp tác", "cooperation"}, {"đầu tư", "investment"}});
  TermAlignment a(c.source_views(), c.target_views(), TermAlignmentOptions{});
  TokenId id = a.target_id("cooperation");
  ASSERT_NE(id, kNullToken);
  auto units = a.units_with_target(id);
  EXPECT_EQ(std::vector<uint32_t>(units.begin(), units.end()), (std::vector<uint32_t>{0, 2, 4, 6}));
  EXPECT_EQ(a.target_id("nowhere"), kNullToken);
  EXPECT_TRUE(a.is_function_word(a.target_id("the")));
}

TEST(TermAlignment, EmptySidesHaveNoTokensAndNoLinks) {
  std::vector<std::string_view> sources = {"Hai bên.", "", "Hợp tác."},
                                targets = {"", "Both.", "Cooperation."};
  TermAlignment a(sources, targets, TermAlignmentOptions{});
  EXPECT_TRUE(a.source_tokens(0).empty());
  EXPECT_TRUE(a.links(0).empty());
  EXPECT_TRUE(a.target_tokens(1).empty());
  EXPECT_EQ(a.size(), 3u);
}

}  // namespace
}  // namespace songngu
