#include "tm/xliff_reader.h"

#include <tinyxml2.h>

#include <cstring>
#include <map>
#include <string_view>

#include "base/error.h"
#include "read/xml_part.h"
#include "text/read_text.h"
#include "text/utf8.h"
#include "tm/xml_text.h"

namespace songngu {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

bool named(const XMLElement& e, const char* name) {
  return std::strcmp(e.Name(), name) == 0;
}

std::string attr(const XMLElement& e, const char* name) {
  const char* v = e.Attribute(name);
  return v ? v : "";
}

const XMLElement* child(const XMLElement& e, const char* name) {
  for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement())
    if (named(*c, name)) return c;
  return nullptr;
}

// The element's start tag as written ("<g id=\"1\">", "<x id=\"2\"/>"): the native code of a
// placeholder that holds none of its own.
std::string start_tag(const XMLElement& e, bool empty) {
  std::string tag = "<" + std::string(e.Name());
  for (const tinyxml2::XMLAttribute* a = e.FirstAttribute(); a; a = a->Next()) {
    tag += " " + std::string(a->Name()) + "=\"";
    for (const char* p = a->Value(); *p; ++p) tag += *p == '"' ? std::string("&quot;") : std::string(1, *p);
    tag += "\"";
  }
  return tag + (empty ? "/>" : ">");
}

// Character data of an element and its descendants, leaving out <sub> (a separate text flow).
void append_code_text(const XMLNode& node, std::string& out) {
  for (const XMLNode* n = node.FirstChild(); n; n = n->NextSibling()) {
    if (const tinyxml2::XMLText* t = n->ToText())
      out += t->Value();
    else if (const XMLElement* e = n->ToElement(); e && !named(*e, "sub"))
      append_code_text(*e, out);
  }
}

std::string code_text(const XMLElement& e) {
  std::string out;
  append_code_text(e, out);
  return out;
}

// Builds a segment's plain text and its TMX inline markup from XLIFF content.
class InlineBuilder {
 public:
  explicit InlineBuilder(const std::map<std::string, std::string>* data = nullptr) : data_(data) {}

  // tinyxml2 lets through characters XML 1.0 forbids (control characters): they are dropped, from
  // the text as from the markup, so that the two always agree.
  void chars(std::string_view s) {
    if (append_escaped_text(markup_, s) == 0) {
      text_ += s;
      return;
    }
    for (size_t i = 0; i < s.size();) {
      char32_t c = 0;
      const size_t n = decode_utf8(s, i, c);
      if (n && is_xml_char(c)) text_.append(s.substr(i, n));
      i += n ? n : 1;
    }
  }
  int new_pair() { return next_i_++; }
  int open_pair(const std::string& key) {
    const int i = next_i_++;
    open_[key] = i;
    return i;
  }
  int close_pair(const std::string& key) {  // 0: no such open pair
    auto it = open_.find(key);
    if (it == open_.end()) return 0;
    const int i = it->second;
    open_.erase(it);
    return i;
  }
  void code(const char* element, const std::string& attributes, std::string_view native) {
    has_codes_ = true;
    markup_ += "<" + std::string(element) + attributes + ">";
    append_escaped_text(markup_, native);
    markup_ += "</" + std::string(element) + ">";
  }
  void paired(const char* element, int i, std::string_view native) {
    code(element, " i=\"" + std::to_string(i) + "\"", native);
  }
  void isolated(bool begin, std::string_view native) {
    code("it", begin ? " pos=\"begin\"" : " pos=\"end\"", native);
  }
  // 2.0: the original data a code points to, else the code's own tag.
  std::string data(const XMLElement& e, const char* ref, bool empty) const {
    if (const char* id = e.Attribute(ref); id && data_)
      if (auto it = data_->find(id); it != data_->end()) return it->second;
    return start_tag(e, empty);
  }

  Variant variant(const std::string& lang) const {
    Variant v;
    v.lang = lang;
    v.text = text_;
    if (has_codes_) v.markup = markup_;
    return v;
  }

 private:
  const std::map<std::string, std::string>* data_;
  std::string text_, markup_;
  bool has_codes_ = false;
  int next_i_ = 1;
  std::map<std::string, int> open_;
};

void walk12(const XMLElement& parent, InlineBuilder& out);

void inline12(const XMLElement& e, InlineBuilder& out) {
  if (named(e, "g")) {
    const int i = out.new_pair();
    out.paired("bpt", i, start_tag(e, false));
    walk12(e, out);
    out.paired("ept", i, "</g>");
  } else if (named(e, "x")) {
    out.code("ph", "", start_tag(e, true));
  } else if (named(e, "bx") || named(e, "ex")) {
    out.isolated(named(e, "bx"), start_tag(e, true));
  } else if (named(e, "ph")) {
    out.code("ph", "", code_text(e));
  } else if (named(e, "bpt")) {
    out.paired("bpt", out.open_pair(e.Attribute("rid") ? attr(e, "rid") : attr(e, "id")), code_text(e));
  } else if (named(e, "ept")) {
    const int i = out.close_pair(e.Attribute("rid") ? attr(e, "rid") : attr(e, "id"));
    if (i)
      out.paired("ept", i, code_text(e));
    else
      out.isolated(false, code_text(e));
  } else if (named(e, "it")) {
    out.isolated(attr(e, "pos") != "close", code_text(e));
  } else if (named(e, "mrk")) {
    walk12(e, out);
  }
  // Anything else (another namespace's element) is not part of the text.
}

void walk12(const XMLElement& parent, InlineBuilder& out) {
  for (const XMLNode* n = parent.FirstChild(); n; n = n->NextSibling()) {
    if (const tinyxml2::XMLText* t = n->ToText())
      out.chars(t->Value());
    else if (const XMLElement* e = n->ToElement())
      inline12(*e, out);
  }
}

void append_code_point(std::string& out, const std::string& hex) {
  char* end = nullptr;
  const unsigned long c = std::strtoul(hex.c_str(), &end, 16);
  if (hex.empty() || *end || c > 0x10FFFF || !is_xml_char(static_cast<char32_t>(c))) return;
  append_utf8(out, static_cast<char32_t>(c));
}

void walk20(const XMLElement& parent, InlineBuilder& out) {
  for (const XMLNode* n = parent.FirstChild(); n; n = n->NextSibling()) {
    if (const tinyxml2::XMLText* t = n->ToText()) {
      out.chars(t->Value());
      continue;
    }
    const XMLElement* e = n->ToElement();
    if (!e) continue;
    if (named(*e, "ph")) {
      out.code("ph", "", out.data(*e, "dataRef", true));
    } else if (named(*e, "pc")) {
      const int i = out.new_pair();
      out.paired("bpt", i, out.data(*e, "dataRefStart", false));
      walk20(*e, out);
      out.paired("ept", i, e->Attribute("dataRefEnd") ? out.data(*e, "dataRefEnd", false) : "</pc>");
    } else if (named(*e, "sc")) {
      if (attr(*e, "isolated") == "yes")
        out.isolated(true, out.data(*e, "dataRef", true));
      else
        out.paired("bpt", out.open_pair(attr(*e, "id")), out.data(*e, "dataRef", true));
    } else if (named(*e, "ec")) {
      const int i = attr(*e, "isolated") == "yes" ? 0 : out.close_pair(attr(*e, "startRef"));
      if (i)
        out.paired("ept", i, out.data(*e, "dataRef", true));
      else
        out.isolated(false, out.data(*e, "dataRef", true));
    } else if (named(*e, "mrk")) {
      walk20(*e, out);
    } else if (named(*e, "cp")) {
      std::string c;
      append_code_point(c, attr(*e, "hex"));
      out.chars(c);
    }
    // <sm/>, <em/> (markers) and other namespaces' elements carry no text.
  }
}

size_t line_of(const std::string& text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

bool blank(const Variant& v) {
  return v.text.find_first_not_of(" \t\r\n") == std::string::npos && v.markup.empty();
}

class XliffParser {
 public:
  explicit XliffParser(CatFile& file) : file_(file) {}

  void read(const XMLElement& root) {
    std::string version = attr(root, "version");
    const std::string ns = attr(root, "xmlns");
    if (version.empty()) version = ns.find(":document:2") != std::string::npos ? "2.0" : "1.2";
    file_.version = version;
    if (version.rfind("1.", 0) == 0) {
      for (const XMLElement* f = root.FirstChildElement("file"); f; f = f->NextSiblingElement("file")) {
        if (file_.source_lang.empty()) file_.source_lang = attr(*f, "source-language");
        if (file_.target_lang.empty()) file_.target_lang = attr(*f, "target-language");
        if (const XMLElement* body = child(*f, "body"))
          read_group12(*body, attr(*f, "source-language"), attr(*f, "target-language"));
      }
    } else if (version.rfind("2.", 0) == 0) {
      file_.source_lang = attr(root, "srcLang");
      file_.target_lang = attr(root, "trgLang");
      for (const XMLElement* f = root.FirstChildElement("file"); f; f = f->NextSiblingElement("file"))
        read_group20(*f);
    } else {
      Location where{file_.path};
      where.line = static_cast<size_t>(root.GetLineNum());
      throw Error(ErrorKind::kBadInput, N_("XLIFF version \"{1}\" is not supported (1.2, 2.0 and 2.1 are)"),
                  {version}, where);
    }
  }

 private:
  void read_group12(const XMLElement& group, const std::string& src, const std::string& tgt) {
    for (const XMLElement* e = group.FirstChildElement(); e; e = e->NextSiblingElement()) {
      if (named(*e, "group"))
        read_group12(*e, src, tgt);
      else if (named(*e, "trans-unit"))
        read_unit12(*e, src, tgt);
    }
  }

  static CatState state12(const XMLElement& unit, const XMLElement* target, const std::string& sdl_conf) {
    if (!target) return CatState::kUntranslated;
    const std::string state = attr(*target, "state");
    const std::string mq = attr(unit, "mq:status");
    if (state.rfind("needs-review", 0) == 0 || state == "needs-adaptation" || state == "needs-l10n" ||
        state == "needs-translation" || sdl_conf == "Draft" || mq == "Editing" || mq == "PartiallyEdited")
      return CatState::kFuzzy;
    if (mq == "NotStarted") return CatState::kUntranslated;
    return CatState::kTranslated;
  }

  void add(CatSegment seg) {
    if (blank(seg.target)) {
      seg.state = CatState::kUntranslated;
      seg.target = Variant{};
    }
    file_.segments.push_back(std::move(seg));
  }

  void read_unit12(const XMLElement& unit, const std::string& src, const std::string& tgt) {
    if (attr(unit, "restype") == "x-gettext-domain-header") return;  // a PO header (translate-toolkit)
    const XMLElement* source = child(unit, "source");
    const XMLElement* seg_source = child(unit, "seg-source");
    const XMLElement* target = child(unit, "target");
    CatSegment base;
    base.id = attr(unit, "id");
    base.line = static_cast<size_t>(unit.GetLineNum());
    base.context = attr(unit, "resname");
    for (const XMLElement* n = unit.FirstChildElement("note"); n; n = n->NextSiblingElement("note"))
      if (n->GetText()) base.notes.push_back(n->GetText());
    std::vector<const XMLElement*> marks;
    if (seg_source) collect_seg_marks(*seg_source, marks);
    if (marks.empty()) {
      if (!source) return;
      CatSegment seg = base;
      InlineBuilder s, t;
      walk12(*source, s);
      seg.source = s.variant(src);
      if (target) walk12(*target, t);
      seg.target = t.variant(tgt);
      seg.state = state12(unit, target, "");
      add(std::move(seg));
      return;
    }
    std::map<std::string, const XMLElement*> target_marks;
    if (target) {
      std::vector<const XMLElement*> found;
      collect_seg_marks(*target, found);
      for (const XMLElement* m : found) target_marks[attr(*m, "mid")] = m;
    }
    for (const XMLElement* m : marks) {
      CatSegment seg = base;
      const std::string mid = attr(*m, "mid");
      if (marks.size() > 1) seg.id += "/" + mid;
      InlineBuilder s, t;
      walk12(*m, s);
      seg.source = s.variant(src);
      auto found = target_marks.find(mid);
      const XMLElement* tm = found == target_marks.end() ? nullptr : found->second;
      if (tm) walk12(*tm, t);
      seg.target = t.variant(tgt);
      seg.state = state12(unit, tm ? target : nullptr, sdl_conf(unit, mid));
      add(std::move(seg));
    }
  }

  static void collect_seg_marks(const XMLElement& e, std::vector<const XMLElement*>& out) {
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      if (named(*c, "mrk") && attr(*c, "mtype") == "seg")
        out.push_back(c);
      else
        collect_seg_marks(*c, out);
    }
  }

  static std::string sdl_conf(const XMLElement& unit, const std::string& mid) {
    const XMLElement* defs = child(unit, "sdl:seg-defs");
    if (!defs) return "";
    for (const XMLElement* s = defs->FirstChildElement("sdl:seg"); s; s = s->NextSiblingElement("sdl:seg"))
      if (attr(*s, "id") == mid) return attr(*s, "conf");
    return "";
  }

  void read_group20(const XMLElement& group) {
    for (const XMLElement* e = group.FirstChildElement(); e; e = e->NextSiblingElement()) {
      if (named(*e, "group"))
        read_group20(*e);
      else if (named(*e, "unit"))
        read_unit20(*e);
    }
  }

  void read_unit20(const XMLElement& unit) {
    std::map<std::string, std::string> data;
    if (const XMLElement* od = child(unit, "originalData"))
      for (const XMLElement* d = od->FirstChildElement("data"); d; d = d->NextSiblingElement("data")) {
        InlineBuilder b;
        walk20(*d, b);
        data[attr(*d, "id")] = b.variant("").text;
      }
    std::vector<std::string> notes;
    if (const XMLElement* ns = child(unit, "notes"))
      for (const XMLElement* n = ns->FirstChildElement("note"); n; n = n->NextSiblingElement("note"))
        if (n->GetText()) notes.push_back(n->GetText());
    std::vector<const XMLElement*> segments;
    for (const XMLElement* s = unit.FirstChildElement("segment"); s; s = s->NextSiblingElement("segment"))
      segments.push_back(s);
    for (size_t k = 0; k < segments.size(); ++k) {
      const XMLElement& s = *segments[k];
      CatSegment seg;
      seg.id = attr(unit, "id");
      if (segments.size() > 1) seg.id += "/" + (s.Attribute("id") ? attr(s, "id") : std::to_string(k + 1));
      seg.line = static_cast<size_t>(unit.GetLineNum());
      seg.context = attr(unit, "name");
      seg.notes = notes;
      InlineBuilder src(&data), tgt(&data);
      if (const XMLElement* e = child(s, "source")) walk20(*e, src);
      const XMLElement* target = child(s, "target");
      if (target) walk20(*target, tgt);
      seg.source = src.variant(file_.source_lang);
      seg.target = tgt.variant(file_.target_lang);
      seg.state = target ? CatState::kTranslated : CatState::kUntranslated;
      add(std::move(seg));
    }
  }

  CatFile& file_;
};

}  // namespace

CatFile parse_xliff(std::string text, const std::string& name) {
  for (const char* declaration : {"<!DOCTYPE", "<!ENTITY"}) {
    const size_t at = text.find(declaration);
    if (at == std::string::npos) continue;
    Location where{name};
    where.line = line_of(text, at);
    throw Error(ErrorKind::kBadInput,
                N_("the XLIFF file declares a document type or entities, which XLIFF never needs: refused"),
                {}, where);
  }
  tinyxml2::XMLDocument doc;
  parse_xml_text(std::move(text), name, doc);
  const XMLElement* root = doc.RootElement();
  if (!root || local_name(*root) != "xliff") {
    Location where{name};
    if (root) where.line = static_cast<size_t>(root->GetLineNum());
    throw Error(ErrorKind::kBadInput, N_("not an XLIFF file: the root element is <{1}>, not <xliff>"),
                {root ? root->Name() : ""}, where);
  }
  CatFile file;
  file.path = name;
  XliffParser(file).read(*root);
  return file;
}

CatFile read_xliff(const std::string& path) {
  TextFile text = read_text_file(path);
  return parse_xliff(std::move(text.text), path);
}

}  // namespace songngu
