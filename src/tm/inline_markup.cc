#include "tm/inline_markup.h"

#include <utility>
#include <vector>

#include "base/error.h"
#include "tm/xml_scanner.h"

namespace songngu {
namespace {

bool is_code_element(std::string_view name) {
  return name == "bpt" || name == "ept" || name == "ph" || name == "it" || name == "ut";
}

using Kind = InlineMarkupProblem::Kind;

InlineMarkupProblem problem_of(Kind kind, std::string element = "", std::string parent = "") {
  InlineMarkupProblem p;
  p.kind = kind;
  p.element = std::move(element);
  p.parent = std::move(parent);
  return p;
}

// Walks "<seg>markup</seg>"; calls on_text for translatable character data. Returns the first
// problem of the content model; ill-formed XML throws the scanner's Error.
template <typename OnText>
std::optional<InlineMarkupProblem> walk(std::string_view markup, OnText on_text) {
  std::string doc = "<seg>";
  doc += markup;
  doc += "</seg>";
  XmlScanner scanner(string_source(std::move(doc)), "seg");
  std::vector<std::string> open;
  int code_depth = 0;
  for (;;) {
    XmlToken t = scanner.next();
    switch (t.kind) {
      case XmlTokenKind::kEnd: return std::nullopt;
      case XmlTokenKind::kStartTag:
        if (scanner.depth() == 1 && !t.self_closing && open.empty()) {  // the <seg> wrapper
          open.push_back("seg");
          break;
        }
        {
          const std::string& parent = open.back();
          if (!is_inline_element(t.name)) return problem_of(Kind::kNotInlineElement, t.name, parent);
          bool allowed = t.name == "sub" ? is_code_element(parent)
                                         : parent == "seg" || parent == "hi" || parent == "sub";
          if (!allowed) return problem_of(Kind::kNotAllowedInside, t.name, parent);
          if (is_code_element(t.name) && !t.self_closing) ++code_depth;
          if (!t.self_closing) open.push_back(t.name);
        }
        break;
      case XmlTokenKind::kEndTag:
        if (is_code_element(t.name)) --code_depth;
        open.pop_back();
        break;
      case XmlTokenKind::kText:
        if (code_depth == 0) on_text(t.text);
        break;
      case XmlTokenKind::kDoctype: return problem_of(Kind::kDoctype);
      default: break;
    }
  }
}

}  // namespace

bool is_inline_element(std::string_view name) {
  return is_code_element(name) || name == "hi" || name == "sub";
}

std::optional<InlineMarkupProblem> inline_markup_problem(std::string_view markup) {
  try {
    return walk(markup, [](const std::string&) {});
  } catch (const Error& e) {
    InlineMarkupProblem p = problem_of(Kind::kNotWellFormed);
    p.xml = e.message();
    return p;
  }
}

std::string inline_markup_text(std::string_view markup) {
  std::string text;
  // Ill-formed XML: the scanner's own Error goes out as it is.
  auto problem = walk(markup, [&](const std::string& s) { text += s; });
  if (!problem) return text;
  switch (problem->kind) {
    case Kind::kNotInlineElement:
      throw_bad_input(N_("inline markup is not valid TMX: <{1}> is not a TMX inline element (bpt, ept, ph, "
                         "it, hi, ut, sub)"),
                      {problem->element});
    case Kind::kNotAllowedInside:
      throw_bad_input(N_("inline markup is not valid TMX: <{1}> is not allowed inside <{2}>"),
                      {problem->element, problem->parent});
    case Kind::kDoctype:
    case Kind::kNotWellFormed:  // never returned by walk, which throws the scanner's Error instead
      break;
  }
  throw_bad_input(N_("inline markup is not valid TMX: a document type declaration inside a segment"));
}

}  // namespace songngu
