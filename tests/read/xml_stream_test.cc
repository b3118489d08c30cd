#include "read/xml_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/error.h"
#include "read/docx_reader.h"
#include "read/odt_reader.h"
#include "read/zip_archive.h"
#include "zip_test_util.h"

namespace songngu {
namespace {

// Records the events as text: "<name a=v>", "text", "</>".
class Recorder : public XmlHandler {
 public:
  std::string events;
  void start(std::string_view name, const char** attributes) override {
    events += "<" + std::string(name);
    for (const char** a = attributes; *a; a += 2) events += " " + std::string(a[0]) + "=" + a[1];
    events += ">";
  }
  void end() override { events += "</>"; }
  void text(std::string_view s) override { events += s; }
};

std::string record(const std::string& xml) {
  Recorder r;
  stream_xml(xml, r, "f.xml", "part.xml");
  return r.events;
}

TEST(XmlStream, EventsInDocumentOrderWithEntitiesDecoded) {
  EXPECT_EQ(record("<a b=\"x&amp;#38;y &lt;&#38;\"/>"), "<a b=x&#38;y <&></>");
  EXPECT_EQ(record("<?xml version=\"1.0\"?>\n<w:p w:val=\"a&amp;b\"><w:t> x &lt; y&#10;</w:t><w:br/></w:p>"),
            "<w:p w:val=a&b><w:t> x < y\n</><w:br></></>");
}

TEST(XmlStream, ByteByByteFeedingGivesTheSameEvents) {
  const std::string xml = "<a><b c=\"Hà Nội\">Trời <![CDATA[đẹp <lắm>]]>&#x1EA1;</b>\r\n<d/></a>";
  Recorder whole, bytes;
  stream_xml(xml, whole, "f.xml", "p");
  XmlStream stream(bytes, "f.xml", "p");
  for (char c : xml) stream.feed(&c, 1);
  stream.finish();
  EXPECT_EQ(bytes.events, whole.events);
  EXPECT_EQ(whole.events, "<a><b c=Hà Nội>Trời đẹp <lắm>ạ</>\n<d></></>");
}

TEST(XmlStream, ErrorsNameFilePartAndLine) {
  try {
    record("<a>\n<b>\n</a>");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, "f.xml");
    EXPECT_EQ(e.where().line, 3u);
    EXPECT_NE(std::string(e.what()).find("part.xml"), std::string::npos) << e.what();
  }
  EXPECT_THROW(record("<a>"), Error);  // cut short: found at the end
  EXPECT_THROW(record(""), Error);
}

TEST(XmlStream, DocumentTypesAndEntitiesAreRefusedBeforeAnyExpansion) {
  std::string laughs = "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\">";
  std::string prev = "a";
  for (char e = 'b'; e <= 'k'; ++e) {
    std::string value;
    for (int i = 0; i < 10; ++i) value += "&" + prev + ";";
    laughs += "<!ENTITY " + std::string(1, e) + " \"" + value + "\">";
    prev = std::string(1, e);
  }
  laughs += "]><a>&k;</a>";
  try {
    record(laughs);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("document type or entities"), std::string::npos) << e.what();
  }
  EXPECT_THROW(record("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>"), Error);
  EXPECT_THROW(record("<a>&nbsp;</a>"), Error);  // undefined without a DTD
}

TEST(XmlStream, NestingPastTheLimitIsRefused) {
  std::string ok, deep;
  for (size_t i = 0; i < kMaxXmlDepth; ++i) ok += "<a>";
  for (size_t i = 0; i < kMaxXmlDepth; ++i) ok += "</a>";
  EXPECT_NO_THROW(record(ok));
  for (size_t i = 0; i <= kMaxXmlDepth; ++i) deep += "<a>";
  try {
    record(deep);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("deep"), std::string::npos) << e.what();
  }
}

// libxml2 limits one text node to 10 MB unless told otherwise; a long paragraph is still read.
TEST(XmlStream, ATextNodePastTenMegabytesIsRead) {
  std::string text;
  while (text.size() <= (size_t{10} << 20)) text += "Hà Nội đẹp lắm. ";
  const auto blocks =
      docx_blocks("<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>",
                  "", "", "long.docx");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text.size(), text.size() - 1);  // the block's last space trimmed
}

// A source giving `xml` in chunks of `chunk` bytes, counting them.
XmlSource chunks_of(const std::string& xml, size_t chunk, size_t* given = nullptr) {
  return [&xml, chunk, given](const std::function<void(const char*, size_t)>& sink) {
    for (size_t at = 0; at < xml.size(); at += chunk) {
      if (given) ++*given;
      sink(xml.data() + at, std::min(chunk, xml.size() - at));
    }
  };
}

// Many events (attributes with "&amp;", text with non-ASCII letters, CDATA, empty elements): the
// batches recorded on the parsing thread replay as the same events as parsing in place.
std::string many_events(size_t paragraphs) {
  std::string xml = "<?xml version=\"1.0\"?>\n<w:document><w:body>";
  for (size_t i = 0; i < paragraphs; ++i)
    xml += "<w:p w:id=\"" + std::to_string(i) + "\" w:val=\"a&amp;b &lt;\"><w:r><w:t>Đoạn " +
           std::to_string(i) + " Hà Nội</w:t><w:br/><![CDATA[<x>]]></w:r>\n</w:p>";
  return xml + "</w:body></w:document>";
}

TEST(XmlStream, ParsedAheadTheHandlerSeesTheSameEvents) {
  const std::string xml = many_events(20000);
  ASSERT_GT(xml.size(), size_t{16} << 16);  // many batches
  Recorder whole, ahead, small;
  stream_xml(xml, whole, "f.xml", "p");
  stream_xml_ahead(chunks_of(xml, 65536), xml.size(), ahead, "f.xml", "p");
  EXPECT_EQ(ahead.events, whole.events);
  EXPECT_NE(whole.events.find("<w:p w:id=19999 w:val=a&b <><w:r><w:t>Đoạn 19999 Hà Nội</><w:br></><x></>"),
            std::string::npos);
  stream_xml_ahead(chunks_of("<a b=\"&amp;\">x</a>", 1), kUnknownXmlSize, small, "f.xml", "p");
  EXPECT_EQ(small.events, "<a b=&>x</>");
}

TEST(XmlStream, ParsedAheadAnErrorComesAfterTheEventsBeforeIt) {
  const std::string xml = many_events(5000) + "<junk/>";  // content after the root, on the last line
  Recorder whole, ahead;
  std::string whole_error, ahead_error;
  size_t whole_line = 0, ahead_line = 0;
  try {
    stream_xml(xml, whole, "f.xml", "p");
  } catch (const Error& e) {
    whole_error = e.what();
    whole_line = e.where().line;
  }
  try {
    stream_xml_ahead(chunks_of(xml, 4096), xml.size(), ahead, "f.xml", "p");
  } catch (const Error& e) {
    ahead_error = e.what();
    ahead_line = e.where().line;
  }
  EXPECT_NE(whole_error.find("not well-formed"), std::string::npos) << whole_error;
  EXPECT_EQ(ahead_error, whole_error);
  EXPECT_EQ(ahead_line, whole_line);
  EXPECT_EQ(ahead_line, 5002u);
  EXPECT_EQ(ahead.events, whole.events);
  // The source's own error (a zip bomb found while inflating), after the chunks before it.
  Recorder cut;
  const XmlSource failing = [&](const std::function<void(const char*, size_t)>& sink) {
    sink(xml.data(), 1000);
    throw Error(ErrorKind::kBadInput, "inflates past the limit", {}, {"f.docx"});
  };
  try {
    stream_xml_ahead(failing, kUnknownXmlSize, cut, "f.docx", "p");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("past the limit"), std::string::npos) << e.what();
  }
  EXPECT_NE(cut.events.find("<w:p w:id=0 "), std::string::npos);
}

// A handler's exception stops the parsing thread (and its source) and is the one that comes out.
TEST(XmlStream, ParsedAheadTheHandlersExceptionStopsTheParser) {
  class Stopper : public Recorder {
   public:
    size_t starts = 0;
    void start(std::string_view name, const char** attributes) override {
      if (++starts == 3000) throw std::runtime_error("handler stops");
      Recorder::start(name, attributes);
    }
  };
  const std::string xml = many_events(100000) + "<junk/>";  // an XML error far after the stop
  size_t given = 0;
  Stopper stopper;
  try {
    stream_xml_ahead(chunks_of(xml, 4096, &given), xml.size(), stopper, "f.xml", "p");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "handler stops");
  }
  EXPECT_EQ(stopper.starts, 3000u);
  EXPECT_LT(given, xml.size() / 4096 / 2);  // the source was stopped, not read to its end
}

TEST(XmlStream, LocalNamesAndAttributes) {
  EXPECT_EQ(xml_local_name("w:p"), "p");
  EXPECT_EQ(xml_local_name("p"), "p");
  const char* attributes[] = {"w:val", "1", "text:c", "3", nullptr};
  EXPECT_STREQ(xml_attribute_local(attributes, "val"), "1");
  EXPECT_STREQ(xml_attribute(attributes, "text:c"), "3");
  EXPECT_EQ(xml_attribute(attributes, "c"), nullptr);
}

// A DOCX whose document.xml is several of the zip reader's 64 KB chunks (and several expat buffers)
// reads as the same blocks as the part given whole, footnotes and formatting included.
TEST(XmlStream, DocxStreamedFromTheZipMatchesThePartGivenWhole) {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::string body;
  for (int i = 0; i < 3000; ++i)
    body += "<w:p><w:r><w:t xml:space=\"preserve\">Đoạn " + std::to_string(i) +
            " </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>đậm</w:t></w:r>" +
            (i % 500 == 0 ? "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" : "") + "</w:p>";
  const std::string document = "<w:document " + w + "><w:body>" + body + "</w:body></w:document>";
  const std::string notes = "<w:footnotes " + w +
                            "><w:footnote w:id=\"1\"><w:p><w:r><w:t>Chú thích.</w:t></w:r></w:p></w:footnote>"
                            "</w:footnotes>";
  ASSERT_GT(document.size(), size_t{4} << 16);
  const std::string path =
      testing::write_zip("streamed.docx", {{"word/document.xml", document}, {"word/footnotes.xml", notes}});
  const auto streamed = read_docx(path);
  const auto whole = docx_blocks(document, notes, "", path);
  ASSERT_EQ(streamed.size(), 3006u);
  ASSERT_EQ(streamed.size(), whole.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(streamed[i].text, whole[i].text);
    EXPECT_EQ(streamed[i].kind, whole[i].kind);
    ASSERT_EQ(streamed[i].spans.size(), whole[i].spans.size());
  }
  EXPECT_EQ(streamed[1].text, "Chú thích.");
  EXPECT_EQ(streamed[1].kind, BlockKind::kFootnote);
  EXPECT_EQ(streamed[2].text, "Đoạn 1 đậm");
  ASSERT_EQ(streamed[2].spans.size(), 1u);
  EXPECT_EQ(streamed[2].spans[0].kind, InlineKind::kBold);
}

// Parts of more than one chunk inflate on a helper thread: the same bytes in the same order, and an
// error found while inflating comes after the chunks before it.
TEST(XmlStream, ZipChunksInflatedAheadComeInOrder) {
  std::string part;
  for (size_t i = 0; part.size() < (size_t{3} << 20); ++i) part += std::to_string(i * 7919 % 100003) + ",";
  const std::string path = testing::write_zip("ahead.docx", {{"word/document.xml", part}});
  ZipArchive zip(path, "DOCX");
  std::string got;
  size_t calls = 0;
  EXPECT_TRUE(zip.read_chunks("word/document.xml", [&](const char* data, size_t n) {
    got.append(data, n);
    ++calls;
  }));
  EXPECT_EQ(got, part);
  EXPECT_GT(calls, 40u);
  ZipLimits ratio;  // found only once more than 1 MB has inflated
  ratio.max_ratio = 1;
  ZipArchive bomb(path, "DOCX", ratio);
  size_t before_error = 0;
  try {
    bomb.read_chunks("word/document.xml", [&](const char*, size_t n) { before_error += n; });
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("zip bomb"), std::string::npos) << e.what();
  }
  EXPECT_GE(before_error, size_t{1} << 20);
  EXPECT_LT(before_error, part.size());
}

// The threads of this process now (Linux: /proc/self/status).
size_t live_threads() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("Threads:", 0) == 0) return std::stoul(line.substr(8));
  return 0;
}

// ReadOptions::threads 1 (align -j 1): the zip part inflates and its XML parses on the calling
// thread only, with the same result; by default both have a helper thread beside it.
TEST(XmlStream, WithOneThreadNothingIsReadOrParsedAhead) {
  ASSERT_EQ(live_threads(), 1u);
  const std::string xml = many_events(20000);
  const std::string path = testing::write_zip("one.docx", {{"word/document.xml", xml}});
  ZipArchive zip(path, "DOCX");
  for (bool ahead : {true, false}) {
    size_t most = 0;
    std::string got;
    zip.read_chunks(
        "word/document.xml",
        [&](const char* data, size_t n) {
          got.append(data, n);
          most = std::max(most, live_threads());
        },
        ahead);
    EXPECT_EQ(got, xml);
    EXPECT_EQ(most, ahead ? 2u : 1u) << "ahead " << ahead;
  }
  struct Counter : Recorder {
    size_t most = 0, calls = 0;
    void start(std::string_view name, const char** attributes) override {
      if (calls++ % 1000 == 0) most = std::max(most, live_threads());
      Recorder::start(name, attributes);
    }
  };
  Counter ahead, inline_only;
  stream_xml_ahead(chunks_of(xml, 65536), xml.size(), ahead, "f.xml", "p");
  stream_xml_ahead(chunks_of(xml, 65536), xml.size(), inline_only, "f.xml", "p", false);
  EXPECT_EQ(inline_only.events, ahead.events);
  EXPECT_EQ(ahead.most, 2u);
  EXPECT_EQ(inline_only.most, 1u);
  ReadOptions one;
  one.threads = 1;
  const auto blocks = read_docx(path, one), default_blocks = read_docx(path);
  ASSERT_EQ(blocks.size(), 20000u);
  ASSERT_EQ(blocks.size(), default_blocks.size());
  EXPECT_EQ(blocks.back().text, default_blocks.back().text);
}

TEST(XmlStream, ZipChunksStopOnTheSinksErrorAndCountTowardsTheLimits) {
  const std::string path =
      testing::write_zip("chunks.docx", {{"word/document.xml", std::string(300000, 'x')}});
  ZipArchive zip(path, "DOCX");
  size_t got = 0, calls = 0;
  EXPECT_TRUE(zip.read_chunks("word/document.xml", [&](const char*, size_t n) {
    got += n;
    ++calls;
  }));
  EXPECT_EQ(got, 300000u);
  EXPECT_GT(calls, 1u);
  EXPECT_FALSE(zip.read_chunks("missing.xml", [](const char*, size_t) {}));
  EXPECT_THROW(
      zip.read_chunks("word/document.xml",
                      [](const char*, size_t) { throw Error(ErrorKind::kBadInput, "stop", {}, {}); }),
      Error);
  ZipLimits small;
  small.max_part_bytes = 100000;
  ZipArchive limited(path, "DOCX", small);
  size_t before_error = 0;
  EXPECT_THROW(limited.read_chunks("word/document.xml", [&](const char*, size_t n) { before_error += n; }),
               Error);
  EXPECT_LE(before_error, 100000u);
}

}  // namespace
}  // namespace songngu
