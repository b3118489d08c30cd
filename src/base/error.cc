#include "base/error.h"

namespace songngu {

Error::Error(ErrorKind kind, std::string message, std::vector<std::string> args)
    : std::runtime_error(format_message(message, args)),
      kind_(kind),
      template_(std::move(message)),
      args_(std::move(args)) {}

std::string format_message(const std::string& message, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(message.size() + 32);
  for (size_t i = 0; i < message.size(); ++i) {
    if (message[i] == '{') {
      size_t close = message.find('}', i);
      if (close != std::string::npos && close > i + 1) {
        std::string digits = message.substr(i + 1, close - i - 1);
        if (digits.find_first_not_of("0123456789") == std::string::npos) {
          size_t n = std::stoul(digits);
          if (n >= 1 && n <= args.size()) {
            out += args[n - 1];
            i = close;
            continue;
          }
        }
      }
    }
    out += message[i];
  }
  return out;
}

void throw_bad_input(std::string message, std::vector<std::string> args) {
  throw Error(ErrorKind::kBadInput, std::move(message), std::move(args));
}

void throw_usage(std::string message, std::vector<std::string> args) {
  throw Error(ErrorKind::kUsage, std::move(message), std::move(args));
}

}  // namespace songngu
