#include "review/review_session.h"

#include <cmath>
#include <cstdio>

#include "base/data_dir.h"
#include "base/error.h"
#include "pipeline/corpus_corrections.h"
#include "pipeline/corrections.h"

namespace songngu {
namespace {

[[noreturn]] void bad_request(const char* message, std::vector<std::string> args = {}) {
  throw Error(ErrorKind::kBadInput, message, std::move(args));
}

uint64_t required_index(const JsonObject& request, const char* name) {
  const auto v = json_index(request, name);
  if (!v) bad_request(N_("the request needs \"{1}\" as a whole number"), {name});
  return *v;
}

std::string required_string(const JsonObject& request, const char* name) {
  const auto v = json_string(request, name);
  if (!v) bad_request(N_("the request needs \"{1}\" as a string"), {name});
  return *v;
}

Side required_side(const JsonObject& request) {
  const std::string side = required_string(request, "side");
  if (side == "source") return Side::kSource;
  if (side == "target") return Side::kTarget;
  bad_request(N_("\"side\" is \"source\" or \"target\", not \"{1}\""), {side});
}

uint32_t as_u32(uint64_t v) {
  if (v > UINT32_MAX) bad_request(N_("a number in the request is too large"));
  return static_cast<uint32_t>(v);
}

std::string texts_json(const std::vector<EditedSegment>& segments) {
  std::string out = "[";
  for (size_t i = 0; i < segments.size(); ++i) out += (i ? "," : "") + json_quote(segments[i].text);
  return out + "]";
}

std::string confidence(float c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(c));
  return buf;
}

}  // namespace

ReviewSession::ReviewSession(CorpusOptions options, ProgressSink& sink) : options_(std::move(options)) {
  open(sink);
}

void ReviewSession::open(ProgressSink& sink) {
  const std::vector<std::string> names = corpus_document_names(options_, sink);
  const size_t targets = options_.target_langs.size();
  sink.start(names.size() * (1 + targets) + targets + 4);
  as_read_ = read_corpus(options_, names, sink);
  Corpus corpus = as_read_;
  align_corpus_with_corrections(corpus, sink);
  summary_ = export_corpus(corpus, options_, sink);
  pairs_.clear();
  for (size_t d = 0; d < corpus.documents.size(); ++d)
    for (const auto& lang : corpus.target_langs) {
      auto it = corpus.documents[d].translations.find(lang);
      if (it == corpus.documents[d].translations.end()) continue;
      const CorpusDocument& raw = as_read_.documents[d];
      const Corrections c =
          read_corrections(corrections_path(options_.corpus_dir, raw.name, options_.source_lang, lang),
                           options_.source_lang, lang);
      pairs_.push_back({d, lang,
                        std::make_unique<AlignmentEditor>(resume_review(
                            raw.source, raw.translations.at(lang).document, c, it->second.alignment))});
    }
}

const ReviewSession::Pair& ReviewSession::find(size_t doc, const std::string& lang) const {
  for (const auto& p : pairs_)
    if (p.doc == doc && p.lang == lang) return p;
  bad_request(N_("no document {1} with a translation in {2}"), {std::to_string(doc), lang});
}

ReviewSession::Pair& ReviewSession::pair_of(const JsonObject& request, bool check_version) {
  const Pair& found = find(required_index(request, "doc"), required_string(request, "lang"));
  Pair& pair = const_cast<Pair&>(found);
  if (check_version) {
    const uint64_t version = required_index(request, "version");
    if (version != pair.editor->version()) throw StaleVersion(pair.editor->version(), version);
  }
  return pair;
}

std::string ReviewSession::pair_json(size_t doc, const std::string& lang, bool texts) const {
  const Pair& pair = find(doc, lang);
  const AlignmentState& s = pair.editor->state();
  std::string out =
      "{\"doc\":" + std::to_string(doc) + ",\"name\":" + json_quote(as_read_.documents[doc].name) +
      ",\"lang\":" + json_quote(lang) + ",\"version\":" + std::to_string(pair.editor->version()) +
      ",\"can_undo\":" + (pair.editor->can_undo() ? "true" : "false") +
      ",\"can_redo\":" + (pair.editor->can_redo() ? "true" : "false") + ",\"beads\":[";
  for (size_t k = 0; k < s.beads.size(); ++k) {
    const Bead& b = s.beads[k].bead;
    out += (k ? ",[" : "[") + std::to_string(b.src_begin) + "," + std::to_string(b.src_count) + "," +
           std::to_string(b.tgt_begin) + "," + std::to_string(b.tgt_count) + "," + confidence(b.confidence) +
           "," + json_quote(bead_status_name(s.beads[k].status)) + "]";
  }
  if (!texts) return out + "]}";
  return out + "],\"source\":" + texts_json(s.source) + ",\"target\":" + texts_json(s.target) + "}";
}

std::string ReviewSession::page() const {
  std::string data = "{\"source_lang\":" + json_quote(options_.source_lang) +
                     ",\"doubtful_below\":" + confidence(static_cast<float>(options_.doubtful_below)) +
                     ",\"pairs\":[";
  for (size_t i = 0; i < pairs_.size(); ++i)
    data += (i ? "," : "") + pair_json(pairs_[i].doc, pairs_[i].lang);
  data += "]}";
  std::string page = read_data_file("review/editor.html");
  const std::string marker = "/*SONGNGU_DATA*/null";
  const size_t at = page.find(marker);
  if (at == std::string::npos) bad_request(N_("the editor page has no place for the data"));
  page.replace(at, marker.size(), data);
  return page;
}

std::string ReviewSession::edit(const JsonObject& request) {
  Pair& pair = pair_of(request, true);
  AlignmentEditor& e = *pair.editor;
  const std::string op = required_string(request, "op");
  auto bead = [&] { return required_index(request, "bead"); };
  auto segment = [&] { return required_index(request, "segment"); };
  if (op == "merge_next")
    e.merge_with_next(bead());
  else if (op == "merge_previous")
    e.merge_with_previous(bead());
  else if (op == "split_bead")
    e.split_bead(bead(), as_u32(required_index(request, "source_count")),
                 as_u32(required_index(request, "target_count")));
  else if (op == "move_up")
    e.move_segment_up(bead(), required_side(request));
  else if (op == "move_down")
    e.move_segment_down(bead(), required_side(request));
  else if (op == "confirm")
    e.confirm(bead());
  else if (op == "not_translation")
    e.mark_not_translation(bead());
  else if (op == "unconfirm")
    e.set_status(bead(), BeadStatus::kEdited);
  else if (op == "edit")
    e.edit_segment(required_side(request), segment(), required_string(request, "text"));
  else if (op == "split_segment")
    e.split_segment(required_side(request), segment(), required_index(request, "byte"));
  else if (op == "join")
    e.join_segments(required_side(request), segment());
  else if (op == "undo")
    e.undo();
  else if (op == "redo")
    e.redo();
  else
    bad_request(N_("unknown operation \"{1}\""), {op});
  const bool texts = op == "edit" || op == "split_segment" || op == "join" || op == "undo" || op == "redo";
  return pair_json(pair.doc, pair.lang, texts);
}

std::string ReviewSession::save(const JsonObject& request, ProgressSink& sink) {
  Pair& pair = pair_of(request, true);
  const std::string path = corrections_path(options_.corpus_dir, as_read_.documents[pair.doc].name,
                                            options_.source_lang, pair.lang);
  write_corrections(path, corrections_of(*pair.editor, options_.source_lang, pair.lang));
  summary_ = run_corpus(options_, sink);
  size_t units = 0;
  for (const auto& m : summary_.memories) units += m.count;
  return "{\"saved\":" + json_quote(path) + ",\"version\":" + std::to_string(pair.editor->version()) +
         ",\"units\":" + std::to_string(units) + "}";
}

}  // namespace songngu
