#include "server/router.hpp"

#include "json/json.hpp"

namespace kkori::server {

std::string Request::param(const std::string& k) const {
  auto it = params.find(k);
  return it == params.end() ? std::string() : it->second;
}

std::optional<std::string> Request::q(const std::string& k) const {
  auto it = query.find(k);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

Response json_response(int status, const std::string& json) {
  return Response{status, "application/json; charset=utf-8", json};
}

Response problem(int status, const std::string& title, const std::string& detail) {
  Json j{{"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
  return Response{status, "application/problem+json", j.dump()};
}

Response problem(const Error& e) {
  switch (e.code) {
    case Errc::invalid_input:
    case Errc::parse:
      return problem(400, "Bad Request", e.located().substr(e.located().find("error: ") + 7));
    case Errc::not_found:
      return problem(404, "Not Found", e.message);
    case Errc::conflict:
      return problem(409, "Conflict", e.message);
    case Errc::io:
    case Errc::internal:
      break;
  }
  return problem(500, "Internal Server Error", e.message);
}

namespace {
std::vector<std::string> segments(const std::string& p) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : p) {
    if (c == '/') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}
}  // namespace

bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  auto a = segments(pattern), b = segments(path);
  if (a.size() != b.size()) return false;
  std::map<std::string, std::string> got;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].size() > 2 && a[i].front() == '{' && a[i].back() == '}') {
      if (b[i].empty()) return false;
      got[a[i].substr(1, a[i].size() - 2)] = b[i];
    } else if (a[i] != b[i]) {
      return false;
    }
  }
  params = std::move(got);
  return true;
}

Response Router::dispatch(Request req) const {
  bool path_known = false;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    if (!match_pattern(r.pattern, req.path, params)) continue;
    path_known = true;
    if (r.method != req.method) continue;
    req.params = std::move(params);
    return r.handler(req);
  }
  if (path_known) return problem(405, "Method Not Allowed", req.method + " is not allowed on " + req.path);
  return problem(404, "Not Found", "no API route " + req.method + " " + req.path);
}

}  // namespace kkori::server
