#include "server/http.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "server/body.hpp"

namespace kkori::server {

namespace {

std::string mime(const std::filesystem::path& p) {
  auto ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".json") return "application/json";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

Result<void> serve(const Router& router, const ServeOptions& opt, const std::function<void(int port)>& on_listening) {
  // Signals go to a dedicated thread (sigwait), never to the request threads.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  httplib::Server svr;
  svr.new_task_queue = [n = opt.threads] { return new httplib::ThreadPool(static_cast<std::size_t>(n)); };
  svr.set_payload_max_length(kMaxBodyBytes + 1);
  svr.set_read_timeout(30, 0);
  svr.set_keep_alive_max_count(1000);
  svr.set_keep_alive_timeout(2);
  svr.set_tcp_nodelay(true);  // headers and body go out as separate writes: no 40 ms Nagle + delayed-ACK stall

  auto handle = [&router](const httplib::Request& hr, httplib::Response& res) {
    Request req;
    req.method = hr.method;
    req.path = hr.path;
    for (const auto& [k, v] : hr.params) req.query[k] = v;
    req.body = hr.body;
    Response r = router.dispatch(std::move(req));
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
  };
  const std::string api = R"(/api/.*)";
  svr.Get(api, handle);
  svr.Post(api, handle);
  svr.Put(api, handle);
  svr.Delete(api, handle);
  svr.Patch(api, handle);

  const std::filesystem::path web = opt.web_dir;
  svr.Get(R"(/.*)", [web](const httplib::Request& hr, httplib::Response& res) {
    std::string body;
    std::filesystem::path rel = hr.path == "/" ? "index.html" : hr.path.substr(1);
    if (rel.string().find("..") != std::string::npos) {
      res.status = 400;
      return;
    }
    if (!web.empty() && read_file(web / rel, body)) {
      res.set_content(body, mime(rel).c_str());
      if (rel.string().starts_with("assets/")) res.set_header("Cache-Control", "public, max-age=31536000, immutable");
      return;
    }
    // Client-side routes fall back to the app; without a built UI, say how to get one.
    if (!web.empty() && read_file(web / "index.html", body)) {
      res.set_content(body, "text/html; charset=utf-8");
      return;
    }
    res.status = 404;
    res.set_content("kkori: the web UI is not built (run `make build`); the API is under /api/v1/", "text/plain");
  });
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr&) {
    Response p = problem(500, "Internal Server Error", "the request failed inside kkori");
    res.status = 500;
    res.set_content(p.body, p.content_type.c_str());
  });

  int port = opt.port;
  if (port == 0) {
    port = svr.bind_to_any_port(opt.host.c_str());
    if (port < 0) return fail(Errc::io, "cannot listen on " + opt.host);
  } else if (!svr.bind_to_port(opt.host.c_str(), port)) {
    return fail(Errc::io, "cannot listen on " + opt.host + ":" + std::to_string(port) + " (in use? try --port)");
  }
  std::thread stopper([&svr, set] {
    int sig = 0;
    sigwait(&set, &sig);
    svr.stop();
  });
  on_listening(port);
  svr.listen_after_bind();  // returns after stop(); the pool finishes requests in flight
  // Wake the stopper if we ended another way: SIGTERM is blocked and sigwait()ed for, so it ends the
  // wait instead of terminating anything.
  pthread_kill(stopper.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread): caught by sigwait
  stopper.join();
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  return {};
}

}  // namespace kkori::server
