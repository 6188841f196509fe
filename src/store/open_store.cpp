#include "store/sqlite_store.hpp"
#include "store/store.hpp"

namespace kkori::store {

// One table from URL scheme to backend (the ccache way).
Result<std::unique_ptr<Store>> open_store(const std::string& url) {
  if (url.starts_with("postgres://") || url.starts_with("postgresql://"))
    return fail(Errc::invalid_input, "PostgreSQL support is not built into this kkori yet; use a SQLite file path");
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  if (path.empty()) return fail(Errc::invalid_input, "empty database path");
  auto s = SqliteStore::open(path);
  if (!s) return std::unexpected(s.error());
  return std::unique_ptr<Store>(std::move(*s));
}

}  // namespace kkori::store
