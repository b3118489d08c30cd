#include "check/bilingual_input.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/error.h"
#include "text/normalize.h"
#include "text/script.h"
#include "tm/tmx_reader.h"

namespace songngu {
namespace {

std::string base_of(const std::string& tag) {
  std::string base = tag.substr(0, tag.find_first_of("-_"));
  std::transform(base.begin(), base.end(), base.begin(), [](unsigned char c) { return std::tolower(c); });
  return base;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("{1}: cannot read the file"), {path});
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}


bool looks_like_tmx(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".tmx";
}

}  // namespace

BilingualFile read_bilingual_file(const std::string& path, const std::string& source_lang,
                                  const std::string& target_lang) {
  BilingualFile file;
  file.path = path;
  file.source_lang = source_lang.empty() ? "vi" : source_lang;
  if (looks_like_tmx(path)) {
    file.is_tmx = true;
    TranslationMemory tm = read_tmx(path);
    if (source_lang.empty() && !tm.header.srclang.empty() && tm.header.srclang != "*all*")
      file.source_lang = base_of(tm.header.srclang);
    std::set<std::string> langs;
    for (auto& unit : tm.units) {
      for (auto& v : unit.variants) {
        v.text = nfc(v.text);
        if (!v.lang.empty() && base_of(v.lang) != file.source_lang) langs.insert(base_of(v.lang));
      }
    }
    if (!target_lang.empty()) file.target_langs = {target_lang};
    else file.target_langs.assign(langs.begin(), langs.end());
    if (file.target_langs.empty())
      throw_bad_input(N_("{1}: no target language besides {2} in the TMX"), {path, file.source_lang});
    file.units = std::move(tm.units);
    return file;
  }
  std::string text = slurp(path);
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  std::istringstream in(text);
  std::string line, all_targets;
  int line_no = 0;
  std::vector<std::pair<std::string, std::string>> rows;
  std::vector<int> line_numbers;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (fold_spaces(line).empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos)
      throw_bad_input(N_("{1}:{2}: expected source<TAB>target"), {path, std::to_string(line_no)});
    size_t tab2 = line.find('\t', tab + 1);
    std::string target = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    rows.emplace_back(nfc(line.substr(0, tab)), nfc(target));
    line_numbers.push_back(line_no);
    all_targets += target + "\n";
  }
  std::string tgt = target_lang;
  if (tgt.empty()) {
    Script s = dominant_script(all_targets);
    if (s == Script::kHangul) tgt = "ko";
    else if (s == Script::kLatin) tgt = "en";
    else throw_usage(N_("{1}: cannot tell the target language from its script; give it with -t"), {path});
  }
  file.target_langs = {tgt};
  for (size_t i = 0; i < rows.size(); ++i) {
    TranslationUnit unit;
    unit.tuid = std::to_string(line_numbers[i]);
    Variant source, target;
    source.lang = file.source_lang;
    source.text = rows[i].first;
    target.lang = tgt;
    target.text = rows[i].second;
    unit.variants.push_back(std::move(source));
    unit.variants.push_back(std::move(target));
    file.units.push_back(std::move(unit));
  }
  return file;
}

}  // namespace songngu
