#include "read/html_reader.h"

#include <gumbo.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "base/error.h"

namespace songngu {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

bool skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_ASIDE: return true;
    default: return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:

    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OPTION: return true;
    default: return false;
  }
}

BlockKind kind_of(GumboTag tag, BlockKind outer) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: return BlockKind::kHeading;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: return BlockKind::kListItem;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: return BlockKind::kTableCell;
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION: return BlockKind::kCaption;
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: return BlockKind::kParagraph;
    default: return outer;
  }
}

bool hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "aria-hidden");
      a && lower(a->value) == "true")
    return true;
  if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "style")) {
    std::string style = lower(a->value);
    std::erase(style, ' ');
    if (style.find("display:none") != std::string::npos ||
        style.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// The formatting an inline element stands for, or nullopt. Its short name is the one OmegaT's HTML
// filter gives its tags: the element name's first letter ("strong" -> "s").
std::optional<InlineKind> inline_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG: return InlineKind::kBold;
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_VAR: return InlineKind::kItalic;
    case GUMBO_TAG_U:
    case GUMBO_TAG_INS: return InlineKind::kUnderline;
    case GUMBO_TAG_A: return InlineKind::kLink;
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TT: return InlineKind::kCode;
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_ABBR: return InlineKind::kOther;
    default: return std::nullopt;
  }
}

bool whitespace(std::string_view text) {
  return text.find_first_not_of(" \t\n\r\f") == std::string_view::npos;
}

// An inline element whose content is two or more hidden inline elements and nothing else: a switch
// whose variant the page's script shows (LibreOffice's help: Command on a Mac, Ctrl elsewhere). Its
// variants are read as the document's text holds them, as LibreOffice's own conversion of the page
// reads them; leaving them all out would lose the key name of every shortcut.
bool is_switch(const GumboElement& e) {
  size_t variants = 0;
  for (unsigned i = 0; i < e.children.length; ++i) {
    const auto& c = *static_cast<const GumboNode*>(e.children.data[i]);
    if (c.type == GUMBO_NODE_WHITESPACE || c.type == GUMBO_NODE_COMMENT) continue;
    if (c.type == GUMBO_NODE_TEXT && whitespace(c.v.text.text)) continue;
    if (c.type != GUMBO_NODE_ELEMENT || is_block(c.v.element.tag) || !hidden(c.v.element)) return false;
    ++variants;
  }
  return variants >= 2;
}

class HtmlWalker {
 public:
  std::vector<Block> take() { return std::move(out_.blocks()); }

  // `variant`: n is one of a switch's variants (is_switch), read although hidden.
  void node(const GumboNode& n, BlockKind kind, bool pre, int depth, bool variant = false) {
    if (depth > 400) return;  // gumbo caps nesting too; this keeps recursion bounded
    switch (n.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        if (pre) {
          std::string_view t = n.v.text.text;
          size_t pos = 0;
          while (pos <= t.size()) {
            const size_t end = std::min(t.find('\n', pos), t.size());
            out_.spaces(0);
            for (char c : t.substr(pos, end - pos))
              c == ' ' ? out_.spaces(1) : out_.text(std::string_view(&c, 1));
            if (end < t.size()) out_.line_break();
            pos = end + 1;
          }
        } else {
          out_.text(n.v.text.text);
        }
        return;
      case GUMBO_NODE_DOCUMENT: children(n.v.document.children, kind, pre, depth); return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: break;
      default: return;
    }
    const GumboElement& e = n.v.element;
    if (skipped_tag(e.tag) || (hidden(e) && !variant)) return;
    if (e.tag == GUMBO_TAG_BR) {
      out_.standalone(InlineKind::kBreak, "br");
      out_.line_break();
      return;
    }
    if (!is_block(e.tag)) {
      const auto format = inline_kind(e.tag);
      const size_t span =
          format ? out_.open_span(*format, std::string(1, gumbo_normalized_tagname(e.tag)[0])) : 0;
      children(e.children, kind, pre, depth, is_switch(e));
      if (format) out_.close_span(span);
      return;
    }
    out_.end_block(kind);
    const BlockKind inner = kind_of(e.tag, kind);
    children(e.children, inner, pre || e.tag == GUMBO_TAG_PRE, depth);
    out_.end_block(inner);
  }

 private:
  void children(const GumboVector& v, BlockKind kind, bool pre, int depth, bool variants = false) {
    for (unsigned i = 0; i < v.length; ++i)
      node(*static_cast<const GumboNode*>(v.data[i]), kind, pre, depth + 1, variants);
  }

  BlockBuilder out_{true};
};

}  // namespace

std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t end = head.find('>', pos);
    const std::string_view tag =
        std::string_view(head).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    pos += 5;
    const size_t c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    size_t i = c + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
    size_t j = i;
    while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' ||
                              tag[j] == '_' || tag[j] == ':' || tag[j] == '.'))
      ++j;
    if (j > i) return std::string(tag.substr(i, j - i));
  }
  return "";
}

namespace {

// Gumbo's memory, taken from large blocks and given back all at once when the tree has been walked:
// gumbo makes a node, a vector and a string for every tag and text run, and freeing them one by
// one (gumbo_destroy_output) cost more than a tenth of reading a page. What gumbo frees while
// parsing (grown buffers, tokenizer scratch) stays in the arena until the end.
class GumboArena {
 public:
  GumboArena() {
    options_ = kGumboDefaultOptions;
    options_.allocator = [](void* arena, size_t size) { return static_cast<GumboArena*>(arena)->take(size); };
    options_.deallocator = [](void*, void*) {};
    options_.userdata = this;
  }
  GumboArena(const GumboArena&) = delete;  // gumbo holds a pointer to it
  GumboArena& operator=(const GumboArena&) = delete;
  const GumboOptions* options() const { return &options_; }

 private:
  static constexpr size_t kBlock = size_t{1} << 20;
  void* take(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > kBlock / 4)
      return blocks_.emplace_back(new std::max_align_t[size / sizeof(std::max_align_t) + 1]).get();
    if (current_ == nullptr || used_ + size > kBlock) {
      current_ = blocks_.emplace_back(new std::max_align_t[kBlock / sizeof(std::max_align_t)]).get();
      used_ = 0;
    }
    void* p = reinterpret_cast<char*>(current_) + used_;
    used_ += size;
    return p;
  }
  GumboOptions options_;
  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  std::max_align_t* current_ = nullptr;
  size_t used_ = 0;
};

}  // namespace

std::vector<Block> html_blocks(std::string_view html) {
  GumboArena arena;
  GumboOutput* output = gumbo_parse_with_options(arena.options(), html.data(), html.size());
  HtmlWalker walker;
  walker.node(*output->document, BlockKind::kParagraph, false, 0);
  return walker.take();
}

std::vector<Block> read_html(const std::string& path, const ReadOptions& options, std::string& encoding) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream s;
    s << std::cin.rdbuf();
    bytes = s.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    // A missing or unreadable file gets the text reader's own message.
    if (!in || std::filesystem::is_directory(path)) (void)read_text_file(path, options);
    std::ostringstream s;
    s << in.rdbuf();
    bytes = s.str();
  }
  const bool bom =
      bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  ReadOptions decode = options;
  if (bom) {
    decode.encoding.clear();
    decode.encodings.clear();  // the byte order mark wins over a per-language --encoding too
  } else if (decode.encoding.empty()) {
    const std::string declared = declared_charset(bytes);
    // A page that says UTF-16 without a byte order mark is UTF-8 (HTML's own rule).
    if (!declared.empty() && declared != "utf-8" && declared != "utf8" && declared != "us-ascii" &&
        !declared.starts_with("utf-16"))
      decode.encoding = declared;
    try {
      TextFile file = decode_text(std::move(bytes), path, decode);
      encoding = file.encoding;
      return html_blocks(file.text);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kUsage) throw;
      Message m{N_("the page declares the charset \"{1}\", which is not known"), {declared}, {path}};
      m.setting = Setting::kEncoding;
      throw Error(ErrorKind::kBadInput, m);
    }
  }
  TextFile file = decode_text(std::move(bytes), path, decode);
  encoding = file.encoding;
  return html_blocks(file.text);
}

}  // namespace songngu
