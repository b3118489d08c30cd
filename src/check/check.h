#pragma once
// The glossary consistency check: for each unit whose source contains a glossary term (match keys,
// on syllable boundaries), the target must contain one of the entry's approved terms (preferred or
// accepted variant; English inflection and Korean particles tolerated). Rules:
//  - missing-translation (error): approved entry, source term present, no approved target term
//    and no other target term of the entry found;
//  - inconsistent-translation (warning; a note for candidate entries): the units of one input use
//    two or more different target terms of an entry and at least one of them is not approved
//    (approved terms and accepted variants may alternate freely); reported on each unit whose
//    rendering differs from the most frequent one;
//  - forbidden-term (error): a forbidden target term of the entry in a unit whose source has the
//    entry's source term;
//  - number-mismatch (error): the numbers of source and target differ (lang/numbers.h canonical
//    values, so 4.400 = 4,400 and 150 tỷ = 150 billion = 1,500억);
//  - candidate-note (note, only with `notes`): a candidate entry's source term present, none of its
//    target terms found.
// Contract: findings come in unit order, then rule order; deterministic; never throws on content.
#include <string>
#include <vector>

#include "check/finding.h"
#include "glossary/glossary.h"
#include "tm/translation_unit.h"

namespace songngu {

struct CheckOptions {
  std::string file;                // names the input in findings
  std::string source_lang = "vi";  // base languages
  std::string target_lang = "en";
  std::string unit_kind = "unit";  // "unit" (TMX, the tuid) or "line" (TSV, the line number)
  bool notes = false;              // report candidate notes
  bool numbers = true;             // the number-mismatch rule
  std::vector<size_t> lines;       // the line of each unit in its file (XLIFF, PO); empty: not known
};

std::vector<Finding> check_units(const std::vector<TranslationUnit>& units, const Glossary& glossary,
                                 const CheckOptions& options);

// Whether a finding changes the exit status (errors and warnings do, notes do not).
bool counts_as_finding(const Finding& finding);

}  // namespace songngu
