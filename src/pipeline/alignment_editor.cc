#include "pipeline/alignment_editor.h"

#include <iterator>
#include <utility>

#include "base/error.h"
#include "text/normalize.h"

namespace songngu {
namespace {

[[noreturn]] void refuse(const char* message, std::vector<std::string> args = {}) {
  throw Error(ErrorKind::kUsage, message, std::move(args));
}

// Begins follow from counts: beads are contiguous, so after any change the begins are the running
// sums (a 1-0 bead's target begin is where its target would be).
void renumber(std::vector<EditedBead>& beads) {
  uint32_t source = 0, target = 0;
  for (auto& b : beads) {
    b.bead.src_begin = source;
    b.bead.tgt_begin = target;
    source += b.bead.src_count;
    target += b.bead.tgt_count;
  }
}

uint32_t& count_of(Bead& bead, Side side) {
  return side == Side::kSource ? bead.src_count : bead.tgt_count;
}

std::string trimmed(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return std::string(text.substr(begin, end - begin));
}

// What a shared text costs: the string, its characters and the shared pointer's control block.
size_t text_bytes(const std::string& text) {
  return sizeof(std::string) + text.capacity() + 32;
}

}  // namespace

const char* bead_status_name(BeadStatus status) {
  switch (status) {
    case BeadStatus::kAuto: return "auto";
    case BeadStatus::kEdited: return "edited";
    case BeadStatus::kConfirmed: return "confirmed";
    case BeadStatus::kNotTranslation: return "not-translation";
  }
  return "auto";
}

bool parse_bead_status(const std::string& name, BeadStatus& status) {
  for (BeadStatus s :
       {BeadStatus::kAuto, BeadStatus::kEdited, BeadStatus::kConfirmed, BeadStatus::kNotTranslation})
    if (name == bead_status_name(s)) {
      status = s;
      return true;
    }
  return false;
}

AlignmentEditor::AlignmentEditor(std::vector<std::string> original_source,
                                 std::vector<std::string> original_target, AlignmentState state)
    : original_source_(std::move(original_source)),
      original_target_(std::move(original_target)),
      state_(std::move(state)) {}

AlignmentEditor::AlignmentEditor(const Document& source, const Document& target, const Alignment& alignment) {
  for (uint32_t i = 0; i < source.segments.size(); ++i) {
    original_source_.push_back(source.segments[i].text);
    state_.source.push_back({source.segments[i].text, i, i + 1});
  }
  for (uint32_t i = 0; i < target.segments.size(); ++i) {
    original_target_.push_back(target.segments[i].text);
    state_.target.push_back({target.segments[i].text, i, i + 1});
  }
  for (const auto& b : alignment.beads) state_.beads.push_back({b, BeadStatus::kAuto});
  renumber(state_.beads);
}

const std::vector<std::string>& AlignmentEditor::original(Side side) const {
  return side == Side::kSource ? original_source_ : original_target_;
}

std::vector<EditedSegment>& AlignmentEditor::segments(Side side) {
  return side == Side::kSource ? state_.source : state_.target;
}

EditedBead& AlignmentEditor::bead_at(size_t bead) {
  if (bead >= state_.beads.size()) refuse(N_("no bead {1}"), {std::to_string(bead)});
  return state_.beads[bead];
}

size_t AlignmentEditor::bead_of(Side side, size_t segment) const {
  for (size_t k = 0; k < state_.beads.size(); ++k) {
    const Bead& b = state_.beads[k].bead;
    const uint32_t begin = side == Side::kSource ? b.src_begin : b.tgt_begin;
    const uint32_t count = side == Side::kSource ? b.src_count : b.tgt_count;
    if (segment >= begin && segment < begin + count) return k;
  }
  refuse(N_("no segment {1}"), {std::to_string(segment)});
}

AlignmentEditor::Snapshot AlignmentEditor::take(const Snapshot* like) {
  Snapshot s;
  s.beads = state_.beads;
  history_bytes_ += sizeof(Snapshot) + s.beads.size() * sizeof(EditedBead);
  for (const Side side : {Side::kSource, Side::kTarget}) {
    const std::vector<EditedSegment>& now = segments(side);
    std::vector<SharedSegment>& out = side == Side::kSource ? s.source : s.target;
    out.resize(now.size());
    history_bytes_ += now.size() * sizeof(SharedSegment);
    // A step changes one place: the texts before it match by index from the start, those after
    // it from the end.
    static const std::vector<SharedSegment> kNone;
    const std::vector<SharedSegment>& then = !like                   ? kNone
                                             : side == Side::kSource ? like->source
                                                                     : like->target;
    size_t head = 0;
    while (head < now.size() && head < then.size() && *then[head].text == now[head].text) {
      out[head].text = then[head].text;
      ++head;
    }
    for (size_t tail = 1; tail <= now.size() - head && tail <= then.size() - head; ++tail) {
      const SharedSegment& old = then[then.size() - tail];
      if (*old.text != now[now.size() - tail].text) break;
      out[now.size() - tail].text = old.text;
    }
    for (size_t i = 0; i < now.size(); ++i) {
      out[i].origin_begin = now[i].origin_begin;
      out[i].origin_end = now[i].origin_end;
      if (out[i].text) continue;
      out[i].text = std::make_shared<const std::string>(now[i].text);
      history_bytes_ += text_bytes(now[i].text);
    }
  }
  return s;
}

void AlignmentEditor::restore(const Snapshot& snapshot) {
  state_.beads = snapshot.beads;
  for (const Side side : {Side::kSource, Side::kTarget}) {
    const std::vector<SharedSegment>& from = side == Side::kSource ? snapshot.source : snapshot.target;
    std::vector<EditedSegment>& to = segments(side);
    // The snapshot is one step away: copy only the texts between the equal head and tail.
    size_t head = 0, tail = 0;
    while (head < to.size() && head < from.size() && to[head].text == *from[head].text) ++head;
    while (tail < to.size() - head && tail < from.size() - head &&
           to[to.size() - 1 - tail].text == *from[from.size() - 1 - tail].text)
      ++tail;
    std::vector<EditedSegment> middle;
    for (size_t i = head; i < from.size() - tail; ++i) middle.push_back({*from[i].text, 0, 0});
    to.erase(to.begin() + static_cast<std::ptrdiff_t>(head), to.end() - static_cast<std::ptrdiff_t>(tail));
    to.insert(to.begin() + static_cast<std::ptrdiff_t>(head), std::make_move_iterator(middle.begin()),
              std::make_move_iterator(middle.end()));
    for (size_t i = 0; i < from.size(); ++i) {
      to[i].origin_begin = from[i].origin_begin;
      to[i].origin_end = from[i].origin_end;
    }
  }
}

void AlignmentEditor::release(const Snapshot& snapshot) {
  history_bytes_ -= sizeof(Snapshot) + snapshot.beads.size() * sizeof(EditedBead) +
                    (snapshot.source.size() + snapshot.target.size()) * sizeof(SharedSegment);
  for (const auto* side : {&snapshot.source, &snapshot.target})
    for (const SharedSegment& seg : *side)
      if (seg.text.use_count() == 1) history_bytes_ -= text_bytes(*seg.text);
}

void AlignmentEditor::checkpoint() {
  while (!redo_.empty()) {  // one at a time: a text two of them share is freed with the second
    release(redo_.back());
    redo_.pop_back();
  }
  Snapshot s = take(undo_.empty() ? nullptr : &undo_.back());
  undo_.push_back(std::move(s));
  forget_oldest();
  ++version_;
}

void AlignmentEditor::set_history_limit(HistoryLimit limit) {
  limit_ = limit;
  forget_oldest();
}

void AlignmentEditor::forget_oldest() {
  while (undo_.size() > 1 && (history_steps() > limit_.steps || history_bytes_ > limit_.bytes)) {
    release(undo_.front());
    undo_.pop_front();
  }
}

void AlignmentEditor::touched(EditedBead& bead) {
  bead.bead.confidence = 1;
  bead.bead.cost = 0;
  if (bead.status == BeadStatus::kAuto) bead.status = BeadStatus::kEdited;
}

void AlignmentEditor::merge_with_next(size_t bead) {
  bead_at(bead);
  if (bead + 1 >= state_.beads.size()) refuse(N_("bead {1} is the last one"), {std::to_string(bead)});
  checkpoint();
  EditedBead& first = state_.beads[bead];
  const Bead& second = state_.beads[bead + 1].bead;
  first.bead.src_count += second.src_count;
  first.bead.tgt_count += second.tgt_count;
  first.status = BeadStatus::kEdited;
  touched(first);
  state_.beads.erase(state_.beads.begin() + static_cast<std::ptrdiff_t>(bead) + 1);
  renumber(state_.beads);
}

void AlignmentEditor::merge_with_previous(size_t bead) {
  bead_at(bead);
  if (bead == 0) refuse(N_("bead {1} is the first one"), {std::to_string(bead)});
  merge_with_next(bead - 1);
}

void AlignmentEditor::split_bead(size_t bead, uint32_t source_count, uint32_t target_count) {
  const Bead b = bead_at(bead).bead;
  if (source_count > b.src_count || target_count > b.tgt_count || source_count + target_count == 0 ||
      source_count + target_count == b.src_count + b.tgt_count)
    refuse(N_("bead {1} cannot be split there"), {std::to_string(bead)});
  checkpoint();
  EditedBead first = state_.beads[bead], second = state_.beads[bead];
  first.bead.src_count = source_count;
  first.bead.tgt_count = target_count;
  second.bead.src_count = b.src_count - source_count;
  second.bead.tgt_count = b.tgt_count - target_count;
  first.status = second.status = BeadStatus::kEdited;
  touched(first);
  touched(second);
  state_.beads[bead] = first;
  state_.beads.insert(state_.beads.begin() + static_cast<std::ptrdiff_t>(bead) + 1, second);
  renumber(state_.beads);
}

void AlignmentEditor::move_segment_up(size_t bead, Side side) {
  if (count_of(bead_at(bead).bead, side) == 0 || bead == 0)
    refuse(N_("bead {1} has no segment to move there"), {std::to_string(bead)});
  checkpoint();
  --count_of(state_.beads[bead].bead, side);
  ++count_of(state_.beads[bead - 1].bead, side);
  touched(state_.beads[bead - 1]);
  touched(state_.beads[bead]);
  if (state_.beads[bead].bead.src_count + state_.beads[bead].bead.tgt_count == 0)
    state_.beads.erase(state_.beads.begin() + static_cast<std::ptrdiff_t>(bead));
  renumber(state_.beads);
}

void AlignmentEditor::move_segment_down(size_t bead, Side side) {
  if (count_of(bead_at(bead).bead, side) == 0 || bead + 1 >= state_.beads.size())
    refuse(N_("bead {1} has no segment to move there"), {std::to_string(bead)});
  checkpoint();
  --count_of(state_.beads[bead].bead, side);
  ++count_of(state_.beads[bead + 1].bead, side);
  touched(state_.beads[bead + 1]);
  touched(state_.beads[bead]);
  if (state_.beads[bead].bead.src_count + state_.beads[bead].bead.tgt_count == 0)
    state_.beads.erase(state_.beads.begin() + static_cast<std::ptrdiff_t>(bead));
  renumber(state_.beads);
}

void AlignmentEditor::set_status(size_t bead, BeadStatus status) {
  if (bead_at(bead).status == status) return;
  checkpoint();
  EditedBead& b = state_.beads[bead];
  b.status = status;
  if (status != BeadStatus::kAuto) b.bead.confidence = 1, b.bead.cost = 0;
}

void AlignmentEditor::edit_segment(Side side, size_t segment, const std::string& text) {
  std::vector<EditedSegment>& all = segments(side);
  if (segment >= all.size()) refuse(N_("no segment {1}"), {std::to_string(segment)});
  const std::string clean = trimmed(nfc(text));
  if (clean.empty() || clean.find('\n') != std::string::npos)
    refuse(N_("a segment's text must be one non-empty line"));
  if (clean == all[segment].text) return;
  const size_t bead = bead_of(side, segment);
  checkpoint();
  segments(side)[segment].text = clean;
  touched(state_.beads[bead]);
}

void AlignmentEditor::split_segment(Side side, size_t segment, size_t byte) {
  std::vector<EditedSegment>& all = segments(side);
  if (segment >= all.size()) refuse(N_("no segment {1}"), {std::to_string(segment)});
  const std::string& text = all[segment].text;
  if (byte == 0 || byte >= text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80)
    refuse(N_("segment {1} cannot be split there"), {std::to_string(segment)});
  EditedSegment first = all[segment], second = all[segment];
  first.text = trimmed(std::string_view(text).substr(0, byte));
  second.text = trimmed(std::string_view(text).substr(byte));
  if (first.text.empty() || second.text.empty())
    refuse(N_("segment {1} cannot be split there"), {std::to_string(segment)});
  const size_t bead = bead_of(side, segment);
  checkpoint();
  std::vector<EditedSegment>& list = segments(side);
  list[segment] = first;
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(segment) + 1, second);
  ++count_of(state_.beads[bead].bead, side);
  touched(state_.beads[bead]);
  renumber(state_.beads);
}

void AlignmentEditor::join_segments(Side side, size_t segment) {
  std::vector<EditedSegment>& all = segments(side);
  if (segment + 1 >= all.size()) refuse(N_("no segment {1}"), {std::to_string(segment + 1)});
  const size_t bead = bead_of(side, segment);
  if (bead_of(side, segment + 1) != bead)
    refuse(N_("segments {1} and {2} are in different beads: merge the beads first"),
           {std::to_string(segment), std::to_string(segment + 1)});
  checkpoint();
  std::vector<EditedSegment>& list = segments(side);
  list[segment].text += " " + list[segment + 1].text;
  list[segment].origin_begin = std::min(list[segment].origin_begin, list[segment + 1].origin_begin);
  list[segment].origin_end = std::max(list[segment].origin_end, list[segment + 1].origin_end);
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(segment) + 1);
  --count_of(state_.beads[bead].bead, side);
  touched(state_.beads[bead]);
  renumber(state_.beads);
}

bool AlignmentEditor::undo() {
  if (undo_.empty()) return false;
  Snapshot now = take(&undo_.back());
  redo_.push_back(std::move(now));
  restore(undo_.back());
  release(undo_.back());
  undo_.pop_back();
  ++version_;
  return true;
}

bool AlignmentEditor::redo() {
  if (redo_.empty()) return false;
  Snapshot now = take(&redo_.back());
  undo_.push_back(std::move(now));
  restore(redo_.back());
  release(redo_.back());
  redo_.pop_back();
  ++version_;
  return true;
}

Alignment AlignmentEditor::alignment() const {
  Alignment out;
  for (const auto& b : state_.beads) out.beads.push_back(b.bead);
  return out;
}

}  // namespace songngu
