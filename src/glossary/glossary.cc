#include "glossary/glossary.h"

namespace songngu {

const char* term_status_name(TermStatus status) {
  switch (status) {
    case TermStatus::kApproved: return "approved";
    case TermStatus::kCandidate: return "candidate";
    case TermStatus::kForbidden: return "forbidden";
  }
  return "candidate";
}

}  // namespace songngu
