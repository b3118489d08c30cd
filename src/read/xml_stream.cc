#include "read/xml_stream.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <vector>

#include "base/error.h"

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

}  // namespace

struct XmlStream::Impl {
  XmlHandler& handler;
  std::string path;
  std::string part;
  xmlSAXHandler sax{};
  xmlParserCtxtPtr parser = nullptr;
  size_t depth = 0;
  struct Attributes {
    std::vector<std::string> values;
    std::vector<const char*> pointers;
  } attributes;
  std::exception_ptr failure;  // from a callback: libxml2 is C, exceptions must not unwind through it

  Impl(XmlHandler& h, std::string p, std::string pt) : handler(h), path(std::move(p)), part(std::move(pt)) {}

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
      self.handler.start(reinterpret_cast<const char*>(name), decode_ampersands(a, self.attributes));
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

  // Without entity substitution (which is never asked for), libxml2 gives an attribute's "&amp;"
  // as "&#38;": those values are decoded into `store`, the others passed as they are.
  static const char** decode_ampersands(const char** attributes, Attributes& store) {
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

XmlStream::XmlStream(XmlHandler& handler, std::string path, std::string part)
    : impl_(std::make_unique<Impl>(handler, std::move(path), std::move(part))) {
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
