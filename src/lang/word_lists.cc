#include "lang/word_lists.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/data_dir.h"
#include "base/error.h"
#include "lang/text_units.h"
#include "text/normalize.h"

namespace songngu {

std::vector<std::vector<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot read the word list"), {}, {path});
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (!cols.empty() && !fold_spaces(cols[0]).empty()) rows.push_back(cols);
  }
  return rows;
}

const ViStopWords& vi_stop_words() {
  static const ViStopWords words = [] {
    ViStopWords w;
    for (const auto& row : read_word_list(data_file("lang/vi-stop-words.txt"))) {
      std::vector<std::string> keys = key_words(row[0]);
      if (keys.empty()) continue;
      (row.size() > 1 && fold_spaces(row[1]) == "start" ? w.no_start : w.anywhere).push_back(keys);
    }
    return w;
  }();
  return words;
}

const KoParticles& ko_particles() {
  static const KoParticles particles = [] {
    KoParticles p;
    for (const auto& row : read_word_list(data_file("lang/ko-particles.txt"))) {
      std::string particle = nfc(fold_spaces(row[0]));
      p.all.push_back(particle);
      if (row.size() > 1 && fold_spaces(row[1]) == "ambiguous") p.ambiguous.insert(particle);
    }
    std::stable_sort(p.all.begin(), p.all.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return p;
  }();
  return particles;
}

const std::set<std::string>& en_stop_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w;
    for (const auto& row : read_word_list(data_file("lang/en-stop-words.txt"))) w.insert(match_key(row[0]));
    return w;
  }();
  return words;
}

const std::vector<std::u32string>& ko_alignment_particles() {
  static const std::vector<std::u32string> list = [] {
    std::vector<std::u32string> out;
    std::ifstream in(data_file("lang/ko-alignment-particles.txt"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::u32string p;
      int32_t i = 0;
      while (i < static_cast<int32_t>(line.size())) {
        UChar32 c;
        U8_NEXT(line.data(), i, static_cast<int32_t>(line.size()), c);
        if (c > 0 && c != '\r' && c != ' ') p.push_back(static_cast<char32_t>(c));
      }
      if (!p.empty()) out.push_back(p);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
  }();
  return list;
}

}  // namespace songngu
