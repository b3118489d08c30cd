#include "tm/tm_stats.h"

#include <cstdlib>
#include <functional>

#include "tm/tmx_reader.h"
#include "tm/unit_key.h"

namespace songngu {

void TmStats::add(const TranslationUnit& unit, const std::string& srclang) {
  ++units;
  for (const auto& v : unit.variants) {
    // Count each language once per unit.
    bool first = true;
    for (const auto& w : unit.variants) {
      if (&w == &v) break;
      if (w.lang == v.lang) first = false;
    }
    if (first) ++languages[v.lang];
  }
  const std::string* bead = unit.prop("x-bead");
  ++bead_types[bead ? *bead : ""];
  const std::string* conf = unit.prop("x-confidence");
  char* end = nullptr;
  double c = conf ? std::strtod(conf->c_str(), &end) : -1;
  if (conf && end != conf->c_str() && c >= 0 && c <= 1) {
    int bin = static_cast<int>(c * 10);
    ++confidence_bins[bin > 9 ? 9 : bin];
  } else {
    ++without_confidence;
  }
  if (!seen_.insert(std::hash<std::string>{}(unit_match_key(unit, srclang))).second) ++duplicates;
}

size_t add_tmx_stats(const std::string& path, TmStats& stats) {
  TmxReader reader(path);
  TranslationUnit unit;
  size_t n = 0;
  while (reader.next(unit)) {
    stats.add(unit, reader.header().srclang);
    ++n;
  }
  return n;
}

}  // namespace songngu
