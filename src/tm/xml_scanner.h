#pragma once
// A small pull parser for XML 1.0 documents without DTD processing, made for TMX: it streams (the
// buffer holds one token plus whatever the caller pins), reports every error with line and column,
// decodes the predefined entities and character references, and refuses any document type
// declaration that declares entities (billion laughs, external entities) before reading further.
//
// Contract: next() returns tokens in document order and throws Error(kBadInput) naming
// "<name>:<line>:<column>" for anything not well-formed: ill-formed UTF-8, a character XML 1.0
// forbids, an undefined entity, mismatched or unclosed tags (a truncated file), attribute syntax,
// text outside the root element. Columns count Unicode characters from 1. Line ends in text are
// normalized (CRLF, CR -> LF) and attribute whitespace to spaces, as an XML processor must.
#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/unique_file.h"

namespace songngu {

// Where the scanner's bytes come from: a file (streamed) or a string already in memory.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual size_t read(char* buffer, size_t size) = 0;  // 0 at the end
};
std::unique_ptr<ByteSource> file_source(UniqueFile file);  // owns the file: closes it
std::unique_ptr<ByteSource> string_source(std::string content);

enum class XmlTokenKind { kText, kStartTag, kEndTag, kComment, kProcessingInstruction, kDoctype, kEnd };

struct XmlToken {
  XmlTokenKind kind = XmlTokenKind::kEnd;
  std::string name;                                             // element name (start/end tag)
  std::vector<std::pair<std::string, std::string>> attributes;  // decoded, in document order
  std::string text;           // decoded character data (text and CDATA sections)
  bool self_closing = false;  // <name/>: no end tag token follows
  size_t begin = 0;           // absolute byte offsets of the token in the stream
  size_t end = 0;
  size_t line = 0, column = 0;  // where the token starts
};

class XmlScanner {
 public:
  // `name` is used in messages (usually the file path).
  XmlScanner(std::unique_ptr<ByteSource> source, std::string name);

  XmlToken next();
  size_t depth() const { return stack_.size(); }

  // Keeps the bytes from absolute offset `offset` in memory until unpin(), so raw() can return them.
  void pin(size_t offset) { pin_ = offset; }
  void unpin() { pin_ = kNoPin; }
  std::string_view raw(size_t begin, size_t end) const;

  // Throws Error(kBadInput) at the given position: the template starts "{1}:{2}:{3}: " (name, line,
  // column) and the caller's arguments fill {4}, {5}, ...
  [[noreturn]] void fail_at(size_t line, size_t column, const std::string& message_template,
                            std::vector<std::string> args = {}) const;

 private:
  static constexpr size_t kNoPin = static_cast<size_t>(-1);
  // Reads until the buffer holds the bytes before absolute_end; false at the end of input.
  bool ensure(size_t absolute_end) {
    return absolute_end <= base_ + buffer_.size() || ensure_slow(absolute_end);
  }
  bool ensure_slow(size_t absolute_end);
  size_t find(std::string_view needle, size_t from);  // absolute offset, or npos at end of input
  char at(size_t absolute) const { return buffer_[absolute - base_]; }
  void advance_to(size_t absolute);  // moves pos_, updating line/column, validating UTF-8
  [[noreturn]] void fail(const std::string& message_template, std::vector<std::string> args = {}) const;
  std::string read_name();
  void skip_spaces();
  std::string decode_reference();  // at '&'
  std::string read_character_data(size_t end, bool attribute);
  XmlToken token_here(XmlTokenKind kind) const;  // a token starting at the current position
  XmlToken scan_start_tag();
  XmlToken scan_end_tag();
  XmlToken scan_markup_declaration();

  std::unique_ptr<ByteSource> source_;
  std::string name_;
  std::string buffer_;
  size_t base_ = 0;  // absolute offset of buffer_[0]
  size_t pos_ = 0;   // absolute offset of the next byte to scan
  size_t line_ = 1, column_ = 1;
  size_t pin_ = kNoPin;
  bool eof_ = false;
  bool seen_root_ = false;
  bool root_closed_ = false;
  struct Open {
    std::string name;
    size_t line, column;
  };
  std::vector<Open> stack_;
};

}  // namespace songngu
