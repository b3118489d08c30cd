#include "tm/tsv.h"

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/lang.h"
#include "text/read_text.h"

namespace songngu {
namespace {

TranslationUnit make_unit(size_t line, const std::vector<std::string>& langs,
                          const std::vector<std::string>& fields) {
  TranslationUnit u;
  u.tuid = std::to_string(line);
  for (size_t i = 0; i < langs.size(); ++i)
    u.variants.push_back(Variant{langs[i], i < fields.size() ? fields[i] : "", "", {}, {}, {}});
  return u;
}

const std::string& cell(const TranslationUnit& u, const std::string& lang) {
  static const std::string empty;
  for (const auto& v : u.variants)
    if (v.lang == lang) return v.text;
  const Variant* v = u.variant(lang_base(lang));
  return v ? v->text : empty;
}

// Writers build rows in a buffer and hand it to the file in 64 KB pieces.
void flush_when_full(AtomicFile& out, std::string& buffer) {
  if (buffer.size() < (1 << 16)) return;
  out.write(buffer);
  buffer.clear();
}

}  // namespace

std::string lang_base(const std::string& tag) {
  std::string base = tag.substr(0, tag.find_first_of("-_"));
  for (auto& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return base;
}

std::vector<TranslationUnit> read_bilingual_tsv(const std::string& path, const std::string& src_lang,
                                                const std::string& tgt_lang, const std::string& encoding) {
  TextFile file = read_text_file(path, ReadOptions{encoding});
  std::vector<TranslationUnit> units;
  const std::string& text = file.text;
  size_t line = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line;
    std::string row = text.substr(start, end - start);
    start = end + 1;
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (row.find_first_not_of(" \t") == std::string::npos) continue;
    size_t tab = row.find('\t');
    if (tab == std::string::npos)
      throw_bad_input(N_("expected source<TAB>target, found no tab"), {}, {path, static_cast<size_t>(line)});
    size_t tab2 = row.find('\t', tab + 1);
    units.push_back(
        make_unit(line, {src_lang, tgt_lang},
                  {row.substr(0, tab),
                   row.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1)}));
  }
  return units;
}

std::vector<CsvRow> parse_csv(const std::string& text, const std::string& name) {
  std::vector<CsvRow> rows;
  size_t line = 1;
  size_t i = 0;
  while (i < text.size()) {
    CsvRow row;
    row.line = line;
    for (;;) {  // one field
      std::string field;
      if (i < text.size() && text[i] == '"') {
        size_t open_line = line;
        ++i;
        for (;;) {
          if (i >= text.size())
            throw_bad_input(N_("a quoted CSV field is not closed"), {},
                            {name, static_cast<size_t>(open_line)});
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field += c;
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          throw_bad_input(N_("unexpected character after a quoted CSV field"), {},
                          {name, static_cast<size_t>(line)});
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') field += text[i++];
      }
      row.fields.push_back(std::move(field));
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<TranslationUnit> read_csv_units(const std::string& path, const std::string& src_lang,
                                            const std::string& tgt_lang, const std::string& encoding) {
  TextFile file = read_text_file(path, ReadOptions{encoding});
  std::vector<CsvRow> rows = parse_csv(file.text, path);
  std::vector<std::string> langs{src_lang, tgt_lang};
  size_t first = 0;
  if (!rows.empty() && rows[0].fields.size() >= 2) {
    bool header = true;
    for (const auto& f : rows[0].fields) header = header && Lang::is_valid(f) && f.size() <= 12;
    if (header) {
      langs = rows[0].fields;
      first = 1;
    }
  }
  std::vector<TranslationUnit> units;
  for (size_t r = first; r < rows.size(); ++r)
    units.push_back(make_unit(rows[r].line, langs, rows[r].fields));
  return units;
}

size_t write_tsv(const std::string& path, const std::vector<std::string>& languages,
                 const std::vector<TranslationUnit>& units) {
  AtomicFile out(path);
  std::string buffer;
  size_t replaced = 0;
  for (const auto& u : units) {
    for (size_t i = 0; i < languages.size(); ++i) {
      if (i) buffer += '\t';
      for (char c : cell(u, languages[i])) {
        if (c == '\t' || c == '\n' || c == '\r') {
          buffer += ' ';
          ++replaced;
        } else {
          buffer += c;
        }
      }
    }
    buffer += '\n';
    flush_when_full(out, buffer);
  }
  out.write(buffer);
  out.commit();
  return replaced;
}

void write_csv(const std::string& path, const std::vector<std::string>& languages,
               const std::vector<TranslationUnit>& units) {
  AtomicFile out(path);
  std::string buffer;
  auto field = [&](const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
      buffer += s;
      return;
    }
    buffer += '"';
    for (char c : s) {
      if (c == '"') buffer += '"';
      buffer += c;
    }
    buffer += '"';
  };
  for (size_t i = 0; i < languages.size(); ++i) {
    if (i) buffer += ',';
    field(languages[i]);
  }
  buffer += "\r\n";
  for (const auto& u : units) {
    for (size_t i = 0; i < languages.size(); ++i) {
      if (i) buffer += ',';
      field(cell(u, languages[i]));
    }
    buffer += "\r\n";
    flush_when_full(out, buffer);
  }
  out.write(buffer);
  out.commit();
}

}  // namespace songngu
