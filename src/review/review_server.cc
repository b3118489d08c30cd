#include "review/review_server.h"

#include <fstream>

#include "base/error.h"
#include "base/plugin.h"

namespace songngu {

std::string random_token() {
  std::ifstream in("/dev/urandom", std::ios::binary);
  unsigned char bytes[16];
  if (!in.read(reinterpret_cast<char*>(bytes), sizeof bytes))
    throw Error(ErrorKind::kOutput, N_("cannot read the system's random source"), {}, {"/dev/urandom"});
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) out += kHex[b >> 4], out += kHex[b & 15];
  return out;
}

bool is_loopback(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i)
    diff |= static_cast<unsigned char>((i < a.size() ? a[i] : 0) ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

ReviewServer::~ReviewServer() = default;

std::unique_ptr<ReviewServer> make_review_server(ReviewSession& session, const ReviewServerOptions& options) {
  using Entry = ReviewServer* (*)(ReviewSession&, const ReviewServerOptions&);
  const Entry make = songngu_review_server
                         ? songngu_review_server
                         : reinterpret_cast<Entry>(plugin_symbol("review", "songngu_review_server"));
  return std::unique_ptr<ReviewServer>(make(session, options));
}

}  // namespace songngu
