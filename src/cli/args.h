#pragma once
// A small command-line parser shared by the subcommands: long options (--name VALUE, --name=VALUE),
// short aliases (-o VALUE), flags, and positional arguments. Unknown options are usage errors.
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace songngu::cli {

struct OptionSpec {
  std::string long_name;  // "output"
  char short_name = 0;    // 'o'
  bool takes_value = false;
  const char* help = "";        // msgid, translated when printed
  const char* value_name = "";  // "FILE"
  const char* alias = nullptr;  // another long name accepted for it (an older spelling)
};

class Args {
 public:
  // Throws Error(kUsage) on an unknown option or a missing value. "--" ends options; "-" alone is
  // a positional (standard input).
  Args(const std::vector<OptionSpec>& specs, int argc, char** argv, int first = 1);

  bool flag(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& fallback) const;
  // Every value of a repeatable option, in order.
  std::vector<std::string> all(const std::string& name) const;
  // The value of a numeric option, or `fallback` when it is absent. integer() takes digits only
  // (no sign, decimal point or exponent: "2.5" is refused, not truncated); real() takes a decimal
  // number ("0.35", "1"). Throws Error(kUsage) naming the option and its range when the value is
  // not such a number or lies outside [lo, hi] (hi = the largest value: no upper bound).
  long long integer(const std::string& name, long long fallback, long long lo,
                    long long hi = std::numeric_limits<long long>::max()) const;
  double real(const std::string& name, double fallback, double lo, double hi) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

// --encoding for commands that read bilingual or glossary files (one encoding a file), and its value
// ("" when absent; Error(kUsage) for LANG=NAME or an unknown name).
OptionSpec single_encoding_option();
std::string single_encoding(const Args& args);

// Prints "Usage: songngu USAGE" with a translated description and the options table.
std::string help_text(const char* usage, const char* description, const std::vector<OptionSpec>& specs);
// Writes help_text to standard output (write errors such as a closed pipe are reported) and returns
// exit status 0, so a command's --help branch is one line.
int print_help(const char* usage, const char* description, const std::vector<OptionSpec>& specs);

}  // namespace songngu::cli
