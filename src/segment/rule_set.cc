#include "segment/rule_set.h"

#include <unicode/utf16.h>

#include <algorithm>

#include "base/error.h"
#include "segment/regex_shape.h"

namespace songngu {

struct RuleSet::Group {
  std::unique_ptr<icu::RegexPattern> pattern;
  bool is_break = false;
  bool anchored = false;  // some beforebreak uses "^": search from the paragraph start
  // From regex_shape of the beforebreaks, to do less work without changing a verdict: the longest
  // match (-1: unknown), and the characters every match ends with (nullopt: any).
  int32_t max_length = -1;
  std::optional<icu::UnicodeSet> last;
};

namespace {

// True when `regex` uses "^" as an anchor (not escaped, not inside a character class).
bool uses_start_anchor(const std::string& regex) {
  int class_depth = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    char c = regex[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '[') {
      ++class_depth;
      if (i + 1 < regex.size() && regex[i + 1] == '^') ++i;  // negated class
    } else if (c == ']' && class_depth > 0) {
      --class_depth;
    } else if (c == '^' && class_depth == 0) {
      return true;
    }
  }
  return false;
}

void check_regex(const std::string& regex, const std::string& srx_path, int line) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::RegexPattern> p(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), parse_error, status));
  if (U_FAILURE(status))
    throw_bad_input(N_("invalid regular expression \"{1}\" in SRX rule: {2}"), {regex, u_errorName(status)},
                    {srx_path, static_cast<size_t>(line)});
}

// One rule as a single regex whose match ends exactly at the candidate position: with anchoring
// bounds the region end is "$", and with transparent bounds the lookahead sees past it.
std::string rule_regex(const SrxRule& rule) {
  std::string out = "(?:" + rule.before_break + ")$";
  if (!rule.after_break.empty()) out += "(?=" + rule.after_break + ")";
  return out;
}

}  // namespace

RuleSet::RuleSet(const std::vector<SrxRule>& rules, const std::string& srx_path) {
  rule_count_ = rules.size();
  std::string alternation;
  bool is_break = false;
  bool anchored = false;
  int first_line = 0;
  int32_t max_length = 0;
  std::optional<icu::UnicodeSet> last = icu::UnicodeSet();
  auto flush = [&] {
    if (alternation.empty()) return;
    auto group = std::make_unique<Group>();
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    group->pattern.reset(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(alternation), parse_error, status));
    if (U_FAILURE(status))  // each part compiled alone, so this is a combination problem
      throw_bad_input(N_("invalid regular expression \"{1}\" in SRX rule: {2}"),
                      {alternation, u_errorName(status)}, {srx_path, static_cast<size_t>(first_line)});
    group->is_break = is_break;
    group->anchored = anchored;
    group->max_length = max_length;
    group->last = std::move(last);
    groups_.push_back(std::move(group));
    alternation.clear();
    max_length = 0;
    last = icu::UnicodeSet();
  };
  for (const auto& rule : rules) {
    check_regex(rule.before_break, srx_path, rule.line);
    check_regex(rule.after_break, srx_path, rule.line);
    bool rule_anchored = uses_start_anchor(rule.before_break);
    if (!alternation.empty() && (rule.is_break != is_break || rule_anchored != anchored)) flush();
    if (alternation.empty()) {
      is_break = rule.is_break;
      anchored = rule_anchored;
      first_line = rule.line;
    } else {
      alternation += "|";
    }
    alternation += rule_regex(rule);
    RegexShape shape = regex_shape(rule.before_break);
    max_length = shape.max_length < 0 || max_length < 0 ? -1 : std::max(max_length, shape.max_length);
    if (shape.last && last) {
      last->addAll(*shape.last);
    } else {
      last.reset();
    }
  }
  flush();
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

RuleSet::Evaluator::Evaluator(const RuleSet& rules) : rules_(rules) {
  for (const auto& group : rules.groups_) {
    UErrorCode status = U_ZERO_ERROR;
    matchers_.emplace_back(group->pattern->matcher(status));
  }
}

RuleSet::Evaluator::~Evaluator() = default;

void RuleSet::Evaluator::reset(const icu::UnicodeString& paragraph) {
  paragraph_ = &paragraph;
  matchers_stale_ = true;
}

std::optional<bool> RuleSet::Evaluator::decide(int32_t pos) {
  if (matchers_stale_) {
    for (auto& m : matchers_) {
      m->reset(*paragraph_);
      m->useAnchoringBounds(true);
      m->useTransparentBounds(true);
    }
    matchers_stale_ = false;
  }
  for (size_t i = 0; i < matchers_.size(); ++i) {
    const Group& group = *rules_.groups_[i];
    if (group.last) {  // every match ends with one of these characters: is the one before pos one?
      if (pos <= 0) continue;
      const UChar* text = paragraph_->getBuffer();
      int32_t at = pos;
      UChar32 c;
      U16_PREV(text, 0, at, c);
      if (!group.last->contains(c)) continue;
    }
    // A match of at most max_length units ending at pos starts after pos - max_length (lookbehind
    // and \b still see the text before the region: its bounds are transparent).
    const int32_t window = group.max_length >= 0 ? std::min(kBeforeWindow, group.max_length) : kBeforeWindow;
    int32_t start = group.anchored ? 0 : std::max<int32_t>(0, pos - window);
    UErrorCode status = U_ZERO_ERROR;
    matchers_[i]->region(start, pos, status);
    if (U_FAILURE(status)) continue;
    if (matchers_[i]->find(status)) return group.is_break;
  }
  return std::nullopt;
}

}  // namespace songngu
