#pragma once
// The review editor's HTTP server (cpp-httplib from Debian, libcpp-httplib-dev: a small blocking
// server with a thread pool, enough for one person's browser on the loopback interface; Boost.Beast
// would need an event loop of our own around Asio for the same result). It only translates HTTP
// into ReviewSession calls.
//
// Safe by default, in this order for every request:
//   Host    must be the address:port it listens on (or localhost:port on 127.0.0.1): else 421, so
//           a DNS-rebinding page cannot reach it;
//   token   GET /?token=T with the right token sets a cookie (HttpOnly, SameSite=Strict) and serves
//           the editor; every other request needs that cookie: else 401. Compared in constant time;
//   Origin  a POST needs Origin http://address:port: else 403 (cross-site requests);
//   body    at most kMaxBody bytes: else 413; malformed JSON: 400 with {"error": message};
//   stale   an edit or save naming an older version of the pair: 409 with the current version.
// Routes: GET / (the editor page, beads inside), GET /api/pair?doc=D&lang=L, POST /api/edit,
// POST /api/save. No file path ever comes from the browser.
#include <cstdint>
#include <memory>
#include <string>

#include "review/review_session.h"

namespace songngu {

struct ReviewServerOptions {
  std::string address = "127.0.0.1";
  int port = 0;       // 0: any free port
  std::string token;  // empty: a random one (random_token)
};

constexpr size_t kMaxBody = 1 << 20;

// 32 hexadecimal digits from the system's random source. Throws Error(kOutput) when it cannot read it.
std::string random_token();
// Whether `address` is a loopback address (127.0.0.0/8, ::1, localhost).
bool is_loopback(const std::string& address);
// a == b without an early exit on the first difference (the token check).
bool same_secret(const std::string& a, const std::string& b);

// Made by make_review_server; the server itself (HttpReviewServer, with the HTTP library) is in the
// "review" plugin (src/review/http_server.cc). This interface, and with it its type information, is
// in the program, which the plugin links against: the sanitizers' type checks of a call through it
// need both sides to see the same type.
class ReviewServer {
 public:
  virtual ~ReviewServer();
  // Binds; throws Error(kOutput) naming the address when it cannot. Returns the editor's URL
  // (http://address:port/?token=...).
  virtual std::string bind() = 0;
  // Serves until stop() (from another thread) or the process ends.
  virtual void run() = 0;
  // Serves until SIGINT or SIGTERM, then shuts down gracefully: stops listening, lets the request
  // in flight finish (a save is written whole) and returns the signal's number (0 when stop() ended
  // it). Blocks both signals in the calling thread while it serves (the server's threads inherit
  // that), so call it from the thread that should own them; the mask is restored on return.
  virtual int run_until_signal() = 0;
  virtual void stop() = 0;
  // The port it listens on (after bind()).
  virtual int port() const = 0;
};

// A server for `session`: the one linked into this executable when it has it, else the "review"
// plugin's (base/plugin.h). Throws Error(kBadInput) when the plugin cannot be loaded.
std::unique_ptr<ReviewServer> make_review_server(ReviewSession& session, const ReviewServerOptions& options);

}  // namespace songngu

// Defined by src/review/http_server.cc; weak here, so an executable without it sees a null address
// and loads the plugin instead.
extern "C" songngu::ReviewServer* songngu_review_server(songngu::ReviewSession& session,
                                                        const songngu::ReviewServerOptions& options)
    __attribute__((weak));
