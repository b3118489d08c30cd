#pragma once
// Escaping for text placed in HTML element content and in quoted attribute values. Everything the
// review page shows comes from user files, so every byte of it goes through here.
#include <string>
#include <string_view>

namespace songngu {

// & < > " ' become character references; other bytes (UTF-8 included) pass through unchanged.
std::string html_escape(std::string_view text);
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace songngu
