#pragma once
// Reading translation memories: TMX 1.1-1.4 in UTF-8 or UTF-16 (Trados exports UTF-16 with a BOM;
// without a BOM it is recognised from "<?" in UTF-16), TMX 1.1 lang= as well as xml:lang, inline
// tags kept. UTF-8 files are streamed (TmxReader holds one unit at a time), so a memory of a million
// units is read in constant memory; other encodings are decoded whole through the text layer first.
//
// Contract:
// - Variant::text is the plain text of the <seg> (see inline_markup_text: codes in bpt/ept/ph/it/ut
//   and their sub-flows left out); Variant::markup is the <seg> content exactly as written in the
//   file when it holds inline elements, empty otherwise. Props, notes and every other attribute of
//   the header, tu and tuv are kept (Variant::lang from xml:lang, else lang).
// - Errors are Error(kBadInput) naming "file:line:column": not well-formed XML (truncated file,
//   mismatched tag, undefined entity, ...), not a TMX (root is not <tmx>), a <tuv> without a language,
//   an element in <seg> that TMX does not define. Any document type declaration that declares
//   entities is refused before the root element is read: DTD entities are never expanded.
#include <memory>
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

class XmlScanner;
struct XmlToken;

class TmxReader {
 public:
  // Opens the file and reads up to the first unit (the header). Throws Error(kBadInput).
  explicit TmxReader(const std::string& path);
  ~TmxReader();
  TmxReader(const TmxReader&) = delete;
  TmxReader& operator=(const TmxReader&) = delete;

  const TmHeader& header() const { return header_; }
  const std::string& version() const { return version_; }  // <tmx version="...">
  // Reads the next unit into `unit`; false after the last one (the rest of the file is checked).
  bool next(TranslationUnit& unit);

 private:
  void read_header(const XmlToken& start);
  void read_unit(const XmlToken& start, TranslationUnit& unit);
  void read_variant(const XmlToken& start, Variant& variant);
  void read_segment(const XmlToken& start, Variant& variant);
  // Reads a <prop> or <note> into props/notes; false (nothing read) for any other element.
  bool read_meta(const XmlToken& start, std::vector<Property>& props, std::vector<std::string>& notes);
  std::string read_plain(const XmlToken& start);  // text of <prop>/<note>
  void skip_element(const XmlToken& start);

  std::string path_;
  std::unique_ptr<XmlScanner> scanner_;  // owns the open file while a UTF-8 memory is streamed
  TmHeader header_;
  std::string version_;
  bool in_body_ = false;
  bool done_ = false;
};

// Reads a whole memory into memory.
TranslationMemory read_tmx(const std::string& path);

}  // namespace songngu
