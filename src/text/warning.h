#pragma once
// A warning from the library: an English message template with {1}, {2} placeholders and its
// arguments. The library never prints; the CLI translates the template (tr_template) and prints it.
// Shared by every module that has something to say about its input without failing.
#include <string>
#include <vector>

#include "base/error.h"

namespace songngu {

struct Warning {
  std::string message;            // template wrapped in N_() at the throw site, e.g. N_("{1}: ...")
  std::vector<std::string> args;  // fills {1}, {2}, ...

  // The English text, for logs and tests (the CLI translates `message` instead).
  std::string text() const { return format_message(message, args); }
  bool operator==(const Warning& other) const = default;
};

}  // namespace songngu
