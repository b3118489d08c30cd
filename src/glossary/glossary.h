#pragma once
// The data type at the glossary boundary: concepts (TermEntry) with terms per language, as in TBX.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace songngu {

enum class TermStatus { kApproved, kCandidate, kForbidden };
const char* term_status_name(TermStatus status);  // "approved", "candidate", "forbidden"

struct Term {
  std::string text;
  TermStatus status = TermStatus::kCandidate;  // kForbidden: a translation that must not be used
  std::string note;
  double score = 0;  // extraction: association with the source term (Dice), 0 for curated terms
};

struct TermEntry {  // one concept
  std::string id;
  TermStatus status = TermStatus::kCandidate;
  std::map<std::string, std::vector<Term>> terms;  // base language -> preferred term first, then
                                                   // accepted variants and forbidden terms
  std::string note;
  std::string domain;
  // Extraction evidence (empty for curated entries).
  int frequency = 0;
  double score = 0;
  std::string example_source;
  std::string example_target;
};

struct Glossary {
  std::vector<TermEntry> entries;
};

// Parses "approved", "candidate", "forbidden" (and TBX's preferredTerm-admn-sts, admittedTerm-admn-sts,
// deprecatedTerm-admn-sts, supersededTerm-admn-sts, notRecommended). Returns false when unknown.
bool parse_term_status(const std::string& text, TermStatus* status);

// The terms of `lang_base` in `entry` (empty vector when none).
const std::vector<Term>& terms_of(const TermEntry& entry, const std::string& lang_base);

// The glossary as alignment evidence (AlignerOptions::term_pairs): every (source term, target term)
// pair of an entry, in entry and term order. Forbidden terms are left out on both sides: they are
// listed so that `check` can catch them, not as translations to look for.
std::vector<std::pair<std::string, std::string>> term_pairs(const Glossary& glossary,
                                                            const std::string& source_lang,
                                                            const std::string& target_lang);

}  // namespace songngu
