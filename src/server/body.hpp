#pragma once
// Parsing request bodies with errors that say where the JSON broke.
#include <string>

#include "core/error.hpp"
#include "json/json.hpp"

namespace kkori::server {

inline constexpr std::size_t kMaxBodyBytes = 256 * 1024;

// A JSON object or a located error ("line 3, column 7: ...").
Result<Json> parse_body(const std::string& body);
// A required string field or an error naming it.
Result<std::string> string_field(const Json& j, const char* name, bool required = true, std::size_t max_len = 20000);

}  // namespace kkori::server
