#include "tm/tmx_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "base/error.h"
#include "base/lang.h"
#include "text/read_text.h"
#include "tm/inline_markup.h"
#include "tm/xml_scanner.h"

namespace songngu {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The encoding named in the XML declaration at the start of ASCII-compatible bytes, or "".
std::string declared_encoding(const std::string& head) {
  if (head.rfind("<?xml", 0) != 0) return "";
  size_t end = head.find("?>");
  std::string decl = head.substr(0, end);
  size_t at = decl.find("encoding");
  if (at == std::string::npos) return "";
  size_t q = decl.find_first_of("\"'", at);
  if (q == std::string::npos) return "";
  size_t close = decl.find(decl[q], q + 1);
  if (close == std::string::npos) return "";
  return decl.substr(q + 1, close - q - 1);
}

bool is_utf8_name(const std::string& enc) {
  std::string e = lower(enc);
  return e.empty() || e == "utf-8" || e == "utf8" || e == "us-ascii" || e == "ascii" ||
         // A declaration that says UTF-16 on bytes that are plainly not UTF-16 (no NULs, no BOM)
         // was left behind by a tool that re-encoded the file: the bytes decide.
         e == "utf-16" || e == "utf-16le" || e == "utf-16be";
}

}  // namespace

TmxReader::TmxReader(const std::string& path) : path_(path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw_bad_input(N_("is a folder, not a TMX file"), {}, {path});
  // Owned from the moment it is open: whatever this constructor throws later, the file is closed
  // (by `file`, or by the scanner that took it over), though ~TmxReader never runs.
  UniqueFile file(std::fopen(path.c_str(), "rb"));
  if (!file) throw_bad_input(N_("cannot open: {1}"), {std::strerror(errno)}, {path});
  char head_bytes[256];
  size_t n = std::fread(head_bytes, 1, sizeof head_bytes, file.get());
  std::string head(head_bytes, n);
  auto starts = [&](std::string_view s) { return head.compare(0, s.size(), s) == 0; };
  std::string encoding;  // "" = stream the UTF-8 bytes
  if (starts("\xFF\xFE") || starts("\xFE\xFF") || starts(std::string_view("\0\0\xFE\xFF", 4))) {
    encoding = "bom";
  } else if (starts(std::string_view("<\0?\0", 4))) {
    encoding = "UTF-16LE";
  } else if (starts(std::string_view("\0<\0?", 4))) {
    encoding = "UTF-16BE";
  } else {
    std::string declared = declared_encoding(starts("\xEF\xBB\xBF") ? head.substr(3) : head);
    if (!is_utf8_name(declared)) encoding = declared;
  }
  if (encoding.empty()) {
    std::fseek(file.get(), starts("\xEF\xBB\xBF") ? 3 : 0, SEEK_SET);
    scanner_ = std::make_unique<XmlScanner>(file_source(std::move(file)), path);
  } else {
    file.reset();  // decoded whole by the text layer, which opens the file itself
    ReadOptions options;
    if (encoding != "bom") options.encoding = encoding;
    TextFile text;
    try {
      text = read_text_file(path, options);
    } catch (const Error& e) {
      // An encoding name the converters do not know is the file's fault here, not the user's.
      if (e.kind() != ErrorKind::kUsage) throw;
      throw_bad_input(N_("the XML declaration names the encoding \"{1}\", which songngu cannot decode"),
                      {encoding}, {path});
    }
    scanner_ = std::make_unique<XmlScanner>(string_source(std::move(text.text)), path);
  }
  // Prolog, root, header, up to the start of the body.
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kEnd) {
      done_ = true;
      return;
    }
    if (t.kind != XmlTokenKind::kStartTag) continue;
    if (version_.empty()) {  // the root element
      if (t.name != "tmx")
        scanner_->fail_at(t.line, t.column, N_("not a TMX file: the root element is <{1}>, not <tmx>"),
                          {t.name});
      version_ = "?";
      for (const auto& [k, v] : t.attributes)
        if (k == "version" && !v.empty()) version_ = v;
      if (t.self_closing) {
        done_ = true;
        return;
      }
    } else if (t.name == "header") {
      read_header(t);
    } else if (t.name == "body") {
      if (t.self_closing) continue;
      in_body_ = true;
      return;
    } else {
      skip_element(t);
    }
  }
}

TmxReader::~TmxReader() = default;

void TmxReader::read_header(const XmlToken& start) {
  for (const auto& [k, v] : start.attributes) {
    if (k == "creationtool")
      header_.creationtool = v;
    else if (k == "creationtoolversion")
      header_.creationtoolversion = v;
    else if (k == "segtype")
      header_.segtype = v;
    else if (k == "o-tmf")
      header_.o_tmf = v;
    else if (k == "adminlang")
      header_.adminlang = v;
    else if (k == "srclang")
      header_.srclang = v;
    else if (k == "datatype")
      header_.datatype = v;
    else if (k == "creationdate")
      header_.creationdate = v;
    else
      header_.attributes.emplace_back(k, v);
  }
  if (start.self_closing) return;
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kEndTag) return;
    if (t.kind != XmlTokenKind::kStartTag) continue;
    if (!read_meta(t, header_.props, header_.notes)) {
      skip_element(t);  // <ude> character maps: not used by Unicode tools
    }
  }
}

bool TmxReader::next(TranslationUnit& unit) {
  while (!done_) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kEnd) {
      done_ = true;
      break;
    }
    if (t.kind == XmlTokenKind::kStartTag && in_body_ && t.name == "tu") {
      unit = TranslationUnit{};
      read_unit(t, unit);
      return true;
    }
    if (t.kind == XmlTokenKind::kStartTag) skip_element(t);
    if (t.kind == XmlTokenKind::kEndTag && t.name == "body") in_body_ = false;
  }
  return false;
}

void TmxReader::read_unit(const XmlToken& start, TranslationUnit& unit) {
  for (const auto& [k, v] : start.attributes) {
    if (k == "tuid")
      unit.tuid = v;
    else if (k == "creationdate")
      unit.creationdate = v;
    else
      unit.attributes.emplace_back(k, v);
  }
  if (!start.self_closing) {
    for (;;) {
      XmlToken t = scanner_->next();
      if (t.kind == XmlTokenKind::kEndTag) break;
      if (t.kind != XmlTokenKind::kStartTag) continue;
      if (t.name == "tuv") {
        unit.variants.emplace_back();
        read_variant(t, unit.variants.back());
      } else if (!read_meta(t, unit.props, unit.notes)) {
        skip_element(t);
      }
    }
  }
  if (unit.variants.empty()) scanner_->fail_at(start.line, start.column, N_("<tu> without any <tuv>"));
}

void TmxReader::read_variant(const XmlToken& start, Variant& variant) {
  std::string lang, xml_lang;
  for (const auto& [k, v] : start.attributes) {
    if (k == "xml:lang")
      xml_lang = v;
    else if (k == "lang")
      lang = v;
    else
      variant.attributes.emplace_back(k, v);
  }
  variant.lang = xml_lang.empty() ? lang : xml_lang;
  if (variant.lang.empty())
    scanner_->fail_at(start.line, start.column, N_("<tuv> has no xml:lang (or lang) attribute"));
  std::string bcp47 = variant.lang;  // old exports write "en_US"
  std::replace(bcp47.begin(), bcp47.end(), '_', '-');
  if (!Lang::is_valid(bcp47))
    scanner_->fail_at(start.line, start.column, N_("<tuv> has an invalid language code \"{1}\""),
                      {variant.lang});
  if (start.self_closing) return;
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kEndTag) return;
    if (t.kind != XmlTokenKind::kStartTag) continue;
    if (t.name == "seg") {
      read_segment(t, variant);
    } else if (!read_meta(t, variant.props, variant.notes)) {
      skip_element(t);
    }
  }
}

void TmxReader::read_segment(const XmlToken& start, Variant& variant) {
  if (start.self_closing) return;
  size_t depth = scanner_->depth();
  scanner_->pin(start.end);
  bool has_elements = false;
  int code_depth = 0;  // inside bpt/ept/ph/it/ut: native code, not text
  std::vector<std::string> open{"seg"};
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kText) {
      if (code_depth == 0) variant.text += t.text;
    } else if (t.kind == XmlTokenKind::kStartTag) {
      if (!is_inline_element(t.name))
        scanner_->fail_at(t.line, t.column,
                          N_("<{1}> is not a TMX inline element (bpt, ept, ph, it, hi, ut, sub)"), {t.name});
      // TMX nesting: <sub> only inside a code element (bpt ept ph it ut), the others in seg/hi/sub.
      const std::string& parent = open.back();
      bool code_parent = parent != "seg" && parent != "hi" && parent != "sub";
      if ((t.name == "sub") != code_parent)
        scanner_->fail_at(t.line, t.column, N_("<{1}> is not allowed inside <{2}> in TMX"), {t.name, parent});
      has_elements = true;
      if (!t.self_closing) {
        open.push_back(t.name);
        if (t.name != "hi") ++code_depth;  // sub counts too: a sub-flow is separate text
      }
    } else if (t.kind == XmlTokenKind::kEndTag) {
      if (scanner_->depth() < depth) {
        if (has_elements) variant.markup = std::string(scanner_->raw(start.end, t.begin));
        break;
      }
      open.pop_back();
      if (t.name != "hi") --code_depth;
    }
  }
  scanner_->unpin();
}

bool TmxReader::read_meta(const XmlToken& start, std::vector<Property>& props,
                          std::vector<std::string>& notes) {
  if (start.name == "prop") {
    std::string type;
    for (const auto& [k, v] : start.attributes)
      if (k == "type") type = v;
    props.emplace_back(type, read_plain(start));
    return true;
  }
  if (start.name == "note") {
    notes.push_back(read_plain(start));
    return true;
  }
  return false;
}

std::string TmxReader::read_plain(const XmlToken& start) {
  std::string text;
  if (start.self_closing) return text;
  size_t depth = scanner_->depth();
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kText && scanner_->depth() == depth) text += t.text;
    if (t.kind == XmlTokenKind::kEndTag && scanner_->depth() < depth) return text;
  }
}

void TmxReader::skip_element(const XmlToken& start) {
  if (start.self_closing) return;
  size_t depth = scanner_->depth();
  for (;;) {
    XmlToken t = scanner_->next();
    if (t.kind == XmlTokenKind::kEndTag && scanner_->depth() < depth) return;
  }
}

TranslationMemory read_tmx(const std::string& path) {
  TmxReader reader(path);
  TranslationMemory tm;
  TranslationUnit unit;
  while (reader.next(unit)) tm.units.push_back(std::move(unit));
  tm.header = reader.header();
  return tm;
}

}  // namespace songngu
