#include "read/document_format.h"

#include <string>

#include "base/error.h"

namespace songngu {

const char* document_format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kText: return "text";
    case DocumentFormat::kHtml: return "html";
    case DocumentFormat::kDocx: return "docx";
    case DocumentFormat::kOdt: return "odt";
  }
  return "text";
}

DocumentFormat format_from_extension(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return DocumentFormat::kText;
  std::string ext(name.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == "html" || ext == "htm" || ext == "xhtml") return DocumentFormat::kHtml;
  if (ext == "docx") return DocumentFormat::kDocx;
  if (ext == "odt") return DocumentFormat::kOdt;
  return DocumentFormat::kText;
}

DocumentFormat document_format(std::string_view path, std::string_view from) {
  if (from.empty()) return format_from_extension(path);
  for (auto f : {DocumentFormat::kText, DocumentFormat::kHtml, DocumentFormat::kDocx, DocumentFormat::kOdt})
    if (from == document_format_name(f)) return f;
  throw Error(ErrorKind::kUsage, N_("unknown document format \"{1}\" (use text, html, docx or odt)"),
              {std::string(from)});
}

}  // namespace songngu
