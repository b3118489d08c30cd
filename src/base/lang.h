#pragma once
// Lang: a validated BCP 47 language tag ("vi", "vi-VN", "en-US", "ko-KR") with its base language.
// The tag keeps the user's form (TMX xml:lang must agree with the header's srclang form).
#include <string>
#include <string_view>

namespace songngu {

class Lang {
 public:
  Lang() = default;
  // Throws Error(kUsage) when `tag` is not a well-formed BCP 47 tag.
  explicit Lang(std::string_view tag);

  const std::string& tag() const { return tag_; }    // "vi-VN" as given (case normalized)
  const std::string& base() const { return base_; }  // "vi"
  bool empty() const { return tag_.empty(); }
  bool operator==(const Lang& other) const { return tag_ == other.tag_; }

  static bool is_valid(std::string_view tag);

 private:
  std::string tag_;
  std::string base_;
};

}  // namespace songngu
