#include "server/body.hpp"

#include <stdexcept>

namespace kkori::server {

Result<Json> parse_body(const std::string& body) {
  if (body.size() > kMaxBodyBytes)
    return fail(Errc::invalid_input, "request body is larger than " + std::to_string(kMaxBodyBytes) + " bytes");
  try {
    Json j = Json::parse(body);
    if (!j.is_object())
      return fail(Errc::invalid_input, "the request body must be a JSON object", Location{{}, 0, 0, "body"});
    return j;
  } catch (const Json::parse_error& e) {
    std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    int line = 1, col = 1;
    for (std::size_t i = 0; i < at && i < body.size(); ++i) {
      if (body[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what = e.what();
    auto cut = what.find("parse error");
    return fail(Errc::invalid_input,
                "malformed JSON at line " + std::to_string(line) + ", column " + std::to_string(col) + ": " +
                    (cut == std::string::npos ? what : what.substr(cut)),
                Location{{}, 0, 0, "body"});
  }
}

Result<std::string> string_field(const Json& j, const char* name, bool required, std::size_t max_len) {
  if (!j.contains(name) || j[name].is_null()) {
    if (required)
      return fail(Errc::invalid_input, std::string("missing field '") + name + "'", Location{{}, 0, 0, name});
    return std::string();
  }
  if (!j[name].is_string())
    return fail(Errc::invalid_input, std::string("field '") + name + "' must be a string", Location{{}, 0, 0, name});
  auto s = j[name].get<std::string>();
  if (s.size() > max_len)
    return fail(Errc::invalid_input,
                std::string("field '") + name + "' is longer than " + std::to_string(max_len) + " bytes",
                Location{{}, 0, 0, name});
  return s;
}

Result<int> int_query(const Request& r, const char* name, int fallback, int lo, int hi) {
  auto v = r.q(name);
  if (!v) return fallback;
  try {
    std::size_t used = 0;
    int x = std::stoi(*v, &used);
    if (used != v->size() || x < lo || x > hi) throw std::out_of_range(name);
    return x;
  } catch (const std::exception&) {
    return fail(Errc::invalid_input,
                std::string("query parameter '") + name + "' must be an integer from " + std::to_string(lo) + " to " +
                    std::to_string(hi),
                Location{{}, 0, 0, name});
  }
}

}  // namespace kkori::server
