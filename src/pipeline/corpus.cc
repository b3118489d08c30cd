#include "pipeline/corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "align/aligner.h"
#include "base/error.h"
#include "base/lang.h"
#include "glossary/glossary_io.h"
#include "glossary/seed.h"
#include "pipeline/corpus_corrections.h"
#include "pipeline/load_document.h"
#include "segment/segmenter.h"
#include "tm/tmx_writer.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

// The extensions a corpus document may have, in order of preference when one name has several:
// plain text first, then the document formats the read layer knows.
constexpr const char* kDocumentExtensions[] = {".txt", ".html", ".htm", ".xhtml", ".docx", ".odt"};

// The stems of DIR/*.txt and of the documents beside them (DIR/*.docx, ...), each once.
std::vector<std::string> text_stems(const fs::path& dir) {
  std::vector<std::string> stems;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string ext = it->path().extension().string();
    for (const char* known : kDocumentExtensions)
      if (ext == known) stems.push_back(it->path().stem().string());
  }
  if (ec) throw_bad_input(N_("cannot read the folder ({1})"), {ec.message()}, {dir.string()});
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

// DIR/STEM with the first extension that exists (STEM.txt when none does).
fs::path document_file(const fs::path& dir, const std::string& stem) {
  std::error_code ec;
  for (const char* ext : kDocumentExtensions)
    if (fs::path p = dir / (stem + ext); fs::is_regular_file(p, ec)) return p;
  return dir / (stem + ".txt");
}

// TMX creation date: $SOURCE_DATE_EPOCH when set, else the newest YYYY-MM-DD in the document names
// (the corpus's own date, identical on every clone), else the Unix epoch.
std::string corpus_date(const std::vector<std::string>& names) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) return creation_date();
  static const std::regex kDate(R"((\d{4})-(\d{2})-(\d{2}))");
  std::string newest;
  for (const auto& name : names) {
    std::smatch m;
    if (!std::regex_search(name, m, kDate)) continue;
    int month = std::stoi(m[2]), day = std::stoi(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    newest = std::max(newest, m[1].str() + m[2].str() + m[3].str());
  }
  if (newest.empty()) return format_tmx_date(0);
  return newest + "T000000Z";
}

// A per-language --encoding for a language the corpus does not have is a usage error.
void check_encodings(const CorpusOptions& options) {
  std::vector<std::string> langs{Lang(options.source_lang).base()};
  for (const auto& lang : options.target_langs) langs.push_back(Lang(lang).base());
  check_encoding_languages(options.read, langs);
}

}  // namespace

std::vector<std::string> corpus_document_names(const CorpusOptions& options, ProgressSink& sink) {
  const fs::path source_dir = fs::path(options.corpus_dir) / options.source_lang;
  std::error_code ec;
  if (!fs::is_directory(source_dir, ec))
    throw_bad_input(N_("no such folder (a corpus holds vi/, en/ and ko/ folders of .txt files)"), {},
                    {source_dir.string()});
  std::vector<std::string> names = text_stems(source_dir);
  if (names.empty()) throw_bad_input(N_("no .txt files"), {}, {source_dir.string()});
  for (const auto& lang : options.target_langs) {
    const fs::path dir = fs::path(options.corpus_dir) / lang;
    if (!fs::is_directory(dir, ec)) continue;
    for (const auto& stem : text_stems(dir))
      if (!std::binary_search(names.begin(), names.end(), stem))
        sink.warning({N_("no source file of this name in {1}, skipped"),
                      {source_dir.string()},
                      {document_file(dir, stem).string()}});
  }
  return names;
}

Corpus read_corpus(const CorpusOptions& options, const std::vector<std::string>& names, ProgressSink& sink) {
  check_encodings(options);
  Corpus corpus;
  corpus.dir = options.corpus_dir;
  corpus.source_lang = options.source_lang;
  corpus.target_langs = options.target_langs;
  corpus.date = corpus_date(names);
  corpus.seed = options.seed_glossary.empty() ? load_seed_glossary() : read_glossary(options.seed_glossary);
  const Lang source_lang(options.source_lang);
  const Segmenter source_segmenter{source_lang};
  std::vector<Segmenter> target_segmenters;
  for (const auto& lang : options.target_langs) target_segmenters.emplace_back(Lang(lang));
  for (const auto& name : names) {
    CorpusDocument doc;
    doc.name = name;
    const std::string source_path =
        document_file(fs::path(options.corpus_dir) / options.source_lang, name).string();
    sink.step({N_("reading {1}"), {source_path}});
    doc.source = load_document(source_path, source_lang, options.read, &source_segmenter, sink);
    for (size_t t = 0; t < options.target_langs.size(); ++t) {
      const std::string& lang = options.target_langs[t];
      const fs::path path = document_file(fs::path(options.corpus_dir) / lang, name);
      sink.step({N_("reading {1}"), {path.string()}});
      std::error_code ec;
      if (!fs::exists(path, ec)) continue;
      doc.translations[lang].document =
          load_document(path.string(), Lang(lang), options.read, &target_segmenters[t], sink);
    }
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

void align_corpus(Corpus& corpus, ProgressSink& sink) {
  for (const auto& lang : corpus.target_langs) {
    sink.step({N_("aligning {1}"), {corpus.source_lang + "-" + lang}});
    AlignerOptions options;
    options.term_pairs = term_pairs(corpus.seed, corpus.source_lang, lang);
    std::vector<DocumentPair> pairs;
    std::vector<CorpusTranslation*> into;
    for (auto& doc : corpus.documents) {
      auto it = doc.translations.find(lang);
      if (it == doc.translations.end()) continue;
      pairs.push_back({&doc.source, &it->second.document});
      into.push_back(&it->second);
    }
    std::vector<Alignment> result = Aligner(options).align(pairs);
    for (size_t k = 0; k < into.size(); ++k) into[k]->alignment = std::move(result[k]);
  }
}

CorpusSummary run_corpus(const CorpusOptions& options, ProgressSink& sink) {
  check_encodings(options);  // a usage error before the folder is looked at
  const std::vector<std::string> names = corpus_document_names(options, sink);
  const size_t targets = options.target_langs.size();
  sink.start(names.size() * (1 + targets) + targets + 4);
  Corpus corpus = read_corpus(options, names, sink);
  align_corpus_with_corrections(corpus, sink);
  return export_corpus(corpus, options, sink);
}

}  // namespace songngu
