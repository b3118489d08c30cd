#pragma once
// Escaping for the text formats songngu writes by hand: JSON string literals (segment --format
// jsonl, check --json) and HTML (check --html, the review page). Everything escaped comes from user
// files, so every byte of it goes through here.
#include <string>
#include <string_view>

namespace songngu {

// `s` as a JSON string literal (quotes included); control characters escaped, UTF-8 kept.
std::string json_string(std::string_view s);

// & < > " ' become character references; other bytes (UTF-8 included) pass through unchanged.
std::string html_escape(std::string_view text);
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace songngu
