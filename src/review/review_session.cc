#include "review/review_session.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/data_dir.h"
#include "base/error.h"
#include "pipeline/corpus_corrections.h"
#include "pipeline/corrections.h"
#include "report/review_annotations.h"

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

// How many UTF-16 code units (JavaScript's string indexes) the first `bytes` bytes of `text` are.
size_t utf16_units(std::string_view text, size_t bytes) {
  size_t units = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

// One segment's marks as JSON, titles numbered in `titles` (each distinct title once).
std::string marks_json(const Glossary& glossary, const std::string& source_lang, std::string_view text,
                       const std::vector<TermMark>& marks, std::map<std::string, size_t>& titles) {
  if (marks.empty()) return "0";
  std::string out = "[";
  for (const TermMark& m : marks) {
    const auto [it, fresh] = titles.emplace(term_mark_title(glossary, source_lang, m), titles.size());
    out += (out.size() > 1 ? ",[" : "[") + std::to_string(utf16_units(text, m.begin)) + "," +
           std::to_string(utf16_units(text, m.end)) + "," + json_quote(term_mark_class(glossary, m)) + "," +
           std::to_string(it->second) + "]";
  }
  return out + "]";
}

std::string finding_json(const Finding& f) {
  return "\"severity\":" + json_quote(severity_name(f.severity)) +
         ",\"rule\":" + json_quote(finding_rule_name(f.rule)) + ",\"term\":" + json_quote(f.source_term) +
         ",\"expected\":" + json_quote(f.expected) + ",\"found\":" + json_quote(f.found);
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
  return out + "]";
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
  const ReviewPage exported = export_all(sink);
  pairs_.clear();
  for (size_t d = 0; d < exported.documents.size(); ++d)
    for (size_t t = 0; t < exported.target_langs.size(); ++t)
      if (exported.documents[d].translations[t].present) {
        const std::string& lang = exported.target_langs[t];
        pairs_.push_back({d, lang, nullptr, {}});
        resume(pairs_.back(), exported);
      }
  annotate(exported);
}

ReviewPage ReviewSession::export_all(ProgressSink& sink) {
  Corpus corpus = as_read_;
  align_corpus_with_corrections(corpus, sink);
  ReviewPage exported;
  summary_ = export_corpus(corpus, options_, sink, &exported);
  return exported;
}

void ReviewSession::resume(Pair& pair, const ReviewPage& exported) {
  const CorpusDocument& raw = as_read_.documents[pair.doc];
  std::vector<Corrections> files;
  size_t mine = 0;
  for (const auto& lang : options_.target_langs) {
    if (!raw.translations.count(lang)) continue;
    if (lang == pair.lang) mine = files.size();
    files.push_back(
        read_corrections(corrections_path(options_.corpus_dir, raw.name, options_.source_lang, lang),
                         options_.source_lang, lang));
  }
  std::vector<const Corrections*> all;
  for (const auto& f : files) all.push_back(&f);
  Corrections c = files[mine];
  c.edits.clear();
  for (const SegmentEdit* e : shared_source_edits(all)) c.edits.push_back(*e);
  for (const auto& e : files[mine].edits)
    if (e.side == Side::kTarget) c.edits.push_back(e);
  const auto t = std::find(exported.target_langs.begin(), exported.target_langs.end(), pair.lang) -
                 exported.target_langs.begin();
  const Alignment& honoured = exported.documents[pair.doc].translations[t].alignment;
  if (pair.editor) pair.base = pair.version() + 1;
  pair.editor = std::make_unique<AlignmentEditor>(
      resume_review(raw.source, raw.translations.at(pair.lang).document, c, honoured));
  pair.saved = pair.version();
}

bool ReviewSession::source_differs(const Pair& pair, const ReviewPage& exported) const {
  const auto& run = exported.documents[pair.doc].source.segments;
  const auto& own = pair.editor->state().source;
  bool differs = run.size() != own.size();
  for (size_t i = 0; !differs && i < own.size(); ++i) differs = run[i].text != own[i].text;
  return differs;
}

void ReviewSession::annotate(const ReviewPage& exported) {
  const auto notes = review_annotations(exported);
  for (Pair& pair : pairs_) {
    const auto t = std::find(exported.target_langs.begin(), exported.target_langs.end(), pair.lang) -
                   exported.target_langs.begin();
    if (pair.doc >= exported.documents.size() || size_t(t) >= exported.target_langs.size()) continue;
    const ReviewDocument& doc = exported.documents[pair.doc];
    const ReviewTranslation& tr = doc.translations[t];
    const TranslationAnnotations& a = notes[pair.doc][t];
    Notes n;
    n.version = pair.version();
    std::map<std::string, size_t> titles;
    for (size_t i = 0; i < doc.source.segments.size(); ++i) {
      n.source_text.push_back(doc.source.segments[i].text);
      n.source_marks.push_back(
          marks_json(exported.glossary, exported.source_lang, n.source_text.back(), a.source[i], titles));
    }
    for (size_t i = 0; i < tr.document.segments.size(); ++i) {
      n.target_text.push_back(tr.document.segments[i].text);
      n.target_marks.push_back(
          marks_json(exported.glossary, exported.source_lang, n.target_text.back(), a.target[i], titles));
    }
    n.titles.resize(titles.size());
    for (const auto& [title, index] : titles) n.titles[index] = json_quote(title);
    for (size_t b = 0; b < a.findings.size(); ++b) {
      const Bead& bead = tr.alignment.beads[b];
      const bool source = bead.src_count > 0;
      for (size_t f : a.findings[b])
        n.findings.push_back({source ? Side::kSource : Side::kTarget,
                              source ? bead.src_begin : bead.tgt_begin,
                              finding_json(exported.findings[f].finding)});
    }
    pair.notes = std::move(n);
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
    if (version != pair.version()) throw StaleVersion(pair.version(), version);
  }
  return pair;
}

std::string ReviewSession::pair_json(size_t doc, const std::string& lang, bool texts) const {
  const Pair& pair = find(doc, lang);
  const AlignmentState& s = pair.editor->state();
  std::string out = "{\"doc\":" + std::to_string(doc) +
                    ",\"name\":" + json_quote(as_read_.documents[doc].name) +
                    ",\"lang\":" + json_quote(lang) + ",\"version\":" + std::to_string(pair.version()) +
                    ",\"can_undo\":" + (pair.editor->can_undo() ? "true" : "false") +
                    ",\"can_redo\":" + (pair.editor->can_redo() ? "true" : "false") + ",\"beads\":[";
  for (size_t k = 0; k < s.beads.size(); ++k) {
    const Bead& b = s.beads[k].bead;
    out += (k ? ",[" : "[") + std::to_string(b.src_begin) + "," + std::to_string(b.src_count) + "," +
           std::to_string(b.tgt_begin) + "," + std::to_string(b.tgt_count) + "," + confidence(b.confidence) +
           "," + json_quote(bead_status_name(s.beads[k].status)) + "]";
  }
  if (!texts) return out + "]}";
  // Marks and findings only where the text is still the one they were computed on.
  const Notes& n = pair.notes;
  auto marks = [](const std::vector<EditedSegment>& now, const std::vector<std::string>& then,
                  const std::vector<std::string>& marks_then) {
    std::vector<std::string> out;
    for (size_t i = 0; i < now.size(); ++i)
      out.push_back(i < then.size() && now[i].text == then[i] ? marks_then[i] : "0");
    return json_list(out);
  };
  std::vector<std::string> findings;
  for (const Notes::Anchor& f : n.findings) {
    const bool source = f.side == Side::kSource;
    const auto& now = source ? s.source : s.target;
    const auto& then = source ? n.source_text : n.target_text;
    if (f.segment < now.size() && f.segment < then.size() && now[f.segment].text == then[f.segment])
      findings.push_back("{\"side\":\"" + std::string(source ? "source" : "target") +
                         "\",\"segment\":" + std::to_string(f.segment) + "," + f.json + "}");
  }
  return out + "],\"source\":" + texts_json(s.source) + ",\"target\":" + texts_json(s.target) +
         ",\"notes_version\":" + std::to_string(n.version) + ",\"titles\":" + json_list(n.titles) +
         ",\"source_marks\":" + marks(s.source, n.source_text, n.source_marks) +
         ",\"target_marks\":" + marks(s.target, n.target_text, n.target_marks) +
         ",\"findings\":" + json_list(findings) + "}";
}

std::string ReviewSession::page() const {
  std::string data = "{\"source_lang\":" + json_quote(options_.source_lang) +
                     ",\"doubtful_below\":" + confidence(static_cast<float>(options_.doubtful_below)) +
                     ",\"pairs\":[";
  for (size_t i = 0; i < pairs_.size(); ++i)
    data += (i ? "," : "") + pair_json(pairs_[i].doc, pairs_[i].lang);
  data += "]}";
  std::string page = read_data_file("review/editor.html");
  const std::string style = "/*SONGNGU_TERMS_CSS*/";  // the glossary colours of reports/review.html
  if (const size_t css = page.find(style); css != std::string::npos)
    page.replace(css, style.size(), read_data_file("report/terms.css"));
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
  else if (op == "undo") {
    // Refused like an operation that does not fit (HTTP 422): the page says so.
    if (!e.undo()) throw Error(ErrorKind::kUsage, N_("nothing to undo (older steps are not kept)"));
  } else if (op == "redo") {
    if (!e.redo()) throw Error(ErrorKind::kUsage, N_("nothing to redo"));
  } else
    bad_request(N_("unknown operation \"{1}\""), {op});
  const bool texts = op == "edit" || op == "split_segment" || op == "join" || op == "undo" || op == "redo";
  return pair_json(pair.doc, pair.lang, texts);
}

std::string ReviewSession::save(const JsonObject& request, ProgressSink& sink) {
  Pair& pair = pair_of(request, true);
  const std::string path = corrections_path(options_.corpus_dir, as_read_.documents[pair.doc].name,
                                            options_.source_lang, pair.lang);
  write_corrections(path, corrections_of(*pair.editor, options_.source_lang, pair.lang));
  sink.start(options_.target_langs.size() + 4);  // the steps of export_all
  const ReviewPage exported = export_all(sink);
  pair.saved = pair.version();
  // The source text of this run differs from this editor's when another pair's saved source edit
  // reached it after this editor was made: resume it too, so it shows what the files now say.
  const bool behind = source_differs(pair, exported);
  if (behind) resume(pair, exported);
  // The other pairs of the document whose source text this save changed.
  std::vector<std::string> refreshed, unsaved;
  for (Pair& other : pairs_) {
    if (other.doc != pair.doc || &other == &pair || !source_differs(other, exported)) continue;
    if (other.saved == other.version()) {
      resume(other, exported);
      refreshed.push_back(json_quote(other.lang));
    } else {
      unsaved.push_back(json_quote(other.lang));
    }
  }
  annotate(exported);
  size_t units = 0;
  for (const auto& m : summary_.memories) units += m.count;
  return "{\"saved\":" + json_quote(path) + ",\"version\":" + std::to_string(pair.version()) +
         ",\"units\":" + std::to_string(units) + ",\"refreshed\":" + json_list(refreshed) +
         ",\"unsaved\":" + json_list(unsaved) + ",\"resumed\":" + (behind ? "true" : "false") + "}";
}

}  // namespace songngu
