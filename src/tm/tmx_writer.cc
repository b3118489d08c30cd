#include "tm/tmx_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "base/error.h"
#include "songngu/version.h"
#include "tm/inline_markup.h"
#include "tm/xml_text.h"

namespace songngu {
namespace {

// Attributes the TMX 1.4 DTD allows besides the ones the writer emits itself.
constexpr std::string_view kHeaderAttributes[] = {"o-encoding", "creationid", "changedate", "changeid"};
constexpr std::string_view kTuAttributes[] = {
    "o-encoding", "datatype",   "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationid", "changedate", "segtype",    "changeid",      "o-tmf",        "srclang"};
constexpr std::string_view kTuvAttributes[] = {
    "o-encoding",   "datatype",   "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
    "creationdate", "creationid", "changedate", "o-tmf",         "changeid"};
constexpr std::string_view kSegtypes[] = {"block", "paragraph", "sentence", "phrase"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

constexpr size_t kFlushAt = 1 << 16;

// Appends escaped XML to the buffer and counts the characters removed on the way.
struct Out {
  std::string& s;
  size_t& removed;
  void raw(std::string_view v) { s += v; }
  void attr(std::string_view name, std::string_view value) {
    s += ' ';
    s += name;
    s += "=\"";
    removed += append_escaped_attribute(s, value);
    s += '"';
  }
  void text(std::string_view v) { removed += append_escaped_text(s, v); }
  void prop(std::string_view indent, std::string_view type, std::string_view value) {
    raw(indent);
    raw("<prop");
    attr("type", type);
    raw(">");
    text(value);
    raw("</prop>\n");
  }
  void note(std::string_view indent, std::string_view value) {
    raw(indent);
    raw("<note>");
    text(value);
    raw("</note>\n");
  }
  // Writes the attributes the TMX 1.4 DTD allows on the element (except the two the caller writes
  // itself, `skip1` and `skip2`) and returns the others as x-attribute props, so nothing is lost.
  template <size_t N>
  std::vector<Property> allowed_attributes(const std::vector<std::pair<std::string, std::string>>& attributes,
                                           const std::string_view (&allowed)[N], std::string_view skip1,
                                           std::string_view skip2) {
    std::vector<Property> rest;
    for (const auto& [name, value] : attributes) {
      if (name == skip1 || name == skip2) continue;
      if (contains(allowed, name) && (name != "segtype" || contains(kSegtypes, value)))
        attr(name, value);
      else
        rest.emplace_back("x-attribute:" + name, value);
    }
    return rest;
  }
  // Notes first, then props: the DTD allows any order, tools read notes first.
  void meta(std::string_view indent, const std::vector<std::string>& notes,
            const std::vector<Property>& props, const std::vector<Property>& more_props) {
    for (const auto& n : notes) note(indent, n);
    for (const auto& [type, value] : props) prop(indent, type, value);
    for (const auto& [type, value] : more_props) prop(indent, type, value);
  }
};

// Refuses a unit whose markup would make the TMX invalid: one whole message template per kind of
// problem, the element names and the unit as arguments.
[[noreturn]] void throw_markup_problem(const InlineMarkupProblem& problem, const std::string& tuid,
                                       const std::string& lang) {
  using Kind = InlineMarkupProblem::Kind;
  switch (problem.kind) {
    case Kind::kNotInlineElement:
      throw_bad_input(
          N_("translation unit {1}: inline markup of the {2} segment is not valid TMX: <{3}> is not a TMX "
             "inline element (bpt, ept, ph, it, hi, ut, sub)"),
          {tuid, lang, problem.element});
    case Kind::kNotAllowedInside:
      throw_bad_input(
          N_("translation unit {1}: inline markup of the {2} segment is not valid TMX: <{3}> is not "
             "allowed inside <{4}>"),
          {tuid, lang, problem.element, problem.parent});
    case Kind::kDoctype:
      throw_bad_input(
          N_("translation unit {1}: inline markup of the {2} segment is not valid TMX: a document type "
             "declaration inside a segment"),
          {tuid, lang});
    case Kind::kNotWellFormed: break;
  }
  // The scanner's own message, its location naming the segment the way the TMX would hold it
  // instead of the bare "seg" wrapper: line and column count from that <seg>.
  Message message = problem.xml;
  std::string& where = message.where.file;
  where = "<tu";
  if (!tuid.empty()) {
    where += " tuid=\"";
    append_escaped_attribute(where, tuid);
    where += "\"";
  }
  where += "><tuv xml:lang=\"";
  append_escaped_attribute(where, lang);
  where += "\"><seg>";
  throw Error(ErrorKind::kBadInput, std::move(message));
}

}  // namespace

TmxWriter::TmxWriter(const std::string& path, const TmHeader& header) {
  if (header.srclang.empty()) throw_usage(N_("TMX header needs a source language (srclang)"));
  file_ = std::make_unique<AtomicFile>(path);
  buffer_.reserve(kFlushAt * 2);
  Out o{buffer_, removed_};
  // No DOCTYPE: it would only invite tools to fetch "tmx14.dtd" (xmllint warns it cannot).
  o.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  o.raw("<tmx version=\"1.4\">\n  <header");
  o.attr("creationtool", header.creationtool);
  o.attr("creationtoolversion", header.creationtoolversion);
  o.attr("segtype", contains(kSegtypes, header.segtype) ? header.segtype : "sentence");
  o.attr("o-tmf", header.o_tmf);
  o.attr("adminlang", header.adminlang);
  o.attr("srclang", header.srclang);
  o.attr("datatype", header.datatype);
  if (!header.creationdate.empty()) o.attr("creationdate", header.creationdate);
  std::vector<Property> extra_props =
      o.allowed_attributes(header.attributes, kHeaderAttributes, "creationdate", "srclang");
  if (header.notes.empty() && header.props.empty() && extra_props.empty()) {
    o.raw("/>\n");
  } else {
    o.raw(">\n");
    o.meta("    ", header.notes, header.props, extra_props);
    o.raw("  </header>\n");
  }
  o.raw("  <body>\n");
}

TmxWriter::~TmxWriter() = default;

void TmxWriter::write(const TranslationUnit& unit) {
  if (unit.variants.empty()) throw_bad_input(N_("translation unit {1} has no language variant"), {unit.tuid});
  Out o{buffer_, removed_};
  o.raw("    <tu");
  if (!unit.tuid.empty()) o.attr("tuid", unit.tuid);
  if (!unit.creationdate.empty()) o.attr("creationdate", unit.creationdate);
  std::vector<Property> extra_props =
      o.allowed_attributes(unit.attributes, kTuAttributes, "tuid", "creationdate");
  o.raw(">\n");
  o.meta("      ", unit.notes, unit.props, extra_props);
  for (const auto& v : unit.variants) {
    o.raw("      <tuv");
    o.attr("xml:lang", v.lang);
    std::vector<Property> tuv_extra = o.allowed_attributes(v.attributes, kTuvAttributes, "xml:lang", "lang");
    o.raw(">\n");
    o.meta("        ", v.notes, v.props, tuv_extra);
    o.raw("        <seg>");
    if (!v.markup.empty()) {
      if (auto problem = inline_markup_problem(v.markup)) throw_markup_problem(*problem, unit.tuid, v.lang);
      removed_ += append_markup(buffer_, v.markup);
    } else {
      o.text(v.text);
    }
    o.raw("</seg>\n      </tuv>\n");
  }
  o.raw("    </tu>\n");
  ++units_;
  if (buffer_.size() >= kFlushAt) flush_buffer();
}

void TmxWriter::flush_buffer() {
  file_->write(buffer_);
  buffer_.clear();
}

void TmxWriter::finish(CommitGroup* group) {
  if (finished_) return;
  buffer_ += "  </body>\n</tmx>\n";
  flush_buffer();
  file_->commit(group);
  finished_ = true;
}

size_t write_tmx(const std::string& path, const TmHeader& header, const std::vector<TranslationUnit>& units) {
  TmxWriter writer(path, header);
  for (const auto& u : units) writer.write(u);
  writer.finish();
  return writer.removed_characters();
}

TmHeader default_header(const std::string& srclang_tag) {
  TmHeader h;
  h.creationtool = "songngu";
  h.creationtoolversion = kVersion;
  h.segtype = "sentence";
  h.o_tmf = "songngu";
  h.adminlang = "en";
  h.datatype = "plaintext";
  h.srclang = srclang_tag;
  h.creationdate = creation_date();
  return h;
}

std::string format_tmx_date(long long unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

std::string creation_date() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    std::string_view v(epoch);
    if (v.size() > 15 || v.find_first_not_of("0123456789") != std::string_view::npos)
      throw_usage(N_("SOURCE_DATE_EPOCH must be a number of seconds since 1970 (got \"{1}\")"),
                  {std::string(v)});
    return format_tmx_date(std::stoll(std::string(v)));
  }
  return format_tmx_date(static_cast<long long>(std::time(nullptr)));
}

}  // namespace songngu
