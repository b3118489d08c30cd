#include "lang/cognates.h"

#include <fstream>

#include "base/data_dir.h"
#include "base/error.h"
#include "text/normalize.h"

namespace songngu {

const Cognates& cognates() {
  static const Cognates table = [] {
    Cognates c;
    std::string path = data_file("lang/sinoviet-hangul-syllables.tsv");
    std::ifstream in(path);
    if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      size_t t1 = line.find('\t');
      size_t t2 = line.find('\t', t1 + 1);
      size_t t3 = line.find('\t', t2 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) continue;
      std::string key = line.substr(t1 + 1, t2 - t1 - 1);
      std::string hangul = line.substr(t2 + 1, t3 == std::string::npos ? std::string::npos : t3 - t2 - 1);
      c.hangul_of[key].push_back(hangul);
    }
    std::ifstream stops(data_file("lang/vi-cognate-stop-syllables.txt"));
    while (std::getline(stops, line)) {
      if (line.empty() || line[0] == '#') continue;
      c.stop[match_key(line)] = true;
    }
    return c;
  }();
  return table;
}

}  // namespace songngu
