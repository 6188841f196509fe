#include "store/judge_store.hpp"

#include "store/sqlite_store.hpp"

namespace kkori::store {

namespace {
std::unexpected<Error> wrap(const Error& e, const std::string& what) {
  return std::unexpected(Error{e.code, what + ": " + e.message, e.where});
}
}  // namespace

Result<std::unique_ptr<JudgeStore>> JudgeStore::open(const std::string& url) {
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  if (path.empty() || path == ":memory:")
    return fail(Errc::invalid_input, "judge attempts need a database file, not '" + url + "'");
  {
    auto migrated = SqliteStore::open(path);  // creates the folder and the file, runs the migrations
    if (!migrated) return std::unexpected(migrated.error());
  }
  auto db = sqlite::Db::open(path, false);
  if (!db) return wrap(db.error(), "cannot use database " + path);
  for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
    if (auto r = db->exec(pragma); !r) return wrap(r.error(), "cannot use database " + path);
  return std::unique_ptr<JudgeStore>(new JudgeStore(std::move(*db)));
}

Result<std::int64_t> JudgeStore::record(JudgeAttempt& a) {
  auto st = db_.prepare(
      "INSERT INTO judge_attempts(problem_id, language, verdict, source, passed, total, max_cpu_ms, max_memory_kib, "
      "report, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st) return std::unexpected(st.error());
  st->bind(1, a.problem_id)
      .bind(2, a.language)
      .bind(3, a.verdict)
      .bind(4, a.source)
      .bind(5, static_cast<std::int64_t>(a.passed))
      .bind(6, static_cast<std::int64_t>(a.total))
      .bind(7, a.max_cpu_ms)
      .bind(8, a.max_memory_kib)
      .bind(9, a.report_json)
      .bind(10, a.created_at_ms);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save the judge attempt");
  a.id = db_.last_insert_rowid();
  return a.id;
}

Result<std::vector<JudgeAttempt>> JudgeStore::attempts(const std::string& problem_id, int limit) {
  std::string sql =
      "SELECT id, problem_id, language, verdict, source, passed, total, max_cpu_ms, max_memory_kib, report, "
      "created_at FROM judge_attempts";
  if (!problem_id.empty()) sql += " WHERE problem_id = ?";
  sql += " ORDER BY created_at DESC, id DESC";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  auto st = db_.prepare(sql);
  if (!st) return std::unexpected(st.error());
  if (!problem_id.empty()) st->bind(1, problem_id);
  std::vector<JudgeAttempt> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    JudgeAttempt a;
    a.id = st->int64(0);
    a.problem_id = st->text(1);
    a.language = st->text(2);
    a.verdict = st->text(3);
    a.source = st->text(4);
    a.passed = static_cast<int>(st->int64(5));
    a.total = static_cast<int>(st->int64(6));
    a.max_cpu_ms = st->int64(7);
    a.max_memory_kib = st->int64(8);
    a.report_json = st->text(9);
    a.created_at_ms = st->int64(10);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace kkori::store
