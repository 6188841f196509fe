#include "core/error.hpp"

namespace kkori {

std::string Error::located() const {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.col > 0) out += ':' + std::to_string(where.col);
    }
    out += ": ";
  } else if (!where.field.empty()) {
    out += where.field + ": ";
  }
  out += "error: " + message;
  return out;
}

}  // namespace kkori
