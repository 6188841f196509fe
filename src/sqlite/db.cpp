#include "sqlite/db.hpp"

#include <sqlite3.h>

#include <utility>

namespace kkori::sqlite {

namespace {
std::unexpected<Error> db_error(sqlite3* db, std::string_view what) {
  std::string msg(what);
  if (db) msg += std::string(": ") + sqlite3_errmsg(db);
  return fail(Errc::io, std::move(msg));
}
}  // namespace

Stmt::Stmt(Stmt&& o) noexcept : stmt_(std::exchange(o.stmt_, nullptr)), db_(o.db_) {}
Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (stmt_) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(o.stmt_, nullptr);
    db_ = o.db_;
  }
  return *this;
}
Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Stmt& Stmt::bind(int idx, std::int64_t v) {
  sqlite3_bind_int64(stmt_, idx, v);
  return *this;
}
Stmt& Stmt::bind(int idx, double v) {
  sqlite3_bind_double(stmt_, idx, v);
  return *this;
}
Stmt& Stmt::bind(int idx, std::string_view v) {
  sqlite3_bind_text(stmt_, idx, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_null(int idx) {
  sqlite3_bind_null(stmt_, idx);
  return *this;
}

Result<bool> Stmt::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_error(db_, "sqlite step failed");
}

Result<void> Stmt::run() {
  for (;;) {
    auto r = step();
    if (!r) return std::unexpected(r.error());
    if (!*r) break;
  }
  sqlite3_reset(stmt_);
  return {};
}

void Stmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Stmt::text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}
bool Stmt::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

Result<Db> Db::open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open database " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return fail(Errc::io, std::move(msg));
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  return Db(db, path);
}

Db::Db(Db&& o) noexcept : db_(std::exchange(o.db_, nullptr)), path_(std::move(o.path_)) {}
Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    if (db_) sqlite3_close(db_);
    db_ = std::exchange(o.db_, nullptr);
    path_ = std::move(o.path_);
  }
  return *this;
}
Db::~Db() {
  if (db_) sqlite3_close(db_);
}

Result<void> Db::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return fail(Errc::io, "sqlite: " + msg + " (in: " + s.substr(0, 60) + ")");
  }
  return {};
}

Error Db::rollback(Error cause) {
  if (sqlite3_get_autocommit(db_) != 0) return cause;  // no transaction open (SQLite may have ended it)
  if (auto r = exec("ROLLBACK"); !r) cause.message += "; " + r.error().message;
  return cause;
}

Result<Stmt> Db::prepare(std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK)
    return db_error(db_, "cannot prepare statement");
  return Stmt(st, db_);
}

std::int64_t Db::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

}  // namespace kkori::sqlite
