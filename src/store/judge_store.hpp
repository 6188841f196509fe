#pragma once
// The coding judge's repository: one row per judged submission (migration v5). Its own
// connection to the same SQLite file as SqliteStore (WAL lets both work side by side).
// Contract: a write that returned is durable.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sqlite/db.hpp"

namespace kkori::store {

struct JudgeAttempt {
  std::int64_t id = 0;  // assigned by the store
  std::string problem_id;
  std::string language;  // "cpp" | "python"
  std::string verdict;   // "AC", "WA", ... (judge/verdict.hpp codes)
  std::string source;
  int passed = 0;  // tests passed
  int total = 0;   // tests in the package
  std::int64_t max_cpu_ms = 0;
  std::int64_t max_memory_kib = 0;
  std::string report_json = "{}";  // the full report (`kkori judge run --json`)
  std::int64_t created_at_ms = 0;
};

class JudgeStore {
 public:
  // Opens the database at `path` (a file path, optionally "sqlite:"-prefixed), creating and
  // migrating it like open_store() does.
  static Result<std::unique_ptr<JudgeStore>> open(const std::string& path);

  // Saves the attempt and fills in its id.
  Result<std::int64_t> record(JudgeAttempt& a);
  // Newest first; `problem_id` empty = every problem; limit <= 0 = all.
  Result<std::vector<JudgeAttempt>> attempts(const std::string& problem_id, int limit);

 private:
  explicit JudgeStore(sqlite::Db db) : db_(std::move(db)) {}
  sqlite::Db db_;
};

}  // namespace kkori::store
