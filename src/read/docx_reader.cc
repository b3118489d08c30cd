#include "read/docx_reader.h"

#include <map>
#include <optional>

#include "base/error.h"
#include "read/xml_part.h"
#include "read/zip_archive.h"

namespace songngu {
namespace {

using tinyxml2::XMLElement;
using Notes = std::map<std::string, std::vector<Block>>;

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

XMLElement* child_local(const XMLElement& e, std::string_view name) {
  for (XMLElement* c = const_cast<XMLElement&>(e).FirstChildElement(); c; c = c->NextSiblingElement())
    if (local_name(*c) == name) return c;
  return nullptr;
}

class DocxWalker {
 public:
  DocxWalker(const Notes* footnotes, const Notes* endnotes, BlockKind default_kind)
      : footnotes_(footnotes), endnotes_(endnotes), default_kind_(default_kind) {}

  std::vector<Block> take() { return std::move(out_.blocks()); }

  // Block-level content: body, table cell, text box, note.
  void blocks(const XMLElement& parent, BlockKind kind) {
    for (const XMLElement* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) {
      const std::string_view n = local_name(*e);
      if (n == "p") {
        paragraph(*e, kind);
      } else if (n == "tbl") {
        for (const XMLElement* tr = e->FirstChildElement(); tr; tr = tr->NextSiblingElement())
          if (local_name(*tr) == "tr")
            for (const XMLElement* tc = tr->FirstChildElement(); tc; tc = tc->NextSiblingElement())
              if (local_name(*tc) == "tc") blocks(*tc, BlockKind::kTableCell);
      } else if (n == "sdt") {
        if (const XMLElement* content = child_local(*e, "sdtContent")) blocks(*content, kind);
      } else if (n == "customXml" || n == "ins" || n == "moveTo" || n == "smartTag") {
        blocks(*e, kind);
      } else if (n == "AlternateContent") {
        if (const XMLElement* choice = child_local(*e, "Choice")) blocks(*choice, kind);
      }
      // del, moveFrom, sectPr, bookmarks, proofing marks: nothing to read.
    }
  }

 private:
  void paragraph(const XMLElement& p, BlockKind kind) {
    BlockKind k = kind;
    if (const XMLElement* ppr = child_local(p, "pPr")) {
      if (const XMLElement* style = child_local(*ppr, "pStyle")) {
        const char* v = attribute_local(*style, "val");
        const std::string_view s = v ? v : "";
        if (starts_with_ci(s, "heading") || starts_with_ci(s, "title") || starts_with_ci(s, "subtitle"))
          k = BlockKind::kHeading;
        else if (starts_with_ci(s, "caption"))
          k = BlockKind::kCaption;
      }
      if (child_local(*ppr, "numPr") && k == BlockKind::kParagraph) k = BlockKind::kListItem;
      if (const XMLElement* outline = child_local(*ppr, "outlineLvl");
          outline && k == BlockKind::kParagraph) {
        const char* level = attribute_local(*outline, "val");
        if (level && std::string_view(level) != "9") k = BlockKind::kHeading;  // 9 is body text
      }
    }
    if (kind == BlockKind::kFootnote)
      k = kind;
    else if (kind == BlockKind::kTableCell && k == BlockKind::kParagraph)
      k = BlockKind::kTableCell;
    fields_.clear();
    inline_content(p);
    out_.end_block(k);
    for (auto& b : pending_) out_.blocks().push_back(std::move(b));
    pending_.clear();
  }

  bool in_field_code() const {
    for (bool result : fields_)
      if (!result) return true;
    return false;
  }

  void inline_content(const XMLElement& parent) {
    for (const XMLElement* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) {
      const std::string_view n = local_name(*e);
      if (n == "r") {
        run(*e);
      } else if (n == "hyperlink") {
        const size_t link = out_.open_span(InlineKind::kLink, "t");
        inline_content(*e);
        out_.close_span(link);
      } else if (n == "ins" || n == "moveTo" || n == "smartTag" || n == "fldSimple" || n == "customXml" ||
                 n == "dir" || n == "bdo") {
        inline_content(*e);
      } else if (n == "sdt") {
        if (const XMLElement* content = child_local(*e, "sdtContent")) inline_content(*content);
      } else if (n == "AlternateContent") {
        if (const XMLElement* choice = child_local(*e, "Choice")) inline_content(*choice);
      } else if (n == "oMath" || n == "oMathPara") {
        math(*e);
      }
      // pPr, del, moveFrom, bookmarkStart/End, proofErr, commentRangeStart/End: nothing to read.
    }
  }

  void math(const XMLElement& e) {
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      if (local_name(*c) == "t" && c->GetText())
        out_.text(c->GetText());
      else
        math(*c);
    }
  }

  // A run property that is on: <w:b/>, <w:b w:val="1"/>, but not w:val="0", "false" or "none".
  static bool property_on(const XMLElement* rpr, const char* name) {
    const XMLElement* p = rpr ? child_local(*rpr, name) : nullptr;
    if (!p) return false;
    const char* val = attribute_local(*p, "val");
    const std::string_view v = val ? val : "";
    return v != "0" && v != "false" && v != "none" && v != "off";
  }

  void run(const XMLElement& r) {
    const XMLElement* rpr = child_local(r, "rPr");
    std::vector<size_t> spans;
    if (property_on(rpr, "b")) spans.push_back(out_.open_span(InlineKind::kBold, "t"));
    if (property_on(rpr, "i")) spans.push_back(out_.open_span(InlineKind::kItalic, "t"));
    if (property_on(rpr, "u")) spans.push_back(out_.open_span(InlineKind::kUnderline, "t"));
    run_content(r);
    for (size_t i = spans.size(); i-- > 0;) out_.close_span(spans[i]);
  }

  void run_content(const XMLElement& r) {
    for (const XMLElement* e = r.FirstChildElement(); e; e = e->NextSiblingElement()) {
      const std::string_view n = local_name(*e);
      if (n == "fldChar") {
        const char* type = attribute_local(*e, "fldCharType");
        const std::string_view t = type ? type : "";
        if (t == "begin") fields_.push_back(false);
        if (t == "separate" && !fields_.empty()) fields_.back() = true;
        if (t == "end" && !fields_.empty()) fields_.pop_back();
        continue;
      }
      if (in_field_code()) continue;
      if (n == "t") {
        if (const char* t = e->GetText()) out_.text(t);
      } else if (n == "tab" || n == "ptab") {
        out_.tab();
      } else if (n == "br" || n == "cr") {
        out_.line_break();
      } else if (n == "noBreakHyphen") {
        out_.text("\u2011");
      } else if (n == "softHyphen") {
        out_.text("\u00AD");
      } else if (n == "footnoteReference" || n == "endnoteReference") {
        const Notes* notes = n == "footnoteReference" ? footnotes_ : endnotes_;
        const char* id = attribute_local(*e, "id");
        if (notes && id)
          if (auto it = notes->find(id); it != notes->end())
            pending_.insert(pending_.end(), it->second.begin(), it->second.end());
      } else if (n == "AlternateContent") {
        if (const XMLElement* choice = child_local(*e, "Choice")) run_content(*choice);
      } else if (n == "drawing" || n == "pict" || n == "object") {
        text_boxes(*e);
      }
      // rPr, delText, instrText, lastRenderedPageBreak, sym: nothing to read.
    }
  }

  // A text box's paragraphs become blocks after the paragraph that anchors it.
  void text_boxes(const XMLElement& e) {
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      if (local_name(*c) == "txbxContent") {
        DocxWalker inner(footnotes_, endnotes_, default_kind_);
        inner.blocks(*c, BlockKind::kParagraph);
        for (auto& b : inner.take()) pending_.push_back(std::move(b));
      } else if (local_name(*c) == "AlternateContent") {
        if (const XMLElement* choice = child_local(*c, "Choice")) text_boxes(*choice);
      } else {
        text_boxes(*c);
      }
    }
  }

  const Notes* footnotes_;
  const Notes* endnotes_;
  BlockKind default_kind_;
  BlockBuilder out_{false, true};
  std::vector<bool> fields_;  // open fields: false while in the instruction, true in the result
  std::vector<Block> pending_;
};

Notes read_notes(const std::string& xml, const std::string& path, const std::string& part) {
  Notes notes;
  if (xml.empty()) return notes;
  tinyxml2::XMLDocument doc;
  parse_xml_part(xml, path, part, doc);
  const XMLElement* root = doc.RootElement();
  if (!root) return notes;
  for (const XMLElement* note = root->FirstChildElement(); note; note = note->NextSiblingElement()) {
    const char* type = attribute_local(*note, "type");
    if (type && std::string_view(type) != "normal") continue;  // separators
    const char* id = attribute_local(*note, "id");
    if (!id) continue;
    DocxWalker walker(nullptr, nullptr, BlockKind::kFootnote);
    walker.blocks(*note, BlockKind::kFootnote);
    notes[id] = walker.take();
  }
  return notes;
}

// The main part's name from the package relationships (word/document.xml in every file Word writes).
std::string main_part(ZipArchive& zip, const std::string& path) {
  auto rels = zip.read("_rels/.rels");
  if (rels) {
    tinyxml2::XMLDocument doc;
    parse_xml_part(*rels, path, "_rels/.rels", doc);
    if (const XMLElement* root = doc.RootElement())
      for (const XMLElement* r = root->FirstChildElement(); r; r = r->NextSiblingElement()) {
        const char* type = r->Attribute("Type");
        const char* target = r->Attribute("Target");
        if (type && target && std::string_view(type).ends_with("/officeDocument")) {
          std::string t = target;
          if (!t.empty() && t[0] == '/') t.erase(0, 1);
          return t;
        }
      }
  }
  return "word/document.xml";
}

}  // namespace

std::vector<Block> docx_blocks(const std::string& document_xml, const std::string& footnotes_xml,
                               const std::string& endnotes_xml, const std::string& path) {
  const Notes footnotes = read_notes(footnotes_xml, path, "word/footnotes.xml");
  const Notes endnotes = read_notes(endnotes_xml, path, "word/endnotes.xml");
  tinyxml2::XMLDocument doc;
  parse_xml_part(document_xml, path, "word/document.xml", doc);
  const XMLElement* root = doc.RootElement();
  const XMLElement* body = root ? child_local(*root, "body") : nullptr;
  if (!body)
    throw Error(ErrorKind::kBadInput, N_("not a {1} file: no {2} in {3}"),
                {"DOCX", "w:body", "word/document.xml"}, {path});
  DocxWalker walker(&footnotes, &endnotes, BlockKind::kParagraph);
  walker.blocks(*body, BlockKind::kParagraph);
  return walker.take();
}

std::vector<Block> read_docx(const std::string& path) {
  ZipArchive zip(path, "DOCX");
  const std::string part = main_part(zip, path);
  auto document = zip.read(part);
  if (!document) {
    const char* hint = zip.has("content.xml") ? N_("not a DOCX file: it is an OpenDocument (ODT?) file")
                                              : N_("not a DOCX file: the zip has no word/document.xml");
    throw Error(ErrorKind::kBadInput, hint, {}, {path});
  }
  const std::string dir = part.substr(0, part.find_last_of('/') + 1);
  const std::string footnotes = zip.read(dir + "footnotes.xml").value_or("");
  const std::string endnotes = zip.read(dir + "endnotes.xml").value_or("");
  return docx_blocks(*document, footnotes, endnotes, path);
}

}  // namespace songngu
