#include "tm/alignment_units.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "base/error.h"
#include "tm/tmx_writer.h"

namespace songngu {
namespace {

bool has_region(const std::string& tag) {
  // A region subtag is 2 letters or 3 digits after the language (and an optional 4-letter script).
  size_t start = 0;
  bool first = true;
  while (start <= tag.size()) {
    size_t dash = tag.find_first_of("-_", start);
    std::string part = tag.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
    if (!first &&
        (part.size() == 2 || (part.size() == 3 && std::isdigit(static_cast<unsigned char>(part[0])))))
      return true;
    first = false;
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return false;
}

std::string format_confidence(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The text of segments [begin, begin+count) joined with one space; "" when all are blank.
std::string join(const Document& doc, uint32_t begin, uint32_t count) {
  std::string out;
  for (uint32_t i = begin; i < begin + count && i < doc.segments.size(); ++i) {
    const std::string& t = doc.segments[i].text;
    if (blank(t)) continue;
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

// One side's contribution to a unit.
struct Piece {
  const Document* doc;
  uint32_t count;  // sentences
  std::string text;
  std::vector<BeadRef> beads;  // the beads it comes from
  TaggedText tagged;           // the text with its formatting
};

class UnitBuilder {
 public:
  UnitBuilder(const Document& source, const UnitOptions& options, std::string creationdate)
      : source_(source),
        options_(options),
        creationdate_(std::move(creationdate)),
        name_(document_name(source.path)),
        stem_(document_stem(source.path)) {}

  // Adds a unit of source sentences [begin, begin+count) with the given translations.
  void add(uint32_t begin, uint32_t count, const std::vector<Piece>& targets, double confidence,
           const UnitSink& out) {
    std::string src = join(source_, begin, count);
    if (src.empty() || targets.empty()) return;
    TranslationUnit u;
    u.tuid = stem_ + "-" + std::to_string(++number_);
    u.creationdate = creationdate_;
    size_t paragraph = begin < source_.segments.size() ? source_.segments[begin].paragraph + 1 : 0;
    std::string bead = std::to_string(count);
    for (const auto& t : targets) bead += "-" + std::to_string(t.count);
    u.props = {{"x-document", name_},
               {"x-paragraph", std::to_string(paragraph)},
               {"x-bead", bead},
               {"x-confidence", format_confidence(confidence)}};
    const TaggedText tagged = join_tagged(source_, begin, count);
    const bool tags = options_.tags != TagStyle::kNone && tagged.text == src;
    u.variants.push_back(tags ? tagged_variant(source_.lang.tag(), src, tagged_source(tagged, options_.tags))
                              : Variant{source_.lang.tag(), src, "", {}, {}, {}});
    for (const auto& t : targets) {
      u.variants.push_back(
          tags && t.tagged.text == t.text
              ? tagged_variant(t.doc->lang.tag(), t.text, tagged_target(tagged, t.tagged, options_.tags))
              : Variant{t.doc->lang.tag(), t.text, "", {}, {}, {}});
      u.beads.insert(u.beads.end(), t.beads.begin(), t.beads.end());
    }
    out(std::move(u));
  }

 private:
  // kTmx gives <seg> markup ("" when there is no code: the text is escaped), kOmegat text with tags.
  Variant tagged_variant(const std::string& lang, const std::string& plain, std::string tagged) const {
    if (options_.tags == TagStyle::kTmx) return Variant{lang, plain, std::move(tagged), {}, {}, {}};
    return Variant{lang, std::move(tagged), "", {}, {}, {}};
  }

  const Document& source_;
  const UnitOptions& options_;
  std::string creationdate_;
  std::string name_, stem_;
  size_t number_ = 0;
};

bool usable(const Bead& b, const Document& target, const UnitOptions& options) {
  return b.src_count > 0 && b.tgt_count > 0 && b.confidence >= options.min_confidence &&
         !join(target, b.tgt_begin, b.tgt_count).empty();
}

// The piece of one bead of pair `k` (whose index in the caller's list is `pair`).
Piece bead_piece(const AlignedPair& p, size_t pair, const Bead& b) {
  const size_t bead = static_cast<size_t>(&b - p.alignment->beads.data());
  return Piece{p.target,
               b.tgt_count,
               join(*p.target, b.tgt_begin, b.tgt_count),
               {BeadRef{pair, bead}},
               join_tagged(*p.target, b.tgt_begin, b.tgt_count)};
}

// All pairs of one source document; `index[k]` is the position of pairs[k] in the caller's list.
void units_for_source(const Document& source, const std::vector<const AlignedPair*>& pairs,
                      const std::vector<size_t>& index, const UnitOptions& options, const std::string& date,
                      const UnitSink& out) {
  UnitBuilder builder(source, options, date);
  if (pairs.size() == 1) {
    const AlignedPair& p = *pairs[0];
    for (const Bead& b : p.alignment->beads) {
      if (!usable(b, *p.target, options) || join(source, b.src_begin, b.src_count).empty()) continue;
      builder.add(b.src_begin, b.src_count, {bead_piece(p, index[0], b)}, b.confidence, out);
    }
    return;
  }
  // Boundaries shared by every alignment: a source position where each alignment starts a bead.
  const uint32_t n = static_cast<uint32_t>(source.segments.size());
  std::vector<int> starts(n + 1, 0);
  for (const AlignedPair* p : pairs) {
    std::vector<bool> is_start(n + 1, false);
    is_start[0] = is_start[n] = true;
    for (const Bead& b : p->alignment->beads)
      if (b.src_count > 0 && b.src_begin <= n) {
        is_start[b.src_begin] = true;
        if (b.src_begin + b.src_count <= n) is_start[b.src_begin + b.src_count] = true;
      }
    for (uint32_t i = 0; i <= n; ++i) starts[i] += is_start[i];
  }
  std::vector<uint32_t> cuts;
  for (uint32_t i = 0; i <= n; ++i)
    if (starts[i] == static_cast<int>(pairs.size())) cuts.push_back(i);
  // Beads of each alignment with source sentences, in source order, walked alongside the ranges.
  std::vector<std::vector<const Bead*>> beads(pairs.size());
  for (size_t k = 0; k < pairs.size(); ++k) {
    for (const Bead& b : pairs[k]->alignment->beads)
      if (b.src_count > 0) beads[k].push_back(&b);
    std::stable_sort(beads[k].begin(), beads[k].end(),
                     [](const Bead* a, const Bead* b) { return a->src_begin < b->src_begin; });
  }
  std::vector<size_t> cursor(pairs.size(), 0);
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    uint32_t begin = cuts[c], end = cuts[c + 1];
    std::vector<Piece> full;
    std::vector<size_t> full_pair;  // which pair each piece comes from
    double confidence = 1.0;
    std::vector<std::vector<const Bead*>> in_range(pairs.size());
    for (size_t k = 0; k < pairs.size(); ++k) {
      while (cursor[k] < beads[k].size() && beads[k][cursor[k]]->src_begin < end) {
        if (beads[k][cursor[k]]->src_begin >= begin) in_range[k].push_back(beads[k][cursor[k]]);
        ++cursor[k];
      }
      bool covers = !in_range[k].empty();
      for (const Bead* b : in_range[k]) covers = covers && usable(*b, *pairs[k]->target, options);
      if (!covers) continue;
      Piece piece{pairs[k]->target, 0, "", {}, {}};
      for (const Bead* b : in_range[k]) {
        Piece one = bead_piece(*pairs[k], index[k], *b);
        piece.count += one.count;
        piece.text += (piece.text.empty() ? "" : " ") + one.text;
        piece.beads.push_back(one.beads.front());
        append_tagged(piece.tagged, one.tagged.text, one.tagged.spans);
        confidence = std::min(confidence, static_cast<double>(b->confidence));
      }
      full.push_back(std::move(piece));
      full_pair.push_back(k);
    }
    // A range is worth merging only to hold two or more translations; a range that only one
    // translation covers keeps that translation's own (finer) beads.
    if (full.size() >= 2) {
      builder.add(begin, end - begin, full, confidence, out);
      for (size_t k : full_pair) in_range[k].clear();  // used
    }
    // Translations not merged above keep their own usable beads.
    for (size_t k = 0; k < pairs.size(); ++k)
      for (const Bead* b : in_range[k])
        if (usable(*b, *pairs[k]->target, options) && !join(source, b->src_begin, b->src_count).empty())
          builder.add(b->src_begin, b->src_count, {bead_piece(*pairs[k], index[k], *b)}, b->confidence, out);
  }
}

}  // namespace

void check_lang_forms(const std::vector<std::string>& tags) {
  for (size_t i = 1; i < tags.size(); ++i)
    if (has_region(tags[i]) != has_region(tags[0]))
      throw_usage(N_("language tags \"{1}\" and \"{2}\" are of different forms: give all with a region "
                     "(vi-VN, en-US, ko-KR) or none (vi, en, ko), or CAT tools drop the units"),
                  {tags[0], tags[i]});
}

std::string document_name(const std::string& path) {
  if (path.empty() || path == "-") return "stdin";
  return std::filesystem::path(path).filename().string();
}

std::string document_stem(const std::string& path) {
  if (path.empty() || path == "-") return "stdin";
  std::string stem = std::filesystem::path(path).stem().string();
  return stem.empty() ? document_name(path) : stem;
}

void for_each_unit(const std::vector<AlignedPair>& pairs, const UnitOptions& options, const UnitSink& out) {
  std::vector<std::string> tags;
  for (const auto& p : pairs) {
    tags.push_back(p.source->lang.tag());
    tags.push_back(p.target->lang.tag());
  }
  check_lang_forms(tags);
  std::string date = options.creationdate.empty() ? creation_date() : options.creationdate;
  std::vector<const Document*> sources;
  for (const auto& p : pairs)
    if (std::find(sources.begin(), sources.end(), p.source) == sources.end()) sources.push_back(p.source);
  for (const Document* s : sources) {
    std::vector<const AlignedPair*> group;
    std::vector<size_t> index;
    for (size_t k = 0; k < pairs.size(); ++k)
      if (pairs[k].source == s) group.push_back(&pairs[k]), index.push_back(k);
    units_for_source(*s, group, index, options, date, out);
  }
}

std::vector<TranslationUnit> units_from_alignments(const std::vector<AlignedPair>& pairs,
                                                   const UnitOptions& options) {
  std::vector<TranslationUnit> units;
  for_each_unit(pairs, options, [&](TranslationUnit&& u) { units.push_back(std::move(u)); });
  return units;
}

}  // namespace songngu
