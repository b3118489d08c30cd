#pragma once
// SRX 2.0 (Segmentation Rules eXchange, the CAT-tool standard read by OmegaT, Okapi and memoQ):
// reading a rules file into plain data. Which rules apply to a language follows the SRX maprules:
// every <languagemap> whose languagepattern (an ICU regex, case-insensitive) matches the whole tag, in file
// order; with cascade="yes" the rules of all matching maps are concatenated, with cascade="no" only
// the first matching map counts. Rule semantics (where rules are evaluated) live in rule_set.h.
#include <string>
#include <vector>

namespace songngu {

struct SrxRule {
  bool is_break = true;      // break="yes" (the SRX default) or break="no"
  std::string before_break;  // ICU regex the text before the position must match (may be empty)
  std::string after_break;   // ICU regex the text after the position must match (may be empty)
  int line = 0;              // line of the <rule> element, for error messages
};

struct SrxLanguageRule {
  std::string name;
  std::vector<SrxRule> rules;
};

struct SrxLanguageMap {
  std::string language_pattern;  // ICU regex matched against the whole language tag
  std::string rule_name;
  int line = 0;
};

struct SrxDocument {
  std::string path;  // for error messages
  bool cascade = true;
  std::vector<SrxLanguageRule> language_rules;
  std::vector<SrxLanguageMap> maps;

  // The rules for `language_tag` (e.g. "vi", "en-US"), in evaluation order. Throws Error(kBadInput)
  // naming the file and line when a languagepattern is not a valid regex.
  std::vector<SrxRule> rules_for(const std::string& language_tag) const;
};

// Parses an SRX 2.0 document. Throws Error(kBadInput) with the file name and line number when the
// XML is malformed, the root is not <srx>, a <languagemap> names a languagerule that does not
// exist, or a break attribute is neither "yes" nor "no". Regexes are checked when compiled.
SrxDocument read_srx_file(const std::string& path);
SrxDocument read_srx_string(const std::string& xml, const std::string& name);

}  // namespace songngu
