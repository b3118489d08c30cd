#pragma once
// What `songngu review` serves, without the HTTP: the corpus read and aligned as `songngu corpus`
// does (corrections honoured), one editor per document and language pair resumed from its
// corrections, the edit operations as JSON requests, and saving: the pair's corrections written
// atomically, then tm/, glossary/ and reports/ written again by the same library calls the corpus
// job uses (so a save leaves exactly what a rerun of `songngu corpus` would).
//
// Contract: every document and pair has a version that grows with each change (an edit, undo,
// redo); a request that names an older version than the current one is refused (stale), so a second
// browser tab cannot overwrite what the first did. Requests name documents by index and pairs by
// target language, never by path. Errors are songngu::Error: kBadInput for a malformed request
// (an unknown operation, a missing member), kUsage for an operation the alignment refuses (merge
// past the end), and StaleVersion for a stale request. Not thread-safe: the server serialises calls.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/alignment_editor.h"
#include "pipeline/corpus.h"
#include "report/review_page.h"
#include "review/json.h"

namespace songngu {

class StaleVersion : public std::runtime_error {
 public:
  StaleVersion(uint64_t current, uint64_t given)
      : std::runtime_error("stale version " + std::to_string(given) + ", the document is at " +
                           std::to_string(current)),
        current(current) {}
  uint64_t current;
};

class ReviewSession {
 public:
  // Reads, aligns (honouring corrections) and exports the corpus, as run_corpus does.
  ReviewSession(CorpusOptions options, ProgressSink& sink);

  const CorpusSummary& summary() const { return summary_; }
  // The editor page with every pair's beads in it as JSON (no request needed to show them).
  std::string page() const;
  // {"doc":D,"lang":"en","version":V,"beads":[...],"source":[...],"target":[...],
  //  "notes_version":N,"titles":[...],"source_marks":[...],"target_marks":[...],"findings":[...]}
  // With `texts` false the texts, marks and findings are left out (the page keeps its own).
  // Marks and findings are those of the last export (opening or the last save, when the pair was
  // at notes_version): glossary marks per segment ([begin, end, class, title index], UTF-16 units
  // as JavaScript counts them; 0 for none) and consistency findings anchored on a segment
  // ({"side","segment","severity","rule","term","expected","found"}). A segment whose text changed
  // since has no marks and anchors no finding until the next save recomputes them.
  std::string pair_json(size_t doc, const std::string& lang, bool texts = true) const;
  // Applies {"doc","lang","version","op",...}; answers pair_json after the change, with the texts
  // only when the operation can change them (edit, split_segment, join, undo, redo): a 2,000-bead
  // answer is then ~60 kB instead of ~500 kB.
  // op: merge_next, merge_previous, split_bead (bead, source_count, target_count), move_up and
  // move_down (bead, side "source"|"target"), confirm, not_translation, unconfirm (bead),
  // edit (side, segment, text), split_segment (side, segment, byte), join (side, segment), undo, redo.
  // An operation that does not fit, and an undo or redo with nothing left (the history is bounded,
  // AlignmentEditor::HistoryLimit), throw Error(kUsage) and change nothing.
  std::string edit(const JsonObject& request);
  // Saves {"doc","lang","version"}: writes the corrections and exports again, from the documents as
  // the session read them (what its editors and corrections refer to: a file added or changed in
  // the folder since is taken in at the next start or `songngu corpus`), honouring every
  // corrections file as it is now; answers
  // {"saved":PATH,"version":V,"units":N,"refreshed":[...],"unsaved":[...],"resumed":B}; "resumed"
  // when this pair itself was remade from its files because a source edit saved in another pair had
  // reached the text since this editor was made (its version grows). The other pairs of the
  // same document share its source text: when the save changed it, those without unsaved changes
  // are resumed from their files and this run ("refreshed", their languages; their version grows),
  // so they show the source edits just saved; those with unsaved changes are left as they are
  // ("unsaved"). A save that leaves the source text as it was touches no other pair.
  std::string save(const JsonObject& request, ProgressSink& sink);

 private:
  // Glossary marks and findings of a pair as the last export computed them.
  struct Notes {
    uint64_t version = 0;  // the editor's version they were computed at
    std::vector<std::string> source_text, target_text, source_marks, target_marks;
    std::vector<std::string> titles;  // JSON strings
    struct Anchor {
      Side side = Side::kSource;
      size_t segment = 0;
      std::string json;  // without the segment
    };
    std::vector<Anchor> findings;
  };
  struct Pair {
    size_t doc = 0;
    std::string lang;
    std::unique_ptr<AlignmentEditor> editor;
    Notes notes;
    uint64_t base = 0;   // versions of the editors this pair had before (see resume)
    uint64_t saved = 0;  // the version last saved (or opened): no unsaved change while equal
    uint64_t version() const { return base + editor->version(); }
  };
  // (Re)makes the editor of `pair` from the corrections files of its document, over the alignment
  // `exported` holds: its own decisions and target edits, and the source edits of every pair of the
  // document (the Vietnamese is one text, whichever pair it was edited in). Its version grows.
  void resume(Pair& pair, const ReviewPage& exported);
  // Whether the source text of `exported` (a run over the files) is not the one the editor shows.
  bool source_differs(const Pair& pair, const ReviewPage& exported) const;
  void annotate(const ReviewPage& exported);
  // Aligns as_read_ honouring the corrections files and writes every output (summary_); gives back
  // the review page's data. Announces no steps (the caller's sink.start()).
  ReviewPage export_all(ProgressSink& sink);
  Pair& pair_of(const JsonObject& request, bool check_version);
  const Pair& find(size_t doc, const std::string& lang) const;
  void open(ProgressSink& sink);

  CorpusOptions options_;
  Corpus as_read_;  // the documents before any correction: what corrections refer to
  CorpusSummary summary_;
  std::vector<Pair> pairs_;
};

}  // namespace songngu
