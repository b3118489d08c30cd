// OmegaT's tab-separated glossary: source<TAB>target<TAB>comment, UTF-8, one target language.
// Consecutive lines with the same source term become one entry (first target preferred, the others
// accepted variants). The comment keeps "approved" / "candidate" so a round trip keeps the status.
#include <algorithm>
#include <sstream>

#include "base/error.h"
#include "glossary/glossary_io.h"
#include "lang/text_units.h"
#include "text/normalize.h"

namespace songngu {
namespace {

std::string one_line(const std::string& s) {
  std::string out = s;
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cols;
}

}  // namespace

Glossary parse_omegat_tsv(const std::string& text, const std::string& path,
                          const GlossaryReadOptions& options) {
  std::string body = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? text.substr(3) : text;
  std::istringstream in(body);
  std::string line;
  int line_no = 0;
  Glossary g;
  std::string target_lang = options.target_lang;
  std::string last_key;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (fold_spaces(line).empty() || line[0] == '#') continue;
    std::vector<std::string> cols = split_tabs(line);
    if (cols.size() < 2 || fold_spaces(cols[0]).empty() || fold_spaces(cols[1]).empty())
      throw_bad_input(N_("expected source<TAB>target[<TAB>comment]"), {},
                      {path, static_cast<size_t>(line_no)});
    std::string source = nfc(fold_spaces(cols[0]));
    std::string target = nfc(fold_spaces(cols[1]));
    std::string comment = cols.size() > 2 ? nfc(fold_spaces(cols[2])) : "";
    if (target_lang.empty()) target_lang = is_hangul_word(target) ? "ko" : "en";
    TermStatus status = TermStatus::kApproved;
    std::string note = comment;
    std::string first_word = comment.substr(0, comment.find_first_of(";, "));
    if (TermStatus s; !first_word.empty() && parse_term_status(first_word, &s)) {
      status = s;
      note = fold_spaces(comment.substr(first_word.size()));
      if (!note.empty() && (note[0] == ';' || note[0] == ',')) note = fold_spaces(note.substr(1));
    }
    std::string key = match_key(source);
    if (g.entries.empty() || key != last_key) {
      TermEntry e;
      e.id = std::string("l").append(std::to_string(line_no));
      e.status = status;
      e.terms[options.source_lang].push_back(Term{source, status, "", 0});
      e.note = note;
      g.entries.push_back(std::move(e));
      last_key = key;
    }
    g.entries.back().terms[target_lang].push_back(Term{target, status, "", 0});
  }
  return g;
}

std::string format_omegat_tsv(const Glossary& glossary, const GlossaryWriteOptions& options) {
  if (options.target_langs.size() != 1)
    throw Error(ErrorKind::kUsage, N_("an OmegaT glossary (.txt) holds one target language"))
        .hint(Setting::kTargetLanguage);
  const std::string& tgt = options.target_langs[0];
  std::string out;
  for (const TermEntry& e : glossary.entries) {
    const auto& sources = terms_of(e, options.source_lang);
    const auto& targets = terms_of(e, tgt);
    for (const Term& s : sources) {
      if (s.status == TermStatus::kForbidden) continue;
      for (const Term& t : targets) {
        if (t.status == TermStatus::kForbidden) continue;
        std::string comment = term_status_name(t.status);
        if (!e.note.empty()) comment += "; " + e.note;
        out += one_line(s.text) + "\t" + one_line(t.text) + "\t" + one_line(comment) + "\n";
      }
    }
  }
  return out;
}

}  // namespace songngu
