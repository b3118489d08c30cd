#include "glossary/glossary.h"

#include <string_view>

namespace songngu {

const char* term_status_name(TermStatus status) {
  switch (status) {
    case TermStatus::kApproved: return "approved";
    case TermStatus::kCandidate: return "candidate";
    case TermStatus::kForbidden: return "forbidden";
  }
  return "candidate";
}

bool parse_term_status(const std::string& text, TermStatus* status) {
  if (text == "approved" || text == "preferred" || text == "admitted" || text == "preferredTerm-admn-sts" ||
      text == "admittedTerm-admn-sts") {
    *status = TermStatus::kApproved;
  } else if (text == "candidate" || text == "" || text == "proposed") {
    *status = TermStatus::kCandidate;
  } else if (text == "forbidden" || text == "deprecated" || text == "deprecatedTerm-admn-sts" ||
             text == "supersededTerm-admn-sts" || text == "notRecommended") {
    *status = TermStatus::kForbidden;
  } else {
    return false;
  }
  return true;
}

namespace {
constexpr std::string_view kMarkOpen = "\u27E6", kMarkClose = "\u27E7";
}  // namespace

std::string marked_text(const MarkedText& text) {
  if (text.mark_begin >= text.mark_end || text.mark_end > text.text.size()) return text.text;
  std::string out = text.text.substr(0, text.mark_begin);
  out.append(kMarkOpen)
      .append(text.text, text.mark_begin, text.mark_end - text.mark_begin)
      .append(kMarkClose);
  return out.append(text.text, text.mark_end);
}

MarkedText unmark_text(const std::string& text) {
  size_t open = text.find(kMarkOpen);
  size_t close = open == std::string::npos ? open : text.find(kMarkClose, open + kMarkOpen.size());
  if (close == std::string::npos) return {text, 0, 0};
  MarkedText out;
  out.text = text.substr(0, open);
  out.mark_begin = out.text.size();
  out.text.append(text, open + kMarkOpen.size(), close - open - kMarkOpen.size());
  out.mark_end = out.text.size();
  out.text.append(text, close + kMarkClose.size());
  return out;
}

const std::vector<Term>& terms_of(const TermEntry& entry, const std::string& lang_base) {
  static const std::vector<Term> kNone;
  auto it = entry.terms.find(lang_base);
  return it == entry.terms.end() ? kNone : it->second;
}

std::vector<std::pair<std::string, std::string>> term_pairs(const Glossary& glossary,
                                                            const std::string& source_lang,
                                                            const std::string& target_lang) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& entry : glossary.entries)
    for (const auto& s : terms_of(entry, source_lang)) {
      if (s.status == TermStatus::kForbidden) continue;
      for (const auto& t : terms_of(entry, target_lang))
        if (t.status != TermStatus::kForbidden) pairs.emplace_back(s.text, t.text);
    }
  return pairs;
}

}  // namespace songngu
