#include "base/error.h"

namespace songngu {

std::string format_location(const Location& where) {
  std::string out = where.file;
  if (where.line > 0) {
    out += ":" + std::to_string(where.line);
    if (where.column > 0) out += ":" + std::to_string(where.column);
  }
  return out;
}

std::string Message::text() const {
  std::string out = format_location(where);
  if (!out.empty()) out += ": ";
  out += format_message(message, args);
  if (where.byte != Location::kNoByte) out += " (byte " + std::to_string(where.byte) + ")";
  return out;
}

Error::Error(ErrorKind kind, std::string message, std::vector<std::string> args, Location where)
    : Error(kind, Message{std::move(message), std::move(args), std::move(where)}) {}

Error::Error(ErrorKind kind, Message message)
    : std::runtime_error(message.text()), kind_(kind), message_(std::move(message)) {}

Error& Error::hint(Setting setting, std::string suggestion) {
  message_.setting = setting;
  message_.suggestion = std::move(suggestion);
  return *this;
}

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

void throw_bad_input(std::string message, std::vector<std::string> args, Location where) {
  throw Error(ErrorKind::kBadInput, std::move(message), std::move(args), std::move(where));
}

void throw_usage(std::string message, std::vector<std::string> args, Location where) {
  throw Error(ErrorKind::kUsage, std::move(message), std::move(args), std::move(where));
}

}  // namespace songngu
