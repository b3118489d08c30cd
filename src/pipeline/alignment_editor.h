#pragma once
// What a person does to an alignment in the review editor, as library calls: merge and split
// beads, move a segment to the neighbouring bead, confirm a bead or mark it "not a translation",
// edit, split and join segments; every operation can be undone and redone. The review server only
// translates HTTP into these calls, and corrections.h turns the result into the corrections file.
//
// Contract: after every call the beads are in order and cover every segment of both sides exactly
// once (no 0-0 bead). A bead a person changed (merged, split, a segment moved in or out, a segment
// of it edited) is kEdited unless the person confirmed it or marked it; its confidence is 1. Each
// segment remembers which segments of the document as read it came from (origins), so the
// corrections file can say "these segments were replaced by these" in terms of the source file.
// Invalid operations (no next bead, a split of a one-segment bead, ...) throw Error(kUsage) and
// change nothing. Not thread-safe; copying an editor copies its history.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "text/document.h"

namespace songngu {

enum class Side { kSource, kTarget };

enum class BeadStatus {
  kAuto,            // as the aligner made it
  kEdited,          // changed by a person, not yet confirmed
  kConfirmed,       // a person says it is right
  kNotTranslation,  // a person says the two sides do not translate each other: kept out of the TM
};

// "auto", "edited", "confirmed", "not-translation" (the corrections file's words).
const char* bead_status_name(BeadStatus status);
// The inverse; false when `name` is none of them.
bool parse_bead_status(const std::string& name, BeadStatus& status);

struct EditedSegment {
  std::string text;
  uint32_t origin_begin = 0;  // the segments of the document as read it came from:
  uint32_t origin_end = 0;    // [origin_begin, origin_end), one for an untouched segment
  bool operator==(const EditedSegment& other) const = default;
};

struct EditedBead {
  Bead bead;
  BeadStatus status = BeadStatus::kAuto;
};

struct AlignmentState {
  std::vector<EditedSegment> source, target;
  std::vector<EditedBead> beads;
};

class AlignmentEditor {
 public:
  // The texts of the documents as read (what origins refer to) and the state to start from.
  AlignmentEditor(std::vector<std::string> original_source, std::vector<std::string> original_target,
                  AlignmentState state);
  // A fresh review of an automatic alignment: no edit yet, every bead kAuto.
  AlignmentEditor(const Document& source, const Document& target, const Alignment& alignment);

  const AlignmentState& state() const { return state_; }
  const std::vector<std::string>& original(Side side) const;
  // Grows by one with every change, undo and redo (the review server's version of a document).
  uint64_t version() const { return version_; }

  void merge_with_next(size_t bead);
  void merge_with_previous(size_t bead);
  // Cuts a bead in two: the first keeps `source_count` source and `target_count` target segments,
  // the second the rest; neither may be left empty.
  void split_bead(size_t bead, uint32_t source_count, uint32_t target_count);
  // The first segment of `side` in `bead` joins the end of the bead before it.
  void move_segment_up(size_t bead, Side side);
  // The last segment of `side` in `bead` joins the start of the bead after it.
  void move_segment_down(size_t bead, Side side);
  void set_status(size_t bead, BeadStatus status);
  void confirm(size_t bead) { set_status(bead, BeadStatus::kConfirmed); }
  void mark_not_translation(size_t bead) { set_status(bead, BeadStatus::kNotTranslation); }
  // Replaces a segment's text (NFC applied); an empty text is refused (join or move instead).
  void edit_segment(Side side, size_t segment, const std::string& text);
  // Cuts a segment at a byte offset (a UTF-8 character boundary strictly inside the text); the
  // spaces at the cut are dropped. Both parts stay in the segment's bead.
  void split_segment(Side side, size_t segment, size_t byte);
  // Joins a segment with the next one of the same side (with one space); both must be in one bead.
  void join_segments(Side side, size_t segment);

  // The undo history is bounded: at most `steps` states or about `bytes` of them, whichever comes
  // first; the oldest are forgotten (the last change can always be undone). Redo holds only states
  // undone from it, so the whole history stays within the limit. A remembered state shares every
  // segment text it has in common with the state before it: a step weighs its beads and segment
  // lists plus the texts the step changed, not a copy of every text. history_bytes() counts that
  // (each text once, however many states hold it).
  struct HistoryLimit {
    size_t steps = 500;
    size_t bytes = size_t{128} << 20;
  };
  void set_history_limit(HistoryLimit limit);
  size_t history_steps() const { return undo_.size() + redo_.size(); }
  size_t history_bytes() const { return history_bytes_; }

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  // False (and no change) when there is nothing to undo / redo.
  bool undo();
  bool redo();

  // The beads as an Alignment (statuses aside), for export.
  Alignment alignment() const;

 private:
  std::vector<EditedSegment>& segments(Side side);
  EditedBead& bead_at(size_t bead);
  size_t bead_of(Side side, size_t segment) const;
  void checkpoint();  // before a change: remember the state for undo, forget the redo history
  void touched(EditedBead& bead);

  std::vector<std::string> original_source_, original_target_;
  AlignmentState state_;
  struct SharedSegment {
    std::shared_ptr<const std::string> text;  // shared with the other snapshots holding this text
    uint32_t origin_begin = 0, origin_end = 0;
  };
  struct Snapshot {
    std::vector<SharedSegment> source, target;
    std::vector<EditedBead> beads;
  };
  // The current state as a snapshot, sharing the texts it has in common with `like` (a neighbouring
  // state of the history; nullptr: none); adds what it allocates to history_bytes_.
  Snapshot take(const Snapshot* like);
  // Makes the snapshot the current state.
  void restore(const Snapshot& snapshot);
  // Subtracts what dropping the snapshot frees (its lists, and the texts no other snapshot holds).
  void release(const Snapshot& snapshot);
  void forget_oldest();  // down to the history limit
  std::deque<Snapshot> undo_;
  std::vector<Snapshot> redo_;
  HistoryLimit limit_;
  size_t history_bytes_ = 0;
  uint64_t version_ = 0;
};

}  // namespace songngu
