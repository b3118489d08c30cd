#include "read/odt_reader.h"

#include <charconv>
#include <map>
#include <set>

#include "base/error.h"
#include "read/xml_part.h"
#include "read/zip_archive.h"

namespace songngu {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

// What the automatic styles say: the paragraph styles that make captions, and the formatting each
// text style (T1, T2, ...) stands for.
struct OdtStyles {
  std::set<std::string> captions;
  std::map<std::string, InlineKind, std::less<>> text;
};

class OdtWalker {
 public:
  explicit OdtWalker(const OdtStyles* styles) : captions_(styles) {}

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
      if (style && captions_ && captions_->captions.count(style)) k = BlockKind::kCaption;
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
      } else if (n == "text:span" || n == "text:a") {
        // OmegaT's ODF filter shows a span as <fN>, a link as <aN>.
        const size_t span =
            out_.open_span(n == "text:a" ? InlineKind::kLink : span_kind(*e), n == "text:a" ? "a" : "f");
        inline_content(*e);
        out_.close_span(span);
      } else {
        inline_content(*e);  // fields, text:ruby-base, text:meta, ...
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

  InlineKind span_kind(const XMLElement& e) const {
    const char* style = e.Attribute("text:style-name");
    if (!style || !captions_) return InlineKind::kOther;
    const auto it = captions_->text.find(std::string_view(style));
    return it == captions_->text.end() ? InlineKind::kOther : it->second;
  }

  const OdtStyles* captions_;
  BlockBuilder out_{true};
  std::vector<Block> pending_;
};

bool is_caption_style(std::string_view name) {
  for (std::string_view c : {"Caption", "Illustration", "Table", "Figure", "Drawing"})
    if (name == c) return true;
  return false;
}

// The formatting of a text style's properties: bold, italic, underline, else another formatting.
InlineKind text_style_kind(const XMLElement& style) {
  const XMLElement* p = style.FirstChildElement("style:text-properties");
  if (!p) return InlineKind::kOther;
  auto is = [&](const char* name, std::string_view value) {
    const char* v = p->Attribute(name);
    return v && std::string_view(v) == value;
  };
  if (is("fo:font-weight", "bold")) return InlineKind::kBold;
  if (is("fo:font-style", "italic")) return InlineKind::kItalic;
  const char* u = p->Attribute("style:text-underline-style");
  if (u && std::string_view(u) != "none") return InlineKind::kUnderline;
  return InlineKind::kOther;
}

// Automatic styles (P1, P2, ...) inherit their name from a parent style: captions are found through it.
OdtStyles odt_styles(const XMLElement& root) {
  OdtStyles out;
  for (std::string_view c : {"Caption", "Illustration", "Table", "Figure", "Drawing"})
    out.captions.emplace(c);
  if (const XMLElement* styles = root.FirstChildElement("office:automatic-styles"))
    for (const XMLElement* s = styles->FirstChildElement("style:style"); s;
         s = s->NextSiblingElement("style:style")) {
      const char* name = s->Attribute("style:name");
      const char* parent = s->Attribute("style:parent-style-name");
      const char* family = s->Attribute("style:family");
      if (name && parent && is_caption_style(parent)) out.captions.emplace(name);
      if (name && family && std::string_view(family) == "text") out.text[name] = text_style_kind(*s);
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
  const OdtStyles styles = odt_styles(*root);
  OdtWalker walker(&styles);
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
