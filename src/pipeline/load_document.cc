#include "pipeline/load_document.h"

#include <algorithm>

#include "read/read_document.h"
#include "text/script.h"

namespace songngu {
namespace {

// The first 200 kB or so of a document's text: enough to tell its script.
std::string text_sample(const Document& doc) {
  std::string t;
  for (const auto& s : doc.segments) {
    t += s.text;
    t += ' ';
    if (t.size() > 200000) break;
  }
  return t;
}

}  // namespace

Document segment_document(const DocumentText& text, const Lang& lang, const Segmenter* segmenter,
                          ProgressSink& sink) {
  const TextFile& file = text.file;
  for (const auto& w : file.warnings) sink.warning(w);
  Document doc = segmenter ? segmenter->segment(file) : read_presegmented(file, lang);
  apply_block_kinds(doc, text);
  if (doc.segments.empty()) {
    Warning w{N_("no segments found ({1} bytes, read as {2})"),
              {std::to_string(file.text.size()), file.encoding},
              {file.path}};
    w.setting = Setting::kEncoding;
    sink.warning(w);
  }
  return doc;
}

Document load_document(const std::string& path, const Lang& lang, const ReadOptions& read,
                       const Segmenter* segmenter, ProgressSink& sink) {
  ReadOptions options = read;
  options.lang = lang.base();  // picks the language's --encoding and limits detection to its encodings
  options.encoding = encoding_for(options);
  return segment_document(read_document_text(path, document_format(path, options.from), options), lang,
                          segmenter, sink);
}

void warn_about_pair(const Document& src, const Document& tgt, ProgressSink& sink) {
  auto wrong_script = [&](const Document& doc, Script script, Setting setting) {
    Warning w{N_("the text is mostly in {1} script, which does not look like {2}"),
              {script_name(script), doc.lang.tag()},
              {doc.path}};
    w.setting = setting;
    sink.warning(w);
  };
  const Script script = dominant_script(text_sample(tgt));
  const std::string& base = tgt.lang.base();
  if ((base == "en" && (script == Script::kHangul || script == Script::kHan)) ||
      (base == "ko" && script == Script::kLatin))
    wrong_script(tgt, script, Setting::kTargetLanguage);
  const Script src_script = dominant_script(text_sample(src));
  if (src.lang.base() == "vi" && (src_script == Script::kHangul || src_script == Script::kHan))
    wrong_script(src, src_script, Setting::kSourceLanguage);
  const size_t n = src.segments.size(), m = tgt.segments.size();
  if (n > 0 && m > 0 && std::max(n, m) >= 10 && std::max(n, m) > 3 * std::min(n, m))
    sink.warning({N_("{1} has {2} segments and {3} has {4}: are these translations of each other? "
                     "Aligning anyway."),
                  {src.path, std::to_string(n), tgt.path, std::to_string(m)}});
}

}  // namespace songngu
