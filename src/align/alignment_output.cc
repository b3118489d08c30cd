#include "align/alignment_output.h"

#include <cstdio>

namespace songngu {
namespace {

void append_clean(std::string& out, const std::string& text) {
  for (char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_side(std::string& out, const Document& doc, uint32_t begin, uint32_t count) {
  for (uint32_t k = 0; k < count; ++k) {
    if (k > 0) out += ' ';
    append_clean(out, doc.segments[begin + k].text);
  }
}

void append_confidence(std::string& out, float confidence) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\t%.3f", static_cast<double>(confidence));
  out += buf;
}

void append_indexes(std::string& out, uint32_t begin, uint32_t count) {
  out += '[';
  for (uint32_t k = 0; k < count; ++k) {
    if (k > 0) out += ',';
    out += std::to_string(begin + k);
  }
  out += ']';
}

}  // namespace

std::string format_tsv(const Document& source, const Document& target, const Alignment& alignment,
                       bool with_confidence) {
  std::string out;
  for (const auto& b : alignment.beads) {
    append_side(out, source, b.src_begin, b.src_count);
    out += '\t';
    append_side(out, target, b.tgt_begin, b.tgt_count);
    if (with_confidence) append_confidence(out, b.confidence);
    out += '\n';
  }
  return out;
}

std::string format_beads(const Alignment& alignment, bool with_confidence) {
  std::string out;
  for (const auto& b : alignment.beads) {
    append_indexes(out, b.src_begin, b.src_count);
    out += ':';
    append_indexes(out, b.tgt_begin, b.tgt_count);
    if (with_confidence) append_confidence(out, b.confidence);
    out += '\n';
  }
  return out;
}

std::string check_alignment(const Alignment& alignment, size_t source_segments, size_t target_segments) {
  size_t i = 0, j = 0;
  for (const auto& b : alignment.beads) {
    if (b.src_begin != i || b.tgt_begin != j) return "bead out of order at source " + std::to_string(i);
    if (b.src_count + b.tgt_count == 0) return "empty bead";
    if (b.confidence < 0 || b.confidence > 1) return "confidence out of [0,1]";
    i += b.src_count;
    j += b.tgt_count;
  }
  if (i != source_segments || j != target_segments) return "alignment does not cover both documents";
  return "";
}

}  // namespace songngu
