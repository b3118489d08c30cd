#pragma once
// The data type at the check boundary: one finding of the consistency check.
#include <cstddef>
#include <string>

namespace songngu {

enum class FindingRule {
  kMissingTranslation,       // approved source term present, no approved target equivalent
  kInconsistentTranslation,  // one source term translated in different ways across units
  kForbiddenTerm,            // a forbidden target term used
  kNumberMismatch,           // numbers differ between source and target
  kCandidateNote,            // informational: a candidate term (never changes exit status)
};

enum class Severity { kError, kWarning, kNote };

struct Finding {
  FindingRule rule = FindingRule::kMissingTranslation;
  Severity severity = Severity::kError;
  std::string file;
  std::string unit;                // tuid for TMX, line number for TSV
  std::string unit_kind = "unit";  // "unit" (TMX tuid) or "line" (TSV line number)
  size_t line = 0;                 // the unit's line in the file, when known (XLIFF, PO); 0 otherwise
  std::string source_term;
  std::string expected;
  std::string found;
  std::string other_unit;      // kInconsistentTranslation: a unit with the other rendering
  std::string excerpt;         // the unit's target text, shortened
  std::string source_excerpt;  // the unit's source text, shortened
  std::string target_lang;     // base language of the target side
  // The unit's index in the list given to check_units (kNoUnit when the finding has no unit), so
  // a caller can go back to the unit itself (and from there to its bead).
  size_t unit_index = kNoUnit;
  static constexpr size_t kNoUnit = static_cast<size_t>(-1);
  // Where the unit renders the source term, by a word alignment trained on the checked units
  // (missing-translation, inconsistent-translation, candidate-note): the target phrase that
  // renders it (phrase extraction's rule, term_alignment.h) and its bytes in the unit's target
  // text; when no phrase does, the target words linked to it, runs joined by " … " (bytes 0, 0).
  // rendering_known with no words: no target word is linked to the term.
  bool rendering_known = false;
  std::string rendered_by;
  size_t rendered_begin = 0, rendered_end = 0;
};

const char* finding_rule_name(FindingRule rule);  // "missing-translation", ...
const char* severity_name(Severity severity);     // "error", "warning", "note"

}  // namespace songngu
