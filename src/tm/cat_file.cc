#include "tm/cat_file.h"

#include <algorithm>
#include <filesystem>

#include "base/error.h"
#include "tm/po_file.h"
#include "tm/xliff_reader.h"

namespace songngu {

size_t CatFile::count(CatState state) const {
  return static_cast<size_t>(std::count_if(segments.begin(), segments.end(),
                                           [state](const CatSegment& s) { return s.state == state; }));
}

bool cat_format_of(const std::string& path, CatFormat& format) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".xlf" || ext == ".xliff" || ext == ".sdlxliff" || ext == ".mqxliff") {
    format = CatFormat::kXliff;
    return true;
  }
  if (ext == ".po" || ext == ".pot") {
    format = CatFormat::kPo;
    return true;
  }
  return false;
}

CatFile read_cat_file(const std::string& path) {
  CatFormat format;
  if (!cat_format_of(path, format))
    throw_usage(N_("not a bilingual CAT file; use a .xlf, .xliff, .sdlxliff, .mqxliff, .po or .pot file"), {},
                {path});
  return format == CatFormat::kXliff ? read_xliff(path) : read_po(path);
}

std::vector<TranslationUnit> cat_units(const CatFile& file, const std::string& source_lang,
                                       const std::string& target_lang, bool translated_only) {
  const std::string src = file.source_lang.empty() ? source_lang : file.source_lang;
  const std::string tgt = file.target_lang.empty() ? target_lang : file.target_lang;
  std::vector<TranslationUnit> units;
  for (const CatSegment& seg : file.segments) {
    if (seg.state == CatState::kUntranslated) continue;
    if (translated_only && seg.state != CatState::kTranslated) continue;
    TranslationUnit u;
    u.tuid = seg.id;
    u.notes = seg.notes;
    u.variants = {seg.source, seg.target};
    u.variants[0].lang = src;
    u.variants[1].lang = tgt;
    units.push_back(std::move(u));
  }
  return units;
}

}  // namespace songngu
