#include "segment/segment_format.h"

namespace songngu {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

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
