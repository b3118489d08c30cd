#include "tm/po_file.h"

#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "base/atomic_file.h"
#include "base/error.h"
#include "text/read_text.h"
#include "tm/tsv.h"

namespace songngu {
namespace {

struct PoEntry {
  size_t line = 0;  // first keyword
  std::vector<std::string> notes;
  bool fuzzy = false;
  bool has_ctxt = false, has_id = false, has_plural = false;
  std::string ctxt, id, plural;
  std::map<int, std::string> strs;
};

class PoParser {
 public:
  PoParser(const std::string& name, CatFile& file) : name_(name), file_(file) {}

  void line(std::string_view l, size_t number) {
    number_ = number;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    line_ = l;
    const size_t first = l.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
      finish();
      return;
    }
    l.remove_prefix(first);
    if (l[0] == '#') {
      comment(l);
    } else if (l[0] == '"') {
      if (!field_) fail(N_("a PO string continues no keyword"), 0);
      *field_ += parse_string(l, first);
    } else {
      keyword(l, first);
    }
  }

  void finish() {
    field_ = nullptr;
    if (!entry_.has_id) {
      if (entry_.has_ctxt || !entry_.strs.empty()) fail_at(N_("PO entry without msgid"), entry_.line);
      entry_ = PoEntry{};  // comments alone
      return;
    }
    if (entry_.strs.empty()) fail_at(N_("PO entry without msgstr"), entry_.line);
    if (entry_.id.empty() && !entry_.has_ctxt)
      header(entry_.strs.begin()->second);
    else
      segments();
    entry_ = PoEntry{};
  }

 private:
  [[noreturn]] void fail(const char* message, size_t column, std::vector<std::string> args = {}) {
    Location where{name_};
    where.line = number_;
    where.column = column;
    throw Error(ErrorKind::kBadInput, message, std::move(args), where);
  }
  [[noreturn]] void fail_at(const char* message, size_t line) {
    number_ = line;
    fail(message, 0);
  }

  void comment(std::string_view l) {
    if (l.rfind("#~", 0) == 0) return;  // obsolete entry
    if (entry_.has_id) finish();        // a comment opens the next entry
    if (l.rfind("#,", 0) == 0) {
      if (l.find("fuzzy") != std::string_view::npos) entry_.fuzzy = true;
    } else if (l.rfind("#.", 0) == 0 || l.size() == 1 || l[1] == ' ') {
      std::string_view note = l.substr(l.rfind("#.", 0) == 0 ? 2 : 1);
      if (!note.empty() && note[0] == ' ') note.remove_prefix(1);
      if (!note.empty()) entry_.notes.emplace_back(note);
    }
  }

  void keyword(std::string_view l, size_t indent) {
    const size_t end = l.find_first_of(" \t\"");
    const std::string_view word = l.substr(0, end);
    const std::string_view rest = end == std::string_view::npos ? std::string_view() : l.substr(end);
    const size_t column = indent + word.size();
    if (word == "msgctxt" || word == "msgid") {
      if (entry_.has_id) finish();
      if (!entry_.line) entry_.line = number_;
      bool& has = word == "msgid" ? entry_.has_id : entry_.has_ctxt;
      if (has) fail(N_("a PO entry has two {1} lines"), 1, {std::string(word)});
      has = true;
      field_ = word == "msgid" ? &entry_.id : &entry_.ctxt;
    } else if (word == "msgid_plural") {
      if (!entry_.has_id || !entry_.strs.empty())
        fail(N_("{1} out of place in a PO entry"), 1, {"msgid_plural"});
      entry_.has_plural = true;
      field_ = &entry_.plural;
    } else if (word.rfind("msgstr", 0) == 0) {
      if (!entry_.has_id) fail(N_("{1} out of place in a PO entry"), 1, {"msgstr"});
      int index = 0;
      if (word.size() > 6) {
        if (word[6] != '[' || word.back() != ']' || word.size() < 9)
          fail(N_("not a PO keyword: {1}"), 1, {std::string(word)});
        index = 0;
        for (char c : word.substr(7, word.size() - 8)) {
          if (c < '0' || c > '9' || index > 1000) fail(N_("not a PO keyword: {1}"), 1, {std::string(word)});
          index = index * 10 + (c - '0');
        }
      }
      if (entry_.strs.count(index)) fail(N_("a PO entry has two {1} lines"), 1, {std::string(word)});
      field_ = &entry_.strs[index];
    } else {
      fail(N_("not a PO keyword: {1}"), indent + 1, {std::string(word.substr(0, 40))});
    }
    const size_t skip = rest.find_first_not_of(" \t");
    if (skip == std::string_view::npos || rest[skip] != '"')
      fail(N_("a PO keyword without its string"), column + 1);
    *field_ += parse_string(rest.substr(skip), column + skip);
  }

  // `s` starts with the opening quote, which is at byte `offset` of the line (0-based).
  std::string parse_string(std::string_view s, size_t offset) {
    std::string out;
    size_t i = 1;
    (void)offset;
    auto column = [&](size_t at) {  // 1-based, in characters, of s[at] in the line
      const size_t byte = static_cast<size_t>(s.data() - line_.data()) + at;
      size_t chars = 1;
      for (size_t k = 0; k < byte && k < line_.size(); ++k)
        chars += (static_cast<unsigned char>(line_[k]) & 0xC0) != 0x80;
      return chars;
    };
    while (true) {
      if (i >= s.size()) fail(N_("unterminated string in a PO file"), column(0));
      const char c = s[i];
      if (c == '"') break;
      if (c != '\\') {
        out += c;
        ++i;
        continue;
      }
      if (i + 1 >= s.size()) fail(N_("broken escape sequence \"{1}\" in a PO string"), column(i), {"\\"});
      const char e = s[i + 1];
      const size_t at = i + 1;  // msgfmt points at the character after the backslash
      i += 2;
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case '\'': out += '\''; break;
        case '?': out += '?'; break;
        default:
          if (e == 'x' && i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
            int v = 0;
            for (int k = 0; k < 2 && i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]));
                 ++k, ++i)
              v = v * 16 +
                  (std::isdigit(static_cast<unsigned char>(s[i])) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
            if (v == 0) fail(N_("broken escape sequence \"{1}\" in a PO string"), column(at), {"\\x"});
            out += static_cast<char>(v);
          } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
              v = v * 8 + (s[i++] - '0');
            if (v == 0 || v > 0xFF)
              fail(N_("broken escape sequence \"{1}\" in a PO string"), column(at), {"\\0"});
            out += static_cast<char>(v);
          } else {
            fail(N_("broken escape sequence \"{1}\" in a PO string"), column(at),
                 {std::string("\\") + (static_cast<unsigned char>(e) < 0x80 ? std::string(1, e) : "")});
          }
      }
    }
    const size_t after = s.find_first_not_of(" \t", i + 1);
    if (after != std::string_view::npos) fail(N_("text after the end of a PO string"), column(after));
    return out;
  }

  void header(const std::string& h) {
    size_t at = 0;
    while (at < h.size()) {
      size_t end = h.find('\n', at);
      if (end == std::string::npos) end = h.size();
      const std::string field = h.substr(at, end - at);
      auto value = [&](const char* key) -> std::string {
        const std::string k = std::string(key) + ":";
        if (field.rfind(k, 0) != 0) return "";
        const size_t v = field.find_first_not_of(" \t", k.size());
        return v == std::string::npos ? "" : field.substr(v, field.find_last_not_of(" \t") + 1 - v);
      };
      if (auto l = value("Language"); !l.empty()) file_.target_lang = l;
      if (auto l = value("X-Source-Language"); !l.empty()) file_.source_lang = l;
      at = end + 1;
    }
  }

  void segments() {
    const bool plural = entry_.has_plural;
    for (const auto& [index, str] : entry_.strs) {
      CatSegment seg;
      seg.id = std::to_string(entry_.line) + (plural ? "[" + std::to_string(index) + "]" : "");
      seg.line = entry_.line;
      seg.source.text = plural && index > 0 ? entry_.plural : entry_.id;
      seg.target.text = str;
      seg.context = entry_.ctxt;
      seg.notes = entry_.notes;
      seg.state = str.empty()    ? CatState::kUntranslated
                  : entry_.fuzzy ? CatState::kFuzzy
                                 : CatState::kTranslated;
      file_.segments.push_back(std::move(seg));
    }
  }

  const std::string& name_;
  CatFile& file_;
  PoEntry entry_;
  std::string* field_ = nullptr;
  size_t number_ = 0;
  std::string_view line_;
};

void append_po_string(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  out += "\"\n";
}

// msgfmt refuses an entry whose msgid and msgstr differ in a leading or trailing line break: the
// translation takes the source's.
std::string with_source_newlines(const std::string& source, std::string target) {
  const bool lead = !source.empty() && source.front() == '\n';
  const bool trail = !source.empty() && source.back() == '\n';
  while (!target.empty() && target.back() == '\n') target.pop_back();
  size_t first = target.find_first_not_of('\n');
  target.erase(0, first == std::string::npos ? target.size() : first);
  return (lead ? "\n" : "") + target + (trail ? "\n" : "");
}

}  // namespace

CatFile parse_po(const std::string& text, const std::string& name) {
  CatFile file;
  file.path = name;
  file.version = "po";
  PoParser parser(name, file);
  size_t at = 0, number = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    parser.line(std::string_view(text).substr(at, end - at), ++number);
    at = end + 1;
  }
  parser.finish();
  for (auto& seg : file.segments) {
    seg.source.lang = file.source_lang;
    if (seg.state != CatState::kUntranslated) seg.target.lang = file.target_lang;
  }
  return file;
}

CatFile read_po(const std::string& path) {
  return parse_po(read_text_file(path).text, path);
}

size_t write_po(const std::string& path, const std::string& source_lang, const std::string& target_lang,
                const std::vector<TranslationUnit>& units) {
  std::string out =
      "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: songngu\\n\"\n\"MIME-Version: 1.0\\n\"\n"
      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n";
  out += "\"Language: " + target_lang + "\\n\"\n\"X-Source-Language: " + source_lang + "\\n\"\n";
  std::set<std::string> seen;
  size_t dropped = 0;
  for (const TranslationUnit& u : units) {
    const Variant* s = u.variant(lang_base(source_lang));
    const Variant* t = u.variant(lang_base(target_lang));
    if (!s || !t || s->text.empty()) continue;
    dropped += !s->markup.empty() + !t->markup.empty();
    out += "\n";
    for (const auto& note : u.notes) out += "#. " + note.substr(0, note.find('\n')) + "\n";
    if (!seen.insert(s->text).second) {
      out += "msgctxt ";
      append_po_string(out, u.tuid);
    }
    out += "msgid ";
    append_po_string(out, s->text);
    out += "msgstr ";
    append_po_string(out, with_source_newlines(s->text, t->text));
  }
  write_file_atomically(path, out);
  return dropped;
}

}  // namespace songngu
