#pragma once
// The SRX rules of one language, compiled for evaluation at candidate positions only.
//
// Semantics (documented in docs and data/srx/songngu.srx): the segmenter does not run the rules at
// every character. ICU's sentence break iterator proposes boundaries, and a few cheap extra
// candidates are added (after "…" followed by a space, and at soft line wraps). At each candidate
// position P (taken before any spaces that follow the sentence end), the rules are tried in order;
// the first rule whose beforebreak matches text ending at P and whose afterbreak matches text
// starting at P decides (break="yes" or "no"). When no rule matches, ICU's proposal stands: an ICU
// boundary breaks, an extra candidate does not. One rule is built into the segmenter instead: a
// segment is never only a point number ("2.", "(3)"), whatever the rules say.
//
// Context limits: the text is one paragraph (soft wraps joined with a space). A beforebreak sees at
// most the last kBeforeWindow UTF-16 units before P unless it contains "^", which then means the
// paragraph start (so "^\d+\." is a numbered point at paragraph start only). An afterbreak sees the
// rest of the paragraph.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "segment/srx.h"

namespace songngu {

class RuleSet {
 public:
  static constexpr int32_t kBeforeWindow = 64;

  // Compiles the rules. Throws Error(kBadInput) naming `srx_path` and the rule's line when a
  // beforebreak or afterbreak is not a valid ICU regular expression.
  RuleSet(const std::vector<SrxRule>& rules, const std::string& srx_path);
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  size_t rule_count() const { return rule_count_; }

  // Evaluation state for one thread (ICU matchers are not thread-safe; patterns are).
  class Evaluator {
   public:
    explicit Evaluator(const RuleSet& rules);
    ~Evaluator();
    // `paragraph` must outlive the following decide() calls. Cheap: the matchers are reset on the
    // first decide() (most paragraphs of short text have no candidate to decide).
    void reset(const icu::UnicodeString& paragraph);
    // The verdict of the first matching rule at `pos` (true = break), or nullopt when none matches.
    std::optional<bool> decide(int32_t pos);

   private:
    const RuleSet& rules_;
    std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;
    const icu::UnicodeString* paragraph_ = nullptr;
    bool matchers_stale_ = false;
  };

 private:
  struct Group;  // consecutive rules with the same verdict, joined into one alternation
  std::vector<std::unique_ptr<Group>> groups_;
  size_t rule_count_ = 0;
};

}  // namespace songngu
