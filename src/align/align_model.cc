#include "align/align_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"

namespace songngu {
namespace {

// Line format (tab-separated; numbers as C hexadecimal floats, which round-trip exactly):
//   songngu-align-model 1
//   langs   source target
//   shapes  0-1 1-0 1-1 ...
//   length  ratio ratio_weight mean_target
//   pass    kappa open_same open_differ prior...     (one line per pass, in order)
//   para    same differ                              (the paragraph-end terms of the pass before)
//   joined  same differ                              (its open-end terms for 1-2, 2-1, 2-2 beads;
//                                                     a file without them uses the 1-1 terms)
//   unseen  source target
//   learned 0|1
//   S token p / T token p                             (unigrams)
//   F from to p / B from to p                          (tables; an empty `from` is NULL)
//   KS token / KT token                                (tokens the tables were trained on)
//   end     number of lines before this one            (a file cut short fails to load)
constexpr const char* kMagic = "songngu-align-model\t1";

std::string number(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", x);
  return buf;
}

void check_token(const std::string& token) {
  if (token.find_first_of("\t\n\r") != std::string::npos)
    throw_bad_input(N_("cannot save the alignment model: the token \"{1}\" contains a tab or line break"),
                    {token});
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

float background_probability(size_t count, double total) {
  const double seen = count > 0 ? static_cast<double>(count) - 1 : 0;
  return static_cast<float>((seen + 0.5) / (total + 1 + kBackgroundTokens));
}

void save_align_model(const AlignModel& model, const std::string& path) {
  std::string out = std::string(kMagic) + "\n";
  check_token(model.source_lang);
  check_token(model.target_lang);
  out += "langs\t" + model.source_lang + "\t" + model.target_lang + "\n";
  out += "shapes";
  for (const auto& s : model.shapes) out += "\t" + std::to_string(s.src) + "-" + std::to_string(s.tgt);
  out += "\nlength\t" + number(model.ratio) + "\t" + number(model.ratio_weight) + "\t" +
         number(model.mean_target) + "\n";
  for (const auto& p : model.passes) {
    out += "pass\t" + number(p.kappa) + "\t" + number(p.open_same) + "\t" + number(p.open_differ);
    for (double x : p.log_prior) out += "\t" + number(x);
    out += "\npara\t" + number(p.para_same) + "\t" + number(p.para_differ) + "\n";
    out += "joined\t" + number(p.joined_same) + "\t" + number(p.joined_differ) + "\n";
  }
  out += "unseen\t" + number(model.source_unseen) + "\t" + number(model.target_unseen) + "\n";
  out += std::string("learned\t") + (model.learned ? "1" : "0") + "\n";
  // Sorted, so that equal models give equal files.
  auto unigrams = [&](const char* tag, const std::unordered_map<std::string, float>& map) {
    std::map<std::string, float> sorted(map.begin(), map.end());
    for (const auto& [t, p] : sorted) {
      check_token(t);
      out += std::string(tag) + "\t" + t + "\t" + number(p) + "\n";
    }
  };
  unigrams("S", model.source_unigram);
  unigrams("T", model.target_unigram);
  auto table = [&](const char* tag, const WordTable& t) {
    std::map<std::string, const std::vector<std::pair<std::string, float>>*> sorted;
    for (const auto& [from, row] : t) sorted.emplace(from, &row);
    for (const auto& [from, row] : sorted) {
      check_token(from);
      for (const auto& [to, p] : *row) {
        check_token(to);
        out += std::string(tag) + "\t" + from + "\t" + to + "\t" + number(p) + "\n";
      }
    }
  };
  table("F", model.forward);
  table("B", model.backward);
  auto known = [&](const char* tag, const std::unordered_set<std::string>& words) {
    std::set<std::string> sorted(words.begin(), words.end());
    for (const auto& w : sorted) out += std::string(tag) + "\t" + w + "\n";
  };
  known("KS", model.known_source);
  known("KT", model.known_target);
  out += "end\t" + std::to_string(std::count(out.begin(), out.end(), '\n')) + "\n";
  write_file_atomically(path, out);
}

AlignModel load_align_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
  AlignModel model;
  std::string line;
  size_t number_of_line = 0;
  auto fail = [&]() {
    throw_bad_input(N_("not a songngu alignment model line"), {},
                    {path, static_cast<size_t>(number_of_line)});
  };
  auto real = [&](const std::string& s) {
    char* end = nullptr;
    double x = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0') fail();
    return x;
  };
  if (!std::getline(in, line) || line != kMagic)
    throw_bad_input(N_("not a songngu alignment model (written by `songngu align --model-out`)"), {}, {path});
  ++number_of_line;
  bool ended = false;
  while (std::getline(in, line)) {
    ++number_of_line;
    auto f = split_tabs(line);
    const std::string& tag = f[0];
    if (ended) fail();
    if (tag == "end" && f.size() == 2) {
      if (f[1] != std::to_string(number_of_line - 1)) fail();
      ended = true;
    } else if (tag == "langs" && f.size() == 3) {
      model.source_lang = f[1];
      model.target_lang = f[2];
    } else if (tag == "shapes") {
      for (size_t k = 1; k < f.size(); ++k) {
        if (f[k].size() != 3 || f[k][1] != '-' || f[k][0] < '0' || f[k][0] > '3' || f[k][2] < '0' ||
            f[k][2] > '3')
          fail();
        model.shapes.push_back({static_cast<uint8_t>(f[k][0] - '0'), static_cast<uint8_t>(f[k][2] - '0')});
      }
    } else if (tag == "length" && f.size() == 4) {
      model.ratio = real(f[1]);
      model.ratio_weight = real(f[2]);
      model.mean_target = real(f[3]);
    } else if (tag == "pass" && f.size() == 4 + model.shapes.size()) {
      PassParameters p;
      p.kappa = real(f[1]);
      p.open_same = real(f[2]);
      p.open_differ = real(f[3]);
      p.joined_same = p.open_same;
      p.joined_differ = p.open_differ;
      for (size_t k = 4; k < f.size(); ++k) p.log_prior.push_back(real(f[k]));
      model.passes.push_back(std::move(p));
    } else if (tag == "para" && f.size() == 3 && !model.passes.empty()) {
      model.passes.back().para_same = real(f[1]);
      model.passes.back().para_differ = real(f[2]);
    } else if (tag == "joined" && f.size() == 3 && !model.passes.empty()) {
      model.passes.back().joined_same = real(f[1]);
      model.passes.back().joined_differ = real(f[2]);
    } else if (tag == "unseen" && f.size() == 3) {
      model.source_unseen = static_cast<float>(real(f[1]));
      model.target_unseen = static_cast<float>(real(f[2]));
    } else if (tag == "learned" && f.size() == 2 && (f[1] == "0" || f[1] == "1")) {
      model.learned = f[1] == "1";
    } else if ((tag == "S" || tag == "T") && f.size() == 3) {
      (tag == "S" ? model.source_unigram : model.target_unigram)[f[1]] = static_cast<float>(real(f[2]));
    } else if ((tag == "F" || tag == "B") && f.size() == 4) {
      (tag == "F" ? model.forward : model.backward)[f[1]].emplace_back(f[2], static_cast<float>(real(f[3])));
    } else if ((tag == "KS" || tag == "KT") && f.size() == 2) {
      (tag == "KS" ? model.known_source : model.known_target).insert(f[1]);
    } else {
      fail();
    }
  }
  // The aligner runs four passes (two of length, seeds, lexicon), each with a prior per shape.
  if (!ended || model.shapes.empty() || model.passes.size() != 4 || model.ratio <= 0 ||
      model.mean_target <= 0)
    throw_bad_input(N_("incomplete songngu alignment model"), {}, {path});
  return model;
}

}  // namespace songngu
