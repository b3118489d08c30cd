#pragma once
// The one error style of the library: functions throw songngu::Error, the CLI catches it, translates
// the message template through the message catalogs and maps the kind to an exit status.
// The library never prints and never exits.
#include <stdexcept>
#include <string>
#include <vector>

// Marks a message template for xgettext (keyword N_) without translating it here: the library
// stays locale-free and the CLI translates at the boundary.
#define N_(s) s

namespace songngu {

enum class ErrorKind {
  kBadInput,  // unreadable or invalid input: exit 1
  kUsage,     // wrong command line: exit 2
  kOutput,    // cannot write an output (disk full, read-only folder): exit 1
};

class Error : public std::runtime_error {
 public:
  // `message` is an English template with Boost.Locale placeholders {1}, {2}, ...; `args` fill them.
  Error(ErrorKind kind, std::string message, std::vector<std::string> args = {});

  ErrorKind kind() const { return kind_; }
  const std::string& message_template() const { return template_; }
  const std::vector<std::string>& args() const { return args_; }

 private:
  ErrorKind kind_;
  std::string template_;
  std::vector<std::string> args_;
};

// Fills {1}, {2}, ... in `message` with `args` (English, untranslated). Used for what().
std::string format_message(const std::string& message, const std::vector<std::string>& args);

// Shorthands for the common kinds.
[[noreturn]] void throw_bad_input(std::string message, std::vector<std::string> args = {});
[[noreturn]] void throw_usage(std::string message, std::vector<std::string> args = {});

}  // namespace songngu
