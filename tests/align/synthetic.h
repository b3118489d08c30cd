#pragma once
// Synthetic parallel documents for the aligner tests: an invented language pair with a one-to-one
// word mapping (so a learned lexicon can find it) and words of varied length, built from a fixed
// seed. Nothing here comes from real translations.
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "text/document.h"
#include "text/normalize.h"

namespace songngu::test {

inline Document make_document(const std::vector<std::string>& lines, const std::string& lang) {
  Document d;
  d.lang = Lang(lang);
  d.path = "synthetic." + lang;
  for (const auto& line : lines) {
    Segment s;
    s.text = line;
    s.key = match_key(line);
    d.segments.push_back(std::move(s));
  }
  d.paragraph_count = 1;
  return d;
}

struct Parallel {
  std::vector<std::string> source, target;
};

// `count` sentence pairs; source words "v<letters>", target words "e<letters>s" (a little longer,
// so the length ratio is not 1).
inline Parallel make_parallel(unsigned seed, size_t count, size_t vocabulary = 200) {
  std::mt19937 rng(seed);
  auto word = [](size_t k, bool target) {
    std::string w = target ? "e" : "v";
    size_t len = 2 + (k * 7919) % 6;
    for (size_t i = 0; i < len; ++i) w += static_cast<char>('a' + (k * 31 + i * 17 + (target ? 5 : 0)) % 26);
    if (target) w += "s";
    return w;
  };
  std::uniform_int_distribution<size_t> length(3, 16);
  // Zipf-like word choice: small indexes are frequent, as in real text.
  std::uniform_real_distribution<double> u(0, 1);
  Parallel p;
  for (size_t s = 0; s < count; ++s) {
    size_t n = length(rng);
    std::string src, tgt;
    for (size_t i = 0; i < n; ++i) {
      size_t k = static_cast<size_t>(std::pow(static_cast<double>(vocabulary), u(rng))) - 1;
      src += (i ? " " : "") + word(k, false);
      tgt += (i ? " " : "") + word(k, true);
    }
    p.source.push_back(src + ".");
    p.target.push_back(tgt + ".");
  }
  return p;
}

}  // namespace songngu::test
