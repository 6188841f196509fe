#pragma once
// Transport-free HTTP: requests, responses and routes as plain values, so the API is tested
// without sockets. http.cpp adapts them to cpp-httplib.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace kkori::server {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/api/v1/questions/ml.adam"
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> params;  // from the route pattern: {id}
  std::string body;

  std::string param(const std::string& k) const;
  std::optional<std::string> q(const std::string& k) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

using Handler = std::function<Response(const Request&)>;

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/sessions/{id}/answer"
  Handler handler;
  std::string summary;  // one line, for the route list
};

// RFC 9457 problem details: {"type", "title", "status", "detail"}.
Response problem(int status, const std::string& title, const std::string& detail);
Response problem(const Error& e);  // maps Errc to a status
Response json_response(int status, const std::string& json);

class Router {
 public:
  explicit Router(std::vector<Route> routes) : routes_(std::move(routes)) {}
  // 404 problem when no pattern matches, 405 when the path matches another method.
  Response dispatch(Request req) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// Matches "/a/{x}/b" against "/a/42/b", filling params; exposed for tests.
bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params);

}  // namespace kkori::server
