#include "tm/inline_tags.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/error.h"
#include "tm/xml_text.h"

namespace songngu {
namespace {

const char* native_name(InlineKind kind) {
  switch (kind) {
    case InlineKind::kBold: return "b";
    case InlineKind::kItalic: return "i";
    case InlineKind::kUnderline: return "u";
    case InlineKind::kLink: return "a";
    case InlineKind::kCode: return "code";
    case InlineKind::kBreak: return "br";
    case InlineKind::kOther: break;
  }
  return "span";
}

const char* tmx_type(InlineKind kind) {
  switch (kind) {
    case InlineKind::kBold: return "bold";
    case InlineKind::kItalic: return "italic";
    case InlineKind::kUnderline: return "ulined";
    case InlineKind::kLink: return "link";
    case InlineKind::kCode: return "x-code";
    case InlineKind::kBreak: return "lb";
    case InlineKind::kOther: break;
  }
  return "";
}

// A tag at a place of the text: its markup, and its order among tags at the same place (ends first,
// the inner end before the outer; then standalone codes; then starts, the outer first).
struct Event {
  uint32_t at;
  int rank;  // 0 end, 1 standalone, 2 start
  size_t order;
  std::string markup;
};

void sort_events(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.at, a.rank, a.order) < std::tie(b.at, b.rank, b.order);
  });
}

// The text with the (sorted) events' markup put in; `xml`: the text between them escaped for XML.
std::string render(const std::string& text, const std::vector<Event>& events, bool xml) {
  std::string out;
  auto put = [&](std::string_view piece) {
    xml ? (void)append_escaped_text(out, piece) : (void)out.append(piece);
  };
  size_t pos = 0;
  for (const auto& e : events) {
    put(std::string_view(text).substr(pos, e.at - pos));  // e.at never goes back
    pos = e.at;
    out += e.markup;
  }
  put(std::string_view(text).substr(pos));
  return out;
}

// TMX level 2: `x[k]` is span k's x= (0: none).
std::string tmx_markup(const TaggedText& t, const std::vector<int>& x) {
  std::vector<Event> events;
  int pair = 0;
  for (size_t k = 0; k < t.spans.size(); ++k) {
    const InlineSpan& s = t.spans[k];
    const std::string name = native_name(s.kind);
    const std::string xa = x[k] > 0 ? " x=\"" + std::to_string(x[k]) + "\"" : "";
    const std::string type = *tmx_type(s.kind) ? std::string(" type=\"") + tmx_type(s.kind) + "\"" : "";
    const std::string open = "&lt;" + name + "&gt;", close = "&lt;/" + name + "&gt;";
    const size_t order = t.spans.size() - k;  // ends: the inner (later) span first
    if (s.kind == InlineKind::kBreak) {
      events.push_back({s.begin, 1, k, "<ph" + xa + type + ">&lt;br/&gt;</ph>"});
    } else if (s.open_begin && s.open_end) {
      continue;  // formatting over the whole segment and beyond: no code inside it
    } else if (s.open_begin) {
      events.push_back({s.end, 0, order, "<it pos=\"end\"" + xa + type + ">" + close + "</it>"});
    } else if (s.open_end) {
      events.push_back({s.begin, 2, k, "<it pos=\"begin\"" + xa + type + ">" + open + "</it>"});
    } else {
      const std::string i = std::to_string(++pair);
      events.push_back({s.begin, 2, k, "<bpt i=\"" + i + "\"" + xa + type + ">" + open + "</bpt>"});
      events.push_back({s.end, 0, order, "<ept i=\"" + i + "\">" + close + "</ept>"});
    }
  }
  sort_events(events);
  return render(t.text, events, true);
}

// OmegaT's tags for `spans` (the source's, as numbered in the paragraph), placed where `place`
// spans (the same source spans or their matched target spans) lie.
std::string omegat_text(const std::string& text, const std::vector<const InlineSpan*>& numbering,
                        const std::vector<const InlineSpan*>& place) {
  std::vector<Event> events;
  for (size_t k = 0; k < place.size(); ++k) {
    const InlineSpan& n = *numbering[k];
    const InlineSpan& p = *place[k];
    const size_t order = place.size() - k;
    if (n.boundaries) {
      if (!p.open_begin && n.number != InlineSpan::kEnclosing)
        events.push_back({p.begin, 2, k, "<" + n.name + std::to_string(n.number) + "/>"});
      if (!p.open_end && n.end_number != InlineSpan::kEnclosing)
        events.push_back({p.end, 0, order, "<" + n.name + std::to_string(n.end_number) + "/>"});
      continue;
    }
    if (n.number == InlineSpan::kEnclosing) continue;
    const std::string tag = n.name + std::to_string(n.number);
    if (n.kind == InlineKind::kBreak) {
      events.push_back({p.begin, 1, k, "<" + tag + ">"});
      continue;
    }
    if (!p.open_begin) events.push_back({p.begin, 2, k, "<" + tag + ">"});
    if (!p.open_end) events.push_back({p.end, 0, order, "</" + tag + ">"});
  }
  // Several spans of a DOCX paragraph share a place: one tag there.
  sort_events(events);
  events.erase(
      std::unique(events.begin(), events.end(),
                  [](const Event& a, const Event& b) { return a.at == b.at && a.markup == b.markup; }),
      events.end());
  return render(text, events, false);
}

}  // namespace

TagStyle tag_style_named(const std::string& name) {
  if (name == "none") return TagStyle::kNone;
  if (name == "tmx") return TagStyle::kTmx;
  if (name == "omegat") return TagStyle::kOmegat;
  throw_usage(N_("unknown tag style \"{1}\" (use tmx, omegat or none)"), {name});
}

void append_tagged(TaggedText& to, const std::string& text, const std::vector<InlineSpan>& spans) {
  if (text.empty()) return;
  const auto joint = static_cast<uint32_t>(to.text.size());  // where the text before ends
  if (!to.text.empty()) to.text += ' ';
  const auto shift = static_cast<uint32_t>(to.text.size());
  const size_t before = to.spans.size();
  for (InlineSpan s : spans) {
    s.begin += shift;
    s.end += shift;
    // The rest of a span the segment boundary cut (bold across a sentence end, both sentences in
    // one unit): one span again, so it is one pair of codes, not two isolated ones.
    if (s.open_begin && s.begin == shift && shift > 0) {
      auto it = std::find_if(to.spans.begin(), to.spans.begin() + static_cast<std::ptrdiff_t>(before),
                             [&](const InlineSpan& p) {
                               return p.open_end && p.end == joint && p.kind == s.kind && p.name == s.name &&
                                      p.number == s.number && p.boundaries == s.boundaries;
                             });
      if (it != to.spans.begin() + static_cast<std::ptrdiff_t>(before)) {
        it->end = s.end;
        it->open_end = s.open_end;
        it->end_number = s.end_number;
        continue;
      }
    }
    to.spans.push_back(std::move(s));
  }
  to.text += text;
}

TaggedText join_tagged(const Document& doc, uint32_t begin, uint32_t count) {
  TaggedText out;
  for (uint32_t i = begin; i < begin + count && i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    if (s.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;  // as the unit's text
    append_tagged(out, s.text, s.spans);
  }
  return out;
}

std::vector<int> match_spans(const std::vector<InlineSpan>& source, const std::vector<InlineSpan>& target) {
  using Class = std::tuple<InlineKind, bool, bool>;
  std::map<Class, std::vector<int>> sources;
  for (size_t k = 0; k < source.size(); ++k)
    sources[{source[k].kind, source[k].open_begin, source[k].open_end}].push_back(static_cast<int>(k));
  std::map<Class, size_t> used;
  std::vector<int> out;
  for (const auto& t : target) {
    const Class c{t.kind, t.open_begin, t.open_end};
    const auto it = sources.find(c);
    size_t& n = used[c];
    out.push_back(it != sources.end() && n < it->second.size() ? it->second[n++] : -1);
  }
  return out;
}

std::string tagged_source(const TaggedText& source, TagStyle style) {
  if (style == TagStyle::kNone || source.spans.empty()) return style == TagStyle::kTmx ? "" : source.text;
  if (style == TagStyle::kTmx) {
    std::vector<int> x;
    for (size_t k = 0; k < source.spans.size(); ++k) x.push_back(static_cast<int>(k) + 1);
    return tmx_markup(source, x);
  }
  std::vector<const InlineSpan*> spans;
  for (const auto& s : source.spans) spans.push_back(&s);
  return omegat_text(source.text, spans, spans);
}

std::string tagged_target(const TaggedText& source, const TaggedText& target, TagStyle style) {
  if (style == TagStyle::kNone || target.spans.empty()) return style == TagStyle::kTmx ? "" : target.text;
  const std::vector<int> match = match_spans(source.spans, target.spans);
  if (style == TagStyle::kTmx) {
    std::vector<int> x;
    for (int m : match) x.push_back(m + 1);
    return tmx_markup(target, x);
  }
  std::vector<const InlineSpan*> numbering, place;
  for (size_t k = 0; k < match.size(); ++k)
    if (match[k] >= 0) {
      numbering.push_back(&source.spans[static_cast<size_t>(match[k])]);
      place.push_back(&target.spans[k]);
    }
  return omegat_text(target.text, numbering, place);
}

}  // namespace songngu
