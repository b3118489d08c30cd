#pragma once
// Test helper: reads a source<TAB>target fixture into translation units (tuid = line number).
#include <fstream>
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu::testing {

inline std::vector<TranslationUnit> read_pairs(const std::string& path, const std::string& src,
                                               const std::string& tgt) {
  std::ifstream in(path);
  std::vector<TranslationUnit> units;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    TranslationUnit u;
    u.tuid = std::to_string(n);
    Variant s, t;
    s.lang = src;
    s.text = line.substr(0, tab);
    t.lang = tgt;
    t.text = line.substr(tab + 1);
    u.variants = {s, t};
    units.push_back(u);
  }
  return units;
}

}  // namespace songngu::testing
