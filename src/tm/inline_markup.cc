#include "tm/inline_markup.h"

#include <vector>

#include "base/error.h"
#include "tm/xml_scanner.h"

namespace songngu {
namespace {

bool is_code_element(std::string_view name) {
  return name == "bpt" || name == "ept" || name == "ph" || name == "it" || name == "ut";
}

// Walks "<seg>markup</seg>"; calls on_text for translatable character data. Returns a problem or "".
template <typename OnText>
std::string walk(std::string_view markup, OnText on_text) {
  std::string doc = "<seg>";
  doc += markup;
  doc += "</seg>";
  XmlScanner scanner(string_source(std::move(doc)), "seg");
  std::vector<std::string> open;
  int code_depth = 0;
  for (;;) {
    XmlToken t = scanner.next();
    switch (t.kind) {
      case XmlTokenKind::kEnd:
        return "";
      case XmlTokenKind::kStartTag:
        if (scanner.depth() == 1 && !t.self_closing && open.empty()) {  // the <seg> wrapper
          open.push_back("seg");
          break;
        }
        {
          const std::string& parent = open.back();
          bool allowed = t.name == "sub" ? is_code_element(parent)
                                          : is_inline_element(t.name) && t.name != "sub" &&
                                                (parent == "seg" || parent == "hi" || parent == "sub");
          if (!allowed) return "<" + t.name + "> is not allowed inside <" + parent + ">";
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
      case XmlTokenKind::kDoctype:
        return "a document type declaration inside a segment";
      default:
        break;
    }
  }
}

}  // namespace

bool is_inline_element(std::string_view name) {
  return is_code_element(name) || name == "hi" || name == "sub";
}

std::optional<std::string> inline_markup_problem(std::string_view markup) {
  try {
    std::string problem = walk(markup, [](const std::string&) {});
    if (problem.empty()) return std::nullopt;
    return problem;
  } catch (const Error& e) {
    return std::string(e.what());
  }
}

std::string inline_markup_text(std::string_view markup) {
  std::string text;
  std::string problem = walk(markup, [&](const std::string& s) { text += s; });
  if (!problem.empty()) throw_bad_input(N_("inline markup is not valid TMX: {1}"), {problem});
  return text;
}

}  // namespace songngu
