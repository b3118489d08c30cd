#pragma once
// The one error style of the library: functions throw songngu::Error, the CLI catches it, translates
// the message template through the message catalogs and maps the kind to an exit status. Warnings
// are the same kind of message, returned instead of thrown. The library never prints and never
// exits.
//
// A message is an English template with {1}, {2} placeholders plus its arguments, and, apart from
// the words, WHERE it applies (a Location: file, line, column, byte) and WHICH setting of the call
// a user could change to fix it (a Setting, with a value to try when one is known). Templates never
// spell a location or an option: the CLI formats every location the same way ("file:line:column:",
// as compilers print it, so editors can jump there) and names a setting by its option ("--encoding").
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
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

struct Location {
  static constexpr uint64_t kNoByte = UINT64_MAX;
  std::string file;         // as the user named it ("-" standard input); empty: no file
  size_t line = 0;          // 1-based; 0 when unknown
  size_t column = 0;        // 1-based, in characters; 0 when unknown (or no line)
  uint64_t byte = kNoByte;  // 0-based offset in the file, when it helps (binary and encoding errors)

  bool empty() const { return file.empty() && line == 0 && byte == kNoByte; }
  bool operator==(const Location& other) const = default;
};

// "file:line:column", "file:line" or "file" (what is known), "" for an empty location. The byte
// offset is not part of it: callers add it in words ("(byte 12)").
std::string format_location(const Location& where);

// A setting of a library call that the user may have to change, named by the CLI as its option.
enum class Setting {
  kNone,
  kEncoding,        // the input encoding (ReadOptions::encoding)
  kSourceLanguage,  // the language of the source side
  kTargetLanguage,  // the language of the translation
  kBeadTypes,       // the allowed bead types (AlignerOptions::shapes)
  kShard,           // which part of a batch to write
};

struct Message {
  Message() = default;
  Message(std::string message, std::vector<std::string> args = {}, Location where = {})
      : message(std::move(message)), args(std::move(args)), where(std::move(where)) {}

  std::string message;            // English template, wrapped in N_() where it is written
  std::vector<std::string> args;  // fill {1}, {2}, ...
  Location where;
  Setting setting = Setting::kNone;
  std::string suggestion;  // a value of `setting` to try, when the library can tell

  // The English text with its location, for logs, what() and tests (the CLI translates instead and
  // adds the hint): "file:line:column: message (byte N)".
  std::string text() const;
  bool operator==(const Message& other) const = default;
};

// What a library call has to say about its input without failing (the same shape as an error).
using Warning = Message;

class Error : public std::runtime_error {
 public:
  // `message` is an English template with placeholders {1}, {2}, ...; `args` fill them.
  Error(ErrorKind kind, std::string message, std::vector<std::string> args = {}, Location where = {});
  Error(ErrorKind kind, Message message);

  ErrorKind kind() const { return kind_; }
  const Message& message() const { return message_; }
  const std::string& message_template() const { return message_.message; }
  const std::vector<std::string>& args() const { return message_.args; }
  const Location& where() const { return message_.where; }

  // Names the setting that would fix the problem (and a value to try): for the CLI's hint.
  Error& hint(Setting setting, std::string suggestion = "");

 private:
  ErrorKind kind_;
  Message message_;
};

// Fills {1}, {2}, ... in `message` with `args` (English, untranslated).
std::string format_message(const std::string& message, const std::vector<std::string>& args);

// Shorthands for the common kinds.
[[noreturn]] void throw_bad_input(std::string message, std::vector<std::string> args = {},
                                  Location where = {});
[[noreturn]] void throw_usage(std::string message, std::vector<std::string> args = {}, Location where = {});

}  // namespace songngu
