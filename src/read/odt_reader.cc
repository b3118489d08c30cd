#include "read/odt_reader.h"

#include <charconv>
#include <set>

#include "base/error.h"
#include "read/xml_part.h"
#include "read/zip_archive.h"

namespace songngu {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

class OdtWalker {
 public:
  explicit OdtWalker(const std::set<std::string>* caption_styles) : captions_(caption_styles) {}

  std::vector<Block> take() { return std::move(out_.blocks()); }

  void blocks(const XMLElement& parent, BlockKind kind) {
    for (const XMLElement* e = parent.FirstChildElement(); e; e = e->NextSiblingElement()) {
      const std::string_view n = e->Name();
      if (n == "text:h") {
        paragraph(*e, kind == BlockKind::kFootnote ? kind : BlockKind::kHeading);
      } else if (n == "text:p") {
        paragraph(*e, kind);
      } else if (n == "text:list" || n == "text:list-item" || n == "text:list-header") {
        blocks(*e, kind == BlockKind::kParagraph ? BlockKind::kListItem : kind);
      } else if (n == "table:table-cell") {
        blocks(*e, kind == BlockKind::kFootnote ? kind : BlockKind::kTableCell);
      } else if (n == "text:tracked-changes" || n == "office:annotation" || n == "table:covered-table-cell" ||
                 n == "office:forms" || n == "text:sequence-decls" || n == "text:variable-decls" ||
                 n == "text:user-field-decls" || n == "table:table-columns" || n == "table:table-column" ||
                 n == "text:index-title-template" || n == "text:table-of-content-source") {
        continue;
      } else {
        blocks(*e, kind);  // sections, tables, rows, index bodies, text:soft-page-break, ...
      }
    }
  }

 private:
  void paragraph(const XMLElement& p, BlockKind kind) {
    BlockKind k = kind;
    if (k == BlockKind::kParagraph || k == BlockKind::kTableCell) {
      const char* style = p.Attribute("text:style-name");
      if (style && captions_ && captions_->count(style)) k = BlockKind::kCaption;
    }
    inline_content(p);
    out_.end_block(k);
    for (auto& b : pending_) out_.blocks().push_back(std::move(b));
    pending_.clear();
  }

  void inline_content(const XMLElement& parent) {
    for (const XMLNode* node = parent.FirstChild(); node; node = node->NextSibling()) {
      if (const auto* text = node->ToText()) {
        out_.text(text->Value());
        continue;
      }
      const XMLElement* e = node->ToElement();
      if (!e) continue;
      const std::string_view n = e->Name();
      if (n == "text:s") {
        size_t count = 1;
        if (const char* c = e->Attribute("text:c")) {
          const std::string_view v = c;
          std::from_chars(v.data(), v.data() + v.size(), count);
        }
        out_.spaces(count);
      } else if (n == "text:tab") {
        out_.tab();
      } else if (n == "text:line-break") {
        out_.line_break();
      } else if (n == "text:note") {
        if (const XMLElement* body = e->FirstChildElement("text:note-body")) {
          OdtWalker inner(captions_);
          inner.blocks(*body, BlockKind::kFootnote);
          for (auto& b : inner.take()) pending_.push_back(std::move(b));
        }
      } else if (n == "draw:frame" || n == "draw:a" || n == "draw:custom-shape" || n == "draw:g") {
        frame(*e);
      } else if (n == "office:annotation" || n == "office:annotation-end" || n == "text:note-citation" ||
                 n == "text:bookmark" || n == "text:bookmark-start" || n == "text:bookmark-end" ||
                 n == "text:soft-page-break" || n == "text:change" || n == "text:change-start" ||
                 n == "text:change-end" || n == "text:ruby-text" || n == "svg:title" || n == "svg:desc") {
        continue;
      } else {
        inline_content(*e);  // text:span, text:a, fields, text:ruby-base, text:meta, ...
      }
    }
  }

  // Text inside a frame (a text box, a captioned image) becomes blocks after the anchoring paragraph.
  void frame(const XMLElement& e) {
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
      const std::string_view n = c->Name();
      if (n == "draw:text-box" || n == "draw:custom-shape") {
        OdtWalker inner(captions_);
        inner.blocks(*c, BlockKind::kParagraph);
        for (auto& b : inner.take()) pending_.push_back(std::move(b));
      } else if (n == "draw:frame" || n == "draw:a" || n == "draw:g") {
        frame(*c);
      } else if (n == "text:p") {
        OdtWalker inner(captions_);
        inner.paragraph(*c, BlockKind::kParagraph);
        for (auto& b : inner.take()) pending_.push_back(std::move(b));
      }
    }
  }

  const std::set<std::string>* captions_;
  BlockBuilder out_{true};
  std::vector<Block> pending_;
};

bool is_caption_style(std::string_view name) {
  for (std::string_view c : {"Caption", "Illustration", "Table", "Figure", "Drawing"})
    if (name == c) return true;
  return false;
}

// Automatic styles (P1, P2, ...) inherit their name from a parent style: captions are found through it.
std::set<std::string> caption_styles(const XMLElement& root) {
  std::set<std::string> out;
  for (std::string_view c : {"Caption", "Illustration", "Table", "Figure", "Drawing"}) out.emplace(c);
  if (const XMLElement* styles = root.FirstChildElement("office:automatic-styles"))
    for (const XMLElement* s = styles->FirstChildElement("style:style"); s;
         s = s->NextSiblingElement("style:style")) {
      const char* name = s->Attribute("style:name");
      const char* parent = s->Attribute("style:parent-style-name");
      if (name && parent && is_caption_style(parent)) out.emplace(name);
    }
  return out;
}

}  // namespace

std::vector<Block> odt_blocks(const std::string& content_xml, const std::string& path) {
  tinyxml2::XMLDocument doc;
  parse_xml_part(content_xml, path, "content.xml", doc);
  const XMLElement* root = doc.RootElement();
  const XMLElement* body = root ? root->FirstChildElement("office:body") : nullptr;
  const XMLElement* text = body ? body->FirstChildElement("office:text") : nullptr;
  if (!text)
    throw Error(ErrorKind::kBadInput, N_("not a {1} file: no {2} in {3}"),
                {"ODT", "office:text", "content.xml"}, {path});
  const std::set<std::string> captions = caption_styles(*root);
  OdtWalker walker(&captions);
  walker.blocks(*text, BlockKind::kParagraph);
  return walker.take();
}

std::vector<Block> read_odt(const std::string& path) {
  ZipArchive zip(path, "ODT");
  if (auto manifest = zip.read("META-INF/manifest.xml");
      manifest && manifest->find("encryption-data") != std::string::npos)
    throw Error(ErrorKind::kBadInput, N_("encrypted {1} file (part {2}): save it without a password"),
                {"ODT", "content.xml"}, {path});
  auto content = zip.read("content.xml");
  if (!content) {
    const char* hint = zip.has("word/document.xml") ? N_("not an ODT file: it is a Word (DOCX?) file")
                                                    : N_("not an ODT file: the zip has no content.xml");
    throw Error(ErrorKind::kBadInput, hint, {}, {path});
  }
  return odt_blocks(*content, path);
}

}  // namespace songngu
