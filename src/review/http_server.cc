// The review editor's HTTP server (review/review_server.h) with cpp-httplib: the "review" plugin
// (base/plugin.h), so that only `songngu review` loads the HTTP library and the OpenSSL it brings.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

#include "base/error.h"
#include "review/review_server.h"

namespace songngu {
namespace {

constexpr const char* kCookie = "songngu_token";

std::string error_json(const std::string& message) {
  return "{\"error\":" + json_quote(message) + "}";
}

// The value of one cookie in a Cookie header ("a=1; songngu_token=T").
std::string cookie_value(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    while (pos < header.size() && (header[pos] == ' ' || header[pos] == ';')) ++pos;
    const size_t end = header.find(';', pos);
    const std::string item = header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (item.compare(0, name.size() + 1, name + "=") == 0) return item.substr(name.size() + 1);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return "";
}

// A sink that keeps warnings for the answer (the server prints nothing).
struct QuietSink : ProgressSink {};

class HttpReviewServer final : public ReviewServer {
 public:
  HttpReviewServer(ReviewSession& session, ReviewServerOptions options)
      : session_(session), options_(std::move(options)), server_(std::make_unique<httplib::Server>()) {
    if (options_.token.empty()) options_.token = random_token();
  }
  std::string bind() override;
  void run() override;
  int run_until_signal() override;
  void stop() override;
  int port() const override { return port_; }

 private:
  ReviewSession& session_;
  ReviewServerOptions options_;
  std::unique_ptr<httplib::Server> server_;
  std::mutex mutex_;  // the session is not thread-safe
  int port_ = 0;
};

}  // namespace

std::string HttpReviewServer::bind() {
  server_->set_payload_max_length(kMaxBody);
  // An idle browser connection is closed after a second, so a shutdown never waits long for it.
  server_->set_keep_alive_timeout(1);
  port_ = options_.port == 0 ? server_->bind_to_any_port(options_.address)
                             : (server_->bind_to_port(options_.address, options_.port) ? options_.port : -1);
  if (port_ <= 0)
    throw Error(ErrorKind::kOutput, N_("cannot listen on {1}"),
                {options_.address + ":" + std::to_string(options_.port)});
  const std::string host =
      (options_.address.find(':') != std::string::npos ? "[" + options_.address + "]" : options_.address) +
      ":" + std::to_string(port_);
  const std::string origin = "http://" + host;
  const bool loopback = is_loopback(options_.address);
  const std::string token = options_.token;

  server_->set_pre_routing_handler(
      [this, host, loopback, token, origin](const httplib::Request& req, httplib::Response& res) {
        // No compression: cpp-httplib compresses a body whenever the request accepts it, and
        // Debian's build prefers Brotli at its slowest setting: 0.37 s for the 1.8 MB page of a
        // 2,000-bead document, and every edit's answer too, to save bytes that only cross the
        // loopback interface. (A content provider would not be compressed, but it stops writing
        // once stop() is called, cutting off the answer of a save finished during shutdown.) The
        // request object is not const where cpp-httplib made it; the handlers get it read-only.
        const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
        const std::string got = req.get_header_value("Host");
        if (got != host && !(loopback && got == "localhost:" + std::to_string(port_))) {
          res.status = 421;
          res.set_content(error_json("this server answers only to the host " + host), "application/json");
          return httplib::Server::HandlerResponse::Handled;
        }
        const bool opening = req.method == "GET" && req.path == "/" && req.has_param("token");
        if (opening ? !same_secret(req.get_param_value("token"), token)
                    : !same_secret(cookie_value(req.get_header_value("Cookie"), kCookie), token)) {
          res.status = 401;
          res.set_content(error_json("open the address songngu review printed (with its token)"),
                          "application/json");
          return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method != "GET" && req.method != "HEAD" && req.get_header_value("Origin") != origin) {
          res.status = 403;
          res.set_content(error_json("a change must come from the editor's own page"), "application/json");
          return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
      });

  server_->Get("/", [this, token](const httplib::Request&, httplib::Response& res) {
    std::lock_guard lock(mutex_);
    res.set_header("Set-Cookie", std::string(kCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; script-src 'unsafe-inline'; style-src "
                   "'unsafe-inline'; connect-src 'self'; img-src 'self' data:");
    res.set_content(session_.page(), "text/html; charset=utf-8");
  });

  auto answer = [this](httplib::Response& res, const std::function<std::string()>& call) {
    std::lock_guard lock(mutex_);
    try {
      res.set_content(call(), "application/json");
    } catch (const StaleVersion& e) {
      res.status = 409;
      res.set_content("{\"error\":" +
                          json_quote("another tab changed this document first: reload the page (nothing "
                                     "was lost: the other tab's work is kept)") +
                          ",\"version\":" + std::to_string(e.current) + "}",
                      "application/json");
    } catch (const Error& e) {
      res.status = e.kind() == ErrorKind::kUsage ? 422 : e.kind() == ErrorKind::kOutput ? 500 : 400;
      res.set_content(error_json(e.message().text()), "application/json");
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(error_json(e.what()), "application/json");
    }
  };
  server_->Get("/api/pair", [this, answer](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] {
      JsonObject q;
      q["doc"] = JsonScalar{
          JsonScalar::Type::kNumber, false,
          req.has_param("doc") ? std::strtod(req.get_param_value("doc").c_str(), nullptr) : -1, ""};
      q["lang"] = JsonScalar{JsonScalar::Type::kString, false, 0, req.get_param_value("lang")};
      const auto doc = json_index(q, "doc");
      if (!doc) throw Error(ErrorKind::kBadInput, N_("the request needs \"{1}\" as a whole number"), {"doc"});
      return session_.pair_json(*doc, q["lang"].string);
    });
  });
  server_->Post("/api/edit", [this, answer](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] { return session_.edit(parse_json_object(req.body)); });
  });
  server_->Post("/api/save", [this, answer](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] {
      QuietSink sink;
      return session_.save(parse_json_object(req.body), sink);
    });
  });
  return origin + "/?token=" + token;
}

void HttpReviewServer::run() {
  server_->listen_after_bind();
}

int HttpReviewServer::run_until_signal() {
  sigset_t signals, before;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, &before);
  std::atomic<int> received{0};
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (done) return;
    received = sig;
    while (!server_->is_running() && !done) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    stop();
  });
  run();
  done = true;
  if (received == 0) pthread_kill(waiter.native_handle(), SIGTERM);  // wake the waiter, blocked there
  waiter.join();
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  return received;
}

void HttpReviewServer::stop() {
  server_->stop();
}

}  // namespace songngu

extern "C" songngu::ReviewServer* songngu_review_server(songngu::ReviewSession& session,
                                                        const songngu::ReviewServerOptions& options) {
  return new songngu::HttpReviewServer(session, options);
}
