#pragma once
// Every message the CLI prints goes through here: Boost.Locale message catalogs (po/*.po compiled
// to .mo at build time), chosen by LC_ALL / LC_MESSAGES / LANG. Templates use {1}, {2} placeholders.
#include <iosfwd>
#include <string>
#include <vector>

#include "base/error.h"

namespace songngu::cli {

// Installs the user's message locale (call once at start-up).
void init_messages();

// Translates `msgid` and fills its placeholders.
std::string tr(const char* msgid, const std::vector<std::string>& args = {});
std::string tr_template(const std::string& msgid, const std::vector<std::string>& args = {});

// A library message in the user's language, with its place and a hint, in the one form every
// command prints: "FILE:LINE:COLUMN: MESSAGE; try --encoding cp949 (byte N)". The location comes
// first as compilers print it (editors jump there); the byte offset, when known, last.
std::string tr_message(const Message& message);
// The name of a language in the user's language ("en" -> "English"); the tag itself when unknown.
std::string language_display_name(const std::string& lang_base);
// How the CLI names a library setting: the option a user changes ("--encoding", "-t").
const char* option_of(Setting setting);

// "songngu: <translated message>" on standard error.
void print_error(const std::string& translated);
void print_warning(const std::string& translated);
void print_warning(const Warning& warning);
// Prints a library Error, translated, and returns its exit status (1 bad input/output, 2 usage).
int report(const Error& e);

}  // namespace songngu::cli
