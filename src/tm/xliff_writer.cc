#include "tm/xliff_writer.h"

#include <tinyxml2.h>

#include <cstring>
#include <map>
#include <set>

#include "base/atomic_file.h"
#include "base/error.h"
#include "read/xml_part.h"
#include "tm/tsv.h"
#include "tm/xml_text.h"

namespace songngu {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

std::string attr(const XMLElement& e, const char* name) {
  const char* v = e.Attribute(name);
  return v ? v : "";
}

// The native code of a TMX inline element: its text, <sub> flows included as text.
void append_native(const XMLNode& node, std::string& out) {
  for (const XMLNode* n = node.FirstChild(); n; n = n->NextSibling()) {
    if (const tinyxml2::XMLText* t = n->ToText())
      out += t->Value();
    else if (const XMLElement* e = n->ToElement())
      append_native(*e, out);
  }
}

// One side of a unit, from TMX inline markup to XLIFF inline markup.
class SegmentWriter {
 public:
  SegmentWriter(bool v2, std::vector<std::pair<std::string, std::string>>& data, size_t& removed)
      : v2_(v2), data_(data), removed_(removed) {}

  std::string write(const Variant& v, const std::string& path) {
    out_.clear();
    if (v.markup.empty()) {
      removed_ += append_escaped_text(out_, v.text);
      return out_;
    }
    tinyxml2::XMLDocument doc;
    parse_xml_text("<seg>" + v.markup + "</seg>", path, doc);
    const XMLElement* seg = doc.RootElement();
    closed_.clear();
    collect_closed(*seg);
    counters_.clear();
    open_.clear();
    used_.clear();
    walk(*seg);
    return out_;
  }

 private:
  void collect_closed(const XMLElement& e) {
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      if (std::strcmp(c->Name(), "ept") == 0) closed_.insert(attr(*c, "i"));
      collect_closed(*c);
    }
  }

  std::string next_id(const char* kind) { return std::string(kind) + std::to_string(++counters_[kind]); }

  // A code's id: "xN" when the TMX code has x="N" (the number that pairs codes across the languages
  // of a unit), so a code and its counterpart in the other language share their id, as XLIFF pairs
  // them; else, or when that id is taken on this side, the next of its kind.
  std::string id_for(const XMLElement& e, const char* kind) {
    const std::string x = attr(e, "x");
    const bool number = !x.empty() && x.size() < 10 && x.find_first_not_of("0123456789") == std::string::npos;
    std::string id = number ? "x" + x : next_id(kind);
    while (!used_.insert(id).second) id = next_id(kind);
    return id;
  }

  // The kind of formatting a TMX code stands for (its type=), as XLIFF says it: 1.2 ctype= (the
  // strict schema's values only), 2.0 type= and subType=.
  std::string kind_of(const XMLElement& e, bool placeholder) const {
    const std::string type = attr(e, "type");
    if (v2_) {
      if (placeholder) return type == "lb" ? " type=\"fmt\" subType=\"xlf:lb\"" : "";
      if (type == "bold") return " type=\"fmt\" subType=\"xlf:b\"";
      if (type == "italic") return " type=\"fmt\" subType=\"xlf:i\"";
      if (type == "ulined") return " type=\"fmt\" subType=\"xlf:u\"";
      if (type == "link") return " type=\"link\"";
      return "";
    }
    if (placeholder) return type == "lb" ? " ctype=\"lb\"" : "";
    if (type == "bold" || type == "italic" || type == "link") return " ctype=\"" + type + "\"";
    if (type == "ulined") return " ctype=\"underlined\"";
    return "";
  }

  void walk(const XMLElement& parent) {
    for (const XMLNode* n = parent.FirstChild(); n; n = n->NextSibling()) {
      if (const tinyxml2::XMLText* t = n->ToText()) {
        removed_ += append_escaped_text(out_, t->Value());
        continue;
      }
      const XMLElement* e = n->ToElement();
      if (!e) continue;
      const std::string name = e->Name();
      std::string native;
      append_native(*e, native);
      if (name == "hi") {
        walk(*e);
      } else if (name == "bpt" && closed_.count(attr(*e, "i")) && !open_.count(attr(*e, "i"))) {
        const std::string id = id_for(*e, "b");
        open_[attr(*e, "i")] = id;
        code(v2_ ? "sc" : "bpt", "id", id, kind_of(*e, false), native);
      } else if (name == "ept" && open_.count(attr(*e, "i"))) {
        const std::string id = open_[attr(*e, "i")];
        open_.erase(attr(*e, "i"));
        if (v2_)
          code("ec", "startRef", id, "", native);
        else
          code("ept", "id", id, "", native);
      } else if (name == "bpt" || name == "ept" || name == "it") {
        const bool begin = name == "bpt" || (name == "it" && attr(*e, "pos") != "end");
        const std::string id = id_for(*e, begin ? "ib" : "ie");
        if (v2_)
          code(begin ? "sc" : "ec", "id", id, " isolated=\"yes\"" + kind_of(*e, false), native);
        else
          code("it", "id", id, (begin ? " pos=\"open\"" : " pos=\"close\"") + kind_of(*e, false), native);
      } else {  // ph, ut, and anything else a TMX may hold
        code("ph", "id", id_for(*e, "p"), kind_of(*e, true), native);
      }
    }
  }

  void code(const char* element, const char* id_attr, const std::string& id, const std::string& extra,
            const std::string& native) {
    out_ += "<" + std::string(element) + " " + id_attr + "=\"";
    removed_ += append_escaped_attribute(out_, id);
    out_ += "\"" + extra;
    if (!v2_) {
      out_ += ">";
      removed_ += append_escaped_text(out_, native);
      out_ += "</" + std::string(element) + ">";
      return;
    }
    if (!native.empty()) out_ += " dataRef=\"" + data_ref(native) + "\"";
    out_ += "/>";
  }

  // The <data> holding this native code in the unit's <originalData> (one for equal codes).
  std::string data_ref(const std::string& native) {
    for (const auto& [id, code] : data_)
      if (code == native) return id;
    const std::string id = "d" + std::to_string(data_.size() + 1);
    data_.emplace_back(id, native);
    return id;
  }

  bool v2_;
  std::vector<std::pair<std::string, std::string>>& data_;
  size_t& removed_;
  std::string out_;
  std::set<std::string> closed_;
  std::map<std::string, std::string> open_;  // TMX i -> the code's id
  std::map<std::string, int> counters_;
  std::set<std::string> used_;  // the ids given on this side
};

std::string confidence_of(const TranslationUnit& u) {
  const std::string* c = u.prop("x-confidence");
  return c ? *c : "";
}

bool doubtful(const TranslationUnit& u, double below) {
  const std::string c = confidence_of(u);
  if (c.empty()) return false;
  try {
    return std::stod(c) < below;
  } catch (const std::exception&) {
    return false;
  }
}

class XliffBuilder {
 public:
  XliffBuilder(const XliffWriteOptions& o, const std::string& path) : o_(o), path_(path) {}

  void open() {
    out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (v2()) {
      out_ += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"" +
              esc(o_.source_lang) + "\" trgLang=\"" + esc(o_.target_lang) + "\">\n";
      out_ += "  <file id=\"f1\" original=\"" + esc(o_.original) + "\">\n";
    } else {
      out_ += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n";
      out_ += "  <file original=\"" + esc(o_.original) + "\" source-language=\"" + esc(o_.source_lang) +
              "\" target-language=\"" + esc(o_.target_lang) + "\" datatype=\"plaintext\">\n";
      out_ += "    <header>\n      <tool tool-id=\"songngu\" tool-name=\"songngu\"/>\n    </header>\n";
      out_ += "    <body>\n";
    }
  }

  void unit(const TranslationUnit& u, const Variant& s, const Variant& t) {
    ++units_;
    const bool doubt = doubtful(u, o_.doubtful_below);
    std::vector<std::string> notes;
    if (!confidence_of(u).empty()) notes.push_back("confidence " + confidence_of(u));
    for (const auto& n : u.notes) notes.push_back(n);
    std::vector<std::pair<std::string, std::string>> data;
    SegmentWriter w(v2(), data, removed_);
    const std::string source = w.write(s, path_), target = w.write(t, path_);
    if (v2())
      unit20(u, notes, data, source, target, doubt);
    else
      unit12(u, notes, s, t, source, target, doubt);
  }

  std::string close() {
    out_ += v2() ? "  </file>\n</xliff>\n" : "    </body>\n  </file>\n</xliff>\n";
    return std::move(out_);
  }

  size_t units() const { return units_; }
  size_t removed() const { return removed_; }

 private:
  bool v2() const { return o_.version == "2.0"; }

  std::string esc(const std::string& s) {
    std::string out;
    removed_ += append_escaped_attribute(out, s);
    return out;
  }

  void unit12(const TranslationUnit& u, const std::vector<std::string>& notes, const Variant& s,
              const Variant& t, const std::string& source, const std::string& target, bool doubt) {
    std::string id = u.tuid;
    if (id.empty() || !ids_.insert(id).second) id = "u" + std::to_string(units_);
    ids_.insert(id);
    // approved="yes": CAT tools (translate-toolkit, Okapi) take a unit without it as a draft.
    out_ += "      <trans-unit id=\"" + esc(id) + (doubt ? "\">\n" : "\" approved=\"yes\">\n");
    out_ += "        <source xml:lang=\"" + esc(s.lang) + "\">" + source + "</source>\n";
    out_ += "        <target xml:lang=\"" + esc(t.lang) + "\" state=\"" +
            (doubt ? "needs-review-translation" : "translated") + "\">" + target + "</target>\n";
    for (const auto& n : notes) {
      out_ += "        <note>";
      removed_ += append_escaped_text(out_, n);
      out_ += "</note>\n";
    }
    out_ += "      </trans-unit>\n";
  }

  void unit20(const TranslationUnit& u, const std::vector<std::string>& notes,
              const std::vector<std::pair<std::string, std::string>>& data, const std::string& source,
              const std::string& target, bool doubt) {
    out_ += "    <unit id=\"u" + std::to_string(units_) + "\"";
    if (!u.tuid.empty()) out_ += " name=\"" + esc(u.tuid) + "\"";
    out_ += ">\n";
    if (!notes.empty()) {
      out_ += "      <notes>\n";
      for (const auto& n : notes) {
        out_ += "        <note>";
        removed_ += append_escaped_text(out_, n);
        out_ += "</note>\n";
      }
      out_ += "      </notes>\n";
    }
    if (!data.empty()) {
      out_ += "      <originalData>\n";
      for (const auto& [id, native] : data) {
        out_ += "        <data id=\"" + id + "\">";
        removed_ += append_escaped_text(out_, native);
        out_ += "</data>\n";
      }
      out_ += "      </originalData>\n";
    }
    out_ += doubt ? "      <segment state=\"initial\" subState=\"songngu:doubtful\">\n"
                  : "      <segment state=\"translated\">\n";
    out_ += "        <source>" + source + "</source>\n        <target>" + target + "</target>\n";
    out_ += "      </segment>\n    </unit>\n";
  }

  const XliffWriteOptions& o_;
  const std::string& path_;
  std::string out_;
  size_t units_ = 0, removed_ = 0;
  std::set<std::string> ids_;
};

}  // namespace

std::string xliff_version_named(const std::string& name) {
  if (name == "1.2" || name == "1") return "1.2";
  if (name == "2.0" || name == "2") return "2.0";
  throw_usage(N_("unknown XLIFF version \"{1}\" (songngu writes 1.2 and 2.0)"), {name});
}

XliffWriteResult write_xliff(const std::string& path, const std::vector<TranslationUnit>& units,
                             const XliffWriteOptions& options) {
  XliffWriteOptions o = options;
  o.version = xliff_version_named(o.version);
  if (o.source_lang.empty() || o.target_lang.empty())
    throw_usage(N_("XLIFF output needs a source and a target language"), {}, {path});
  XliffBuilder b(o, path);
  b.open();
  for (const TranslationUnit& u : units) {
    const Variant* s = u.variant(lang_base(o.source_lang));
    const Variant* t = u.variant(lang_base(o.target_lang));
    if (s && t) b.unit(u, *s, *t);
  }
  XliffWriteResult result;
  result.units = b.units();
  const std::string xml = b.close();
  result.removed_characters = b.removed();
  write_file_atomically(path, xml);
  return result;
}

}  // namespace songngu
