#include "glossary/glossary.h"

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
