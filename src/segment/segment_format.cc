#include "segment/segment_format.h"

#include "base/escape.h"

namespace songngu {

std::string segments_as_text(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    if (i > 0 && doc.segments[i].paragraph != doc.segments[i - 1].paragraph) out += '\n';
    out += doc.segments[i].text;
    out += '\n';
  }
  return out;
}

std::string segments_as_jsonl(const Document& doc) {
  std::string out;
  std::string file = json_string(doc.path);
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    out += "{\"file\":" + file + ",\"paragraph\":" + std::to_string(s.paragraph) +
           ",\"index\":" + std::to_string(i) + ",\"kind\":\"" + segment_kind_name(s.kind) +
           "\",\"text\":" + json_string(s.text) + ",\"start\":" + std::to_string(s.span.begin) +
           ",\"end\":" + std::to_string(s.span.end) + "}\n";
  }
  return out;
}

}  // namespace songngu
