#include "check/bilingual_input.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/error.h"
#include "text/normalize.h"
#include "text/script.h"
#include "tm/tmx_reader.h"
#include "tm/tsv.h"

namespace songngu {
namespace {

std::string base_of(const std::string& tag) {
  return lang_base(tag);
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
    if (!target_lang.empty())
      file.target_langs = {target_lang};
    else
      file.target_langs.assign(langs.begin(), langs.end());
    if (file.target_langs.empty())
      throw_bad_input(N_("no target language besides {1} in the TMX"), {file.source_lang}, {path});
    file.units = std::move(tm.units);
    return file;
  }
  // A TSV names no language: read it with a placeholder target, then tell the target by script.
  const std::string placeholder = target_lang.empty() ? "und" : target_lang;
  std::vector<TranslationUnit> units = read_bilingual_tsv(path, file.source_lang, placeholder);
  std::string tgt = target_lang;
  if (tgt.empty()) {
    std::string all_targets;
    for (const auto& u : units)
      if (const Variant* v = u.variant(placeholder)) all_targets += v->text + "\n";
    Script s = dominant_script(all_targets);
    if (s == Script::kHangul)
      tgt = "ko";
    else if (s == Script::kLatin)
      tgt = "en";
    else
      throw Error(ErrorKind::kUsage, N_("cannot tell the target language from its script"), {}, {path})
          .hint(Setting::kTargetLanguage);
  }
  file.target_langs = {tgt};
  for (auto& u : units)
    for (auto& v : u.variants) {
      if (v.lang == placeholder) v.lang = tgt;
      v.text = nfc(v.text);
    }
  file.units = std::move(units);
  return file;
}

}  // namespace songngu
