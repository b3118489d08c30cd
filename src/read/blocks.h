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
};

// Collects the text of one block at a time. In HTML and ODF, runs of white space are one space
// (collapse = true); in DOCX every space is text. Explicit line breaks and tabs are kept.
class BlockBuilder {
 public:
  explicit BlockBuilder(bool collapse_spaces) : collapse_(collapse_spaces) {}

  void text(std::string_view s);
  void spaces(size_t count);  // spaces that never collapse (ODF text:s)
  void tab() { current_ += '\t'; }
  void line_break() { current_ += '\n'; }
  // Ends the current block; it is kept when it holds anything but white space.
  void end_block(BlockKind kind);
  bool empty() const { return current_.empty(); }
  std::vector<Block>& blocks() { return blocks_; }

 private:
  bool collapse_;
  std::string current_;
  std::vector<Block> blocks_;
};

// The blocks as the text the segmenter reads: one block a paragraph, a blank line between blocks.
// The file is marked converted: spans refer to this text, not to the document's bytes.
TextFile blocks_as_text(const std::vector<Block>& blocks, const std::string& path, std::string encoding);

// The kind a block gives every segment cut from it: the block's own kind where segments have one
// (heading, list item, caption), else a sentence. The block structure is known, so it replaces the
// guesses the segmenter makes for plain text (a short line without a full stop read as a heading).
SegmentKind segment_kind_of(BlockKind kind);

}  // namespace songngu
