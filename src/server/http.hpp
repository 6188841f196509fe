#pragma once
// Serving the router over HTTP (cpp-httplib; http.cpp is the only file that includes it), plus the
// web UI's static files.
#include <functional>
#include <string>

#include "core/error.hpp"
#include "server/router.hpp"

namespace kkori::server {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;      // 0 = any free port
  std::string web_dir;  // built web UI (index.html + assets); "" = API only
  int threads = 128;    // cpp-httplib serves one keep-alive connection per thread: size for many tabs and load tests
};

// Blocks until SIGTERM or SIGINT: then stops accepting, lets in-flight requests finish and returns.
// `on_listening` gets the bound port once the socket is open.
Result<void> serve(const Router& router, const ServeOptions& opt, const std::function<void(int port)>& on_listening);

}  // namespace kkori::server
