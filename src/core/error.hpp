#pragma once
// The one error policy: recoverable errors are values, `Result<T>` = std::expected<T, Error>.
// Exceptions are reserved for programming errors and caught once, in cli::run.
#include <expected>
#include <string>

namespace kkori {

enum class Errc {
  invalid_input,  // user data failed validation (content, API body, CLI argument)
  parse,          // a file could not be parsed at all
  not_found,      // an id, file or record does not exist
  io,             // the OS or the database refused
  conflict,       // the operation contradicts stored state
  internal,       // a bug
};

// Where an error points: `file:line:col` for content, a field name for API input.
struct Location {
  std::string file;
  int line = 0;  // 1-based; 0 = unknown
  int col = 0;   // 1-based; 0 = unknown
  std::string field;
};

struct Error {
  Errc code = Errc::internal;
  std::string message;
  Location where;

  // "path:line:col: error: message" (the compiler convention editors understand).
  std::string located() const;
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Errc code, std::string message, Location where = {}) {
  return std::unexpected<Error>(Error{code, std::move(message), std::move(where)});
}

}  // namespace kkori
