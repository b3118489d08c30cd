#pragma once
// Which reader a file goes to. The format comes from the file name's extension or from the user
// (--from), never from the content: plain text may contain "<a href" literally.
#include <string>
#include <string_view>

namespace songngu {

enum class DocumentFormat { kText, kHtml, kDocx, kOdt };

const char* document_format_name(DocumentFormat format);  // "text", "html", "docx", "odt"

// .html .htm .xhtml -> HTML, .docx -> DOCX, .odt -> ODT (case-insensitive), anything else (none,
// .txt, .vi, .en, .ko, ...) -> plain text.
DocumentFormat format_from_extension(std::string_view path);

// `from` is "" (by extension) or a format name; an unknown name is Error(kUsage).
DocumentFormat document_format(std::string_view path, std::string_view from);

}  // namespace songngu
