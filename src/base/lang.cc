#include "base/lang.h"

#include <cctype>
#include <vector>

#include "base/error.h"

namespace songngu {
namespace {

std::vector<std::string> split_subtags(std::string_view tag) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : tag) {
    if (c == '-' || c == '_') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  return parts;
}

bool all_of(const std::string& s, int (*pred)(int)) {
  for (unsigned char c : s)
    if (!pred(c)) return false;
  return !s.empty();
}

}  // namespace

bool Lang::is_valid(std::string_view tag) {
  auto parts = split_subtags(tag);
  // language: 2-3 letters (or 5-8 registered); then optional script (4 letters), region (2 letters or
  // 3 digits), variants (5-8 alphanumerics or digit + 3), extensions and private use (1-8 alnum).
  if (parts.empty() || !all_of(parts[0], isalpha) || parts[0].size() < 2 || parts[0].size() > 8 ||
      parts[0].size() == 4)
    return false;
  for (size_t i = 1; i < parts.size(); ++i)
    if (!all_of(parts[i], isalnum) || parts[i].size() > 8) return false;
  return true;
}

Lang::Lang(std::string_view tag) {
  if (!is_valid(tag))
    throw_usage(N_("invalid language tag \"{1}\" (expected BCP 47, e.g. vi, en-US, ko-KR)"),
                {std::string(tag)});
  auto parts = split_subtags(tag);
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string p = parts[i];
    for (auto& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (i > 0 && p.size() == 2 && std::isalpha(static_cast<unsigned char>(p[0])))
      for (auto& c : p) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    else if (i > 0 && p.size() == 4)
      p[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(p[0])));
    if (i == 0) base_ = p;
    tag_ += (i ? "-" : "") + p;
  }
}

}  // namespace songngu
