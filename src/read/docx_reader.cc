#include "read/docx_reader.h"

#include <map>
#include <optional>

#include "base/error.h"
#include "read/xml_stream.h"
#include "read/zip_archive.h"

namespace songngu {
namespace {

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

// A run property that is on: <w:b/>, <w:b w:val="1"/>, but not w:val="0", "false" or "none".
bool property_on(const char** attributes) {
  const char* val = xml_attribute_local(attributes, "val");
  const std::string_view v = val ? val : "";
  return v != "0" && v != "false" && v != "none" && v != "off";
}

// What an open element's children are read as. The reader walks the part as it streams past, one
// frame per open element; an element whose content is not read is skipped as a whole.
enum class Role : uint8_t {
  kRoot,        // w:document: its first w:body; in a notes part, w:footnotes: each note
  kBlocks,      // block-level content: body, table cell, text box, note, sdtContent, w:ins, ...
  kTable,       // w:tbl: its rows
  kRow,         // w:tr: its cells
  kSdtBlock,    // w:sdt among blocks: its first w:sdtContent
  kAltBlock,    // mc:AlternateContent among blocks: its first mc:Choice
  kParagraph,   // w:p: inline content and its first w:pPr
  kPPr,         // w:pPr: the paragraph's style, numbering and outline level
  kInline,      // inline content: w:hyperlink (which closes a link span at its end), w:ins, ...
  kSdtInline,   // w:sdt among inline content: its first w:sdtContent
  kAltInline,   // mc:AlternateContent among inline content: its first mc:Choice
  kMath,        // m:oMath and what it holds: the text of its m:t
  kMathText,    // m:t: its text, or when it starts with an element, that content as math
  kRun,         // w:r: its content and its first w:rPr
  kRunContent,  // mc:Choice inside a run: run content without formatting
  kAltRun,      // mc:AlternateContent inside a run: its first mc:Choice
  kRPr,         // w:rPr: bold, italic, underline
  kText,        // w:t: its text up to its first child element
  kBoxSearch,   // w:drawing, w:pict, w:object and below: text boxes
  kAltBox,      // mc:AlternateContent below a drawing: its first mc:Choice
  kTextBox,     // w:txbxContent: blocks read apart, put after the anchoring paragraph at its end
  kNote,        // a w:footnote or w:endnote: blocks read apart, kept under its id at its end
};

struct Frame {
  Role role = Role::kRoot;
  BlockKind kind = BlockKind::kParagraph;  // of kBlocks and kParagraph
  bool taken = false;                      // the child this frame reads once was seen
  bool has_text = false;                   // kText, kMathText: text seen
  bool has_child = false;                  // kText, kMathText: an element seen
  size_t link = 0;                         // kInline of a w:hyperlink: its span's handle
  bool is_link = false;
};

// The state of one walk over block content: the body, or a text box or note read apart.
struct Walk {
  BlockBuilder out{false, true};
  std::vector<bool> fields;  // open fields: false while in the instruction, true in the result
  std::vector<Block> pending;
  // The paragraph being read (paragraphs do not nest within one walk).
  BlockKind style_kind = BlockKind::kParagraph;  // from the first w:pStyle: heading, caption
  bool style_seen = false, numbered = false, outline_seen = false, outline_heading = false;
  // The run being read (runs do not nest within one walk).
  size_t run_begin = 0;
  bool rpr_seen = false;
  bool seen[3] = {}, on[3] = {};  // w:b, w:i, w:u: the first of each, and whether it is on
  std::string note_id = {};       // a note's walk: the note's id

  bool in_field_code() const {
    for (bool result : fields)
      if (!result) return true;
    return false;
  }
};

class DocxReader : public XmlWalker<Frame> {
 public:
  // A main part (notes given) or a notes part (notes null, `notes_out` filled).
  DocxReader(const Notes* footnotes, const Notes* endnotes, Notes* notes_out)
      : footnotes_(footnotes), endnotes_(endnotes), notes_out_(notes_out) {
    walks_.emplace_back();
  }

  bool saw_body() const { return body_; }
  std::vector<Block> take() { return std::move(walks_.front().out.blocks()); }

 private:
  void text_in(Frame& f, std::string_view s) override {
    if ((f.role != Role::kText && f.role != Role::kMathText) || f.has_child) return;
    f.has_text = true;
    walk().out.text(s);
  }

  Walk& walk() { return walks_.back(); }

  void push(Role role, BlockKind kind = BlockKind::kParagraph) { frames_.push_back({role, kind}); }

  bool child(std::string_view name, const char** attributes) override {
    const std::string_view n = xml_local_name(name);
    Frame& f = frames_.back();
    switch (f.role) {
      case Role::kRoot: return root_child(f, n, attributes);
      case Role::kBlocks:
      case Role::kTextBox:
      case Role::kNote: return block_child(f.kind, n);
      case Role::kTable: return n == "tr" && (push(Role::kRow), true);
      case Role::kRow: return n == "tc" && (push(Role::kBlocks, BlockKind::kTableCell), true);
      case Role::kSdtBlock:
      case Role::kAltBlock:
        if (f.taken || n != (f.role == Role::kSdtBlock ? "sdtContent" : "Choice")) return false;
        f.taken = true;
        push(Role::kBlocks, f.kind);
        return true;
      case Role::kParagraph:
        if (n == "pPr" && !f.taken) {
          f.taken = true;
          push(Role::kPPr);
          return true;
        }
        return inline_child(n);
      case Role::kPPr: return paragraph_property(n, attributes);
      case Role::kInline: return inline_child(n);
      case Role::kSdtInline:
      case Role::kAltInline:
        if (f.taken || n != (f.role == Role::kSdtInline ? "sdtContent" : "Choice")) return false;
        f.taken = true;
        push(Role::kInline);
        return true;
      case Role::kMathText:
        f.has_child = true;
        if (f.has_text) return false;
        [[fallthrough]];
      case Role::kMath: push(n == "t" ? Role::kMathText : Role::kMath); return true;
      case Role::kRun:
        if (n == "rPr" && !walk().rpr_seen) {
          walk().rpr_seen = true;
          push(Role::kRPr);
          return true;
        }
        return run_child(n, attributes);
      case Role::kRunContent: return run_child(n, attributes);
      case Role::kAltRun:
      case Role::kAltBox:
        if (f.taken || n != "Choice") return false;
        f.taken = true;
        push(f.role == Role::kAltRun ? Role::kRunContent : Role::kBoxSearch);
        return true;
      case Role::kRPr: return run_property(n, attributes);
      case Role::kText: f.has_child = true; return false;
      case Role::kBoxSearch:
        if (n == "txbxContent") {
          walks_.emplace_back();
          push(Role::kTextBox);
          return true;
        }
        push(n == "AlternateContent" ? Role::kAltBox : Role::kBoxSearch);
        return true;
    }
    return false;
  }

  bool root_child(Frame& f, std::string_view n, const char** attributes) {
    if (!notes_out_) {  // the main part: its first body
      if (n != "body" || f.taken) return false;
      f.taken = body_ = true;
      push(Role::kBlocks);
      return true;
    }
    const char* type = xml_attribute_local(attributes, "type");
    if (type && std::string_view(type) != "normal") return false;  // separators
    const char* id = xml_attribute_local(attributes, "id");
    if (!id) return false;
    walks_.emplace_back();
    walk().note_id = id;
    push(Role::kNote, BlockKind::kFootnote);
    return true;
  }

  bool block_child(BlockKind kind, std::string_view n) {
    if (n == "p") {
      Walk& w = walk();
      w.style_kind = BlockKind::kParagraph;
      w.style_seen = w.numbered = w.outline_seen = w.outline_heading = false;
      w.fields.clear();
      push(Role::kParagraph, kind);
    } else if (n == "tbl") {
      push(Role::kTable);
    } else if (n == "sdt") {
      push(Role::kSdtBlock, kind);
    } else if (n == "customXml" || n == "ins" || n == "moveTo" || n == "smartTag") {
      push(Role::kBlocks, kind);
    } else if (n == "AlternateContent") {
      push(Role::kAltBlock, kind);
    } else {
      return false;  // del, moveFrom, sectPr, bookmarks, proofing marks: nothing to read
    }
    return true;
  }

  bool paragraph_property(std::string_view n, const char** attributes) {
    Walk& w = walk();
    if (n == "pStyle" && !w.style_seen) {
      w.style_seen = true;
      const char* v = xml_attribute_local(attributes, "val");
      const std::string_view s = v ? v : "";
      if (starts_with_ci(s, "heading") || starts_with_ci(s, "title") || starts_with_ci(s, "subtitle"))
        w.style_kind = BlockKind::kHeading;
      else if (starts_with_ci(s, "caption"))
        w.style_kind = BlockKind::kCaption;
    } else if (n == "numPr") {
      w.numbered = true;
    } else if (n == "outlineLvl" && !w.outline_seen) {
      w.outline_seen = true;
      const char* level = xml_attribute_local(attributes, "val");
      w.outline_heading = level && std::string_view(level) != "9";  // 9 is body text
    }
    return false;
  }

  bool inline_child(std::string_view n) {
    if (n == "r") {
      Walk& w = walk();
      w.run_begin = w.out.size();
      w.rpr_seen = false;
      for (int i = 0; i < 3; ++i) w.seen[i] = w.on[i] = false;
      push(Role::kRun);
    } else if (n == "hyperlink") {
      push(Role::kInline);
      frames_.back().is_link = true;
      frames_.back().link = walk().out.open_span(InlineKind::kLink, "t");
    } else if (n == "ins" || n == "moveTo" || n == "smartTag" || n == "fldSimple" || n == "customXml" ||
               n == "dir" || n == "bdo") {
      push(Role::kInline);
    } else if (n == "sdt") {
      push(Role::kSdtInline);
    } else if (n == "AlternateContent") {
      push(Role::kAltInline);
    } else if (n == "oMath" || n == "oMathPara") {
      push(Role::kMath);
    } else {
      return false;  // pPr, del, moveFrom, bookmarkStart/End, proofErr, commentRangeStart/End
    }
    return true;
  }

  bool run_property(std::string_view n, const char** attributes) {
    static constexpr std::string_view kNames[3] = {"b", "i", "u"};
    Walk& w = walk();
    for (int i = 0; i < 3; ++i)
      if (n == kNames[i] && !w.seen[i]) {
        w.seen[i] = true;
        w.on[i] = property_on(attributes);
      }
    return false;
  }

  bool run_child(std::string_view n, const char** attributes) {
    Walk& w = walk();
    if (n == "fldChar") {
      const char* type = xml_attribute_local(attributes, "fldCharType");
      const std::string_view t = type ? type : "";
      if (t == "begin") w.fields.push_back(false);
      if (t == "separate" && !w.fields.empty()) w.fields.back() = true;
      if (t == "end" && !w.fields.empty()) w.fields.pop_back();
      return false;
    }
    if (w.in_field_code()) return false;
    if (n == "t") {
      push(Role::kText);
      return true;
    }
    if (n == "tab" || n == "ptab") {
      w.out.tab();
    } else if (n == "br" || n == "cr") {
      w.out.line_break();
    } else if (n == "noBreakHyphen") {
      w.out.text("\u2011");
    } else if (n == "softHyphen") {
      w.out.text("\u00AD");
    } else if (n == "footnoteReference" || n == "endnoteReference") {
      const Notes* notes = n == "footnoteReference" ? footnotes_ : endnotes_;
      const char* id = xml_attribute_local(attributes, "id");
      if (notes && id)
        if (auto it = notes->find(id); it != notes->end())
          w.pending.insert(w.pending.end(), it->second.begin(), it->second.end());
    } else if (n == "AlternateContent") {
      push(Role::kAltRun);
      return true;
    } else if (n == "drawing" || n == "pict" || n == "object") {
      push(Role::kBoxSearch);
      return true;
    }
    return false;  // rPr, delText, instrText, lastRenderedPageBreak, sym: nothing to read
  }

  void close(Frame& f) override {
    Walk& w = walk();
    switch (f.role) {
      case Role::kParagraph: {
        BlockKind k = f.kind;
        if (w.style_kind != BlockKind::kParagraph) k = w.style_kind;
        if (w.numbered && k == BlockKind::kParagraph) k = BlockKind::kListItem;
        if (w.outline_heading && k == BlockKind::kParagraph) k = BlockKind::kHeading;
        if (f.kind == BlockKind::kFootnote)
          k = f.kind;
        else if (f.kind == BlockKind::kTableCell && k == BlockKind::kParagraph)
          k = BlockKind::kTableCell;
        w.out.end_block(k);
        for (auto& b : w.pending) w.out.blocks().push_back(std::move(b));
        w.pending.clear();
        break;
      }
      case Role::kInline:
        if (f.is_link) w.out.close_span(f.link);
        break;
      case Role::kRun: {  // formatting over the whole run, closed innermost first
        static constexpr InlineKind kKinds[3] = {InlineKind::kBold, InlineKind::kItalic,
                                                 InlineKind::kUnderline};
        for (int i = 3; i-- > 0;)
          if (w.on[i]) w.out.add_span(kKinds[i], "t", w.run_begin);
        break;
      }
      case Role::kTextBox:
      case Role::kNote: {
        std::vector<Block> blocks = std::move(w.out.blocks());
        const std::string id = std::move(w.note_id);
        walks_.pop_back();
        if (f.role == Role::kNote) {
          (*notes_out_)[id] = std::move(blocks);
        } else {
          for (auto& b : blocks) walk().pending.push_back(std::move(b));
        }
        break;
      }
      default: break;
    }
  }

  const Notes* footnotes_;
  const Notes* endnotes_;
  Notes* notes_out_;
  bool body_ = false;
  std::vector<Walk> walks_;
};

Notes read_notes(const std::string& xml, const std::string& path, const std::string& part) {
  Notes notes;
  if (xml.empty()) return notes;
  DocxReader reader(nullptr, nullptr, &notes);
  stream_xml(xml, reader, path, part);
  return notes;
}

// The main part's name from the package relationships (word/document.xml in every file Word writes):
// the target of the first child of the root whose type ends with /officeDocument.
class RelsReader : public XmlHandler {
 public:
  std::optional<std::string> target;

  void start(std::string_view, const char** attributes) override {
    if (++depth_ != 2 || target) return;
    const char* type = xml_attribute(attributes, "Type");
    const char* to = xml_attribute(attributes, "Target");
    if (type && to && std::string_view(type).ends_with("/officeDocument")) target = to;
  }
  void end() override { --depth_; }
  void text(std::string_view) override {}

 private:
  size_t depth_ = 0;
};

std::string main_part(ZipArchive& zip, const std::string& path) {
  if (auto rels = zip.read("_rels/.rels")) {
    RelsReader reader;
    stream_xml(*rels, reader, path, "_rels/.rels");
    if (reader.target) {
      std::string t = *reader.target;
      if (!t.empty() && t[0] == '/') t.erase(0, 1);
      return t;
    }
  }
  return "word/document.xml";
}

std::vector<Block> body_blocks(DocxReader& reader, const std::string& path, const std::string& part) {
  if (!reader.saw_body())
    throw Error(ErrorKind::kBadInput, N_("not a {1} file: no {2} in {3}"), {"DOCX", "w:body", part}, {path});
  return reader.take();
}

}  // namespace

std::vector<Block> docx_blocks(const std::string& document_xml, const std::string& footnotes_xml,
                               const std::string& endnotes_xml, const std::string& path) {
  const Notes footnotes = read_notes(footnotes_xml, path, "word/footnotes.xml");
  const Notes endnotes = read_notes(endnotes_xml, path, "word/endnotes.xml");
  DocxReader reader(&footnotes, &endnotes, nullptr);
  stream_xml_ahead(xml_pieces(document_xml), document_xml.size(), reader, path, "word/document.xml");
  return body_blocks(reader, path, "word/document.xml");
}

std::vector<Block> read_docx(const std::string& path, const ReadOptions& options) {
  ZipArchive zip(path, "DOCX");
  const std::string part = main_part(zip, path);
  if (!zip.has(part)) {
    if (zip.has("content.xml"))
      throw Error(ErrorKind::kBadInput, N_("not a DOCX file: it is an OpenDocument (ODT?) file"), {}, {path});
    throw Error(ErrorKind::kBadInput, N_("not a DOCX file: the zip has no {1}"), {part}, {path});
  }
  // Errors name the parts the package really has (word/document.xml in every file Word writes).
  const std::string dir = part.substr(0, part.find_last_of('/') + 1);
  const std::string footnotes_part = dir + "footnotes.xml", endnotes_part = dir + "endnotes.xml";
  const Notes footnotes = read_notes(zip.read(footnotes_part).value_or(""), path, footnotes_part);
  const Notes endnotes = read_notes(zip.read(endnotes_part).value_or(""), path, endnotes_part);
  DocxReader reader(&footnotes, &endnotes, nullptr);
  stream_zip_part(zip, part, reader, path, options.threads != 1);
  return body_blocks(reader, path, part);
}

}  // namespace songngu
