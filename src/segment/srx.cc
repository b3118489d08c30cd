#include "segment/srx.h"

#include <tinyxml2.h>
#include <unicode/regex.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "base/error.h"

namespace songngu {
namespace {

std::string child_text(const tinyxml2::XMLElement* parent, const char* name) {
  const tinyxml2::XMLElement* e = parent->FirstChildElement(name);
  if (!e || !e->GetText()) return "";
  return e->GetText();
}

// Every problem has its own whole message template, so that it is translated as a sentence (no
// English detail glued into a translated frame).
[[noreturn]] void bad_srx(const char* message, const std::string& name, int line,
                          std::vector<std::string> args = {}) {
  throw_bad_input(message, std::move(args), {name, static_cast<size_t>(std::max(line, 0))});
}

bool parse_yes_no(const tinyxml2::XMLElement* e, const char* attribute, bool fallback,
                  const std::string& name) {
  const char* v = e->Attribute(attribute);
  if (!v) return fallback;
  std::string s = v;
  if (s == "yes") return true;
  if (s == "no") return false;
  bad_srx(N_("invalid SRX file: {1}=\"{2}\" must be yes or no"), name, e->GetLineNum(), {attribute, s});
}

}  // namespace

SrxDocument read_srx_string(const std::string& xml, const std::string& name) {
  tinyxml2::XMLDocument doc;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
    const char* detail = doc.ErrorName();  // tinyxml2's error identifier, e.g. XML_ERROR_MISMATCHED_ELEMENT
    bad_srx(N_("invalid SRX file: not well-formed XML ({1})"), name, doc.ErrorLineNum(),
            {detail ? detail : "XML_ERROR"});
  }
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (!root || std::string(root->Name()) != "srx")
    bad_srx(N_("invalid SRX file: the root element is not <srx>"), name, root ? root->GetLineNum() : 1);
  SrxDocument out;
  out.path = name;
  if (const auto* header = root->FirstChildElement("header"))
    out.cascade = parse_yes_no(header, "cascade", true, name);
  const tinyxml2::XMLElement* body = root->FirstChildElement("body");
  if (!body) bad_srx(N_("invalid SRX file: no <body> element"), name, root->GetLineNum());
  if (const auto* rules = body->FirstChildElement("languagerules")) {
    for (const auto* lr = rules->FirstChildElement("languagerule"); lr;
         lr = lr->NextSiblingElement("languagerule")) {
      const char* rule_name = lr->Attribute("languagerulename");
      if (!rule_name)
        bad_srx(N_("invalid SRX file: <languagerule> without languagerulename"), name, lr->GetLineNum());
      SrxLanguageRule language_rule;
      language_rule.name = rule_name;
      for (const auto* r = lr->FirstChildElement("rule"); r; r = r->NextSiblingElement("rule")) {
        SrxRule rule;
        rule.is_break = parse_yes_no(r, "break", true, name);
        rule.before_break = child_text(r, "beforebreak");
        rule.after_break = child_text(r, "afterbreak");
        rule.line = r->GetLineNum();
        language_rule.rules.push_back(std::move(rule));
      }
      out.language_rules.push_back(std::move(language_rule));
    }
  }
  if (const auto* maps = body->FirstChildElement("maprules")) {
    for (const auto* m = maps->FirstChildElement("languagemap"); m;
         m = m->NextSiblingElement("languagemap")) {
      const char* pattern = m->Attribute("languagepattern");
      const char* rule_name = m->Attribute("languagerulename");
      if (!pattern || !rule_name)
        bad_srx(N_("invalid SRX file: <languagemap> needs languagepattern and languagerulename"), name,
                m->GetLineNum());
      bool known = false;
      for (const auto& lr : out.language_rules) known = known || lr.name == rule_name;
      if (!known)
        bad_srx(N_("invalid SRX file: no languagerule named \"{1}\""), name, m->GetLineNum(), {rule_name});
      out.maps.push_back({pattern, rule_name, m->GetLineNum()});
    }
  }
  return out;
}

SrxDocument read_srx_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot open the SRX file"), {}, {path});
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return read_srx_string(buffer.str(), path);
}

std::vector<SrxRule> SrxDocument::rules_for(const std::string& language_tag) const {
  std::vector<SrxRule> out;
  icu::UnicodeString tag = icu::UnicodeString::fromUTF8(language_tag);
  for (const auto& map : maps) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(map.language_pattern), UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status))
      throw_bad_input(N_("invalid regular expression \"{1}\" in SRX rule: {2}"),
                      {map.language_pattern, u_errorName(status)}, {path, static_cast<size_t>(map.line)});
    std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(tag, status));
    if (!matcher->matches(status)) continue;
    for (const auto& lr : language_rules)
      if (lr.name == map.rule_name) out.insert(out.end(), lr.rules.begin(), lr.rules.end());
    if (!cascade) break;
  }
  return out;
}

}  // namespace songngu
