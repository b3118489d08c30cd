#pragma once
// Streaming reading of the XML parts of office documents (libxml2's SAX push parser, without
// namespace processing): the part is fed in chunks as it inflates, and a handler sees each start
// tag, end tag and piece of text in document order, so memory follows what the handler keeps (the
// document's text), not the size of the XML. Office XML is matched by names; xml_local_name()
// drops the writer's prefix (w:p -> "p").
//
// Safety: a document type declaration (and with it any entity declaration, hence entity
// expansion) is refused, elements may not nest deeper than kMaxXmlDepth, and XML that is not
// well-formed is an Error(kBadInput) naming the file, the part and the line.
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

inline constexpr size_t kMaxXmlDepth = 100;  // as tinyxml2's limit, which the readers had before

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes`: name, value, name, value, ..., nullptr (values decoded).
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end() = 0;
  // Character data (text and CDATA) in pieces; one text node may come in several.
  virtual void text(std::string_view piece) = 0;
};

// The walk both office readers make over a part: one Frame per open element whose content is
// read (Frame{} for the root), every other element skipped with all it holds.
template <typename Frame>
class XmlWalker : public XmlHandler {
 public:
  void start(std::string_view name, const char** attributes) final {
    if (skip_ > 0) {
      ++skip_;
    } else if (frames_.empty()) {
      frames_.push_back(Frame{});
    } else if (!child(name, attributes)) {
      skip_ = 1;
    }
  }
  void end() final {
    if (skip_ > 0) {
      --skip_;
      return;
    }
    close(frames_.back());
    frames_.pop_back();
  }
  void text(std::string_view piece) final {
    if (skip_ == 0 && !frames_.empty()) text_in(frames_.back(), piece);
  }

 protected:
  // The element `name` inside frames_.back(): push its frame, or return false to skip it.
  virtual bool child(std::string_view name, const char** attributes) = 0;
  virtual void close(Frame& frame) = 0;  // the end of an element with a frame
  virtual void text_in(Frame& frame, std::string_view piece) = 0;

  std::vector<Frame> frames_;

 private:
  size_t skip_ = 0;  // depth inside an element being skipped
};

class XmlStream {
 public:
  // `path` names the file in errors, `part` the part inside it (empty for none). Without
  // `decode_attributes`, attribute values keep libxml2's "&#38;" for "&amp;" (for a handler that
  // decodes them later, as stream_xml_ahead's recording does).
  XmlStream(XmlHandler& handler, std::string path, std::string part, bool decode_attributes = true);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses the next bytes; a handler's exception (or an XML error) comes out of here.
  void feed(const char* data, size_t size);
  // Ends the part: XML cut short is an error here.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses a whole part held in memory.
void stream_xml(std::string_view xml, XmlHandler& handler, const std::string& path, const std::string& part);

// Gives each chunk of a part to the sink it is passed (ZipArchive::read_chunks).
using XmlSource = std::function<void(const std::function<void(const char*, size_t)>& sink)>;

// Parses the part `source` produces on a helper thread while `handler` runs on the calling thread, so
// that libxml2's parsing (and the inflating, see ZipArchive::read_chunks) overlaps the handler's work:
// the events are recorded in batches of about 64 KB (at most a few wait) and replayed. The handler
// sees the same events, and the caller the same error, as with an XmlStream fed by `source`: an
// error of the source or the parser after the events before it, a handler's exception stopping the
// parser. Without a thread (none could be started), all on the calling thread. As with
// base/parallel.h, the error seen is the one a single thread would see.
// `size`: the part's size when known, else kUnknownXmlSize; a part of at most 64 KB is parsed on the
// calling thread (starting a thread costs more than it would save), and so is every part when
// `ahead` is false (ReadOptions::threads 1).
inline constexpr size_t kUnknownXmlSize = static_cast<size_t>(-1);
void stream_xml_ahead(const XmlSource& source, size_t size, XmlHandler& handler, const std::string& path,
                      const std::string& part, bool ahead = true);

class ZipArchive;
// A zip's part streamed to `handler` as it inflates (stream_xml_ahead with ZipArchive::read_chunks):
// the main part of a DOCX or ODT; `ahead` as for both. The part must exist.
void stream_zip_part(ZipArchive& zip, const std::string& part, XmlHandler& handler, const std::string& path,
                     bool ahead);

// A part held in memory as a source of 64 KB pieces (docx_blocks, odt_blocks: the readers' own path).
XmlSource xml_pieces(std::string_view xml);

// "w:p" -> "p".
inline std::string_view xml_local_name(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The value of the attribute named exactly `name`, or nullptr.
const char* xml_attribute(const char** attributes, std::string_view name);
// The value of the attribute with this local name, whatever its prefix, or nullptr.
const char* xml_attribute_local(const char** attributes, std::string_view name);

}  // namespace songngu
