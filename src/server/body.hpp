#pragma once
// Parsing request bodies and query parameters with errors that say where the input broke.
#include <string>

#include "core/error.hpp"
#include "json/json.hpp"
#include "server/router.hpp"

namespace kkori::server {

inline constexpr std::size_t kMaxBodyBytes = 256 * 1024;

// A JSON object or a located error ("line 3, column 7: ...").
Result<Json> parse_body(const std::string& body);
// A required string field or an error naming it.
Result<std::string> string_field(const Json& j, const char* name, bool required = true, std::size_t max_len = 20000);
// Query parameter `name` as an integer in [lo, hi]; `fallback` when absent, an error naming it otherwise.
Result<int> int_query(const Request& r, const char* name, int fallback, int lo, int hi);

}  // namespace kkori::server
