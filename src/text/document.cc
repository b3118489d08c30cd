#include "text/document.h"

namespace songngu {

const char* segment_kind_name(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kSentence: return "sentence";
    case SegmentKind::kHeading: return "heading";
    case SegmentKind::kCaption: return "caption";
    case SegmentKind::kMetadata: return "metadata";
    case SegmentKind::kByline: return "byline";
    case SegmentKind::kListItem: return "list-item";
  }
  return "sentence";
}

}  // namespace songngu
