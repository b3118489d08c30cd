#pragma once
// What every document reader produces: the document's text as blocks (a heading, a paragraph, a
// list item, a table cell, a caption, a footnote) in reading order. Segmentation treats each block
// as one paragraph, so the block structure the author gave the document survives into alignment.
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

enum class BlockKind { kParagraph, kHeading, kListItem, kTableCell, kCaption, kFootnote };

const char* block_kind_name(BlockKind kind);  // "paragraph", "heading", ...

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // UTF-8; lines end with '\n' only at explicit line breaks; never a blank line
  std::vector<InlineSpan> spans = {};  // its formatting, offsets into `text`, by begin (see InlineSpan)
};

// Collects the text of one block at a time. In HTML and ODF, runs of white space are one space
// (collapse = true); in DOCX every space is text. Explicit line breaks and tabs are kept.
class BlockBuilder {
 public:
  // `boundary_tags`: number the formatting as OmegaT's DOCX filter shows it, a standalone tag at
  // each place inside the block where formatting changes (InlineSpan::end_number).
  explicit BlockBuilder(bool collapse_spaces, bool boundary_tags = false)
      : collapse_(collapse_spaces), boundary_tags_(boundary_tags) {}

  void text(std::string_view s);
  void spaces(size_t count);  // spaces that never collapse (ODF text:s)
  void tab() { current_ += '\t'; }
  void line_break() { current_ += '\n'; }
  // Formatting: open_span starts a span of `kind` at the current end of the text and returns its
  // handle; close_span ends it there. A span still open at end_block goes on in the next block.
  // Spans left empty are dropped, except breaks (standalone codes, opened and closed at once).
  size_t open_span(InlineKind kind, std::string name);
  void close_span(size_t handle);
  void standalone(InlineKind kind, std::string name) { close_span(open_span(kind, std::move(name))); }
  // A span from `begin` (an earlier size()) to the current end, as if opened there and closed now;
  // no block may have ended in between.
  void add_span(InlineKind kind, std::string name, size_t begin);
  // Ends the current block; it is kept when it holds anything but white space.
  void end_block(BlockKind kind);
  bool empty() const { return current_.empty(); }
  size_t size() const { return current_.size(); }  // bytes of the current block so far
  std::vector<Block>& blocks() { return blocks_; }

 private:
  bool collapse_;
  bool boundary_tags_;
  std::string current_;
  std::vector<Block> blocks_;
  std::vector<InlineSpan> spans_;  // closed spans of the current block; offsets into current_
  std::vector<std::pair<size_t, InlineSpan>> open_;  // handle and span (begin set) not closed yet
  std::vector<uint32_t> where_;                      // end_block's map of offsets, kept for its capacity
  size_t next_handle_ = 0;
};

// The blocks as the text the segmenter reads: one block a paragraph, a blank line between blocks.
// The file is marked converted: spans refer to this text, not to the document's bytes.
TextFile blocks_as_text(const std::vector<Block>& blocks, const std::string& path, std::string encoding);

// The kind a block gives every segment cut from it: the block's own kind where segments have one
// (heading, list item, caption), else a sentence. The block structure is known, so it replaces the
// guesses the segmenter makes for plain text (a short line without a full stop read as a heading).
SegmentKind segment_kind_of(BlockKind kind);

}  // namespace songngu
