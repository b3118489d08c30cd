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

void print_error(const std::string& translated) {
  std::cerr << "songngu: " << translated << "\n";
}

void print_warning(const std::string& translated) {
  std::cerr << "songngu: " << tr("warning") << ": " << translated << "\n";
}

int report(const Error& e) {
  print_error(tr_template(e.message_template(), e.args()));
  return e.kind() == ErrorKind::kUsage ? 2 : 1;
}

}  // namespace songngu::cli
