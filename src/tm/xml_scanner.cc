#include "tm/xml_scanner.h"

#include <algorithm>
#include <cstring>

#include "base/error.h"
#include "text/utf8.h"
#include "tm/xml_text.h"

namespace songngu {
namespace {

constexpr size_t kChunk = 1 << 18;
constexpr size_t npos = std::string::npos;

class FileSource : public ByteSource {
 public:
  explicit FileSource(UniqueFile f) : f_(std::move(f)) {}
  size_t read(char* buffer, size_t size) override { return std::fread(buffer, 1, size, f_.get()); }

 private:
  UniqueFile f_;
};

class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string s) : s_(std::move(s)) {}
  size_t read(char* buffer, size_t size) override {
    size_t n = std::min(size, s_.size() - at_);
    std::memcpy(buffer, s_.data() + at_, n);
    at_ += n;
    return n;
  }

 private:
  std::string s_;
  size_t at_ = 0;
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}
bool is_name_char(unsigned char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::unique_ptr<ByteSource> file_source(UniqueFile file) {
  return std::make_unique<FileSource>(std::move(file));
}
std::unique_ptr<ByteSource> string_source(std::string content) {
  return std::make_unique<StringSource>(std::move(content));
}

XmlScanner::XmlScanner(std::unique_ptr<ByteSource> source, std::string name)
    : source_(std::move(source)), name_(std::move(name)) {}

std::string_view XmlScanner::raw(size_t begin, size_t end) const {
  return std::string_view(buffer_).substr(begin - base_, end - begin);
}

void XmlScanner::fail_at(size_t line, size_t column, const std::string& message_template,
                         std::vector<std::string> args) const {
  throw Error(ErrorKind::kBadInput, message_template, std::move(args), {name_, line, column});
}

void XmlScanner::fail(const std::string& message_template, std::vector<std::string> args) const {
  fail_at(line_, column_, message_template, std::move(args));
}

bool XmlScanner::ensure_slow(size_t absolute_end) {
  while (base_ + buffer_.size() < absolute_end && !eof_) {
    size_t keep_from = std::min(pos_, pin_);
    if (keep_from > base_ && keep_from - base_ >= kChunk && keep_from - base_ >= buffer_.size() / 2) {
      buffer_.erase(0, keep_from - base_);
      base_ = keep_from;
    }
    size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    size_t n = source_->read(buffer_.data() + old, kChunk);
    buffer_.resize(old + n);
    if (n == 0) eof_ = true;
  }
  return base_ + buffer_.size() >= absolute_end;
}

size_t XmlScanner::find(std::string_view needle, size_t from) {
  size_t search_from = from;
  for (;;) {
    size_t hit = buffer_.find(needle, search_from - base_);
    if (hit != npos) return hit + base_;
    size_t have = base_ + buffer_.size();
    if (eof_) return npos;
    search_from = std::max(from, have >= needle.size() ? have - needle.size() + 1 : from);
    ensure(have + 1);
  }
}

void XmlScanner::advance_to(size_t absolute) {
  while (pos_ < absolute) {
    // Fast path: printable ASCII other than a line feed only moves the column.
    const char* p = buffer_.data() + (pos_ - base_);
    size_t run = 0, limit = absolute - pos_;
    while (run < limit && static_cast<unsigned char>(p[run]) >= 0x20 &&
           static_cast<unsigned char>(p[run]) < 0x80)
      ++run;
    pos_ += run;
    column_ += run;
    if (pos_ >= absolute) break;
    unsigned char b = static_cast<unsigned char>(at(pos_));
    if (b < 0x80) {
      if (b == '\n') {
        ++line_;
        column_ = 1;
      } else {
        if (b < 0x20 && b != '\t' && b != '\r') fail(N_("character {1} is not allowed in XML 1.0"), {hex(b)});
        ++column_;
      }
      ++pos_;
      continue;
    }
    ensure(pos_ + 4);  // the longest sequence, when the file has that much
    char32_t c = 0;
    const size_t len = decode_utf8(std::string_view(buffer_).substr(pos_ - base_), 0, c);
    if (len == 0)
      fail(N_("invalid UTF-8 (byte 0x{1})"), {[&] {
             char buf[4];
             std::snprintf(buf, sizeof buf, "%02X", b);
             return std::string(buf);
           }()});
    if (!is_xml_char(c)) fail(N_("character {1} is not allowed in XML 1.0"), {hex(c)});
    pos_ += len;
    ++column_;
  }
}

void XmlScanner::skip_spaces() {
  while (ensure(pos_ + 1) && is_space(at(pos_))) advance_to(pos_ + 1);
}

std::string XmlScanner::read_name() {
  size_t end = pos_;
  while (ensure(end + 1) && is_name_char(static_cast<unsigned char>(at(end)))) ++end;
  if (end == pos_ || !is_name_start(static_cast<unsigned char>(at(pos_))))
    fail(N_("a name was expected here"));
  std::string name(raw(pos_, end));
  advance_to(end);
  return name;
}

std::string XmlScanner::decode_reference() {
  size_t start = pos_;
  size_t semi = npos;
  for (size_t i = pos_ + 1; ensure(i + 1) && i < pos_ + 40; ++i) {
    char c = at(i);
    if (c == ';') {
      semi = i;
      break;
    }
    if (is_space(c) || c == '<' || c == '&' || c == '"' || c == '\'') break;
  }
  if (semi == npos) fail(N_("'&' must start an entity reference such as &amp; (write & as &amp;)"));
  std::string ref(raw(start + 1, semi));
  std::string out;
  if (ref == "lt")
    out = "<";
  else if (ref == "gt")
    out = ">";
  else if (ref == "amp")
    out = "&";
  else if (ref == "quot")
    out = "\"";
  else if (ref == "apos")
    out = "'";
  else if (ref.size() >= 2 && ref[0] == '#') {
    bool is_hex = ref[1] == 'x';
    std::string digits = ref.substr(is_hex ? 2 : 1);
    bool ok = !digits.empty() && digits.size() <= 8 &&
              digits.find_first_not_of(is_hex ? "0123456789abcdefABCDEF" : "0123456789") == npos;
    char32_t c = ok ? static_cast<char32_t>(std::stoul(digits, nullptr, is_hex ? 16 : 10)) : 0;
    if (!ok || !is_xml_char(c)) fail(N_("character reference &{1}; is not an XML 1.0 character"), {ref});
    append_utf8(out, c);
  } else {
    fail(N_("undefined entity &{1}; (TMX uses only &lt; &gt; &amp; &quot; &apos; and character references)"),
         {ref});
  }
  advance_to(semi + 1);
  return out;
}

std::string XmlScanner::read_character_data(size_t end, bool attribute) {
  std::string out;
  while (pos_ < end) {
    size_t run = pos_;
    while (run < end) {
      char c = at(run);
      if (c == '&' || c == '\r' || c == '<' || (attribute && (c == '\t' || c == '\n'))) break;
      ++run;
    }
    size_t from = pos_;
    advance_to(run);
    out.append(raw(from, run));
    if (pos_ >= end) break;
    char c = at(pos_);
    if (c == '&') {
      out += decode_reference();
    } else if (c == '<') {
      fail(N_("'<' is not allowed in an attribute value (write &lt;)"));
    } else if (c == '\r') {
      advance_to(pos_ + 1);
      if (pos_ < end && at(pos_) == '\n') advance_to(pos_ + 1);
      out += attribute ? ' ' : '\n';
    } else {
      advance_to(pos_ + 1);
      out += ' ';
    }
  }
  return out;
}

XmlToken XmlScanner::token_here(XmlTokenKind kind) const {
  XmlToken t;
  t.kind = kind;
  t.begin = pos_;
  t.line = line_;
  t.column = column_;
  return t;
}

XmlToken XmlScanner::next() {
  for (;;) {
    XmlToken t = token_here(XmlTokenKind::kEnd);
    if (!ensure(pos_ + 1)) {
      if (!stack_.empty())
        fail(N_("unexpected end of file: <{1}> opened at line {2}, column {3} is not closed (truncated "
                "file?)"),
             {stack_.back().name, std::to_string(stack_.back().line), std::to_string(stack_.back().column)});
      if (!seen_root_) fail(N_("no root element (empty or not an XML file)"));
      t.kind = XmlTokenKind::kEnd;
      t.end = pos_;
      return t;
    }
    if (at(pos_) != '<') {
      size_t lt = find("<", pos_);
      size_t end = lt == npos ? base_ + buffer_.size() : lt;
      if (stack_.empty()) {
        // Only white space may stand outside the root element.
        while (pos_ < end) {
          if (!is_space(at(pos_)))
            fail(seen_root_ ? N_("text after the end of the root element")
                            : N_("text before the root element (not an XML file?)"));
          advance_to(pos_ + 1);
        }
        continue;
      }
      t.kind = XmlTokenKind::kText;
      t.text = read_character_data(end, false);
      t.end = pos_;
      return t;
    }
    if (!ensure(pos_ + 2)) fail(N_("unexpected end of file after '<' (truncated file?)"));
    char c = at(pos_ + 1);
    if (c == '/') return scan_end_tag();
    if (c == '!' || c == '?') {
      t = scan_markup_declaration();
      if (t.kind == XmlTokenKind::kText && stack_.empty())
        fail_at(t.line, t.column, N_("CDATA section outside the root element"));
      return t;
    }
    return scan_start_tag();
  }
}

XmlToken XmlScanner::scan_start_tag() {
  XmlToken t = token_here(XmlTokenKind::kStartTag);
  // Find the closing '>' outside quoted attribute values first, so a truncated tag is reported as such.
  size_t gt = npos;
  char quote = 0;
  bool hit_end = true;
  for (size_t i = pos_ + 1; ensure(i + 1); ++i) {
    char c = at(i);
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      gt = i;
      break;
    } else if (c == '<') {
      hit_end = false;
      break;
    }
  }
  if (gt == npos) {
    if (hit_end) fail(N_("unexpected end of file inside a tag (truncated file?)"));
    fail(N_("tag is not closed with '>'"));
  }
  advance_to(pos_ + 1);
  t.name = read_name();
  for (;;) {
    size_t before = pos_;
    skip_spaces();
    char ch = at(pos_);
    if (ch == '>') {
      advance_to(pos_ + 1);
      break;
    }
    if (ch == '/') {
      if (pos_ + 1 != gt) fail(N_("'/' must be followed by '>' in an empty-element tag"));
      t.self_closing = true;
      advance_to(gt + 1);
      break;
    }
    if (before == pos_) fail(N_("white space expected between attributes"));
    size_t line = line_, column = column_;
    std::string name = read_name();
    skip_spaces();
    if (at(pos_) != '=') fail(N_("'=' expected after attribute {1}"), {name});
    advance_to(pos_ + 1);
    skip_spaces();
    char q = at(pos_);
    if (q != '"' && q != '\'') fail(N_("attribute value must be quoted"));
    advance_to(pos_ + 1);
    size_t close = pos_;
    while (at(close) != q) ++close;  // present: the quote scan above found it before gt
    std::string value = read_character_data(close, true);
    advance_to(close + 1);
    for (const auto& a : t.attributes)
      if (a.first == name) fail_at(line, column, N_("attribute {1} appears twice"), {name});
    t.attributes.emplace_back(std::move(name), std::move(value));
  }
  t.end = pos_;
  if (stack_.empty() && seen_root_)
    fail_at(t.line, t.column, N_("a second root element <{1}> after the end of the document"), {t.name});
  seen_root_ = true;
  if (!t.self_closing)
    stack_.push_back({t.name, t.line, t.column});
  else if (stack_.empty())
    root_closed_ = true;
  return t;
}

XmlToken XmlScanner::scan_end_tag() {
  XmlToken t = token_here(XmlTokenKind::kEndTag);
  advance_to(pos_ + 2);
  t.name = read_name();
  skip_spaces();
  if (!ensure(pos_ + 1)) fail(N_("unexpected end of file inside a tag (truncated file?)"));
  if (at(pos_) != '>') fail(N_("'>' expected to close </{1}>"), {t.name});
  advance_to(pos_ + 1);
  t.end = pos_;
  if (stack_.empty()) fail_at(t.line, t.column, N_("end tag </{1}> without a start tag"), {t.name});
  if (stack_.back().name != t.name)
    fail_at(t.line, t.column, N_("end tag </{1}> does not match <{2}> opened at line {3}, column {4}"),
            {t.name, stack_.back().name, std::to_string(stack_.back().line),
             std::to_string(stack_.back().column)});
  stack_.pop_back();
  if (stack_.empty()) root_closed_ = true;
  return t;
}

XmlToken XmlScanner::scan_markup_declaration() {
  XmlToken t = token_here(XmlTokenKind::kEnd);  // kind set below
  ensure(pos_ + 9);
  auto starts = [&](std::string_view s) {
    return base_ + buffer_.size() >= pos_ + s.size() && raw(pos_, pos_ + s.size()) == s;
  };
  auto until = [&](std::string_view close, const char* what) {
    size_t end = find(close, pos_);
    if (end == npos) fail(N_("unexpected end of file: {1} is not closed (truncated file?)"), {what});
    return end;
  };
  if (starts("<?")) {
    size_t end = until("?>", "<?...?>");
    advance_to(end + 2);
    t.kind = XmlTokenKind::kProcessingInstruction;
  } else if (starts("<!--")) {
    size_t end = until("-->", "<!--");
    advance_to(end + 3);
    t.kind = XmlTokenKind::kComment;
  } else if (starts("<![CDATA[")) {
    if (stack_.empty()) fail(N_("CDATA section outside the root element"));
    size_t end = until("]]>", "<![CDATA[");
    advance_to(pos_ + 9);
    // Inside CDATA nothing is a reference; only line ends are normalized.
    while (pos_ < end) {
      size_t from = pos_;
      size_t cr = from;
      while (cr < end && at(cr) != '\r') ++cr;
      advance_to(cr);
      t.text.append(raw(from, cr));
      if (pos_ < end) {
        advance_to(pos_ + 1);
        if (pos_ < end && at(pos_) == '\n') advance_to(pos_ + 1);
        t.text += '\n';
      }
    }
    advance_to(end + 3);
    t.kind = XmlTokenKind::kText;
  } else if (starts("<!DOCTYPE")) {
    if (seen_root_) fail(N_("a document type declaration may only stand before the root element"));
    // Scan to the closing '>' outside quotes and outside the internal subset [ ... ].
    size_t i = pos_ + 9, end = npos;
    char quote = 0;
    int bracket = 0;
    for (; ensure(i + 1); ++i) {
      char c = at(i);
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++bracket;
      } else if (c == ']') {
        --bracket;
      } else if (c == '>' && bracket <= 0) {
        end = i;
        break;
      }
      if (!quote && c == '<' && ensure(i + 8) && raw(i, i + 8) == "<!ENTITY") {
        advance_to(i);  // report where the declaration is
        fail(
            N_("the document declares entities (<!ENTITY>): refused, songngu never expands DTD entities "
               "(they can read local files or exhaust memory)"));
      }
    }
    if (end == npos) fail(N_("unexpected end of file: {1} is not closed (truncated file?)"), {"<!DOCTYPE"});
    advance_to(end + 1);
    t.kind = XmlTokenKind::kDoctype;
  } else {
    fail(N_("unknown markup declaration (expected <!--, <![CDATA[ or <!DOCTYPE)"));
  }
  t.end = pos_;
  return t;
}

}  // namespace songngu
