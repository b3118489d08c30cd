#include "cli/messages.h"

#include <boost/locale.hpp>
#include <cstdlib>
#include <iostream>

#include "base/data_dir.h"

namespace songngu::cli {
namespace {

std::locale& message_locale() {
  static std::locale loc = std::locale::classic();
  return loc;
}

std::string pick_locale_name() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* v = std::getenv(var); v && *v) return v;
  return "C.UTF-8";
}

}  // namespace

void init_messages() {
  boost::locale::generator gen;
  // Messages only: the other facets (dates, numbers, collation) would build ICU formatters that
  // cost more than aligning a short document.
  gen.categories(boost::locale::message_facet | boost::locale::information_facet);
  gen.characters(boost::locale::char_facet);
  gen.add_messages_path(locale_dir());
  gen.add_messages_domain("songngu");
  std::string name = pick_locale_name();
  // Catalogs are UTF-8; "vi_VN" without a charset would otherwise ask for a legacy encoding.
  if (name.find('.') == std::string::npos && name != "C" && name != "POSIX") name += ".UTF-8";
  if (name == "C" || name == "POSIX") name = "C.UTF-8";
  try {
    message_locale() = gen(name);
  } catch (const std::exception&) {
    message_locale() = gen("C.UTF-8");
  }
}

std::string tr_template(const std::string& msgid, const std::vector<std::string>& args) {
  std::string translated = boost::locale::translate(msgid).str(message_locale());
  return format_message(translated, args);
}

std::string tr(const char* msgid, const std::vector<std::string>& args) {
  return tr_template(msgid, args);
}

std::string language_display_name(const std::string& lang_base) {
  if (lang_base == "vi") return tr(N_("Vietnamese"));
  if (lang_base == "en") return tr(N_("English"));
  if (lang_base == "ko") return tr(N_("Korean"));
  return lang_base;
}

const char* option_of(Setting setting) {
  switch (setting) {
    case Setting::kNone: return "";
    case Setting::kEncoding: return "--encoding";
    case Setting::kSourceLanguage: return "-s";
    case Setting::kTargetLanguage: return "-t";
    case Setting::kBeadTypes: return "--beads";
    case Setting::kShard: return "--shard";
  }
  return "";
}

std::string tr_message(const Message& m) {
  std::string out = format_location(m.where);
  if (!out.empty()) out += ": ";
  out += tr_template(m.message, m.args);
  if (m.setting != Setting::kNone) {
    out += "; ";
    out += m.suggestion.empty() ? tr("check {1}", {option_of(m.setting)})
                                : tr("try {1} {2}", {option_of(m.setting), m.suggestion});
  }
  if (m.where.byte != Location::kNoByte) out += " " + tr("(byte {1})", {std::to_string(m.where.byte)});
  return out;
}

void print_error(const std::string& translated) {
  std::cerr << "songngu: " << translated << "\n";
}

void print_warning(const std::string& translated) {
  std::cerr << "songngu: " << tr("warning") << ": " << translated << "\n";
}

void print_warning(const Warning& warning) {
  print_warning(tr_message(warning));
}

int report(const Error& e) {
  print_error(tr_message(e.message()));
  return e.kind() == ErrorKind::kUsage ? 2 : 1;
}

}  // namespace songngu::cli
