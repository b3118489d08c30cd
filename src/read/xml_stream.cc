#include "read/xml_stream.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "base/error.h"
#include "read/zip_archive.h"

namespace songngu {

namespace {

// libxml2 is initialised once, before any parser (its own advice for threaded programs).
void init_libxml2() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

// libxml2 would print its messages on stderr without a handler; the library never prints.
void quiet(void*, const char*, ...) {}

// Without entity substitution (which is never asked for), libxml2 gives an attribute's "&amp;" as
// "&#38;": those values are decoded into `store`, the others passed as they are.
struct DecodedAttributes {
  std::vector<std::string> values;
  std::vector<const char*> pointers;
};

const char** decode_ampersands(const char** attributes, DecodedAttributes& store) {
  bool any = false;
  for (const char** a = attributes; *a && !any; a += 2) any = std::strchr(a[1], '&') != nullptr;
  if (!any) return attributes;
  store.values.clear();
  store.pointers.clear();
  for (const char** a = attributes; *a; a += 2) {
    std::string v = a[1];
    for (size_t at = 0; (at = v.find("&#38;", at)) != std::string::npos; ++at) v.replace(at, 5, "&");
    store.values.push_back(std::move(v));
  }
  size_t i = 0;
  for (const char** a = attributes; *a; a += 2) {
    store.pointers.push_back(a[0]);
    store.pointers.push_back(store.values[i++].c_str());
  }
  store.pointers.push_back(nullptr);
  return store.pointers.data();
}

}  // namespace

struct XmlStream::Impl {
  XmlHandler& handler;
  std::string path;
  std::string part;
  xmlSAXHandler sax{};
  xmlParserCtxtPtr parser = nullptr;
  size_t depth = 0;
  bool decode;  // attribute values' "&#38;" (see decode_ampersands)
  DecodedAttributes attributes;
  std::exception_ptr failure;  // from a callback: libxml2 is C, exceptions must not unwind through it

  Impl(XmlHandler& h, std::string p, std::string pt, bool d)
      : handler(h), path(std::move(p)), part(std::move(pt)), decode(d) {}

  Location here() const {
    Location where{path};
    const xmlError* e = xmlCtxtGetLastError(parser);
    const int line = e && e->line > 0 ? e->line : xmlSAX2GetLineNumber(parser);
    where.line = line > 0 ? static_cast<size_t>(line) : 0;
    return where;
  }

  // Runs a callback's work; an exception stops the parser and waits in `failure`.
  template <typename F>
  static void guarded(void* data, F&& work) {
    auto* self = static_cast<Impl*>(data);
    if (self->failure) return;
    try {
      work(*self);
    } catch (...) {
      self->failure = std::current_exception();
      xmlStopParser(self->parser);
    }
  }

  static void on_start(void* data, const xmlChar* name, const xmlChar** attributes) {
    guarded(data, [&](Impl& self) {
      if (++self.depth > kMaxXmlDepth)
        throw Error(ErrorKind::kBadInput, N_("part {1} nests elements more than {2} deep"),
                    {self.part, std::to_string(kMaxXmlDepth)}, self.line_here());
      static const char* kNone[] = {nullptr};
      const char** a = attributes ? reinterpret_cast<const char**>(attributes) : kNone;
      self.handler.start(reinterpret_cast<const char*>(name),
                         self.decode ? decode_ampersands(a, self.attributes) : a);
    });
  }
  static void on_end(void* data, const xmlChar*) {
    guarded(data, [](Impl& self) {
      --self.depth;
      self.handler.end();
    });
  }
  static void on_text(void* data, const xmlChar* s, int len) {
    guarded(data, [&](Impl& self) {
      self.handler.text(std::string_view(reinterpret_cast<const char*>(s), static_cast<size_t>(len)));
    });
  }
  static void on_doctype(void* data, const xmlChar*, const xmlChar*, const xmlChar*) {
    guarded(data, [](Impl& self) { throw self.doctype_error(); });
  }
  static void on_entity(void* data, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
    guarded(data, [](Impl& self) { throw self.doctype_error(); });
  }

  Location line_here() const {
    Location where{path};
    const int line = xmlSAX2GetLineNumber(parser);
    where.line = line > 0 ? static_cast<size_t>(line) : 0;
    return where;
  }

  Error doctype_error() const {
    return Error(ErrorKind::kBadInput,
                 N_("part {1} declares a document type or entities, which office files never do"), {part},
                 {path});
  }

  void parse(const char* data, size_t size, bool last) {
    do {
      const int n = static_cast<int>(std::min<size_t>(size, INT_MAX / 2));
      const bool final_piece = last && static_cast<size_t>(n) == size;
      const int status = xmlParseChunk(parser, data, n, final_piece ? 1 : 0);
      if (failure) std::rethrow_exception(failure);
      if (status != 0 || !parser->wellFormed) {
        const xmlError* e = xmlCtxtGetLastError(parser);
        std::string message = e && e->message ? e->message : "";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        throw Error(ErrorKind::kBadInput, N_("part {1} is not well-formed XML: {2}"), {part, message},
                    here());
      }
      data += n;
      size -= static_cast<size_t>(n);
    } while (size > 0);
  }
};

XmlStream::XmlStream(XmlHandler& handler, std::string path, std::string part, bool decode_attributes)
    : impl_(std::make_unique<Impl>(handler, std::move(path), std::move(part), decode_attributes)) {
  init_libxml2();
  xmlSAXHandler& sax = impl_->sax;
  sax.startElement = &Impl::on_start;  // SAX1: qualified names ("w:p"), no namespace processing
  sax.endElement = &Impl::on_end;
  sax.characters = &Impl::on_text;
  sax.ignorableWhitespace = &Impl::on_text;  // white space between tags is text (office XML's spaces)
  sax.cdataBlock = &Impl::on_text;
  sax.internalSubset = &Impl::on_doctype;
  sax.externalSubset = &Impl::on_doctype;
  sax.entityDecl = &Impl::on_entity;
  sax.warning = &quiet;
  sax.error = &quiet;
  sax.fatalError = &quiet;
  impl_->parser = xmlCreatePushParserCtxt(&sax, impl_.get(), nullptr, 0, nullptr);
  if (!impl_->parser) throw std::bad_alloc();
  // No network, no entity substitution, no DTD loading (a DOCTYPE is refused anyway). XML_PARSE_HUGE
  // lifts libxml2's 10 MB limits on one text node, which a long paragraph may pass (the old tree
  // parser had none): with entities refused, nesting limited above and parts limited by the zip
  // reader, what it buffers is the document's own text.
  xmlCtxtUseOptions(impl_->parser,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
}

XmlStream::~XmlStream() {
  if (impl_ && impl_->parser) xmlFreeParserCtxt(impl_->parser);
}

void XmlStream::feed(const char* data, size_t size) {
  if (size > 0) impl_->parse(data, size, false);
}

void XmlStream::finish() {
  impl_->parse("", 0, true);
}

void stream_xml(std::string_view xml, XmlHandler& handler, const std::string& path, const std::string& part) {
  XmlStream stream(handler, path, part);
  stream.feed(xml.data(), xml.size());
  stream.finish();
}

namespace {

// Recorded events: bytes [0, size) of `bytes` (whose size is the room there is, kept between uses).
struct EventBatch {
  std::string bytes;
  size_t size = 0;
};

// The batches of recorded events on their way from the parsing thread to the handler's.
class EventQueue {
 public:
  static constexpr size_t kBatch = size_t{1} << 16;  // a batch is passed on once this full
  static constexpr size_t kWaiting = 4;              // batches recorded ahead at most

  struct Stopped {};  // thrown on the parsing thread once the handler's thread stopped

  // Parsing thread: passes a batch on (waiting while kWaiting do), returns an empty one to fill.
  EventBatch push(EventBatch batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || full_.size() < kWaiting; });
    if (stopped_) throw Stopped{};
    full_.push_back(std::move(batch));
    changed_.notify_all();
    if (free_.empty()) return EventBatch();
    EventBatch empty = std::move(free_.back());
    free_.pop_back();
    return empty;
  }
  // Parsing thread: no more batches; `failure` (if any) comes after those pushed.
  void end(std::exception_ptr failure) {
    std::lock_guard<std::mutex> lock(mutex_);
    ended_ = true;
    failure_ = std::move(failure);
    changed_.notify_all();
  }
  // Handler's thread: the next batch into `batch` (whose old bytes are kept for reuse), false at
  // the end.
  bool pop(EventBatch& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!batch.bytes.empty()) {
      batch.size = 0;
      free_.push_back(std::move(batch));
    }
    changed_.wait(lock, [&] { return ended_ || !full_.empty(); });
    if (full_.empty()) return false;
    batch = std::move(full_.front());
    full_.pop_front();
    changed_.notify_all();
    return true;
  }
  // Handler's thread: stops the parsing thread (its next push throws Stopped).
  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }
  std::exception_ptr failure() const { return failure_; }  // after the parsing thread ended

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<EventBatch> full_;
  std::vector<EventBatch> free_;
  bool ended_ = false, stopped_ = false;
  std::exception_ptr failure_;
};

// Records events as bytes: 'S' name count (name value)..., 'E', 'T' text; each string as its
// length (4 bytes), its bytes and a NUL, so that the replay points into the batch. Attribute values
// are recorded as libxml2 gives them and decoded by the replay (on the handler's thread).
class EventRecorder : public XmlHandler {
 public:
  explicit EventRecorder(EventQueue& queue) : queue_(queue) { batch_.bytes.resize(kRoom); }

  void start(std::string_view name, const char** attributes) override {
    sizes_.clear();  // the sizes first, so that one check makes room for the whole record
    size_t need = 1 + kString + name.size() + sizeof(uint32_t);
    for (const char** a = attributes; *a; ++a) {
      sizes_.push_back(std::strlen(*a));
      need += kString + sizes_.back();
    }
    room(need);
    char* at = &batch_.bytes[used_];
    *at++ = 'S';
    at = put(at, name.data(), name.size());
    const uint32_t count = static_cast<uint32_t>(sizes_.size() / 2);
    std::memcpy(at, &count, sizeof count);
    at += sizeof count;
    for (size_t i = 0; i < sizes_.size(); ++i) at = put(at, attributes[i], sizes_[i]);
    used_ = static_cast<size_t>(at - batch_.bytes.data());
    if (used_ >= EventQueue::kBatch) flush();
  }
  void end() override {
    put_byte('E');
    if (used_ >= EventQueue::kBatch) flush();
  }
  void text(std::string_view piece) override {
    room(1 + kString + piece.size());
    char* at = &batch_.bytes[used_];
    *at++ = 'T';
    used_ = static_cast<size_t>(put(at, piece.data(), piece.size()) - batch_.bytes.data());
    if (used_ >= EventQueue::kBatch) flush();
  }
  void flush() {
    if (used_ == 0) return;
    batch_.size = used_;
    batch_ = queue_.push(std::move(batch_));
    used_ = 0;
    if (batch_.bytes.size() < kRoom) batch_.bytes.resize(kRoom);
  }

 private:
  static constexpr size_t kRoom = EventQueue::kBatch + 4096;
  static constexpr size_t kString = sizeof(uint32_t) + 1;  // the room a string takes besides its bytes

  void room(size_t n) {
    if (used_ + n > batch_.bytes.size()) batch_.bytes.resize(std::max(2 * batch_.bytes.size(), used_ + n));
  }
  void put_byte(char c) {
    room(1);
    batch_.bytes[used_++] = c;
  }
  // Writes a string at `at` (room made for it), returns where the next goes.
  static char* put(char* at, const char* s, size_t n) {
    const uint32_t v = static_cast<uint32_t>(n);
    std::memcpy(at, &v, sizeof v);
    std::memcpy(at + sizeof v, s, n);
    at[sizeof v + n] = '\0';
    return at + sizeof v + n + 1;
  }

  EventQueue& queue_;
  EventBatch batch_;  // bytes [0, used_) recorded
  size_t used_ = 0;
  std::vector<size_t> sizes_;  // of the attributes of the start being recorded
};

uint32_t get_size(const char*& at) {
  uint32_t v;
  std::memcpy(&v, at, sizeof v);
  at += sizeof v;
  return v;
}

std::string_view get_string(const char*& at) {
  const uint32_t n = get_size(at);
  const std::string_view s(at, n);
  at += n + 1;
  return s;
}

// Replays a batch of EventRecorder's into `handler`.
void replay(const EventBatch& batch, XmlHandler& handler, std::vector<const char*>& attributes,
            DecodedAttributes& decoded) {
  const char* at = batch.bytes.data();
  const char* const end = at + batch.size;
  while (at < end) {
    switch (*at++) {
      case 'S': {
        const std::string_view name = get_string(at);
        attributes.clear();
        for (uint32_t n = get_size(at); n > 0; --n) {
          attributes.push_back(get_string(at).data());
          attributes.push_back(get_string(at).data());
        }
        attributes.push_back(nullptr);
        handler.start(name, decode_ampersands(attributes.data(), decoded));
        break;
      }
      case 'E': handler.end(); break;
      default: handler.text(get_string(at)); break;
    }
  }
}

void stream_source(const XmlSource& source, XmlHandler& handler, const std::string& path,
                   const std::string& part, bool decode_attributes) {
  XmlStream stream(handler, path, part, decode_attributes);
  source([&](const char* data, size_t size) { stream.feed(data, size); });
  stream.finish();
}

}  // namespace

void stream_xml_ahead(const XmlSource& source, size_t size, XmlHandler& handler, const std::string& path,
                      const std::string& part, bool ahead) {
  if (!ahead || size <= EventQueue::kBatch) {
    stream_source(source, handler, path, part, true);
    return;
  }
  EventQueue queue;
  auto parse = [&] {
    EventRecorder recorder(queue);
    std::exception_ptr failure;
    try {
      stream_source(source, recorder, path, part, false);
    } catch (const EventQueue::Stopped&) {
      queue.end(nullptr);
      return;
    } catch (...) {
      failure = std::current_exception();
    }
    try {
      recorder.flush();  // the events before the failure
      queue.end(failure);
    } catch (...) {  // Stopped (the handler's thread failed first), or no memory
      queue.end(failure);
    }
  };
  std::thread parser;
  try {
    parser = std::thread(parse);
  } catch (const std::system_error&) {
    stream_source(source, handler, path, part, true);
    return;
  }
  try {
    EventBatch batch;
    std::vector<const char*> attributes;
    DecodedAttributes decoded;
    while (queue.pop(batch)) replay(batch, handler, attributes, decoded);
  } catch (...) {
    queue.stop();
    parser.join();
    throw;
  }
  parser.join();
  if (queue.failure()) std::rethrow_exception(queue.failure());
}

void stream_zip_part(ZipArchive& zip, const std::string& part, XmlHandler& handler, const std::string& path,
                     bool ahead) {
  stream_xml_ahead([&](const auto& sink) { zip.read_chunks(part, sink, ahead); },
                   zip.size(part).value_or(kUnknownXmlSize), handler, path, part, ahead);
}

XmlSource xml_pieces(std::string_view xml) {
  return [xml](const std::function<void(const char*, size_t)>& sink) {
    constexpr size_t kPiece = size_t{1} << 16;
    for (size_t at = 0; at < xml.size(); at += kPiece)
      sink(xml.data() + at, std::min(kPiece, xml.size() - at));
  };
}

const char* xml_attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; a && *a; a += 2)
    if (name == a[0]) return a[1];
  return nullptr;
}

const char* xml_attribute_local(const char** attributes, std::string_view name) {
  for (const char** a = attributes; a && *a; a += 2)
    if (xml_local_name(a[0]) == name) return a[1];
  return nullptr;
}

}  // namespace songngu
