#pragma once
// The application tracker's repository (docs/tracker.md): applications with their stages, notes
// and heard questions, and the personal question bank. Tables from migration v4; its own
// connection to the same SQLite file as SqliteStore (WAL lets both work side by side).
// Contract: a write that returned is durable; each write is one transaction.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/question.hpp"
#include "sqlite/db.hpp"
#include "tracker/application.hpp"

namespace kkori::store {

class TrackerStore {
 public:
  // Opens the database at `path` (a file path, optionally "sqlite:"-prefixed), creating and
  // migrating it like open_store() does.
  static Result<std::unique_ptr<TrackerStore>> open(const std::string& path);

  // Inserts the application with everything it holds (stages, notes, heard: an import) and fills
  // in the ids. REQUIRES: the stages already passed tracker::check_next in order.
  Result<std::int64_t> add_application(tracker::Application& a, std::int64_t now_ms);
  // Every application, oldest first, with stages, notes and heard questions.
  Result<std::vector<tracker::Application>> applications();
  Result<tracker::Application> application(std::int64_t id);
  Result<void> delete_application(std::int64_t id);

  // Checks `e` against the application's history (tracker::check_next) and appends it, atomically.
  Result<tracker::StageEntry> add_stage(std::int64_t application_id, tracker::StageEntry e);
  Result<tracker::Note> add_note(std::int64_t application_id, tracker::Note n);
  // The stage (if any) must belong to the application.
  Result<tracker::Heard> add_heard(tracker::Heard h);
  Result<tracker::Heard> heard(std::int64_t id);
  // Confirms which question a heard one is ("" unlinks).
  Result<void> link_heard(std::int64_t heard_id, const std::string& question_id);

  // Personal questions (tracker/personal.hpp), by id.
  Result<std::vector<Question>> personal_questions();
  Result<std::optional<Question>> personal_question(const std::string& id);
  // Inserts or replaces after tracker::check_personal.
  Result<void> save_personal(const Question& q, std::int64_t now_ms);
  Result<void> delete_personal(const std::string& id);

 private:
  explicit TrackerStore(sqlite::Db db) : db_(std::move(db)) {}
  Result<std::vector<tracker::Application>> load(std::int64_t only_id);
  Result<void> insert_stage(std::int64_t app_id, tracker::StageEntry& e);
  // Runs `fn` inside BEGIN IMMEDIATE ... COMMIT, rolling back when it fails.
  template <class F>
  auto transaction(F&& fn) -> decltype(fn());
  sqlite::Db db_;
};

}  // namespace kkori::store
