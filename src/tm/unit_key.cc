#include "tm/unit_key.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "text/normalize.h"
#include "tm/tsv.h"

namespace songngu {

std::string unit_match_key(const TranslationUnit& unit, const std::string& srclang) {
  std::string src = lang_base(srclang);
  std::vector<std::pair<std::string, std::string>> parts;
  for (const auto& v : unit.variants) {
    std::string base = lang_base(v.lang);
    parts.emplace_back(base == src ? std::string() : base, match_key(v.text));
  }
  std::sort(parts.begin(), parts.end());
  std::string key;
  for (const auto& [lang, k] : parts) {
    key += lang;
    key += '=';
    key += k;
    key += '\x1f';
  }
  return key;
}

}  // namespace songngu
