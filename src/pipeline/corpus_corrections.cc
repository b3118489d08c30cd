#include "pipeline/corpus_corrections.h"

#include <memory>

#include "align/aligner.h"
#include "glossary/glossary_io.h"
#include "pipeline/corrections.h"

namespace songngu {
namespace {

// Segments [begin, end) of a document as a document of their own (for realigning a gap).
Document part_of(const Document& document, uint32_t begin, uint32_t end) {
  Document part;
  part.lang = document.lang;
  part.path = document.path;
  part.paragraph_count = document.paragraph_count;
  part.segments.assign(document.segments.begin() + begin, document.segments.begin() + end);
  return part;
}

void report(const std::vector<Warning>& warnings, ProgressSink& sink) {
  for (const auto& w : warnings) sink.warning(w);
}

}  // namespace

void align_corpus_with_corrections(Corpus& corpus, ProgressSink& sink) {
  // corrections[d][lang]: every document's files, read before anything changes.
  std::vector<std::map<std::string, Corrections>> corrections(corpus.documents.size());
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    CorpusDocument& doc = corpus.documents[d];
    std::vector<const Corrections*> files;  // in target-language order
    std::vector<Warning> warnings;
    for (const auto& lang : corpus.target_langs) {
      auto it = doc.translations.find(lang);
      if (it == doc.translations.end()) continue;
      const std::string path = corrections_path(corpus.dir, doc.name, corpus.source_lang, lang);
      Corrections& c = corrections[d][lang] = read_corrections(path, corpus.source_lang, lang);
      files.push_back(&c);
      std::vector<const SegmentEdit*> target_edits;
      for (const auto& e : c.edits)
        if (e.side == Side::kTarget) target_edits.push_back(&e);
      apply_segment_edits(it->second.document, Side::kTarget, target_edits, path, warnings);
    }
    // Source edits name their file by the first language pair that has any.
    std::string source_path;
    for (const auto& [lang, c] : corrections[d])
      if (source_path.empty() && !c.edits.empty())
        source_path = corrections_path(corpus.dir, doc.name, corpus.source_lang, lang);
    apply_segment_edits(doc.source, Side::kSource, shared_source_edits(files), source_path, warnings);
    report(warnings, sink);
  }

  for (const auto& lang : corpus.target_langs) {
    sink.step({N_("aligning {1}"), {corpus.source_lang + "-" + lang}});
    AlignerOptions options;
    options.term_pairs = term_pairs(corpus.seed, corpus.source_lang, lang);
    std::vector<DocumentPair> pairs;
    std::vector<size_t> document_of;
    for (size_t d = 0; d < corpus.documents.size(); ++d) {
      auto it = corpus.documents[d].translations.find(lang);
      if (it == corpus.documents[d].translations.end()) continue;
      pairs.push_back({&corpus.documents[d].source, &it->second.document});
      document_of.push_back(d);
    }
    const Aligner aligner(options);
    AlignModel model;
    std::vector<Alignment> result = aligner.align(pairs, nullptr, &model);
    for (size_t k = 0; k < pairs.size(); ++k) {
      CorpusDocument& doc = corpus.documents[document_of[k]];
      CorpusTranslation& translation = doc.translations.at(lang);
      const Corrections& c = corrections[document_of[k]].at(lang);
      if (c.beads.empty()) {
        translation.alignment = std::move(result[k]);
        continue;
      }
      const RealignGap realign = [&](uint32_t s0, uint32_t s1, uint32_t t0, uint32_t t1) {
        const Document source = part_of(doc.source, s0, s1), target = part_of(translation.document, t0, t1);
        return aligner.align({DocumentPair{&source, &target}}, model).front().beads;
      };
      std::vector<Warning> warnings;
      translation.alignment = honour_decisions(
          doc.source, translation.document, result[k], c.beads,
          corrections_path(corpus.dir, doc.name, corpus.source_lang, lang), realign, warnings);
      report(warnings, sink);
    }
  }
}

}  // namespace songngu
