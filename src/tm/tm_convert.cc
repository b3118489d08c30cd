#include "tm/tm_convert.h"

#include <algorithm>
#include <filesystem>

#include "base/error.h"
#include "base/lang.h"
#include "tm/alignment_units.h"
#include "tm/cat_file.h"
#include "tm/po_file.h"
#include "tm/tmx_reader.h"
#include "tm/tmx_writer.h"
#include "tm/tsv.h"
#include "tm/xliff_writer.h"

namespace songngu {
namespace {

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

TmFormat tm_format_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".tmx") return TmFormat::kTmx;
  if (ext == ".tsv" || ext == ".tab" || ext == ".txt") return TmFormat::kTsv;
  if (ext == ".csv") return TmFormat::kCsv;
  CatFormat cat;
  if (cat_format_of(path, cat)) return cat == CatFormat::kXliff ? TmFormat::kXliff : TmFormat::kPo;
  throw_usage(
      N_("unknown format; use a .tmx, .tsv, .csv, .xlf, .xliff, .sdlxliff, .mqxliff, .po or .pot file "
         "name"),
      {}, {path});
}

namespace {

// The units of an XLIFF or PO file; its languages where it names them, else the options' (a PO
// without X-Source-Language: the option language that is not its Language).
std::vector<TranslationUnit> read_cat_units(const std::string& input, const ConvertOptions& options,
                                            std::string& srclang, std::string& tgtlang,
                                            ConvertResult& result) {
  CatFile file = read_cat_file(input);
  tgtlang = file.target_lang;
  srclang = file.source_lang;
  const bool named_one = srclang.empty() != tgtlang.empty();
  if (srclang.empty())
    srclang = lang_base(options.src_lang) == lang_base(tgtlang) ? options.tgt_lang : options.src_lang;
  if (tgtlang.empty())
    tgtlang = lang_base(options.tgt_lang) == lang_base(srclang) ? options.src_lang : options.tgt_lang;
  // po2xliff names only source-language="en-US": with a "vi" from the options, CAT tools would drop
  // every unit of the TMX (mixed tag forms), so the file's tag loses its region then.
  if (named_one && (srclang.find('-') == std::string::npos) != (tgtlang.find('-') == std::string::npos)) {
    if (!file.source_lang.empty()) srclang = lang_base(srclang);
    if (!file.target_lang.empty()) tgtlang = lang_base(tgtlang);
  }
  result.untranslated = file.count(CatState::kUntranslated);
  result.fuzzy = file.count(CatState::kFuzzy);
  std::vector<TranslationUnit> units = cat_units(file, srclang, tgtlang, false);
  size_t k = 0;
  for (const CatSegment& seg : file.segments) {
    if (seg.state == CatState::kUntranslated) continue;
    if (seg.state == CatState::kFuzzy) units[k].props.emplace_back("x-state", "fuzzy");
    ++k;
  }
  return units;
}

// The target language of XLIFF/PO output: the one the input named, else tgt_lang when the units
// have it, else their first language besides the source.
std::string output_target(const std::vector<TranslationUnit>& units, const std::string& srclang,
                          const std::string& named, const ConvertOptions& options) {
  if (!named.empty()) return named;
  std::string first;
  for (const auto& u : units)
    for (const auto& v : u.variants) {
      if (lang_base(v.lang) == lang_base(srclang)) continue;
      if (lang_base(v.lang) == lang_base(options.tgt_lang)) return v.lang;
      if (first.empty()) first = v.lang;
    }
  return first.empty() ? options.tgt_lang : first;
}

}  // namespace

ConvertResult convert_tm(const std::string& input, const std::string& output, const ConvertOptions& options) {
  TmFormat in = tm_format_of(input);
  TmFormat out = tm_format_of(output);
  ConvertResult result;
  if (in == TmFormat::kTmx && out == TmFormat::kTmx) {  // streamed: any size
    TmxReader reader(input);
    TmHeader header = reader.header();
    if (header.srclang.empty()) header.srclang = options.src_lang;
    TmxWriter writer(output, header);
    TranslationUnit unit;
    while (reader.next(unit)) writer.write(unit);
    writer.finish();
    result.units = writer.units_written();
    result.removed_characters = writer.removed_characters();
    return result;
  }
  std::vector<TranslationUnit> units;
  std::string srclang = options.src_lang, tgtlang;
  if (in == TmFormat::kXliff || in == TmFormat::kPo) {
    units = read_cat_units(input, options, srclang, tgtlang, result);
  } else if (in == TmFormat::kTmx) {
    TranslationMemory tm = read_tmx(input);
    if (!tm.header.srclang.empty() && tm.header.srclang != "*all*") srclang = tm.header.srclang;
    units = std::move(tm.units);
  } else {
    Lang(options.src_lang);  // validates the tags (usage error)
    Lang(options.tgt_lang);
    units = in == TmFormat::kTsv
                ? read_bilingual_tsv(input, options.src_lang, options.tgt_lang, options.encoding)
                : read_csv_units(input, options.src_lang, options.tgt_lang, options.encoding);
    if (!units.empty()) srclang = units[0].variants[0].lang;
    std::vector<std::string> tags;  // the columns' languages (TSV: -s/-t; CSV: its header row)
    if (!units.empty())
      for (const auto& v : units[0].variants) tags.push_back(v.lang);
    check_lang_forms(tags);  // "vi" with "en-US" would make CAT tools drop the units
  }
  if (out == TmFormat::kTmx) {
    // Rows with an empty side are not translation units; tuid = line number, for finding them.
    std::string date = creation_date();
    std::vector<TranslationUnit> kept;
    for (auto& u : units) {
      std::erase_if(u.variants, [](const Variant& v) { return blank(v.text); });
      if (u.variants.size() < 2) {
        ++result.skipped_empty;
        continue;
      }
      u.creationdate = date;
      kept.push_back(std::move(u));
    }
    result.units = kept.size();
    result.removed_characters = write_tmx(output, default_header(srclang), kept);
    return result;
  }
  if (out == TmFormat::kXliff || out == TmFormat::kPo) {
    const std::string target = output_target(units, srclang, tgtlang, options);
    if (out == TmFormat::kPo) {
      result.markup_dropped = write_po(output, srclang, target, units);
      for (const auto& u : units)
        result.units += u.variant(lang_base(srclang)) && u.variant(lang_base(target));
      return result;
    }
    XliffWriteOptions xo;
    xo.version = options.xliff_version;
    xo.source_lang = srclang;
    xo.target_lang = target;
    xo.original = std::filesystem::path(input).filename().string();
    XliffWriteResult written = write_xliff(output, units, xo);
    result.units = written.units;
    result.removed_characters = written.removed_characters;
    return result;
  }
  // Columns: the source language first, then the others in order of first appearance.
  std::vector<std::string> langs;
  auto add_lang = [&](const std::string& l) {
    for (const auto& have : langs)
      if (lang_base(have) == lang_base(l)) return;
    langs.push_back(l);
  };
  for (const auto& u : units)
    for (const auto& v : u.variants)
      if (lang_base(v.lang) == lang_base(srclang)) add_lang(v.lang);
  if (langs.empty()) langs.push_back(srclang);
  for (const auto& u : units)
    for (const auto& v : u.variants) {
      add_lang(v.lang);
      if (!v.markup.empty()) ++result.markup_dropped;
    }
  result.units = units.size();
  if (out == TmFormat::kTsv)
    result.replaced_characters = write_tsv(output, langs, units);
  else
    write_csv(output, langs, units);
  return result;
}

}  // namespace songngu
