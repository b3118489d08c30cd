#include "check/bilingual_input.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/error.h"
#include "text/normalize.h"
#include "text/script.h"
#include "tm/cat_file.h"
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

// The language of `texts` by their script, for a file that does not name it.
std::string language_by_script(const std::string& texts, const std::string& path) {
  Script s = dominant_script(texts);
  if (s == Script::kHangul) return "ko";
  if (s == Script::kLatin) return "en";
  throw Error(ErrorKind::kUsage, N_("cannot tell the target language from its script"), {}, {path})
      .hint(Setting::kTargetLanguage);
}

// A side's base language: as the file names it, else the check's source language when the other
// side is not in it, else the check's target language (given, unless the side's script contradicts
// it, or recognised by the script).
std::string side_lang(const std::string& named, const std::string& other, const BilingualFile& file,
                      const std::string& target_lang, const std::string& texts) {
  if (!named.empty()) return base_of(named);
  if (other != file.source_lang) return file.source_lang;
  // A file without any translation (source-only units, no units) has nothing to check either way.
  if (texts.find_first_not_of(" \t\r\n") == std::string::npos)
    return target_lang.empty() ? "und" : target_lang;
  if (target_lang.empty()) return language_by_script(texts, file.path);
  // The given language, unless the script says otherwise (English msgids are not Korean).
  const Script s = dominant_script(texts);
  if (target_lang == "ko" && s == Script::kLatin) return "en";
  if (target_lang == "en" && s == Script::kHangul) return "ko";
  return target_lang;
}

void read_cat(BilingualFile& file, const std::string& target_lang) {
  CatFile cat = read_cat_file(file.path);
  std::string sources, targets;
  for (const auto& seg : cat.segments) {
    sources += seg.source.text + "\n";
    targets += seg.target.text + "\n";
  }
  std::string src = cat.source_lang.empty() ? "" : base_of(cat.source_lang);
  std::string tgt = cat.target_lang.empty() ? "" : base_of(cat.target_lang);
  if (src.empty()) src = side_lang("", tgt.empty() ? "?" : tgt, file, target_lang, sources);
  if (tgt.empty()) tgt = side_lang("", src, file, target_lang, targets);
  if (src != file.source_lang && tgt != file.source_lang)
    throw Error(ErrorKind::kUsage, N_("the file is in {1} and {2}, not in the source language {3}"),
                {src, tgt, file.source_lang}, {file.path})
        .hint(Setting::kSourceLanguage, src);
  const std::string other = src == file.source_lang ? tgt : src;
  if (!target_lang.empty() && target_lang != other)
    throw Error(ErrorKind::kUsage, N_("the file is in {1} and {2}, not in the target language {3}"),
                {src, tgt, target_lang}, {file.path})
        .hint(Setting::kTargetLanguage, other);
  file.target_langs = {other};
  file.unit_kind = "unit";
  file.is_cat = true;
  file.untranslated = cat.count(CatState::kUntranslated);
  file.fuzzy = cat.count(CatState::kFuzzy);
  file.units = cat_units(cat, src, tgt, true);
  for (const auto& seg : cat.segments)
    if (seg.state == CatState::kTranslated) file.lines.push_back(seg.line);
  for (auto& u : file.units)
    for (auto& v : u.variants) v.text = nfc(v.text);
}

}  // namespace

BilingualFile read_bilingual_file(const std::string& path, const std::string& source_lang,
                                  const std::string& target_lang, const std::string& encoding) {
  BilingualFile file;
  file.path = path;
  file.source_lang = source_lang.empty() ? "vi" : source_lang;
  CatFormat format;
  if (cat_format_of(path, format)) {
    read_cat(file, target_lang);
    return file;
  }
  if (looks_like_tmx(path)) {
    file.is_tmx = true;
    file.unit_kind = "unit";
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
  std::vector<TranslationUnit> units = read_bilingual_tsv(path, file.source_lang, placeholder, encoding);
  std::string tgt = target_lang;
  if (tgt.empty()) {
    std::string all_targets;
    for (const auto& u : units)
      if (const Variant* v = u.variant(placeholder)) all_targets += v->text + "\n";
    tgt = language_by_script(all_targets, path);
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
