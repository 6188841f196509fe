#pragma once
// A thin RAII wrapper over SQLite; db.cpp is the only file that includes <sqlite3.h>.
// Used by store/ (the user's database) and bank/ (the in-memory FTS5 search index).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kkori::sqlite {

class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&&) noexcept;
  Stmt& operator=(Stmt&&) noexcept;
  ~Stmt();

  Stmt& bind(int idx, std::int64_t v);
  Stmt& bind(int idx, double v);
  Stmt& bind(int idx, std::string_view v);
  Stmt& bind_null(int idx);
  // Returns true when a row is available, false when done.
  Result<bool> step();
  // Runs to completion (for statements without rows).
  Result<void> run();
  void reset();

  std::int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  bool is_null(int col) const;

 private:
  friend class Db;
  Stmt(sqlite3_stmt* s, sqlite3* db) : stmt_(s), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

class Db {
 public:
  // Opens (creating when `create`) the database at `path`; ":memory:" for an in-memory one.
  static Result<Db> open(const std::string& path, bool create = true);
  Db(Db&&) noexcept;
  Db& operator=(Db&&) noexcept;
  ~Db();

  Result<void> exec(std::string_view sql);
  // Rolls back the open transaction, if any, after `cause` made it fail, and returns `cause`; a
  // ROLLBACK that fails too is added to its message.
  [[nodiscard]] Error rollback(Error cause);
  Result<Stmt> prepare(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  std::string path() const { return path_; }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace kkori::sqlite
