// The message catalogs behind src/cli/messages.h: po/vi.po and po/ko.po translate every message of
// po/songngu.pot, completely (no empty or fuzzy entry), keeping each placeholder {N}, option name
// and leading indentation; and the compiled catalogs in the build tree give exactly those
// translations through Boost.Locale under the locale names users set (vi_VN.UTF-8, ko_KR.UTF-8).
// Every message marked in the sources is in both catalogs (scripts/update-po.sh --check).
// The CLI's own behaviour under LANG / LC_MESSAGES / LC_ALL is covered by tests/e2e/i18n_messages.sh.
#include <gtest/gtest.h>

#include <boost/locale.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/data_dir.h"

namespace songngu {
namespace {

struct PoEntry {
  std::string msgid;
  std::string msgstr;  // msgstr, or msgstr[0] for a plural entry
  bool fuzzy = false;
  bool plural = false;
  int line = 0;
};

// Undoes the C escapes gettext writes inside "...".
std::string unescape(const std::string& quoted, int line) {
  EXPECT_TRUE(quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"') << "line " << line;
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    char c = quoted[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    char e = quoted[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      default: ADD_FAILURE() << "line " << line << ": unexpected escape \\" << e;
    }
  }
  return out;
}

// A small reader for the PO subset gettext's tools write: comments, flags, msgctxt, msgid,
// msgid_plural, msgstr / msgstr[N] with continuation lines. Obsolete (#~) entries are skipped.
// The header entry (empty msgid) is left out.
std::vector<PoEntry> read_po(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<PoEntry> entries;
  PoEntry cur;
  std::string* target = nullptr;
  bool have_entry = false;
  bool pending_fuzzy = false;
  auto flush = [&] {
    if (have_entry && !cur.msgid.empty()) entries.push_back(cur);
    cur = PoEntry{};
    have_entry = false;
    target = nullptr;
  };
  std::string line;
  std::string scratch;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.rfind("#~", 0) == 0) continue;
    if (line.rfind("#,", 0) == 0) {
      if (have_entry) flush();
      pending_fuzzy = line.find("fuzzy") != std::string::npos;
      continue;
    }
    if (line[0] == '#') continue;
    auto starts = [&](const char* key) { return line.rfind(key, 0) == 0; };
    auto value = [&] { return unescape(line.substr(line.find('"')), n); };
    if (starts("msgctxt ")) {
      if (have_entry) flush();
      target = &scratch;
      *target = value();
    } else if (starts("msgid ")) {
      if (have_entry) flush();
      have_entry = true;
      cur.line = n;
      cur.fuzzy = pending_fuzzy;
      pending_fuzzy = false;
      cur.msgid = value();
      target = &cur.msgid;
    } else if (starts("msgid_plural ")) {
      cur.plural = true;
      target = &scratch;
      *target = value();
    } else if (starts("msgstr ") || starts("msgstr[0] ")) {
      cur.msgstr = value();
      target = &cur.msgstr;
    } else if (starts("msgstr[")) {
      target = &scratch;
      *target = value();
    } else if (line[0] == '"') {
      EXPECT_NE(target, nullptr) << path << ":" << n << ": string without a keyword";
      if (target) *target += unescape(line, n);
    } else {
      ADD_FAILURE() << path << ":" << n << ": unexpected line: " << line;
    }
  }
  flush();
  return entries;
}

std::string po_path(const std::string& name) {
  return std::string(SONGNGU_SOURCE_DIR) + "/po/" + name;
}

const std::vector<std::string> kLanguages = {"vi", "ko"};

// Every match of `pattern` in `text`, counted (a multiset: "{1} ... {1}" needs both).
std::map<std::string, int> tokens(const std::string& text, const std::regex& pattern) {
  std::map<std::string, int> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    ++out[it->str()];
  return out;
}

std::string describe(const std::map<std::string, int>& counts) {
  std::string out;
  for (const auto& [token, count] : counts) out += token + "x" + std::to_string(count) + " ";
  return out;
}

TEST(MessageCatalogs, TemplateHasMessages) {
  auto pot = read_po(po_path("songngu.pot"));
  // The CLI has well over a hundred messages; a near-empty template means extraction broke.
  EXPECT_GT(pot.size(), 100u);
  std::set<std::string> seen;
  for (const auto& e : pot) EXPECT_TRUE(seen.insert(e.msgid).second) << "duplicate msgid: " << e.msgid;
}

TEST(MessageCatalogs, EveryTemplateMessageIsTranslatedNotFuzzy) {
  auto pot = read_po(po_path("songngu.pot"));
  for (const auto& lang : kLanguages) {
    auto po = read_po(po_path(lang + ".po"));
    std::map<std::string, PoEntry> by_id;
    for (const auto& e : po) by_id[e.msgid] = e;
    for (const auto& t : pot) {
      auto it = by_id.find(t.msgid);
      if (it == by_id.end()) {
        ADD_FAILURE() << lang << ".po lacks \"" << t.msgid << "\" (run scripts/update-po.sh)";
        continue;
      }
      EXPECT_FALSE(it->second.msgstr.empty())
          << lang << ".po:" << it->second.line << ": untranslated \"" << t.msgid << "\"";
      EXPECT_FALSE(it->second.fuzzy) << lang << ".po:" << it->second.line << ": fuzzy \"" << t.msgid << "\"";
    }
    // And nothing beyond the template: a stale entry would mean the catalog was not merged.
    std::set<std::string> pot_ids;
    for (const auto& t : pot) pot_ids.insert(t.msgid);
    for (const auto& e : po)
      EXPECT_TRUE(pot_ids.count(e.msgid))
          << lang << ".po:" << e.line << ": not in songngu.pot: \"" << e.msgid << "\"";
  }
}

TEST(MessageCatalogs, TranslationsKeepPlaceholdersOptionsAndIndentation) {
  const std::regex placeholder(R"(\{[0-9]+\})");
  // Long options and the short ones the messages mention: users type these, so they stay as written.
  const std::regex option(R"((^|[^A-Za-z0-9-])(--[a-z][a-z0-9-]*|-[otsnjlhqg])(?![A-Za-z0-9]))");
  for (const auto& lang : kLanguages) {
    auto po = read_po(po_path(lang + ".po"));
    ASSERT_FALSE(po.empty()) << lang;
    for (const auto& e : po) {
      if (e.msgstr.empty()) continue;  // reported by the completeness test
      EXPECT_EQ(tokens(e.msgid, placeholder), tokens(e.msgstr, placeholder))
          << lang << ".po:" << e.line << ": placeholders differ\n  msgid:  " << e.msgid
          << "\n  msgstr: " << e.msgstr << "\n  msgid has " << describe(tokens(e.msgid, placeholder))
          << ", msgstr has " << describe(tokens(e.msgstr, placeholder));
      std::set<std::string> id_options, str_options;
      for (auto it = std::sregex_iterator(e.msgid.begin(), e.msgid.end(), option);
           it != std::sregex_iterator(); ++it)
        id_options.insert((*it)[2]);
      for (auto it = std::sregex_iterator(e.msgstr.begin(), e.msgstr.end(), option);
           it != std::sregex_iterator(); ++it)
        str_options.insert((*it)[2]);
      EXPECT_EQ(id_options, str_options)
          << lang << ".po:" << e.line << ": option names differ\n  msgid:  " << e.msgid
          << "\n  msgstr: " << e.msgstr;
      // Command lists are aligned with leading spaces ("  convert   ..."); keep the same indent.
      size_t id_indent = e.msgid.find_first_not_of(' ');
      size_t str_indent = e.msgstr.find_first_not_of(' ');
      EXPECT_EQ(id_indent, str_indent) << lang << ".po:" << e.line << ": leading spaces differ: " << e.msgid;
      EXPECT_EQ(e.msgid.back() == '\n', e.msgstr.back() == '\n') << lang << ".po:" << e.line;
    }
  }
}

TEST(MessageCatalogs, TranslationsAreInTheTargetLanguage) {
  // A msgstr copied from the msgid would pass every check above; the translated catalogs must
  // actually be Vietnamese / Korean. Messages that are only placeholders, paths or command
  // names may stay as they are, so this looks at the catalog as a whole and at every long entry.
  const std::regex vietnamese_letter(
      "(à|á|ả|ã|ạ|ă|ắ|ằ|ẳ|ẵ|ặ|â|ấ|ầ|ẩ|ẫ|ậ|đ|è|é|ẻ|ẽ|ẹ|ê|ế|ề|ể|ễ|ệ|ì|í|ỉ|ĩ|ị|ò|ó|ỏ|õ|ọ|ô|ố|ồ|ổ|ỗ|ộ|ơ|ớ|ờ|ở|ỡ|"
      "ợ|"
      "ù|ú|ủ|ũ|ụ|ư|ứ|ừ|ử|ữ|ự|ỳ|ý|ỷ|ỹ|ỵ)");
  const std::regex hangul("[\xEA-\xED][\x80-\xBF][\x80-\xBF]");  // U+A000..U+DFFF, covers U+AC00..U+D7A3
  const std::regex not_words(R"(\{[0-9]+\}|--?[a-z-]+|\S*[./<>&]\S*)");
  const std::regex word("[A-Za-z]{2,}");
  for (const auto& lang : kLanguages) {
    const std::regex& letter = lang == "vi" ? vietnamese_letter : hangul;
    auto po = read_po(po_path(lang + ".po"));
    size_t with_letters = 0, identical = 0;
    for (const auto& e : po) {
      bool has = std::regex_search(e.msgstr, letter);
      with_letters += has;
      identical += e.msgstr == e.msgid;
      // Any message with four or more English words must come out in the target language.
      std::string words_only = std::regex_replace(e.msgid, not_words, "");
      size_t words = std::distance(std::sregex_iterator(words_only.begin(), words_only.end(), word),
                                   std::sregex_iterator());
      if (words >= 4) {
        EXPECT_TRUE(has) << lang << ".po:" << e.line << ": not translated into " << lang << ": " << e.msgstr;
      }
    }
    EXPECT_GT(with_letters, po.size() * 9 / 10) << lang;
    EXPECT_LT(identical, 5u) << lang << ": msgstr identical to msgid";
  }
}

// The compiled catalogs (build tree, made by msgfmt at build time) answer every msgid with the
// po file's translation, under the locale names users set.
TEST(MessageCatalogs, CompiledCatalogsGiveThePoTranslations) {
  boost::locale::generator gen;
  gen.add_messages_path(locale_dir());
  gen.add_messages_domain("songngu");
  const std::map<std::string, std::string> locale_names = {{"vi", "vi_VN.UTF-8"}, {"ko", "ko_KR.UTF-8"}};
  for (const auto& lang : kLanguages) {
    std::locale loc = gen(locale_names.at(lang));
    auto po = read_po(po_path(lang + ".po"));
    size_t checked = 0;
    for (const auto& e : po) {
      if (e.msgstr.empty() || e.fuzzy || e.plural) continue;
      EXPECT_EQ(boost::locale::translate(e.msgid).str(loc), e.msgstr)
          << lang << ": the compiled catalog in " << locale_dir() << " is stale or missing for \"" << e.msgid
          << "\"";
      ++checked;
    }
    EXPECT_GT(checked, 100u) << lang;
  }
  // English is the msgid itself: no catalog, no change.
  std::locale en = gen("en_US.UTF-8");
  EXPECT_EQ(boost::locale::translate("show this help").str(en), "show this help");
}

// Every message marked in the sources (tr, tr_template, N_) is translated in both catalogs, so a
// message added to the code without running scripts/update-po.sh shows up here, not as English
// text in a Vietnamese or Korean session. Uses gettext's xgettext through the script's --check.
TEST(MessageCatalogs, EveryMessageOfTheSourcesIsTranslated) {
  if (std::system("command -v xgettext >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "xgettext (gettext) not installed";
  const std::string out = ::testing::TempDir() + "/update-po-check.txt";
  const std::string cmd =
      "bash '" + std::string(SONGNGU_SOURCE_DIR) + "/scripts/update-po.sh' --check >'" + out + "' 2>&1";
  int status = std::system(cmd.c_str());
  std::ifstream in(out);
  std::stringstream report;
  report << in.rdbuf();
  EXPECT_EQ(status, 0) << report.str();
}

}  // namespace
}  // namespace songngu
