#include <gtest/gtest.h>

#include "sqlite/db.hpp"

namespace kkori::sqlite {
namespace {

std::int64_t count_rows(Db& db) {
  auto st = db.prepare("SELECT count(*) FROM t");
  EXPECT_TRUE(st.has_value());
  auto row = st->step();
  EXPECT_TRUE(row.has_value() && *row);
  return st->int64(0);
}

Db memory_db() {
  auto db = Db::open(":memory:");
  EXPECT_TRUE(db.has_value());
  EXPECT_TRUE(db->exec("CREATE TABLE t(x INTEGER)").has_value());
  return std::move(*db);
}

TEST(SqliteDb, RollbackUndoesTheOpenTransactionAndKeepsTheCause) {
  Db db = memory_db();
  ASSERT_TRUE(db.exec("BEGIN IMMEDIATE").has_value());
  ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1)").has_value());
  Error e = db.rollback(Error{Errc::io, "disk full", {}});
  EXPECT_EQ(e.code, Errc::io);
  EXPECT_EQ(e.message, "disk full");
  EXPECT_EQ(count_rows(db), 0);
  // The transaction is over: a new one can start.
  EXPECT_TRUE(db.exec("BEGIN IMMEDIATE").has_value());
}

TEST(SqliteDb, RollbackWithoutATransactionOnlyReturnsTheCause) {
  Db db = memory_db();
  ASSERT_TRUE(db.exec("INSERT INTO t VALUES (1)").has_value());
  Error e = db.rollback(Error{Errc::conflict, "commit failed", {}});
  EXPECT_EQ(e.code, Errc::conflict);
  EXPECT_EQ(e.message, "commit failed");  // no "no transaction is active" appended
  EXPECT_EQ(count_rows(db), 1);
}

}  // namespace
}  // namespace kkori::sqlite
