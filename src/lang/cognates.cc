#include "lang/cognates.h"

#include <fstream>
#include <functional>
#include <string_view>

#include "base/data_dir.h"
#include "base/error.h"
#include "text/normalize.h"

namespace songngu {

namespace {

// The table, with only the Vietnamese syllables (match keys) that `wanted` accepts, all when it is
// empty. Read whole and split in place: this runs in every vi-ko alignment, short documents included.
Cognates load(const std::function<bool(std::string_view)>& wanted) {
  Cognates c;
  if (!wanted) c.hangul_of.reserve(4096);  // the whole table's keys (about 2,400) without rehashing
  const std::string text = read_data_file("lang/sinoviet-hangul-syllables.tsv");
  const std::string_view all(text);
  size_t at = all.find('\n');  // after the header
  while (at != std::string_view::npos && at + 1 < all.size()) {
    const size_t start = at + 1;
    at = all.find('\n', start);
    const std::string_view line =
        all.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
    const std::string_view key = line.substr(t1 + 1, t2 - t1 - 1);
    if (wanted && !wanted(key)) continue;
    const size_t t3 = line.find('\t', t2 + 1);
    c.hangul_of[std::string(key)].emplace_back(
        line.substr(t2 + 1, t3 == std::string_view::npos ? std::string_view::npos : t3 - t2 - 1));
  }
  std::ifstream stops(data_file("lang/vi-cognate-stop-syllables.txt"));
  std::string line;
  while (std::getline(stops, line)) {
    if (line.empty() || line[0] == '#') continue;
    c.stop[match_key(line)] = true;
  }
  return c;
}

}  // namespace

const Cognates& cognates() {
  static const Cognates table = load({});
  return table;
}

Cognates cognates_of(const std::function<bool(std::string_view)>& wanted) {
  return load(wanted);
}

}  // namespace songngu
