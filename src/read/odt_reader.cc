#include "read/odt_reader.h"

#include <charconv>
#include <map>
#include <optional>
#include <set>

#include "base/error.h"
#include "read/xml_stream.h"
#include "read/zip_archive.h"

namespace songngu {
namespace {

// What the automatic styles say: the paragraph styles that make captions, and the formatting each
// text style (T1, T2, ...) stands for.
struct OdtStyles {
  std::set<std::string> captions;
  std::map<std::string, InlineKind, std::less<>> text;
};

bool is_caption_style(std::string_view name) {
  for (std::string_view c : {"Caption", "Illustration", "Table", "Figure", "Drawing"})
    if (name == c) return true;
  return false;
}

// The formatting of a text style's properties: bold, italic, underline, else another formatting.
InlineKind text_style_kind(const char** properties) {
  auto is = [&](std::string_view name, std::string_view value) {
    const char* v = xml_attribute(properties, name);
    return v && std::string_view(v) == value;
  };
  if (is("fo:font-weight", "bold")) return InlineKind::kBold;
  if (is("fo:font-style", "italic")) return InlineKind::kItalic;
  const char* u = xml_attribute(properties, "style:text-underline-style");
  if (u && std::string_view(u) != "none") return InlineKind::kUnderline;
  return InlineKind::kOther;
}

bool skipped_block(std::string_view n) {
  return n == "text:tracked-changes" || n == "office:annotation" || n == "table:covered-table-cell" ||
         n == "office:forms" || n == "text:sequence-decls" || n == "text:variable-decls" ||
         n == "text:user-field-decls" || n == "table:table-columns" || n == "table:table-column" ||
         n == "text:index-title-template" || n == "text:table-of-content-source";
}

bool skipped_inline(std::string_view n) {
  return n == "office:annotation" || n == "office:annotation-end" || n == "text:note-citation" ||
         n == "text:bookmark" || n == "text:bookmark-start" || n == "text:bookmark-end" ||
         n == "text:soft-page-break" || n == "text:change" || n == "text:change-start" ||
         n == "text:change-end" || n == "text:ruby-text" || n == "svg:title" || n == "svg:desc";
}

// What an open element's children are read as (see docx_reader.cc: the same streaming walk).
enum class Role : uint8_t {
  kRoot,            // office:document-content: its automatic styles and body
  kStyles,          // office:automatic-styles: each style:style
  kStyle,           // style:style: its first style:text-properties
  kBody,            // office:body: its first office:text
  kBlocks,          // block-level content: office:text, sections, lists, tables, cells, note bodies, ...
  kParagraph,       // text:p, text:h: inline content, a block at the end
  kInline,          // inline content: fields, text:span and text:a (which close a span at the end), ...
  kNote,            // text:note: its first text:note-body
  kFrame,           // draw:frame, draw:a, draw:g: text boxes and paragraphs
  kApart,           // a note body or text box: blocks read apart, put after the anchoring paragraph
  kApartParagraph,  // a frame's own text:p: a paragraph read apart
};

struct Frame {
  Role role = Role::kRoot;
  BlockKind kind = BlockKind::kParagraph;  // kBlocks, kParagraph, kApart
  bool taken = false;                      // the child this frame reads once was seen
  bool is_span = false;                    // kInline of text:span or text:a: its span's handle
  size_t span = 0;
};

struct Walk {
  BlockBuilder out{true};
  std::vector<Block> pending;
};

class OdtReader : public XmlWalker<Frame> {
 public:
  OdtReader() { walks_.emplace_back(); }

  bool saw_text() const { return text_; }
  std::vector<Block> take() { return std::move(walks_.front().out.blocks()); }

 private:
  void text_in(Frame& f, std::string_view s) override {
    if (f.role == Role::kParagraph || f.role == Role::kInline || f.role == Role::kApartParagraph)
      walk().out.text(s);
  }

  Walk& walk() { return walks_.back(); }
  void push(Role role, BlockKind kind = BlockKind::kParagraph) { frames_.push_back({role, kind}); }

  bool child(std::string_view n, const char** attributes) override {
    Frame& f = frames_.back();
    switch (f.role) {
      case Role::kRoot:
        if (n == "office:automatic-styles" && !styles_seen_) {
          styles_seen_ = true;
          push(Role::kStyles);
          return true;
        }
        if (n == "office:body" && !f.taken) {
          f.taken = true;
          push(Role::kBody);
          return true;
        }
        return false;
      case Role::kStyles:
        if (n != "style:style") return false;
        style_ = {};
        for (auto [field, name] :
             {std::pair{&style_.name, "style:name"}, std::pair{&style_.parent, "style:parent-style-name"},
              std::pair{&style_.family, "style:family"}})
          if (const char* v = xml_attribute(attributes, name)) *field = v;
        push(Role::kStyle);
        return true;
      case Role::kStyle:
        if (n == "style:text-properties" && !style_.has_properties) {
          style_.has_properties = true;
          style_.kind = text_style_kind(attributes);
        }
        return false;
      case Role::kBody:
        if (n != "office:text" || f.taken) return false;
        f.taken = text_ = true;
        push(Role::kBlocks);
        return true;
      case Role::kBlocks:
      case Role::kApart: return block_child(f.kind, n, attributes);
      case Role::kParagraph:
      case Role::kInline:
      case Role::kApartParagraph: return inline_child(n, attributes);
      case Role::kNote:
        if (n != "text:note-body" || f.taken) return false;
        f.taken = true;
        walks_.emplace_back();
        push(Role::kApart, BlockKind::kFootnote);
        return true;
      case Role::kFrame: return frame_child(n, attributes);
    }
    return false;
  }

  bool block_child(BlockKind kind, std::string_view n, const char** attributes) {
    if (n == "text:h") {
      paragraph(kind == BlockKind::kFootnote ? kind : BlockKind::kHeading, attributes, Role::kParagraph);
    } else if (n == "text:p") {
      paragraph(kind, attributes, Role::kParagraph);
    } else if (n == "text:list" || n == "text:list-item" || n == "text:list-header") {
      push(Role::kBlocks, kind == BlockKind::kParagraph ? BlockKind::kListItem : kind);
    } else if (n == "table:table-cell") {
      push(Role::kBlocks, kind == BlockKind::kFootnote ? kind : BlockKind::kTableCell);
    } else if (skipped_block(n)) {
      return false;
    } else {
      push(Role::kBlocks, kind);  // sections, tables, rows, index bodies, text:soft-page-break, ...
    }
    return true;
  }

  void paragraph(BlockKind kind, const char** attributes, Role role) {
    BlockKind k = kind;
    if (k == BlockKind::kParagraph || k == BlockKind::kTableCell) {
      const char* style = xml_attribute(attributes, "text:style-name");
      if (style && styles_.captions.count(style)) k = BlockKind::kCaption;
    }
    push(role, k);
  }

  bool inline_child(std::string_view n, const char** attributes) {
    if (n == "text:s") {
      size_t count = 1;
      if (const char* c = xml_attribute(attributes, "text:c")) {
        const std::string_view v = c;
        std::from_chars(v.data(), v.data() + v.size(), count);
      }
      walk().out.spaces(count);
    } else if (n == "text:tab") {
      walk().out.tab();
    } else if (n == "text:line-break") {
      walk().out.line_break();
    } else if (n == "text:note") {
      push(Role::kNote);
      return true;
    } else if (n == "draw:frame" || n == "draw:a" || n == "draw:custom-shape" || n == "draw:g") {
      push(Role::kFrame);
      return true;
    } else if (skipped_inline(n)) {
      return false;
    } else if (n == "text:span" || n == "text:a") {
      // OmegaT's ODF filter shows a span as <fN>, a link as <aN>.
      const size_t span = walk().out.open_span(n == "text:a" ? InlineKind::kLink : span_kind(attributes),
                                               n == "text:a" ? "a" : "f");
      push(Role::kInline);
      frames_.back().is_span = true;
      frames_.back().span = span;
      return true;
    } else {
      push(Role::kInline);  // fields, text:ruby-base, text:meta, ...
      return true;
    }
    return false;
  }

  // Text inside a frame (a text box, a captioned image) becomes blocks after the anchoring paragraph.
  bool frame_child(std::string_view n, const char** attributes) {
    if (n == "draw:text-box" || n == "draw:custom-shape") {
      walks_.emplace_back();
      push(Role::kApart, BlockKind::kParagraph);
    } else if (n == "draw:frame" || n == "draw:a" || n == "draw:g") {
      push(Role::kFrame);
    } else if (n == "text:p") {
      walks_.emplace_back();
      paragraph(BlockKind::kParagraph, attributes, Role::kApartParagraph);
    } else {
      return false;
    }
    return true;
  }

  InlineKind span_kind(const char** attributes) const {
    const char* style = xml_attribute(attributes, "text:style-name");
    if (!style) return InlineKind::kOther;
    const auto it = styles_.text.find(std::string_view(style));
    return it == styles_.text.end() ? InlineKind::kOther : it->second;
  }

  static void end_paragraph(Walk& w, BlockKind kind) {
    w.out.end_block(kind);
    for (auto& b : w.pending) w.out.blocks().push_back(std::move(b));
    w.pending.clear();
  }

  void close(Frame& f) override {
    switch (f.role) {
      case Role::kStyle:
        if (style_.name && style_.parent && is_caption_style(*style_.parent))
          styles_.captions.emplace(*style_.name);
        if (style_.name && style_.family == "text") styles_.text[*style_.name] = style_.kind;
        break;
      case Role::kParagraph: end_paragraph(walk(), f.kind); break;
      case Role::kInline:
        if (f.is_span) walk().out.close_span(f.span);
        break;
      case Role::kApartParagraph: end_paragraph(walk(), f.kind); [[fallthrough]];
      case Role::kApart: {
        std::vector<Block> blocks = std::move(walk().out.blocks());
        walks_.pop_back();
        for (auto& b : blocks) walk().pending.push_back(std::move(b));
        break;
      }
      default: break;
    }
  }

  // The style:style being read.
  struct StyleSeen {
    std::optional<std::string> name, parent, family;
    InlineKind kind = InlineKind::kOther;
    bool has_properties = false;
  };

  OdtStyles styles_ = {{"Caption", "Illustration", "Table", "Figure", "Drawing"}, {}};
  StyleSeen style_;
  bool styles_seen_ = false;
  bool text_ = false;
  std::vector<Walk> walks_;
};

std::vector<Block> body_blocks(OdtReader& reader, const std::string& path) {
  if (!reader.saw_text())
    throw Error(ErrorKind::kBadInput, N_("not a {1} file: no {2} in {3}"),
                {"ODT", "office:text", "content.xml"}, {path});
  return reader.take();
}

}  // namespace

std::vector<Block> odt_blocks(const std::string& content_xml, const std::string& path) {
  OdtReader reader;
  stream_xml_ahead(xml_pieces(content_xml), content_xml.size(), reader, path, "content.xml");
  return body_blocks(reader, path);
}

std::vector<Block> read_odt(const std::string& path, const ReadOptions& options) {
  ZipArchive zip(path, "ODT");
  if (auto manifest = zip.read("META-INF/manifest.xml");
      manifest && manifest->find("encryption-data") != std::string::npos)
    throw Error(ErrorKind::kBadInput, N_("encrypted {1} file (part {2}): save it without a password"),
                {"ODT", "content.xml"}, {path});
  if (!zip.has("content.xml")) {
    const char* hint = zip.has("word/document.xml") ? N_("not an ODT file: it is a Word (DOCX?) file")
                                                    : N_("not an ODT file: the zip has no content.xml");
    throw Error(ErrorKind::kBadInput, hint, {}, {path});
  }
  OdtReader reader;
  stream_zip_part(zip, "content.xml", reader, path, options.threads != 1);
  return body_blocks(reader, path);
}

}  // namespace songngu
