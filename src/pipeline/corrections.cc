#include "pipeline/corrections.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/atomic_file.h"
#include "text/normalize.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

// A segment is one line; a backslash escapes what would break the line structure.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

std::string unescaped(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char next = text[++i];
    out += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
  }
  return out;
}

std::string range(uint32_t begin, uint32_t count) {
  return std::to_string(begin) + "+" + std::to_string(count);
}

[[noreturn]] void malformed(const std::string& path, size_t line, const char* message,
                            std::vector<std::string> args = {}) {
  throw_bad_input(message, std::move(args), Location{path, line, 0, Location::kNoByte});
}

bool parse_range(const std::string& word, uint32_t& begin, uint32_t& count) {
  const size_t plus = word.find('+');
  if (plus == std::string::npos || plus == 0 || plus + 1 == word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (i != plus && (word[i] < '0' || word[i] > '9')) return false;
  if (plus > 9 || word.size() - plus - 1 > 9) return false;
  begin = static_cast<uint32_t>(std::stoul(word.substr(0, plus)));
  count = static_cast<uint32_t>(std::stoul(word.substr(plus + 1)));
  return true;
}

std::vector<std::string> words_of(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

Warning does_not_fit(const std::string& path, size_t line, const char* message) {
  return Warning(message, {}, Location{path, line, 0, Location::kNoByte});
}

}  // namespace

std::string corrections_path(const std::string& corpus_dir, const std::string& name,
                             const std::string& source_lang, const std::string& target_lang) {
  return (fs::path(corpus_dir) / "corrections" / (name + "." + source_lang + "-" + target_lang + ".txt"))
      .string();
}

Corrections corrections_of(const AlignmentEditor& editor, const std::string& source_lang,
                           const std::string& target_lang) {
  Corrections out;
  out.source_lang = source_lang;
  out.target_lang = target_lang;
  const AlignmentState& state = editor.state();
  for (Side side : {Side::kSource, Side::kTarget}) {
    const std::vector<EditedSegment>& segments = side == Side::kSource ? state.source : state.target;
    const std::vector<std::string>& original = editor.original(side);
    // Groups of segments whose origins overlap: one split, joined or edited range each.
    for (size_t i = 0; i < segments.size();) {
      uint32_t begin = segments[i].origin_begin, end = segments[i].origin_end;
      size_t j = i + 1;
      while (j < segments.size() && segments[j].origin_begin < end)
        end = std::max(end, segments[j++].origin_end);
      bool changed = j - i != end - begin;
      for (size_t k = i; k < j && !changed; ++k) changed = segments[k].text != original[begin + (k - i)];
      if (changed) {
        SegmentEdit edit{side, begin, end - begin, {}, {}, 0};
        for (uint32_t k = begin; k < end; ++k) edit.before.push_back(original[k]);
        for (size_t k = i; k < j; ++k) edit.after.push_back(segments[k].text);
        out.edits.push_back(std::move(edit));
      }
      i = j;
    }
  }
  for (const auto& b : state.beads) {
    if (b.status == BeadStatus::kAuto) continue;
    BeadDecision d;
    d.status = b.status;
    d.bead = b.bead;
    for (uint32_t k = 0; k < b.bead.src_count; ++k)
      d.source.push_back(state.source[b.bead.src_begin + k].text);
    for (uint32_t k = 0; k < b.bead.tgt_count; ++k)
      d.target.push_back(state.target[b.bead.tgt_begin + k].text);
    out.beads.push_back(std::move(d));
  }
  return out;
}

std::string format_corrections(const Corrections& c) {
  std::string out = "# songngu corrections 1: " + c.source_lang + "-" + c.target_lang +
                    " (format: docs/corrections.md; segment numbers are 0-based begin+count)\n";
  for (const auto& e : c.edits) {
    out += "\nsegment " + (e.side == Side::kSource ? c.source_lang : c.target_lang) + " " +
           range(e.begin, e.count) + "\n";
    for (const auto& t : e.before) out += "- " + escaped(t) + "\n";
    for (const auto& t : e.after) out += "+ " + escaped(t) + "\n";
  }
  for (const auto& d : c.beads) {
    out += std::string("\nbead ") + bead_status_name(d.status) + " " + c.source_lang + " " +
           range(d.bead.src_begin, d.bead.src_count) + " " + c.target_lang + " " +
           range(d.bead.tgt_begin, d.bead.tgt_count) + "\n";
    for (const auto& t : d.source) out += "< " + escaped(t) + "\n";
    for (const auto& t : d.target) out += "> " + escaped(t) + "\n";
  }
  return out;
}

Corrections parse_corrections(std::string_view text, const std::string& path, const std::string& source_lang,
                              const std::string& target_lang) {
  Corrections c;
  c.source_lang = source_lang;
  c.target_lang = target_lang;
  enum class Block { kNone, kSegment, kBead } block = Block::kNone;
  size_t block_line = 0;
  auto close_block = [&] {
    if (block == Block::kSegment) {
      const SegmentEdit& e = c.edits.back();
      if (e.before.size() != e.count || e.after.empty())
        malformed(path, block_line,
                  N_("malformed corrections file: a segment block needs one '-' line per segment it names "
                     "and at least one '+' line"));
    } else if (block == Block::kBead) {
      const BeadDecision& d = c.beads.back();
      if (d.source.size() != d.bead.src_count || d.target.size() != d.bead.tgt_count)
        malformed(path, block_line,
                  N_("malformed corrections file: a bead block needs one '<' line per source segment and one "
                     "'>' line per target segment"));
    }
    block = Block::kNone;
  };
  size_t number = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string body =
        line.size() >= 2 && line[1] == ' ' ? unescaped(std::string_view(line).substr(2)) : "";
    if (line[0] == '-' || line[0] == '+') {
      if (block != Block::kSegment || line.size() < 2 || line[1] != ' ')
        malformed(path, number, N_("malformed corrections file: a '-' or '+' line outside a segment block"));
      SegmentEdit& e = c.edits.back();
      if (line[0] == '-' && !e.after.empty())
        malformed(path, number, N_("malformed corrections file: a '-' line after the '+' lines"));
      (line[0] == '-' ? e.before : e.after).push_back(body);
      continue;
    }
    if (line[0] == '<' || line[0] == '>') {
      if (block != Block::kBead || line.size() < 2 || line[1] != ' ')
        malformed(path, number, N_("malformed corrections file: a '<' or '>' line outside a bead block"));
      BeadDecision& d = c.beads.back();
      (line[0] == '<' ? d.source : d.target).push_back(body);
      continue;
    }
    close_block();
    const std::vector<std::string> w = words_of(line);
    block_line = number;
    if (w.size() == 3 && w[0] == "segment") {
      SegmentEdit e;
      e.line = number;
      if (w[1] == source_lang)
        e.side = Side::kSource;
      else if (w[1] == target_lang)
        e.side = Side::kTarget;
      else
        malformed(path, number, N_("malformed corrections file: language {1} is not {2} or {3}"),
                  {w[1], source_lang, target_lang});
      if (!parse_range(w[2], e.begin, e.count) || e.count == 0)
        malformed(path, number, N_("malformed corrections file: expected a range begin+count, found {1}"),
                  {w[2]});
      c.edits.push_back(std::move(e));
      block = Block::kSegment;
    } else if (w.size() == 6 && w[0] == "bead") {
      BeadDecision d;
      d.line = number;
      if (!parse_bead_status(w[1], d.status) || d.status == BeadStatus::kAuto)
        malformed(path, number, N_("malformed corrections file: unknown bead status {1}"), {w[1]});
      if (w[2] != source_lang || w[4] != target_lang)
        malformed(path, number, N_("malformed corrections file: expected the languages {1} and {2}"),
                  {source_lang, target_lang});
      if (!parse_range(w[3], d.bead.src_begin, d.bead.src_count) ||
          !parse_range(w[5], d.bead.tgt_begin, d.bead.tgt_count) || d.bead.src_count + d.bead.tgt_count == 0)
        malformed(path, number, N_("malformed corrections file: expected ranges begin+count"));
      c.beads.push_back(std::move(d));
      block = Block::kBead;
    } else {
      malformed(path, number, N_("malformed corrections file: unknown line {1}"), {line.substr(0, 40)});
    }
  }
  close_block();
  return c;
}

Corrections read_corrections(const std::string& path, const std::string& source_lang,
                             const std::string& target_lang) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Corrections{source_lang, target_lang, {}, {}};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
  std::ostringstream text;
  text << in.rdbuf();
  return parse_corrections(text.str(), path, source_lang, target_lang);
}

void write_corrections(const std::string& path, const Corrections& corrections) {
  if (corrections.edits.empty() && corrections.beads.empty()) {
    std::error_code ec;
    fs::remove(path, ec);
    return;
  }
  create_output_folder(fs::path(path).parent_path().string());
  write_file_atomically(path, format_corrections(corrections));
}

size_t apply_segment_edits(Document& document, Side side, const std::vector<const SegmentEdit*>& edits,
                           const std::string& path, std::vector<Warning>& warnings) {
  std::vector<const SegmentEdit*> ordered;
  for (const SegmentEdit* e : edits)
    if (e->side == side) ordered.push_back(e);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const SegmentEdit* a, const SegmentEdit* b) { return a->begin < b->begin; });
  std::vector<const SegmentEdit*> fitting;
  uint32_t free_from = 0;
  for (const SegmentEdit* e : ordered) {
    const auto& segs = document.segments;
    bool fits = e->begin >= free_from && e->begin + e->count <= segs.size();
    for (uint32_t k = 0; fits && k < e->count; ++k) fits = segs[e->begin + k].text == e->before[k];
    if (!fits) {
      warnings.push_back(does_not_fit(path, e->line,
                                      e->begin < free_from
                                          ? N_("this correction no longer fits the text and was not applied: "
                                               "it overlaps another segment edit")
                                          : N_("this correction no longer fits the text and was not applied: "
                                               "its segments are not in the file any more")));
      continue;
    }
    fitting.push_back(e);
    free_from = e->begin + e->count;
  }
  // From the end, so that the indexes of the edits still to apply stay valid.
  for (auto it = fitting.rbegin(); it != fitting.rend(); ++it) {
    const SegmentEdit& e = **it;
    const Segment first = document.segments[e.begin];
    const size_t span_end = document.segments[e.begin + e.count - 1].span.end;
    std::vector<Segment> replacement;
    for (const auto& text : e.after) {
      Segment s = first;
      TextAndKey tk = nfc_and_key(text);
      s.text = std::move(tk.text);
      s.key = std::move(tk.key);
      s.span.end = span_end;
      replacement.push_back(std::move(s));
    }
    auto at = document.segments.begin() + e.begin;
    at = document.segments.erase(at, at + e.count);
    document.segments.insert(at, replacement.begin(), replacement.end());
  }
  return fitting.size();
}

Alignment honour_decisions(const Document& source, const Document& target, const Alignment& automatic,
                           const std::vector<BeadDecision>& decisions, const std::string& path,
                           const RealignGap& realign, std::vector<Warning>& warnings) {
  const uint32_t source_size = static_cast<uint32_t>(source.segments.size());
  const uint32_t target_size = static_cast<uint32_t>(target.segments.size());
  std::vector<const BeadDecision*> kept;
  uint32_t source_free = 0, target_free = 0;
  for (const auto& d : decisions) {
    const Bead& b = d.bead;
    const char* why = nullptr;
    if (b.src_begin + b.src_count > source_size || b.tgt_begin + b.tgt_count > target_size ||
        d.source.size() != b.src_count || d.target.size() != b.tgt_count)
      why =
          N_("this correction no longer fits the text and was not applied: its segments are not in the file "
             "any more");
    for (uint32_t k = 0; !why && k < b.src_count; ++k)
      if (source.segments[b.src_begin + k].text != d.source[k])
        why = N_("this correction no longer fits the text and was not applied: the source text changed");
    for (uint32_t k = 0; !why && k < b.tgt_count; ++k)
      if (target.segments[b.tgt_begin + k].text != d.target[k])
        why = N_("this correction no longer fits the text and was not applied: the translation changed");
    if (!why && (b.src_begin < source_free || b.tgt_begin < target_free))
      why = N_("this correction no longer fits the text and was not applied: it overlaps the bead before it");
    if (why) {
      warnings.push_back(does_not_fit(path, d.line, why));
      continue;
    }
    kept.push_back(&d);
    source_free = b.src_begin + b.src_count;
    target_free = b.tgt_begin + b.tgt_count;
  }

  Alignment out;
  size_t next_auto = 0;                       // the first automatic bead that may start the next gap
  uint32_t auto_source = 0, auto_target = 0;  // where it starts
  auto fill_gap = [&](uint32_t s0, uint32_t s1, uint32_t t0, uint32_t t1) {
    if (s0 == s1 || t0 == t1) {  // one side empty: nothing to align, the segments stay unaligned
      for (uint32_t s = s0; s < s1; ++s) out.beads.push_back(Bead{s, 1, t0, 0, 0, 1});
      for (uint32_t t = t0; t < t1; ++t) out.beads.push_back(Bead{s1, 0, t, 1, 0, 1});
      return;
    }
    // Every bead covers at least one segment, so start positions grow in s + t.
    while (next_auto < automatic.beads.size() && auto_source + auto_target < s0 + t0) {
      auto_source += automatic.beads[next_auto].src_count;
      auto_target += automatic.beads[next_auto].tgt_count;
      ++next_auto;
    }
    if (auto_source == s0 && auto_target == t0) {
      size_t k = next_auto;
      uint32_t s = s0, t = t0;
      while (k < automatic.beads.size() && (s < s1 || t < t1) && s + automatic.beads[k].src_count <= s1 &&
             t + automatic.beads[k].tgt_count <= t1) {
        s += automatic.beads[k].src_count;
        t += automatic.beads[k].tgt_count;
        ++k;
      }
      if (s == s1 && t == t1) {  // the automatic beads fill the gap exactly: keep them
        out.beads.insert(out.beads.end(), automatic.beads.begin() + static_cast<std::ptrdiff_t>(next_auto),
                         automatic.beads.begin() + static_cast<std::ptrdiff_t>(k));
        return;
      }
    }
    for (Bead b : realign(s0, s1, t0, t1)) {
      b.src_begin += s0;
      b.tgt_begin += t0;
      out.beads.push_back(b);
    }
  };
  uint32_t s = 0, t = 0;
  for (const BeadDecision* d : kept) {
    const Bead& b = d->bead;
    fill_gap(s, b.src_begin, t, b.tgt_begin);
    if (d->status == BeadStatus::kNotTranslation) {
      fill_gap(b.src_begin, b.src_begin + b.src_count, b.tgt_begin, b.tgt_begin);
      fill_gap(b.src_begin + b.src_count, b.src_begin + b.src_count, b.tgt_begin, b.tgt_begin + b.tgt_count);
    } else {
      out.beads.push_back(Bead{b.src_begin, b.src_count, b.tgt_begin, b.tgt_count, 0, 1});
    }
    s = b.src_begin + b.src_count;
    t = b.tgt_begin + b.tgt_count;
  }
  fill_gap(s, source_size, t, target_size);
  return out;
}

namespace {

// The segments of one side after the fitting edits, each with the range of original segments it
// came from (what apply_segment_edits does to a Document, here with origins kept).
std::vector<EditedSegment> edited_segments(const Document& document, Side side,
                                           const Corrections& corrections) {
  Document copy = document;
  std::vector<const SegmentEdit*> edits;
  for (const auto& e : corrections.edits) edits.push_back(&e);
  std::vector<Warning> ignored;
  // Which edits fit is decided exactly as a run decides it: apply them to a copy and compare.
  std::vector<const SegmentEdit*> fitting;
  for (const SegmentEdit* e : edits) {
    if (e->side != side) continue;
    Document probe = copy;
    std::vector<const SegmentEdit*> applied = fitting;
    applied.push_back(e);
    if (apply_segment_edits(probe, side, applied, "", ignored) == applied.size()) fitting.push_back(e);
  }
  std::sort(fitting.begin(), fitting.end(),
            [](const SegmentEdit* a, const SegmentEdit* b) { return a->begin < b->begin; });
  std::vector<EditedSegment> out;
  uint32_t next = 0;
  for (const SegmentEdit* e : fitting) {
    for (; next < e->begin; ++next) out.push_back({document.segments[next].text, next, next + 1});
    for (const auto& text : e->after) out.push_back({nfc(text), e->begin, e->begin + e->count});
    next = e->begin + e->count;
  }
  for (; next < document.segments.size(); ++next)
    out.push_back({document.segments[next].text, next, next + 1});
  return out;
}

std::vector<std::string> texts_of(const Document& document) {
  std::vector<std::string> out;
  for (const auto& s : document.segments) out.push_back(s.text);
  return out;
}

}  // namespace

std::vector<const SegmentEdit*> shared_source_edits(const std::vector<const Corrections*>& files) {
  std::vector<const SegmentEdit*> out;
  for (const Corrections* c : files)
    for (const auto& e : c->edits) {
      if (e.side != Side::kSource) continue;
      bool seen = false;
      for (const SegmentEdit* other : out) seen = seen || *other == e;
      if (!seen) out.push_back(&e);
    }
  return out;
}

AlignmentEditor resume_review(const Document& source, const Document& target, const Corrections& corrections,
                              const Alignment& honoured) {
  AlignmentState state;
  state.source = edited_segments(source, Side::kSource, corrections);
  state.target = edited_segments(target, Side::kTarget, corrections);
  uint32_t s_total = 0, t_total = 0;
  for (const auto& b : honoured.beads) s_total += b.src_count, t_total += b.tgt_count;
  if (s_total != state.source.size() || t_total != state.target.size())
    throw Error(ErrorKind::kUsage, N_("the alignment does not cover the corrected documents"));
  // Decisions that fit the edited texts, by where they start.
  std::vector<const BeadDecision*> kept;
  {
    Document edited_source, edited_target;
    for (const auto& seg : state.source) edited_source.segments.push_back(Segment{seg.text, "", {}, 0, {}});
    for (const auto& seg : state.target) edited_target.segments.push_back(Segment{seg.text, "", {}, 0, {}});
    uint32_t source_free = 0, target_free = 0;
    for (const auto& d : corrections.beads) {
      const Bead& b = d.bead;
      bool fits = b.src_begin + b.src_count <= state.source.size() &&
                  b.tgt_begin + b.tgt_count <= state.target.size() && b.src_begin >= source_free &&
                  b.tgt_begin >= target_free && d.source.size() == b.src_count &&
                  d.target.size() == b.tgt_count;
      for (uint32_t k = 0; fits && k < b.src_count; ++k)
        fits = state.source[b.src_begin + k].text == d.source[k];
      for (uint32_t k = 0; fits && k < b.tgt_count; ++k)
        fits = state.target[b.tgt_begin + k].text == d.target[k];
      if (!fits) continue;
      kept.push_back(&d);
      source_free = b.src_begin + b.src_count;
      target_free = b.tgt_begin + b.tgt_count;
    }
  }
  size_t next = 0;
  uint32_t s = 0, t = 0;
  for (size_t k = 0; k < honoured.beads.size();) {
    const Bead& b = honoured.beads[k];
    if (next < kept.size() && kept[next]->bead.src_begin == s && kept[next]->bead.tgt_begin == t) {
      // The beads of a decided range (one bead, or the unaligned segments of a not-translation).
      const Bead& d = kept[next]->bead;
      uint32_t s_end = s, t_end = t;
      while (k < honoured.beads.size() &&
             (s_end < d.src_begin + d.src_count || t_end < d.tgt_begin + d.tgt_count))
        s_end += honoured.beads[k].src_count, t_end += honoured.beads[k++].tgt_count;
      state.beads.push_back({Bead{s, d.src_count, t, d.tgt_count, 0, 1}, kept[next]->status});
      s = s_end, t = t_end;
      ++next;
      continue;
    }
    state.beads.push_back({b, BeadStatus::kAuto});
    s += b.src_count, t += b.tgt_count;
    ++k;
  }
  return AlignmentEditor(texts_of(source), texts_of(target), std::move(state));
}

}  // namespace songngu
