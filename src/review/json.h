#pragma once
// The little JSON the review editor speaks: requests are flat objects of strings, numbers, booleans
// and null ({"doc": 0, "lang": "en", "op": "merge_next", "bead": 12}); answers are written with
// json_quote. A full JSON library would be more than the server needs, and none is in the stack.
//
// Contract: parse_json_object accepts exactly one object of scalar members (RFC 8259 syntax,
// \u escapes including surrogate pairs, whitespace around tokens); anything else, including nested
// arrays or objects, duplicate names and trailing text, throws Error(kBadInput) whose message says
// what was expected at which byte.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace songngu {

struct JsonScalar {
  enum class Type { kNull, kBool, kNumber, kString } type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
};

using JsonObject = std::map<std::string, JsonScalar>;

JsonObject parse_json_object(std::string_view text);

// The member as a string / a whole number >= 0 / ...; nullopt when absent or of another type.
std::optional<std::string> json_string(const JsonObject& object, const std::string& name);
std::optional<uint64_t> json_index(const JsonObject& object, const std::string& name);

// "text" with the characters JSON needs escaped (quotes, backslash, controls; and "<" so that the
// JSON can sit inside an HTML <script> element).
std::string json_quote(std::string_view text);

}  // namespace songngu
