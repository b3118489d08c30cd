#include "glossary/glossary_io.h"

#include <algorithm>
#include <boost/locale/collator.hpp>
#include <boost/locale/generator.hpp>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"
#include "text/read_text.h"

namespace songngu {
namespace {

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

const std::locale& collation_locale(const std::string& lang) {
  static std::map<std::string, std::locale> cache;
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end()) {
    boost::locale::generator gen;
    std::string name = lang == "vi" ? "vi_VN.UTF-8" : lang == "ko" ? "ko_KR.UTF-8" : "en_US.UTF-8";
    it = cache.emplace(lang, gen(name)).first;
  }
  return it->second;
}

}  // namespace

GlossaryFormat glossary_format_for(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == ".tbx") return GlossaryFormat::kTbx;
  if (ext == ".txt" || ext == ".tsv" || ext == ".tab" || ext == ".utf8") return GlossaryFormat::kOmegatTsv;
  if (ext == ".csv") return GlossaryFormat::kCsv;
  throw_usage(N_("unknown glossary format (use .tbx, .txt (OmegaT), .tsv or .csv)"), {}, {path});
}

Glossary read_glossary(const std::string& path, const GlossaryReadOptions& options) {
  GlossaryFormat format = glossary_format_for(path);
  // The text layer validates UTF-8 (file, line, column in errors) and decodes UTF-16 with a BOM,
  // or a given legacy encoding (not for TBX, whose XML declaration names its own).
  const std::string encoding = format == GlossaryFormat::kTbx ? "" : options.encoding;
  std::string text = read_text_file(path, ReadOptions{encoding}).text;
  switch (format) {
    case GlossaryFormat::kTbx: return parse_tbx(text, path);
    case GlossaryFormat::kOmegatTsv: return parse_omegat_tsv(text, path, options);
    case GlossaryFormat::kCsv: return parse_glossary_csv(text, path);
  }
  return {};
}

void write_glossary(const std::string& path, const Glossary& glossary, const GlossaryWriteOptions& options) {
  GlossaryFormat format = glossary_format_for(path);
  Glossary sorted = glossary;
  sort_glossary(sorted, options.source_lang);
  std::string text;
  switch (format) {
    case GlossaryFormat::kTbx: text = format_tbx(sorted, options); break;
    case GlossaryFormat::kOmegatTsv: text = format_omegat_tsv(sorted, options); break;
    case GlossaryFormat::kCsv: text = format_glossary_csv(sorted, options); break;
  }
  write_file_atomically(path, text);
}

void sort_glossary(Glossary& glossary, const std::string& source_lang) {
  const std::locale& loc = collation_locale(source_lang);
  const auto& collator = std::use_facet<boost::locale::collator<char>>(loc);
  auto head = [&](const TermEntry& e) -> const std::string& {
    static const std::string kEmpty;
    const auto& terms = terms_of(e, source_lang);
    return terms.empty() ? kEmpty : terms.front().text;
  };
  // Precompute collation keys: comparing keys is both faster and consistent.
  std::vector<std::pair<std::string, size_t>> keys;
  for (size_t i = 0; i < glossary.entries.size(); ++i) {
    const std::string& h = head(glossary.entries[i]);
    keys.emplace_back(collator.transform(boost::locale::collator_base::identical, h), i);
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    const TermEntry& ea = glossary.entries[a.second];
    const TermEntry& eb = glossary.entries[b.second];
    if (head(ea) != head(eb)) return head(ea) < head(eb);
    return ea.id < eb.id;
  });
  std::vector<TermEntry> out;
  out.reserve(keys.size());
  for (const auto& k : keys) out.push_back(std::move(glossary.entries[k.second]));
  glossary.entries = std::move(out);
}

std::vector<std::string> glossary_languages(const Glossary& glossary, const std::string& first) {
  std::set<std::string> langs;
  for (const auto& e : glossary.entries)
    for (const auto& [lang, terms] : e.terms)
      if (!terms.empty()) langs.insert(lang);
  std::vector<std::string> out;
  if (langs.erase(first)) out.push_back(first);
  out.insert(out.end(), langs.begin(), langs.end());
  return out;
}

}  // namespace songngu
